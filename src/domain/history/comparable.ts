import type { Instrument } from '../instrument/schema.ts';
import type { CompletedResult, InstrumentRef } from '../result/result.ts';

/** Why two results cannot be compared: no trend line or difference is drawn between them. */
export type IncomparableReason = 'different-instrument' | 'different-version';

export type Comparability =
  | { readonly comparable: true }
  | { readonly comparable: false; readonly reason: IncomparableReason; readonly message: string };

/**
 * Results are comparable only when they answered the same statements: the same instrument and
 * the same version. Across versions the statements, scales and scoring rules differ, so a
 * change in the number would say nothing about a change in the workplace.
 */
export function comparability(a: InstrumentRef, b: InstrumentRef): Comparability {
  if (a.id !== b.id) {
    return { comparable: false, reason: 'different-instrument', message: 'These results answer different sets of statements, so they are not compared.' };
  }
  if (a.version !== b.version) {
    const [older, newer] = a.version < b.version ? [a.version, b.version] : [b.version, a.version];
    return {
      comparable: false,
      reason: 'different-version',
      message: `One result answered version ${older} of the readiness check and the other version ${newer}. The statements and the way they are scored changed between versions, so no change is shown between them.`,
    };
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
  /** Set when some results were left out of the line, saying why. */
  readonly reason: { readonly code: 'different-version'; readonly message: string } | null;
}

/** Splits a history into what a trend may join and what it must leave apart. */
export function trendSeries(instrument: Instrument, history: readonly CompletedResult[]): TrendSeries {
  const current = history.filter((r) => isCurrentVersion(instrument, r));
  const earlier = history.filter((r) => !isCurrentVersion(instrument, r));
  return {
    current,
    earlier,
    reason:
      earlier.length === 0
        ? null
        : {
            code: 'different-version',
            message: `${earlier.length} earlier result${earlier.length === 1 ? ' was' : 's were'} saved under an earlier version of the readiness check. ${earlier.length === 1 ? 'It is' : 'They are'} kept and can be opened, but not joined to this trend: the statements and scoring changed, so a line between them would show a change that did not happen.`,
          },
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
