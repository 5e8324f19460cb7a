import { describe, expect, it } from 'vitest';
import { instrumentSchema, teamStatistics, type Instrument, type TeamMemberResult } from '../../../../src/domain/index.ts';
import { bandsOfRange, headlineStatements, teamHeadline, type TeamHeadline } from '../../../../src/domain/team/headline.ts';
import { en } from '../../../../src/i18n/en/index.ts';
import { translator } from '../../../../src/i18n/translate.ts';
import { headlineWords } from '../../../../src/islands/team/team-words.ts';
import { smallInstrument, smallInstrumentInput } from '../fixtures/small-instrument.ts';

/** The headline's codes, then in the English words the report shows (the catalog's, which the domain no longer writes). */
const headlineSentences = (instrument: Instrument, stats: Parameters<typeof headlineStatements>[1], headline?: TeamHeadline) =>
  headlineWords(translator(en, 'en'), instrument, headlineStatements(instrument, stats, headline));

const small = smallInstrument();
/** The small instrument with the default instrument's band edge at 55, inside the 50–75 range. */
const edgy: Instrument = (() => {
  const input = smallInstrumentInput();
  input.bands = input.bands.map((b) => (b.id === 'foundation' ? { ...b, max: 55 } : b.id === 'pilot' ? { ...b, min: 55 } : b));
  return instrumentSchema.parse(input);
})();

/** A result whose attributes score (points − 1) × 25 each: alpha, beta, gamma. */
function member(instrument: Instrument, points: Record<'alpha' | 'beta' | 'gamma', number>): TeamMemberResult {
  const answers = Object.fromEntries(
    instrument.items.map((item) => {
      const p = points[item.dimension as keyof typeof points];
      return [item.id, item.reverse ? 6 - p : p];
    }),
  );
  return { instrument: { id: instrument.id, version: instrument.version }, answers };
}

function shown(instrument: Instrument, results: readonly TeamMemberResult[]) {
  const stats = teamStatistics(instrument, results, { minimumGroupSize: 5 });
  if (stats.status !== 'shown') throw new Error(stats.status);
  return stats;
}

const times = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

describe('bandsOfRange', () => {
  it('names one band for a range inside it and both for a range a band edge crosses', () => {
    expect(bandsOfRange(small, 62.5).map((b) => b.id)).toEqual(['pilot']);
    expect(bandsOfRange(small, 37.5).map((b) => b.id)).toEqual(['foundation']);
    expect(bandsOfRange(edgy, 62.5).map((b) => b.id)).toEqual(['foundation', 'pilot']);
    expect(bandsOfRange(edgy, 87.5).map((b) => b.id)).toEqual(['scale']);
  });
});

