import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../../src/domain/index.ts';
import type { RoledResult } from '../../../../src/domain/team/roles.ts';
import { buildReport } from '../../../../src/domain/team/team-report.ts';
import { en } from '../../../../src/i18n/en/index.ts';
import { translator } from '../../../../src/i18n/translate.ts';
import { teamSummaryCsv as summaryCsv } from '../../../../src/islands/team/team-csv.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const teamSummaryCsv = (instrument: typeof small, report: Parameters<typeof summaryCsv>[1]) => summaryCsv(instrument, report, translator(en, 'en'));
const options = { minimumGroupSize: 5, spreadMinimum: 10 };
const member = (points: number, role?: Role): RoledResult => ({
  instrument: { id: small.id, version: small.version },
  answers: Object.fromEntries(small.items.map((item) => [item.id, item.reverse ? 6 - points : points])),
  ...(role ? { role } : {}),
});
const team = (counts: readonly [number, number, number]) =>
  ROLES.flatMap((role, r) => Array.from({ length: counts[r] ?? 0 }, (_, i) => member(1 + ((i + r) % 5), role)));

describe('the team report by role', () => {
  it('holds the role comparison for one group with figures, and writes it to the CSV as the page shows it', () => {
    const report = buildReport(small, [{ id: 'a', name: 'Team', results: team([5, 6, 5]) }], options, '2026-11-29T08:00:00.000Z');
    expect(report.roles?.status).toBe('shown');
    const csv = teamSummaryCsv(small, report);
    expect(csv).toContain('By role: medians');
    expect(csv).toContain('Attribute,Whole team (16),Senior leaders (5),People managers (6),Individual contributors (5)');
  });

  it('names no role in the CSV when roles cannot be shown', () => {
    const report = buildReport(small, [{ id: 'a', name: 'Team', results: team([5, 6, 2]).slice(0, 13) }], options, '2026-11-29T08:00:00.000Z');
    if (report.roles?.status !== 'shown') throw new Error('expected one role beside the rest');
    expect(report.roles.roles.map((r) => r.role)).toEqual(['people-manager']);
    const csv = teamSummaryCsv(small, report);
    expect(csv).not.toContain('Senior leaders');
    expect(csv).not.toContain('Individual contributors');
  });

  it('has no role comparison while figures are held back, nor when two groups are compared', () => {
    expect(buildReport(small, [{ id: 'a', name: 'Team', results: team([2, 1, 1]) }], options, 'x').roles).toBeUndefined();
    const two = buildReport(
      small,
      [
        { id: 'a', name: 'A', results: team([5, 0, 0]) },
        { id: 'b', name: 'B', results: team([0, 5, 0]) },
      ],
      options,
      'x',
    );
    expect(two.roles).toBeUndefined();
    expect(teamSummaryCsv(small, two)).not.toContain('By role');
  });
});
