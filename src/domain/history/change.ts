import type { ResultScores } from '../scoring/types.ts';

export interface ScoreChange {
  /** Whole points, from the rounded scores people see; absent when either side is not scored. */
  readonly overall: number | undefined;
  readonly attributes: ReadonlyMap<string, number | undefined>;
}

/**
 * Change from one result's scores to another's, in the rounded figures shown on the page. Only
 * for comparable results (see comparable.ts): across versions no change is worked out.
 */
export function scoreChange(from: ResultScores, to: ResultScores): ScoreChange {
  const before = new Map(from.attributes.map((a) => [a.dimension, a.status === 'scored' ? Math.round(a.score) : undefined]));
  const attributes = new Map(
    to.attributes.map((a) => {
      const old = before.get(a.dimension);
      return [a.dimension, a.status === 'scored' && old !== undefined ? Math.round(a.score) - old : undefined] as const;
    }),
  );
  const overall =
    from.overall.status === 'scored' && to.overall.status === 'scored' ? Math.round(to.overall.score) - Math.round(from.overall.score) : undefined;
  return { overall, attributes };
}