describe('the team headline', () => {
  it('leads with the overall band and names the weakest attributes first', () => {
    // alpha 25 (25–50), beta 50 (50–75), gamma 75 (75–100) for everyone.
    const stats = shown(small, times(6, () => member(small, { alpha: 2, beta: 3, gamma: 4 })));
    const headline = teamHeadline(small, stats);
    expect(headline.weakest).toEqual(['alpha']);
    expect(headline.strongest).toEqual(['gamma']);
    expect(headline.sameRange).toBe(false);
    expect(headline.oneBand).toBeNull();
    expect(headlineStatements(small, stats, headline)).toEqual({
      lead: { code: 'in-band', band: 'foundation', range: '25–50' },
      points: [
        { code: 'most-in-band', band: 'foundation', count: 6, of: 6 },
        { code: 'start-with', weakest: ['alpha'], range: '25–50', highest: { code: 'named', dimensions: ['gamma'], range: '75–100' } },
        { code: 'disagree-from', count: 10 },
      ],
    });
    const { lead, detail, points } = headlineSentences(small, stats, headline);
    // Overall: (25 × 2 + 50 + 75) / 4 = 43.75, in 25–50, inside “Build the foundation first”.
    expect(lead).toBe('Overall, the team is at “Build the foundation first”.');
    expect(detail).toBe('The median of everyone’s overall score lies in 25–50.');
    expect(points[0]).toBe('Most results (6 of 6) are in “Build the foundation first”.');
    expect(points[1]).toBe('Start with Alpha: its median lies in 25–50, the lowest range in this report. Highest: Gamma, in 75–100.');
    expect(points[2]).toBe('Where people disagree shows once 10 results are loaded.');
  });

  it('says so when a band edge runs through the team’s range instead of picking a side', () => {
    const stats = shown(edgy, times(5, () => member(edgy, { alpha: 3, beta: 3, gamma: 4 })));
    expect(headlineStatements(edgy, stats).lead).toEqual({ code: 'between-bands', bands: ['foundation', 'pilot'], range: '50–75', edge: 55 });
    const { lead, detail } = headlineSentences(edgy, stats);
    expect(lead).toBe('Overall, the team sits between “Build the foundation first” and “Ready to pilot”.');
    expect(detail).toBe('The median of everyone’s overall score lies in 50–75, which crosses the edge at 55, so these figures cannot say on which side.');
  });

  it('does not rank attributes whose medians share one range', () => {
    const stats = shown(small, times(5, (i) => member(small, { alpha: 3, beta: 3, gamma: i % 2 === 0 ? 3 : 4 })));
    const headline = teamHeadline(small, stats);
    expect(headline.sameRange).toBe(true);
    expect(headline.weakest).toEqual([]);
    expect(headline.strongest).toEqual([]);
    const { points } = headlineSentences(small, stats, headline);
    expect(points.join(' ')).toContain('Every attribute has its median in the same range, 50–75.');
    expect(points.join(' ')).toContain('cannot say which is strongest or weakest');
    expect(points.join(' ')).not.toContain('Start with');
  });

  it('says the differences are within one band when every median lies inside it', () => {
    // alpha 0 (0–25), beta and gamma 25 (25–50): all inside “Build the foundation first” (0–50).
    const stats = shown(small, times(5, () => member(small, { alpha: 1, beta: 2, gamma: 2 })));
    const headline = teamHeadline(small, stats);
    expect(headline.oneBand).toBe('foundation');
    expect(headline.weakest).toEqual(['alpha']);
    const { points } = headlineSentences(small, stats, headline);
    expect(points).toContain(
      'Every attribute’s median lies within “Build the foundation first”, so these differences are within one band: read them as where to look first, not as a verdict.',
    );
  });

  it('names where people disagree once quartiles are shown, widest first', () => {
    // gamma: half the team at 0, half at 100; alpha and beta agree.
    const stats = shown(small, times(12, (i) => member(small, { alpha: 3, beta: 4, gamma: i % 2 === 0 ? 1 : 5 })));
    const headline = teamHeadline(small, stats);
    expect(headline.disagreementFrom).toBeNull();
    expect(headline.disagreement).toEqual(['gamma']);
    expect(headlineSentences(small, stats, headline).points).toContain('People disagree most about Gamma: worth talking about before acting on the medians.');
  });

  it('uses only band counts the report shows, and says when results are split', () => {
    // Three in foundation, three in scale: overall 0 and 100.
    const stats = shown(small, [...times(3, () => member(small, { alpha: 1, beta: 1, gamma: 1 })), ...times(3, () => member(small, { alpha: 5, beta: 5, gamma: 5 }))]);
    expect(headlineSentences(small, stats).points[0]).toBe('Results are split between “Build the foundation first” and “Ready to scale”, 3 in each.');
    // Two results in a band are shown as "fewer than 3": the headline never names that count.
    const few = shown(small, [...times(2, () => member(small, { alpha: 1, beta: 1, gamma: 1 })), ...times(4, () => member(small, { alpha: 5, beta: 5, gamma: 5 }))]);
    expect(few.bands.map((b) => b.count)).toEqual([null, 0, null]);
    const headline = teamHeadline(small, few);
    expect(headline.commonest).toBeNull();
    expect(headlineSentences(small, few).points.join(' ')).not.toMatch(/\b[24] of 6\b/);
  });
});

describe('the headline with many attributes in the highest range', () => {
  it('counts them instead of naming them all', () => {
    const input = smallInstrumentInput();
    const extra = ['delta', 'epsilon'] as const;
    input.dimensions = [
      ...input.dimensions,
      ...extra.map((id) => ({ ...input.dimensions[1]!, id, name: id[0]!.toUpperCase() + id.slice(1), chapter: id, plays: [`${id}-play`], critical: false })),
    ];
    input.items = [...input.items, ...extra.flatMap((dimension) => input.items.filter((i) => i.dimension === 'beta').map((i) => ({ ...i, id: i.id.replace('beta', dimension), dimension, mirror: i.mirror?.replace('beta', dimension), play: `${dimension}-play` })))];
    input.advice = [...input.advice, ...extra.flatMap((dimension) => input.bands.map((band) => ({ dimension, band: band.id, text: `${dimension}.`, link: { chapter: dimension, anchor: `${dimension}-play` } })))];
    const five = instrumentSchema.parse(input);
    const results = times(5, () => ({
      instrument: { id: five.id, version: five.version },
      answers: Object.fromEntries(five.items.map((item) => [item.id, item.dimension === 'alpha' ? (item.reverse ? 4 : 2) : item.reverse ? 2 : 4])),
    }));
    const stats = shown(five, results);
    const { points } = headlineSentences(five, stats);
    expect(points).toContain('Start with Alpha: its median lies in 25–50, the lowest range in this report. The other 4 lie in 75–100.');
  });
});
