import type { CompletedResult } from '../result/result.ts';
import type { ResultScores } from '../scoring/types.ts';

/**
 * Results are comparable only when they answered the same version of the same questions: a score
 * from other statements measures something else, so no change or trend line is drawn across them.
 */
export function comparable(a: CompletedResult, b: CompletedResult): boolean {
  return a.instrument.id === b.instrument.id && a.instrument.version === b.instrument.version;
}

/** The latest result completed before `result` that is comparable with it. History is oldest first. */
export function previousComparable(history: readonly CompletedResult[], result: CompletedResult): CompletedResult | undefined {
  const index = history.findIndex((r) => r.id === result.id);
  for (let i = (index < 0 ? history.length : index) - 1; i >= 0; i -= 1) {
    const candidate = history[i];
    if (candidate && comparable(candidate, result)) return candidate;
  }
  return undefined;
}

export interface ScoreChange {
  /** Whole points, from the rounded scores people see; absent when either side is not scored. */
  readonly overall: number | undefined;
  readonly attributes: ReadonlyMap<string, number | undefined>;
}

/** Change from one result's scores to another's, in the rounded figures shown on the page. */
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
