import type { Instrument } from '../instrument/schema.ts';
import type { CompletedResult, InstrumentRef } from '../result/result.ts';

/** Why two results cannot be compared: no trend line or difference is drawn between them. */
export type IncomparableReason = 'different-instrument' | 'different-version';

export type Comparability =
  | { readonly comparable: true }
  | { readonly comparable: false; readonly reason: 'different-instrument' }
  /** `older` and `newer` are the two versions of the statements, in that order. */
  | { readonly comparable: false; readonly reason: 'different-version'; readonly older: number; readonly newer: number };

/**
 * Results are comparable only when they answered the same statements: the same instrument and
 * the same version. Across versions the statements, scales and scoring rules differ, so a
 * change in the number would say nothing about a change in the workplace.
 */
export function comparability(a: InstrumentRef, b: InstrumentRef): Comparability {
  if (a.id !== b.id) {
    return { comparable: false, reason: 'different-instrument' };
  }
  if (a.version !== b.version) {
    const [older, newer] = a.version < b.version ? [a.version, b.version] : [b.version, a.version];
    return { comparable: false, reason: 'different-version', older, newer };
  }
  return { comparable: true };
}

/** Shorthand for `comparability(a.instrument, b.instrument).comparable`. */
export function comparable(a: CompletedResult, b: CompletedResult): boolean {
  return comparability(a.instrument, b.instrument).comparable;
}

/** Whether a result answered the instrument as it is now (only those join trends and comparisons). */
export function isCurrentVersion(instrument: Instrument, result: CompletedResult): boolean {
  return result.instrument.id === instrument.id && result.instrument.version === instrument.version;
}

export interface TrendSeries {
  /** Results of the current version, oldest first: the only ones a trend line joins. */
  readonly current: readonly CompletedResult[];
  /** Results of other versions: listed, never joined to the line. */
  readonly earlier: readonly CompletedResult[];
  /** Set when some results were left out of the line: `count` results of other versions. */
  readonly reason: { readonly code: 'different-version'; readonly count: number } | null;
}

/** Splits a history into what a trend may join and what it must leave apart. */
export function trendSeries(instrument: Instrument, history: readonly CompletedResult[]): TrendSeries {
  const current = history.filter((r) => isCurrentVersion(instrument, r));
  const earlier = history.filter((r) => !isCurrentVersion(instrument, r));
  return {
    current,
    earlier,
    reason: earlier.length === 0 ? null : { code: 'different-version', count: earlier.length },
  };
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
