import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishFigures, quantileSorted, SPREAD_MINIMUM_GROUP_SIZE } from '../../../../src/domain/index.ts';

/**
 * The differencing attack of issue 13: someone holds the report of a team and the report of the
 * same team plus one person, and wants that person's score on an attribute. Attribute scores lie
 * on a grid (answers on a 5-point scale over a few statements); 1/16 of the range covers 4 items.
 *
 * A score is safe when the scores that produce exactly the same two reports span more than 10
 * points: then no guess is within ±5 points of all of them.
 */
const GRID = Array.from({ length: 17 }, (_, i) => (i * 100) / 16);
const score = fc.constantFrom(...GRID);
type Publish = (values: readonly number[]) => string;
const published: Publish = (values) => JSON.stringify(publishFigures(values, SPREAD_MINIMUM_GROUP_SIZE));

/**
 * True when the scores that give exactly the same two reports span more than 10 points, so no
 * guess is within ±5 of all of them. The attacker here even knows every other score in the team.
 */
function indistinguishable(publish: Publish, team: readonly number[], added: number): boolean {
  const after = publish([...team, added]);
  const alike = GRID.filter((v) => publish([...team, v]) === after);
  return Math.max(...alike) - Math.min(...alike) > 10;
}

describe('differencing two team reports', () => {
  it('never tells one added person’s attribute score to within ±5 points', () => {
    fc.assert(
      fc.property(fc.array(score, { minLength: 5, maxLength: 30 }), score, (team, added) => {
        expect(indistinguishable(published, team, added), `team ${team.join(', ')} plus ${added}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('finds the score from the figures the team view used to show (the test can fail)', () => {
    // Lowest, quartiles, median and highest, exact: with five people that is every score.
    const oldFigures: Publish = (values) => {
      const sorted = Float64Array.from(values).sort();
      return [0, 0.25, 0.5, 0.75, 1].map((p) => quantileSorted(sorted, p)).join(' ');
    };
    expect(indistinguishable(oldFigures, [0, 25, 50, 75, 100], 62.5)).toBe(false);
    expect(indistinguishable(published, [0, 25, 50, 75, 100], 62.5)).toBe(true);
  });
});
