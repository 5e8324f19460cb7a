import { describe, expect, it } from 'vitest';
import {
  clampGroupSize,
  type AnswerValue,
  compareGroups,
  instrumentSchema,
  publishFigures,
  quantileSorted,
  suppressSmallCounts,
  teamStatistics,
  type TeamMemberResult,
} from '../../../../src/domain/index.ts';
import { answerConsistently } from '../fixtures/answers.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';
import { smallInstrument, smallInstrumentInput } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const member = (points: number, version = 2): TeamMemberResult => ({ instrument: { id: 'small', version }, answers: answerConsistently(small, points) });

/** True when a value holds a number anywhere inside it. */
function containsNumber(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (Array.isArray(value)) return value.some(containsNumber);
  if (value && typeof value === 'object') return Object.values(value).some(containsNumber);
  return false;
}

describe('published figures', () => {
  it('gives no lowest or highest, coarsens to ranges of 25 and shows quartiles only from 10 results', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    const five = publishFigures([10, 0, 40, 20, 30], 10);
    expect(five).toEqual({ n: 5, median: 12.5, q1: null, q3: null });
    const ten = publishFigures([0, 10, 20, 30, 40, 50, 60, 70, 80, 100], 10);
    expect(ten).toEqual({ n: 10, median: 37.5, q1: 12.5, q3: 62.5 });
    expect(Object.keys(ten)).not.toContain('min');
    expect(publishFigures([100, 100, 100], 10).median).toBe(87.5);
  });

  it('shows band counts under 3 as held back, and one more when a single one could be worked out', () => {
    expect(suppressSmallCounts([5, 0, 4])).toEqual([5, 0, 4]);
    expect(suppressSmallCounts([2, 7, 4])).toEqual([null, 7, null]);
    expect(suppressSmallCounts([1, 2, 9])).toEqual([null, null, 9]);
  });
});

