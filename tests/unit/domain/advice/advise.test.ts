import { describe, expect, it } from 'vitest';
import { adviseFrom, scoreAnswers } from '../../../../src/domain/index.ts';
import { answerConsistently } from '../fixtures/answers.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const small = smallInstrument();

describe('adviseFrom', () => {
  it('lists the weakest attributes first, with the band advice, the chapter link and the plays', () => {
    const answers = {
      'alpha-1': 4, 'alpha-2': 4, 'alpha-3': 4, 'alpha-4': 2, // 75
      'beta-1': 2, 'beta-2': 2, 'beta-3': 2, 'beta-4': 4, // 25
      'gamma-1': 3, 'gamma-2': 3, 'gamma-3': 3, 'gamma-4': 3, // 50
    };
    const advice = adviseFrom(small, scoreAnswers(small, answers));
    expect(advice.priorities.map((a) => [a.dimension, a.score])).toEqual([['beta', 25], ['gamma', 50], ['alpha', 75]]);
    expect(advice.priorities[0]).toEqual({
      dimension: 'beta',
      name: 'Beta',
      score: 25,
      band: 'foundation',
      text: 'beta in foundation.',
      chapter: { chapter: 'beta', anchor: 'plays' },
      link: { chapter: 'beta', anchor: 'beta-play' },
      plays: [{ chapter: 'beta', anchor: 'beta-play' }],
    });
  });

  it('keeps instrument order for ties, and leaves unscored attributes out with their ids', () => {
    const answers = { 'alpha-1': 3, 'alpha-2': 3, 'alpha-3': 3, 'gamma-1': 3, 'gamma-2': 3, 'gamma-3': 3 };
    const advice = adviseFrom(small, scoreAnswers(small, answers));
    expect(advice.priorities.map((a) => a.dimension)).toEqual(['alpha', 'gamma']);
    expect(advice.notScored).toEqual(['beta']);
  });

  it('names up to three strengths at or above the pilot threshold, strongest first', () => {
    const instrument = defaultInstrument();
    const answers: Record<string, number> = { ...answerConsistently(instrument, 2) };
    const set = (dimension: string, value: number): void => {
      for (const item of instrument.items.filter((i) => i.dimension === dimension)) answers[item.id] = item.reverse ? 6 - value : value;
    };
    set('trust', 5);
    set('resources', 4);
    set('transparency', 4);
    set('learner-focus', 3);
    const advice = adviseFrom(instrument, scoreAnswers(instrument, answers));
    expect(advice.strengths.map((a) => [a.dimension, a.score])).toEqual([['trust', 100], ['transparency', 75], ['resources', 75]]);
    expect(adviseFrom(instrument, scoreAnswers(instrument, answerConsistently(instrument, 2))).strengths).toEqual([]);
    expect(advice.priorities[0]?.link).toEqual({ chapter: 'executive-buy-in', anchor: 'leaders-learn-in-public' });
  });
});
