import { describe, expect, it } from 'vitest';
import { DONT_KNOW, NOT_APPLICABLE, scoreAnswers, type AttributeScore } from '../../../../src/domain/index.ts';
import { answerAll, answerConsistently } from '../fixtures/answers.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const attribute = (scores: readonly AttributeScore[], id: string): AttributeScore => {
  const found = scores.find((a) => a.dimension === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};

describe('scoreAnswers', () => {
  it('maps the mean of flipped answers to 0–100 and counts every kind of answer', () => {
    // alpha: 5, 4, 3 direct and 2 on the reverse item (flipped to 4): mean 4 → 75.
    const scores = scoreAnswers(small, { 'alpha-1': 5, 'alpha-2': 4, 'alpha-3': 3, 'alpha-4': 2 });
    expect(attribute(scores.attributes, 'alpha')).toMatchObject({
      status: 'scored',
      score: 75,
      band: 'scale',
      counts: { statements: 4, scored: 4, dontKnow: 0, notApplicable: 0, unanswered: 0 },
    });
  });

  it('flips reverse items as points + 1 − value', () => {
    const scores = scoreAnswers(small, { 'beta-1': 1, 'beta-2': 1, 'beta-4': 1 });
    // 1, 1 and flipped 5: mean 7/3 → 33.33…
    expect(attribute(scores.attributes, 'beta')).toMatchObject({ status: 'scored', score: 33.333333 });
  });

  it('leaves “Don’t know” and “Doesn’t apply” out of the score but counts both', () => {
    const scores = scoreAnswers(small, { 'gamma-1': 5, 'gamma-2': 3, 'gamma-3': 4, 'gamma-4': DONT_KNOW });
    expect(attribute(scores.attributes, 'gamma')).toMatchObject({ status: 'scored', score: 75, counts: { scored: 3, dontKnow: 1, notApplicable: 0 } });
    const na = scoreAnswers(small, { 'gamma-1': 5, 'gamma-2': 3, 'gamma-3': 4, 'gamma-4': NOT_APPLICABLE });
    expect(attribute(na.attributes, 'gamma')).toMatchObject({ score: 75, counts: { scored: 3, dontKnow: 0, notApplicable: 1 } });
  });

  it('gives no number below the minimum of scored answers, and names what most of the rest were', () => {
    const gamma = attribute(scoreAnswers(small, { 'gamma-1': 5, 'gamma-2': 4, 'gamma-3': NOT_APPLICABLE, 'gamma-4': NOT_APPLICABLE }).attributes, 'gamma');
    expect(gamma).toEqual({
      dimension: 'gamma',
      status: 'not-enough-answers',
      counts: { statements: 4, scored: 2, dontKnow: 0, notApplicable: 2, unanswered: 0 },
      needed: 3,
      cause: 'not-applicable',
    });
    expect('score' in gamma).toBe(false);
    expect(attribute(scoreAnswers(small, { 'gamma-1': DONT_KNOW }).attributes, 'gamma')).toMatchObject({ cause: 'unanswered' });
    expect(attribute(scoreAnswers(small, answerAll(small, DONT_KNOW)).attributes, 'gamma')).toMatchObject({ cause: 'dont-know' });
  });

  it('ignores values outside the statement’s scale as if unanswered', () => {
    const scores = scoreAnswers(small, { 'beta-1': 9, 'beta-2': 0, 'beta-3': 2.5 } as Record<string, number>);
    expect(attribute(scores.attributes, 'beta')).toMatchObject({ status: 'not-enough-answers', counts: { scored: 0, unanswered: 4 } });
  });

  it('gives a range that narrows with agreeing answers and widens with spread ones, and says how they spread', () => {
    const close = attribute(scoreAnswers(small, { 'beta-1': 4, 'beta-2': 4, 'beta-3': 4 }).attributes, 'beta');
    const wide = attribute(scoreAnswers(small, { 'beta-1': 1, 'beta-2': 5, 'beta-3': 3 }).attributes, 'beta');
    if (close.status !== 'scored' || wide.status !== 'scored' || !close.range || !wide.range) throw new Error('unscored');
    // Equal answers: half a step (12.5) over √3 → 75 ± 7.2.
    expect(close.range).toEqual({ low: 68, high: 82, spread: 'close' });
    // 0, 100, 50: standard deviation 50 over √3 → 50 ± 28.9.
    expect(wide.range).toEqual({ low: 21, high: 79, spread: 'wide' });
    expect(close.clearBand).toBe(false);
    const four = attribute(scoreAnswers(small, { 'beta-1': 5, 'beta-2': 5, 'beta-3': 5, 'beta-4': 1 }).attributes, 'beta');
    expect(four).toMatchObject({ score: 100, range: { low: 94, high: 100 }, clearBand: true });
  });

  it('takes the overall score as the weighted mean of the scored attributes', () => {
    // alpha (weight 2) = 50, beta (weight 1) = 100, gamma not scored → (100 + 100) / 3 = 66.67.
    const answers = { 'alpha-1': 3, 'alpha-2': 3, 'alpha-3': 3, 'alpha-4': 3, 'beta-1': 5, 'beta-2': 5, 'beta-4': 1 };
    expect(scoreAnswers(small, answers).overall).toEqual({ status: 'scored', score: 66.666667, band: 'pilot', uncappedBand: 'pilot', cap: null, scoredAttributes: 2 });
  });

  it('gives no overall band below the coverage rule and says what is missing', () => {
    const scores = scoreAnswers(small, { 'beta-1': 5, 'beta-2': 5, 'beta-3': 5 });
    expect(scores.overall).toEqual({ status: 'not-enough-attributes', scoredAttributes: 1, needed: 2, missing: ['alpha', 'gamma'] });
    expect(attribute(scores.attributes, 'beta')).toMatchObject({ status: 'scored', score: 100 });
  });

  it('places scores on band edges by min inclusive, max exclusive, 100 inclusive', () => {
    expect(attribute(scoreAnswers(small, { 'beta-1': 3, 'beta-2': 3, 'beta-3': 3 }).attributes, 'beta')).toMatchObject({ score: 50, band: 'pilot' });
    expect(attribute(scoreAnswers(small, { 'beta-1': 4, 'beta-2': 4, 'beta-3': 4 }).attributes, 'beta')).toMatchObject({ score: 75, band: 'scale' });
    expect(attribute(scoreAnswers(small, { 'beta-1': 3, 'beta-2': 3, 'beta-3': 2 }).attributes, 'beta')).toMatchObject({ band: 'foundation' });
  });

  describe('critical gate', () => {
    const strongElsewhere = answerConsistently(small, 5);

    it('marks the critical attribute as capped when its whole range lies in the lowest band', () => {
      // alpha all weakest → 0, range 0–6; beta and gamma 100 → overall (0 × 2 + 200) / 4 = 50: “Ready to pilot”, already below the top.
      const scores = scoreAnswers(small, { ...strongElsewhere, 'alpha-1': 1, 'alpha-2': 1, 'alpha-3': 1, 'alpha-4': 5 });
      expect(scores.gate).toEqual([{ dimension: 'alpha', status: 'capped' }]);
      expect(scores.overall).toMatchObject({ band: 'pilot', uncappedBand: 'pilot', cap: null });
    });

    it('lowers the top band by one, not to the floor, and says why', () => {
      const instrument = defaultInstrument();
      const answers: Record<string, number> = { ...answerConsistently(instrument, 5) };
      for (const item of instrument.items.filter((i) => i.dimension === 'executive-buy-in')) answers[item.id] = item.reverse ? 5 : 1;
      const { overall, gate } = scoreAnswers(instrument, answers);
      expect(overall).toMatchObject({ status: 'scored', band: 'pilot', uncappedBand: 'scale' });
      if (overall.status !== 'scored') throw new Error('unscored');
      expect(overall.cap).toEqual({ dimensions: ['executive-buy-in'] });
      expect(gate).toEqual([{ dimension: 'executive-buy-in', status: 'capped' }]);
    });

    it('does not act when the critical attribute’s range reaches out of the lowest band', () => {
      // alpha: 1, 5, 1 → 0, 100, 0 on the flipped scale: score 33, but the range reaches 66.
      const answers = { ...strongElsewhere, 'alpha-1': 1, 'alpha-2': 5, 'alpha-3': 1, 'alpha-4': DONT_KNOW };
      const scores = scoreAnswers(small, answers);
      expect(attribute(scores.attributes, 'alpha')).toMatchObject({ band: 'foundation', clearBand: false });
      expect(scores.gate).toEqual([{ dimension: 'alpha', status: 'clear' }]);
      expect(scores.overall).toMatchObject({ cap: null });
    });

    it('does not act for a non-critical attribute in the lowest band', () => {
      const answers = { ...strongElsewhere, 'beta-1': 1, 'beta-2': 1, 'beta-3': 1, 'beta-4': 5 };
      expect(scoreAnswers(small, answers).overall).toMatchObject({ band: 'scale', cap: null });
    });

    it('says first that senior leaders could not be seen, and gives no top band, when “Don’t know” leaves the critical attribute unscored', () => {
      const instrument = defaultInstrument();
      const answers: Record<string, number | string> = { ...answerConsistently(instrument, 5) };
      const exec = instrument.items.filter((i) => i.dimension === 'executive-buy-in');
      exec.slice(0, 4).forEach((item) => (answers[item.id] = DONT_KNOW));
      const scores = scoreAnswers(instrument, answers as Record<string, number>);
      expect(attribute(scores.attributes, 'executive-buy-in')).toMatchObject({ status: 'not-enough-answers', cause: 'dont-know', counts: { scored: 2, dontKnow: 4 } });
      expect(scores.gate).toEqual([{ dimension: 'executive-buy-in', status: 'unknown', cause: 'dont-know' }]);
      expect(scores).not.toHaveProperty('notes');
      expect(scores.overall).toMatchObject({ status: 'scored', band: 'pilot', uncappedBand: 'scale', scoredAttributes: 7 });
    });
  });

  describe('the default instrument', () => {
    const instrument = defaultInstrument();

    it('puts a result of middle answers only in the lowest band, not in “Ready to pilot”', () => {
      const scores = scoreAnswers(instrument, answerAll(instrument, 3));
      expect(scores.overall).toMatchObject({ status: 'scored', score: 50, band: 'foundation' });
    });

    it('scores an attribute from 3 scored answers and not from 2', () => {
      const trust = instrument.items.filter((i) => i.dimension === 'trust');
      const answers = (n: number) => Object.fromEntries(trust.map((item, index) => [item.id, index < n ? (item.reverse ? 2 : 4) : NOT_APPLICABLE]));
      expect(attribute(scoreAnswers(instrument, answers(2)).attributes, 'trust').status).toBe('not-enough-answers');
      expect(attribute(scoreAnswers(instrument, answers(3)).attributes, 'trust')).toMatchObject({ status: 'scored', score: 75 });
    });

    it('needs 6 of 8 attributes for an overall band', () => {
      const dims = instrument.dimensions.map((d) => d.id);
      const upTo = (n: number) => Object.fromEntries(instrument.items.map((i) => [i.id, dims.indexOf(i.dimension) < n ? (i.reverse ? 2 : 4) : DONT_KNOW]));
      expect(scoreAnswers(instrument, upTo(5)).overall).toMatchObject({ status: 'not-enough-attributes', scoredAttributes: 5, needed: 6 });
      expect(scoreAnswers(instrument, upTo(6)).overall).toMatchObject({ status: 'scored', scoredAttributes: 6 });
    });
  });
});
