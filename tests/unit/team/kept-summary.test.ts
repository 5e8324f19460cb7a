import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { buildReport } from '../../../src/domain/team/team-report.ts';
import { keptSummaryKey, readKeptSummary, writeKeptSummary } from '../../../src/team/kept-summary.ts';
import { smallInstrument } from '../domain/fixtures/small-instrument.ts';

/** A summary kept on this device: written with codes only, and one kept by the version before (with English sentences) still read. */
const small = smallInstrument();
const KEY = keptSummaryKey('/', small.id);
const member = (points: number, version = small.version) => ({
  instrument: { id: small.id, version },
  answers: Object.fromEntries(small.items.map((item) => [item.id, item.reverse ? 6 - points : points])),
});

let stored: Map<string, string>;
beforeEach(() => {
  stored = new Map();
  const localStorage = {
    getItem: (k: string) => stored.get(k) ?? null,
    setItem: (k: string, v: string) => void stored.set(k, v),
    removeItem: (k: string) => void stored.delete(k),
  };
  (globalThis as { window?: unknown }).window = { localStorage };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe('the kept team summary', () => {
  test('holds no sentence: held-back figures are codes, and it reads back as written', () => {
    const report = buildReport(small, [{ id: 'a', name: 'Gruppe A', results: [1, 2, 3].map((p) => member(p)) }], { minimumGroupSize: 5, spreadMinimum: 10 }, '2026-11-01T00:00:00.000Z');
    expect(writeKeptSummary(KEY, report, '2026-11-01T00:00:00.000Z')).toBeNull();
    const text = stored.get(KEY) ?? '';
    expect(JSON.parse(text)).toMatchObject({ version: 3, report: { groups: [{ statistics: { status: 'suppressed' } }] } });
    expect(text).not.toMatch(/appear once|message/);
    expect(readKeptSummary(KEY, small.id)?.report).toEqual(report);
  });

  test('a summary kept by the version before, with English sentences, is read: its note becomes the count of earlier results', () => {
    const report = buildReport(small, [{ id: 'a', name: 'Team', results: [member(2, 1), member(3, 1), member(3), member(4), member(5)] }], { minimumGroupSize: 5, spreadMinimum: 10 }, '2026-11-01T00:00:00.000Z');
    const group = report.groups[0]!;
    if (group.statistics.status !== 'shown') throw new Error('expected figures');
    const { earlierVersion, ...rest } = group.statistics;
    expect(earlierVersion).toBe(2);
    const before = {
      ...report,
      groups: [
        {
          ...group,
          statistics: {
            ...rest,
            attributes: rest.attributes.map((a, i) => (i === 0 ? { dimension: a.dimension, status: 'suppressed', message: 'Figures for Alpha appear once at least 5 people have answered, so that no one’s answers can be singled out.' } : a)),
            notes: ['2 of these results were saved with an earlier version of the questions; they were combined with the rest by question, counting only questions that are still asked.'],
          },
        },
      ],
      roles: { status: 'not-shown', message: 'Roles are compared once at least two groups can be told apart: …' },
    };
    stored.set(KEY, JSON.stringify({ format: 'culture-first/team-summary', version: 2, savedAt: '2026-11-01T00:00:00.000Z', report: before }));
    const kept = readKeptSummary(KEY, small.id);
    const statistics = kept?.report.groups[0]?.statistics;
    expect(statistics?.status === 'shown' && statistics.earlierVersion).toBe(2);
    expect(statistics).not.toHaveProperty('notes');
    expect(statistics?.status === 'shown' && statistics.attributes[0]?.status).toBe('suppressed');
    expect(kept?.report.roles?.status).toBe('not-shown');
  });

  test('version 1 (with lowest and highest scores) is still not shown', () => {
    stored.set(KEY, JSON.stringify({ format: 'culture-first/team-summary', version: 1, savedAt: 'x', report: {} }));
    expect(readKeptSummary(KEY, small.id)).toBeNull();
  });
});
