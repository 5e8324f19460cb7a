import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareTeamWithNorm, normYaml, teamReportFigures, validateNorm, type NormContext } from '../../../../src/domain/norms/index.ts';
import type { NormChoice } from '../../../../src/domain/norms/markers.ts';
import type { AttributeStatistics } from '../../../../src/domain/team/statistics.ts';
import { buildReport, type GroupInput } from '../../../../src/domain/team/team-report.ts';
import { answerConsistently } from '../fixtures/answers.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';

const instrument = defaultInstrument();
const limits = { minimumGroupSize: 5, spreadMinimum: 10 };
const context: NormContext = { instrument, minGroupSize: 5, spreadMinimum: 10, today: '2026-11-29' };
const ref = { id: instrument.id, version: instrument.version };
/** Every attribute scores (points − 1) × 25: 25 for 2, 50 for 3, 75 for 4. */
const members = (...points: number[]) => points.map((p) => ({ instrument: ref, answers: answerConsistently(instrument, p) }));
const group = (id: 'a' | 'b', results: GroupInput['results']): GroupInput => ({ id, name: id === 'a' ? 'Leaders' : 'Everyone else', results });
const single = (results: GroupInput['results']) => buildReport(instrument, [group('a', results)], limits, '2026-11-20T10:00:00.000Z');

describe('a team report’s figures for a norm', () => {
  it('are the published ranges, n and instrument; never a score', () => {
    const figures = teamReportFigures(single(members(2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4)));
    expect(figures?.instrument).toEqual(ref);
    expect(figures?.n).toBe(12);
    expect(figures?.attributes.map((a) => a.id)).toEqual(instrument.dimensions.map((d) => d.id));
    // Raw scores are 25, 50 and 75; the published median is the middle of 50–75, the quartiles of 25–50 and 50–75.
    for (const attribute of figures?.attributes ?? []) {
      expect(attribute).toEqual({ id: attribute.id, median: 62.5, quartiles: [37.5, 62.5] });
    }
  });

  it('leave out quartiles under the spread minimum and are absent while figures are held back', () => {
    const six = teamReportFigures(single(members(3, 3, 3, 3, 4, 4)));
    expect(six?.attributes.every((a) => a.quartiles === undefined && a.median === 62.5)).toBe(true);
    expect(teamReportFigures(single(members(3, 3, 3, 3)))).toBeNull();
  });

  it('come from the chosen group when two groups are compared', () => {
    const report = buildReport(instrument, [group('a', members(2, 2, 2, 2, 2)), group('b', members(4, 4, 4, 4, 4, 4))], limits, '2026-11-20T10:00:00.000Z');
    expect(teamReportFigures(report, 'a')?.n).toBe(5);
    expect(teamReportFigures(report, 'b')).toMatchObject({ n: 6, attributes: expect.arrayContaining([expect.objectContaining({ median: 87.5 })]) });
  });

  it('make a norm file that the build accepts', () => {
    const figures = teamReportFigures(single(members(2, 2, 2, 3, 3, 3, 3, 3, 3, 4, 4, 4)));
    if (!figures) throw new Error('expected figures');
    const made = normYaml(figures, { name: 'Engineering, Q4', date: '2026-11-20' }, { minGroupSize: 5, spreadMinimum: 10 });
    if (!made.ok) throw new Error(made.problem);
    const check = validateNorm(parse(made.yaml), context);
    expect(check.ok ? [] : check.problems).toEqual([]);
    expect(check.ok && check.norm.attributes[0]).toEqual({ id: instrument.dimensions[0]?.id, median: 63, quartiles: [38, 63], bands: {} });
  });
});

describe('a team compared with a norm', () => {
  const shown = (dimension: string, median: number): AttributeStatistics => ({ dimension, status: 'shown', n: 8, median, q1: null, q3: null });
  const norm: NormChoice = {
    key: 'q3',
    label: 'Q3 (n = 48, 2026-09-30)',
    markers: [
      { dimension: 'trust', median: 60, spread: { low: 45, high: 75 } },
      { dimension: 'resources', median: 40 },
      { dimension: 'transparency', median: 50 },
      { dimension: 'learner-focus', median: 100 },
      { dimension: 'executive-buy-in', median: 45 },
    ],
  };
  const rows = compareTeamWithNorm(
    [
      shown('trust', 62.5),
      shown('resources', 62.5),
      shown('transparency', 37.5),
      shown('learner-focus', 87.5),
      { dimension: 'executive-buy-in', status: 'suppressed' },
    ],
    norm,
  );

  it('says “same range” when the norm’s median lies in the team’s 25-point range, including its upper end', () => {
    expect(rows.map((r) => r.reading)).toEqual(['same-range', 'higher', 'lower', 'same-range', 'held-back']);
    expect(rows[0]).toMatchObject({ teamRange: '50–75', normMedian: 60 });
  });

  it('names the team’s range and the norm’s median when they differ, and holds back what the team view holds back', () => {
    expect(rows[1]).toMatchObject({ teamRange: '50–75', normMedian: 40 });
    expect(rows[2]).toMatchObject({ teamRange: '25–50', normMedian: 50 });
    expect(rows[4]).not.toHaveProperty('teamRange');
    expect(rows[4]).toMatchObject({ reading: 'held-back', normMedian: 45 });
  });
});
