import { describe, expect, it } from 'vitest';
import { DONT_KNOW, findAnswerQualityHints } from '../../../../src/domain/index.ts';
import { answerAll, answerConsistently } from '../fixtures/answers.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const instrument = defaultInstrument();

describe('findAnswerQualityHints', () => {
  it('says nothing about consistent answers', () => {
    expect(findAnswerQualityHints(small, { answers: answerConsistently(small, 4) })).toEqual([]);
    expect(findAnswerQualityHints(instrument, { answers: answerConsistently(instrument, 2) })).toEqual([]);
  });

  describe('same answer both ways', () => {
    it('names one scale answered identically across reverse-worded and direct statements', () => {
      const hints = findAnswerQualityHints(instrument, { answers: answerAll(instrument, 4) });
      const frequency = hints.find((h) => h.kind === 'same-answer-both-ways' && h.label === 'Often');
      expect(frequency).toMatchObject({ kind: 'same-answer-both-ways', format: 'frequency', value: 4 });
      if (frequency?.kind !== 'same-answer-both-ways') throw new Error('no hint');
      const reverseFrequency = instrument.items.filter((i) => i.reverse && i.format === 'frequency').map((i) => i.id);
      expect(frequency.reverseItems).toEqual(reverseFrequency);
    });

    it('leaves the middle point alone, and needs three statements each way', () => {
      expect(findAnswerQualityHints(instrument, { answers: answerAll(instrument, 3) }).filter((h) => h.kind === 'same-answer-both-ways')).toEqual([]);
      // The small fixture has one reverse statement per attribute on the frequency scale: three in all, and three direct.
      expect(findAnswerQualityHints(small, { answers: answerAll(small, 5) }).map((h) => h.kind)).toContain('same-answer-both-ways');
      const fewer = { ...answerAll(small, 5), 'gamma-4': DONT_KNOW };
      expect(findAnswerQualityHints(small, { answers: fewer }).filter((h) => h.kind === 'same-answer-both-ways')).toEqual([]);
    });
  });

  describe('mirror pairs', () => {
    it('names only declared pairs whose answers point the same way', () => {
      const answers = { ...answerConsistently(instrument, 4), 'trust-mistakes-open': 5, 'trust-mistakes-hidden': 4, 'trust-blame': 5 };
      expect(findAnswerQualityHints(instrument, { answers })).toEqual([
        { kind: 'mirror-pair-disagrees', pairs: [['trust-mistakes-hidden', 'trust-mistakes-open']] },
      ]);
    });

    it('does not fire on reverse statements that are not mirrors, on middle answers, or with an outside answer', () => {
      // trust-blame is reverse-worded but describes a different event from trust-raiser-supported: both can be true.
      expect(findAnswerQualityHints(instrument, { answers: { ...answerConsistently(instrument, 4), 'trust-blame': 5, 'trust-raiser-supported': 5 } })).toEqual([]);
      expect(findAnswerQualityHints(instrument, { answers: { ...answerConsistently(instrument, 4), 'trust-mistakes-open': 3, 'trust-mistakes-hidden': 3 } })).toEqual([]);
      expect(findAnswerQualityHints(instrument, { answers: { ...answerConsistently(instrument, 4), 'trust-mistakes-open': 1, 'trust-mistakes-hidden': DONT_KNOW } })).toEqual([]);
    });
  });

  describe('answered very fast', () => {
    const answers = answerConsistently(instrument, 4);

    it('names steps answered in under the threshold per statement', () => {
      const hints = findAnswerQualityHints(instrument, { answers, stepSeconds: { trust: 11.9, resources: 12, 'executive-buy-in': 40 } });
      expect(hints).toEqual([
        { kind: 'answered-very-fast', steps: ['trust'] },
      ]);
    });

    it('says nothing without timings or for a step with nothing answered', () => {
      expect(findAnswerQualityHints(instrument, { answers })).toEqual([]);
      expect(findAnswerQualityHints(instrument, { answers: {}, stepSeconds: { trust: 1 } })).toEqual([]);
    });
  });
});
