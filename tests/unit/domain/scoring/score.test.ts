import { describe, expect, it } from 'vitest';
import { NOT_SURE, scoreAnswers, type AttributeScore } from '../../../../src/domain/index.ts';
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
  it('maps the mean of flipped answers to 0–100 as (mean − 1) / (points − 1) × 100', () => {
    // alpha: 5, 4, 3 direct and 2 on the reverse item (flipped to 4): mean 4 → 75.
    const scores = scoreAnswers(small, { 'alpha-1': 5, 'alpha-2': 4, 'alpha-3': 3, 'alpha-4': 2 });
    expect(attribute(scores.attributes, 'alpha')).toEqual({ dimension: 'alpha', status: 'scored', score: 75, band: 'scale', answered: 4, itemCount: 4 });
  });

  it('flips reverse items as points + 1 − value', () => {
    const onlyReverseLow = scoreAnswers(small, { 'beta-1': 1, 'beta-2': 1, 'beta-4': 1 });
    // 1, 1 and flipped 5: mean 7/3 → 33.33…
    expect(attribute(onlyReverseLow.attributes, 'beta')).toMatchObject({ status: 'scored', score: 33.333333 });
  });

  it('gives 0 for the weakest answers and 100 for the strongest everywhere', () => {
    expect(scoreAnswers(small, answerConsistently(small, 1)).overall).toMatchObject({ status: 'scored', score: 0, band: 'foundation' });
    expect(scoreAnswers(small, answerConsistently(small, 5)).overall).toMatchObject({ status: 'scored', score: 100, band: 'scale' });
  });

  it('leaves Not sure out of the mean', () => {
    const scores = scoreAnswers(small, { 'gamma-1': 5, 'gamma-2': 3, 'gamma-3': NOT_SURE, 'gamma-4': NOT_SURE });
    expect(attribute(scores.attributes, 'gamma')).toMatchObject({ status: 'scored', score: 75, answered: 2 });
  });

  it('reports "not enough answers", never a number, below half the items', () => {
    const scores = scoreAnswers(small, { 'gamma-1': 5, 'gamma-2': NOT_SURE, 'gamma-3': NOT_SURE });
    const gamma = attribute(scores.attributes, 'gamma');
    expect(gamma).toEqual({ dimension: 'gamma', status: 'not-enough-answers', answered: 1, itemCount: 4, needed: 2 });
    expect('score' in gamma).toBe(false);
  });

  it('needs 3 of 5 items in the default instrument', () => {
    const instrument = defaultInstrument();
    const two = scoreAnswers(instrument, { 'trust-1': 4, 'trust-2': 4 });
    const three = scoreAnswers(instrument, { 'trust-1': 4, 'trust-2': 4, 'trust-3': 4 });
    expect(attribute(two.attributes, 'trust').status).toBe('not-enough-answers');
    expect(attribute(three.attributes, 'trust')).toMatchObject({ status: 'scored', score: 75 });
  });

  it('ignores values outside the scale as if unanswered', () => {
    const scores = scoreAnswers(small, { 'beta-1': 9, 'beta-2': 0, 'beta-3': 2.5 } as Record<string, number>);
    expect(attribute(scores.attributes, 'beta')).toMatchObject({ status: 'not-enough-answers', answered: 0 });
  });

  it('takes the overall score as the weighted mean of the scored attributes only', () => {
    // alpha (weight 2) = 50, beta (weight 1) = 100, gamma not scored → (100 + 100) / 3 = 66.67.
    const answers = { 'alpha-1': 3, 'alpha-2': 3, 'alpha-3': 3, 'alpha-4': 3, 'beta-1': 5, 'beta-2': 5, 'beta-4': 1 };
    expect(scoreAnswers(small, answers).overall).toEqual({ status: 'scored', score: 66.666667, band: 'pilot', uncappedBand: 'pilot', cap: null });
  });

  it('reports an overall of "not enough answers" when no attribute is scored', () => {
    expect(scoreAnswers(small, {}).overall).toEqual({ status: 'not-enough-answers' });
    expect(scoreAnswers(small, answerAll(small, NOT_SURE)).overall).toEqual({ status: 'not-enough-answers' });
  });

  it('places scores on band edges by min inclusive, max exclusive, 100 inclusive', () => {
    // beta: three answers → scores in steps of 100/12; 50 exactly with mean 3.
    const at50 = scoreAnswers(small, { 'beta-1': 3, 'beta-2': 3, 'beta-3': 3 });
    expect(attribute(at50.attributes, 'beta')).toMatchObject({ score: 50, band: 'pilot' });
    const at75 = scoreAnswers(small, { 'beta-1': 4, 'beta-2': 4 });
    expect(attribute(at75.attributes, 'beta')).toMatchObject({ score: 75, band: 'scale' });
    const below50 = scoreAnswers(small, { 'beta-1': 3, 'beta-2': 3, 'beta-3': 2 });
    expect(attribute(below50.attributes, 'beta')).toMatchObject({ band: 'foundation' });
  });

  describe('critical gate', () => {
    it('caps the overall band at the lowest band when a critical attribute is in it, and says why', () => {
      // alpha (critical, weight 2) = 25; beta and gamma = 100 → overall (50 + 200) / 4 = 62.5 → pilot, capped.
      const answers = {
        ...answerConsistently(small, 5),
        'alpha-1': 2, 'alpha-2': 2, 'alpha-3': 2, 'alpha-4': 4,
      };
      const { overall } = scoreAnswers(small, answers);
      expect(overall).toMatchObject({ status: 'scored', score: 62.5, band: 'foundation', uncappedBand: 'pilot' });
      if (overall.status !== 'scored') throw new Error('unscored');
      expect(overall.cap).toEqual({
        dimensions: ['alpha'],
        reason:
          'Alpha (25) is in "Build the foundation first". Because it is critical to a learning culture, the overall result is "Build the foundation first" rather than "Ready to pilot" until that changes.',
      });
    });

    it('does not cap when the critical attribute is above the lowest band', () => {
      const answers = { ...answerConsistently(small, 5), 'alpha-1': 3, 'alpha-2': 3, 'alpha-3': 3, 'alpha-4': 3 };
      expect(scoreAnswers(small, answers).overall).toMatchObject({ band: 'scale', cap: null });
    });

    it('does not cap a non-critical attribute in the lowest band', () => {
      const answers = { ...answerConsistently(small, 5), 'beta-1': 1, 'beta-2': 1, 'beta-3': 1, 'beta-4': 5 };
      expect(scoreAnswers(small, answers).overall).toMatchObject({ band: 'scale', cap: null });
    });

    it('notes when a critical attribute has too few answers to be checked', () => {
      const answers = { 'beta-1': 5, 'beta-2': 5, 'gamma-1': 5, 'gamma-2': 5 };
      const scores = scoreAnswers(small, answers);
      expect(scores.overall).toMatchObject({ band: 'scale', cap: null });
      expect(scores.notes).toEqual([
        'Alpha has too few answers to be scored, so the overall result could not check it. Answering a few more of its statements will make the result more dependable.',
      ]);
    });

    it('applies to executive buy-in in the default instrument', () => {
      const instrument = defaultInstrument();
      const answers = { ...answerConsistently(instrument, 5) };
      for (const item of instrument.items.filter((i) => i.dimension === 'executive-buy-in')) answers[item.id] = item.reverse ? 5 : 1;
      const { overall } = scoreAnswers(instrument, answers);
      expect(overall).toMatchObject({ band: 'foundation', uncappedBand: 'scale' });
      if (overall.status !== 'scored') throw new Error('unscored');
      expect(overall.cap?.reason).toContain('Executive buy-in (0) is in "Build the foundation first"');
    });
  });
});
