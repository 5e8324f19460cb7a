import { describe, expect, test } from 'vitest';
import { scoreChange } from '../../../../src/domain/history/change.ts';
import type { AttributeScore, ResultScores } from '../../../../src/domain/scoring/types.ts';

const counts = { statements: 6, scored: 6, dontKnow: 0, notApplicable: 0, unanswered: 0 };
const scored = (dimension: string, score: number): AttributeScore => ({
  dimension,
  status: 'scored',
  score,
  band: 'pilot',
  range: null,
  clearBand: false,
  counts,
});
const unscored = (dimension: string): AttributeScore => ({ dimension, status: 'not-enough-answers', counts, needed: 3, cause: 'dont-know' });

function scores(attributes: AttributeScore[], overall?: number): ResultScores {
  return {
    method: 2,
    attributes,
    overall:
      overall === undefined
        ? { status: 'not-enough-attributes', scoredAttributes: 1, needed: 6, missing: [] }
        : { status: 'scored', score: overall, band: 'pilot', uncappedBand: 'pilot', cap: null, scoredAttributes: attributes.length },
    gate: [],
  };
}

describe('change between two comparable results', () => {
  test('is the difference of the rounded figures people see, per attribute and overall', () => {
    const change = scoreChange(scores([scored('trust', 49.6), scored('learner', 70.4)], 60.4), scores([scored('trust', 52.4), scored('learner', 61.5)], 56.5));
    // 50 → 52 and 70 → 62 as shown, not 49.6 → 52.4.
    expect(change.attributes.get('trust')).toBe(2);
    expect(change.attributes.get('learner')).toBe(-8);
    expect(change.overall).toBe(-3);
  });

  test('is absent where either side is not scored', () => {
    const change = scoreChange(scores([unscored('trust'), scored('learner', 40)]), scores([scored('trust', 60), unscored('learner')], 50));
    expect(change.attributes.get('trust')).toBeUndefined();
    expect(change.attributes.get('learner')).toBeUndefined();
    expect(change.overall).toBeUndefined();
  });
});