describe('teamStatistics', () => {
  it('summarizes each attribute, the overall score and the band distribution', () => {
    // Scores per attribute: 0, 25, 50, 75, 100.
    const stats = teamStatistics(small, [1, 2, 3, 4, 5].map((p) => member(p)));
    if (stats.status !== 'shown') throw new Error(stats.status);
    expect(stats.respondents).toBe(5);
    expect(stats.attributes[0]).toEqual({ dimension: 'alpha', status: 'shown', n: 5, median: 62.5, q1: null, q3: null });
    expect(stats.overall).toMatchObject({ status: 'shown', n: 5, median: 62.5 });
    // 2, 1 and 2 results: every count is under 3.
    expect(stats.bands).toEqual([
      { band: 'foundation', count: null },
      { band: 'pilot', count: null },
      { band: 'scale', count: null },
    ]);
    expect(stats.notEnoughAnswers).toBe(0);
    expect(stats.earlierVersion).toBe(0);
  });

  it('ranks attributes by disagreement (IQR), widest first', () => {
    const results = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5].map((p, i) => {
      const answers: Record<string, number> = { ...answerConsistently(small, 3) };
      // beta spreads widely, gamma a little, alpha not at all.
      for (const item of small.items.filter((x) => x.dimension === 'beta')) answers[item.id] = item.reverse ? 6 - p : p;
      for (const item of small.items.filter((x) => x.dimension === 'gamma')) answers[item.id] = item.reverse ? 3 - (i % 2) : 3 + (i % 2);
      return { instrument: { id: 'small', version: 2 }, answers };
    });
    const stats = teamStatistics(small, results);
    if (stats.status !== 'shown') throw new Error(stats.status);
    expect(stats.spreadRanking.map((s) => s.dimension)).toEqual(['beta', 'gamma', 'alpha']);
  });

  it('suppresses every figure below the minimum group size, with no number in what it returns', () => {
    const four = [1, 2, 3, 4].map((p) => member(p));
    const stats = teamStatistics(small, four);
    expect(stats).toEqual({ status: 'suppressed' });
    expect(containsNumber(stats)).toBe(false);
    expect(teamStatistics(small, four, { minimumGroupSize: 4 }).status).toBe('shown');
  });

  it('never lets the minimum group size drop below 3', () => {
    expect(clampGroupSize(1)).toBe(3);
    expect(clampGroupSize(Number.NaN)).toBe(5);
    expect(clampGroupSize(undefined)).toBe(5);
    expect(teamStatistics(small, [member(1), member(2)], { minimumGroupSize: 1 }).status).toBe('suppressed');
    expect(teamStatistics(small, [member(1), member(2), member(3)], { minimumGroupSize: 1 }).status).toBe('shown');
  });

  it('suppresses an attribute on its own when too few results scored it', () => {
    const results = [1, 2, 3, 4, 5].map((p, i) => {
      const answers: Record<string, AnswerValue> = { ...answerConsistently(small, p) };
      if (i < 2) for (const item of small.items.filter((x) => x.dimension === 'gamma')) answers[item.id] = 'dont-know';
      return { instrument: { id: 'small', version: 2 }, answers };
    });
    const stats = teamStatistics(small, results);
    if (stats.status !== 'shown') throw new Error(stats.status);
    expect(stats.attributes[2]).toEqual({ dimension: 'gamma', status: 'suppressed' });
    expect(containsNumber(stats.attributes[2])).toBe(false);
    expect(stats.spreadRanking.map((s) => s.dimension)).not.toContain('gamma');
  });

  it('combines results of an older version by item id, and counts them for the note', () => {
    const input = smallInstrumentInput();
    input.version = 3;
    input.items = input.items.filter((i) => i.id !== 'beta-3');
    const v3 = instrumentSchema.parse(input);
    const stats = teamStatistics(v3, [member(4, 2), member(4, 2), member(4, 3), member(4, 3), member(4, 3)]);
    if (stats.status !== 'shown') throw new Error(stats.status);
    expect(stats.attributes[1]).toMatchObject({ dimension: 'beta', n: 5, median: 87.5 });
    expect(stats.earlierVersion).toBe(2);
  });

  it('refuses results of a different instrument', () => {
    const other = { instrument: { id: 'other', version: 1 }, answers: {} };
    expect(teamStatistics(small, [member(1), member(2), member(3), member(4), other])).toMatchObject({ status: 'refused', reason: 'different-instrument', instrumentIds: ['other'] });
  });

  it('works with the default instrument', () => {
    const instrument = defaultInstrument();
    const results = [1, 2, 3, 4, 5, 5].map((p) => ({ instrument: { id: instrument.id, version: 1 }, answers: answerConsistently(instrument, p) }));
    const stats = teamStatistics(instrument, results);
    if (stats.status !== 'shown') throw new Error(stats.status);
    expect(stats.attributes).toHaveLength(8);
    expect(stats.bands.reduce((sum, b) => sum + (b.count ?? 0), 0)).toBeLessThanOrEqual(6);
    expect(stats.bands.every((b) => b.count === null || b.count === 0 || b.count >= 3)).toBe(true);
  });
});

describe('compareGroups', () => {
  it('gives the per-attribute gap, median of B minus median of A, when both groups are large enough', () => {
    const a = [3, 4, 4, 5, 5].map((p) => member(p));
    const b = [1, 2, 2, 3, 3].map((p) => member(p));
    const comparison = compareGroups(small, a, b);
    if (comparison.status !== 'compared') throw new Error(comparison.status);
    expect(comparison.gaps).toEqual([
      { dimension: 'alpha', status: 'shown', medianGap: -50 },
      { dimension: 'beta', status: 'shown', medianGap: -50 },
      { dimension: 'gamma', status: 'shown', medianGap: -50 },
    ]);
  });

  it('suppresses gaps when either group is too small, and reveals nothing of the small group', () => {
    const comparison = compareGroups(small, [3, 4, 4, 5, 5].map((p) => member(p)), [1, 2].map((p) => member(p)));
    if (comparison.status !== 'compared') throw new Error(comparison.status);
    expect(comparison.b.status).toBe('suppressed');
    expect(containsNumber(comparison.b)).toBe(false);
    expect(containsNumber(comparison.gaps)).toBe(false);
    expect(comparison.gaps[0]).toEqual({ dimension: 'alpha', status: 'suppressed' });
  });
});
