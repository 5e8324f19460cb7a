import type { Answers } from '../result/answers.ts';
import type { InstrumentRef } from '../result/result.ts';

/** What identifies a result for the team view: the questions it answered and every answer, not its id. */
export function contentKey(result: { readonly instrument: InstrumentRef; readonly answers: Answers; readonly role?: string }): string {
  const answers = Object.keys(result.answers)
    .sort()
    .map((item) => [item, result.answers[item] ?? null]);
  return JSON.stringify([result.instrument.id, result.instrument.version, result.role ?? null, answers]);
}

/**
 * One file is one person: an "Export all" file holds the history of whoever exported it, so it
 * contributes only its latest result. Returns that result and how many earlier ones were left out.
 */
export function latestOfFile<T extends { readonly completedAt: string }>(results: readonly T[]): { latest: T; leftOut: number } | null {
  let latest: T | undefined;
  for (const result of results) {
    if (!latest || Date.parse(result.completedAt) > Date.parse(latest.completedAt)) latest = result;
  }
  return latest ? { latest, leftOut: results.length - 1 } : null;
}
