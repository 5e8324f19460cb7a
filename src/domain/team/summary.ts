import { tidy } from '../number/tidy.ts';

/** Descriptive statistics of one list of scores. */
export interface Summary {
  readonly n: number;
  readonly mean: number;
  readonly median: number;
  /** First quartile (25th percentile). */
  readonly q1: number;
  /** Third quartile (75th percentile). */
  readonly q3: number;
  readonly min: number;
  readonly max: number;
  /** Sample standard deviation (divides by n − 1); 0 for a single value. */
  readonly standardDeviation: number;
  /** Interquartile range, q3 − q1: how far apart the middle half of the group is. */
  readonly iqr: number;
}

/**
 * Quantile by linear interpolation between order statistics, Hyndman and Fan's type 7 (the
 * default in R, NumPy and spreadsheets' QUANTILE.INC): position h = (n − 1)·p in the sorted list.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lower = Math.floor(h);
  const below = sorted[lower] ?? Number.NaN;
  const above = sorted[Math.min(lower + 1, sorted.length - 1)] ?? below;
  return below + (h - lower) * (above - below);
}

/** Summarizes a non-empty list. The list passed in is not reordered. */
export function summarize(values: readonly number[]): Summary {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  let sum = 0;
  for (const v of sorted) sum += v;
  const mean = sum / n;
  let squares = 0;
  for (const v of sorted) squares += (v - mean) * (v - mean);
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  return {
    n,
    mean: tidy(mean),
    median: tidy(quantileSorted(sorted, 0.5)),
    q1: tidy(q1),
    q3: tidy(q3),
    min: sorted[0] ?? Number.NaN,
    max: sorted[n - 1] ?? Number.NaN,
    standardDeviation: n > 1 ? tidy(Math.sqrt(squares / (n - 1))) : 0,
    iqr: tidy(q3 - q1),
  };
}
