import { describe, expect, it } from 'vitest';
import { findAnswerQualityHints, NOT_SURE } from '../../../../src/domain/index.ts';
import { answerAll, answerConsistently } from '../fixtures/answers.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const small = smallInstrument();

describe('findAnswerQualityHints', () => {
  it('mentions the same answer everywhere, kindly, and only that', () => {
    const hints = findAnswerQualityHints(small, answerAll(small, 4));
    expect(hints).toEqual([
      {
        kind: 'same-answer-everywhere',
        value: 4,
        answered: 12,
        message:
          'You chose "Agree" for all 12 statements you answered. That can be exactly right. Some statements are worded the other way round, though, so if a few went by quickly, a second look may sharpen your result.',
      },
    ]);
    expect(hints[0]?.message).not.toMatch(/careless|wrong|invalid|lazy/i);
  });

  it('needs the minimum number of answers before mentioning it, and ignores Not sure', () => {
    const few = { 'alpha-1': 4, 'alpha-2': 4, 'alpha-3': 4 };
    expect(findAnswerQualityHints(small, few).filter((h) => h.kind === 'same-answer-everywhere')).toEqual([]);
    const withNotSure = { ...answerAll(small, 4), 'beta-3': NOT_SURE };
    expect(findAnswerQualityHints(small, withNotSure)[0]).toMatchObject({ kind: 'same-answer-everywhere', answered: 11 });
    expect(findAnswerQualityHints(small, few, { minimumForSameAnswer: 3 })[0]?.kind).toBe('same-answer-everywhere');
  });

  it('says nothing about consistent answers', () => {
    expect(findAnswerQualityHints(small, answerConsistently(small, 4))).toEqual([]);
    expect(findAnswerQualityHints(defaultInstrument(), answerConsistently(defaultInstrument(), 2))).toEqual([]);
  });

  it('finds a reverse item in agreement while its direct twins agree on average', () => {
    const answers = { ...answerConsistently(small, 3), 'alpha-1': 5, 'alpha-2': 4, 'alpha-3': 3, 'alpha-4': 4 };
    // Direct mean 4 (agreement) and reverse 4 (agreement).
    expect(findAnswerQualityHints(small, answers)).toEqual([
      {
        kind: 'reverse-item-agrees-with-twins',
        dimension: 'alpha',
        reverseItems: ['alpha-4'],
        directItems: ['alpha-1', 'alpha-2', 'alpha-3'],
        message:
          'In Alpha, one statement is worded the other way round from the rest, yet the answers point the same way. If that was intended, nothing needs to change; otherwise it may be worth reading them once more.',
      },
    ]);
  });

  it('finds a reverse item in disagreement while its direct twins disagree on average', () => {
    const answers = { ...answerConsistently(small, 3), 'gamma-1': 1, 'gamma-2': 2, 'gamma-3': NOT_SURE, 'gamma-4': 2 };
    expect(findAnswerQualityHints(small, answers).map((h) => h.kind === 'reverse-item-agrees-with-twins' && h.dimension)).toEqual(['gamma']);
  });

  it('does not flag a direct mean just short of agreement, a neutral reverse answer, or no answered twins', () => {
    // Direct mean 11/3 ≈ 3.67 < 4.
    expect(findAnswerQualityHints(small, { ...answerConsistently(small, 3), 'alpha-1': 4, 'alpha-2': 4, 'alpha-3': 3, 'alpha-4': 5 })).toEqual([]);
    expect(findAnswerQualityHints(small, { ...answerConsistently(small, 3), 'alpha-1': 5, 'alpha-2': 5, 'alpha-3': 5, 'alpha-4': 3 })).toEqual([]);
    expect(findAnswerQualityHints(small, { 'beta-4': 5 })).toEqual([]);
  });
});
