import { tidy } from '../number/tidy.ts';
import { lookup } from '../instrument/lookup.ts';
import type { Band, Dimension, Instrument, Item } from '../instrument/schema.ts';
import { DONT_KNOW, NOT_APPLICABLE, isScaleValue, type Answers } from '../result/answers.ts';
import type {
  AnswerCounts,
  AttributeScore,
  CriticalCap,
  GateCheck,
  MissingCause,
  OverallScore,
  ResultScores,
  ScoreRange,
} from './types.ts';

/** A reverse-worded item is flipped so that a higher value always means a stronger culture. */
export function itemPoints(item: Item, value: number, points: number): number {
  return item.reverse ? points + 1 - value : value;
}

/** One scored answer on 0–100: the weakest point is 0, the strongest 100. */
export function answerScore(item: Item, value: number, points: number): number {
  return ((itemPoints(item, value, points) - 1) * 100) / (points - 1);
}

/** The arithmetic of one attribute, without the objects around it. */
export interface AttributeTally {
  readonly counts: AnswerCounts;
  /** 0–100, or undefined with fewer scored answers than the instrument's minimum. */
  readonly score: number | undefined;
  /** Undefined exactly when `score` is. */
  readonly range: ScoreRange | undefined;
}

function spreadWord(stepsApart: number): ScoreRange['spread'] {
  if (stepsApart <= 1) return 'close';
  return stepsApart < 3 ? 'mixed' : 'wide';
}

const clamp = (value: number): number => Math.min(100, Math.max(0, value));

/**
 * Score and range of one attribute. The range is the mean ± max(spread, half a scale step) ÷ √n,
 * where the spread is the standard deviation of the n scored answers on 0–100: more answers
 * and closer answers give a narrower range. It is a plain-words precision, not a confidence interval.
 */
export function tallyAttribute(instrument: Instrument, items: readonly Item[], answers: Answers): AttributeTally {
  const { pointsByFormat } = lookup(instrument);
  let scored = 0;
  let dontKnow = 0;
  let notApplicable = 0;
  let unanswered = 0;
  let sum = 0;
  let sumOfSquares = 0;
  let halfSteps = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  let stepSize = 0;
  for (const item of items) {
    const value = answers[item.id];
    const points = pointsByFormat[item.format];
    if (value === DONT_KNOW) dontKnow += 1;
    else if (value === NOT_APPLICABLE) notApplicable += 1;
    else if (points >= 2 && isScaleValue(value, points)) {
      const x = answerScore(item, value, points);
      scored += 1;
      sum += x;
      sumOfSquares += x * x;
      halfSteps += 50 / (points - 1);
      stepSize = Math.max(stepSize, 100 / (points - 1));
      lowest = Math.min(lowest, x);
      highest = Math.max(highest, x);
    } else unanswered += 1;
  }
  const counts: AnswerCounts = { statements: items.length, scored, dontKnow, notApplicable, unanswered };
  if (scored === 0 || scored < instrument.scoring.minimumScoredAnswers) {
    return { counts, score: undefined, range: undefined };
  }
  const mean = sum / scored;
  const variance = scored > 1 ? Math.max(0, (sumOfSquares - scored * mean * mean) / (scored - 1)) : 0;
  const margin = Math.max(Math.sqrt(variance), halfSteps / scored) / Math.sqrt(scored);
  const range: ScoreRange = {
    low: Math.round(clamp(mean - margin)),
    high: Math.round(clamp(mean + margin)),
    spread: spreadWord(Math.round((highest - lowest) / stepSize)),
  };
  return { counts, score: tidy(mean), range };
}

/** Index of the band (lowest first) a score falls into; -1 if the bands leave it out. */
export function bandIndex(bands: readonly Band[], score: number): number {
  const last = bands.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const band = bands[i];
    if (band && score >= band.min && (score < band.max || (i === last && score <= band.max))) return i;
  }
  return -1;
}

/** True when the whole range lies inside one band: the band is not in doubt. */
export function rangeInsideBand(bands: readonly Band[], range: ScoreRange): boolean {
  const index = bandIndex(bands, range.low);
  return index >= 0 && index === bandIndex(bands, range.high);
}

/** What most of an unscored attribute's missing answers were: the reason to name. */
function missingCause(counts: AnswerCounts): MissingCause {
  if (counts.dontKnow > 0 && counts.dontKnow >= counts.notApplicable && counts.dontKnow >= counts.unanswered) return 'dont-know';
  if (counts.notApplicable > 0 && counts.notApplicable >= counts.unanswered) return 'not-applicable';
  return 'unanswered';
}

/**
 * The numbers only: each attribute's tally, the overall score and its band after the gate.
 * Team statistics over thousands of results use this directly; `scoreAnswers` dresses the same
 * numbers in objects, so the two can never disagree.
 */
export interface ScoreFigures {
  readonly tallies: readonly AttributeTally[];
  /** Undefined when fewer attributes are scored than `scoring.minimumScoredAttributes`. */
  readonly overall: number | undefined;
  readonly scoredAttributes: number;
  /** Index into the bands ordered lowest first, after the gate; -1 when no overall. */
  readonly overallBand: number;
  readonly uncappedBand: number;
  /** Indexes (instrument order) of critical attributes that held the band out of the top; empty when nothing was lowered. */
  readonly cappedBy: readonly number[];
  /** Per critical attribute (instrument order): clearly in the lowest band, unknown, or clear. */
  readonly gate: readonly { readonly index: number; readonly status: 'clear' | 'capped' | 'unknown' }[];
}

/**
 * The gate: a critical attribute whose whole range lies in the lowest band, or that could not be
 * scored, keeps the overall result out of the top band: it lands one band below the top instead.
 * Taking the lower of two bands, each of which one answer moves by at most one step, means
 * one answer never moves the overall result by more than one band (see the property tests).
 */
export function scoreFigures(instrument: Instrument, answers: Answers): ScoreFigures {
  const { dimensions, itemsPerDimension, bandsInOrder } = lookup(instrument);
  const tallies: AttributeTally[] = [];
  let weighted = 0;
  let weights = 0;
  let scoredAttributes = 0;
  for (const [index, dimension] of dimensions.entries()) {
    const tally = tallyAttribute(instrument, itemsPerDimension[index] ?? [], answers);
    tallies.push(tally);
    if (tally.score !== undefined) {
      scoredAttributes += 1;
      if (dimension.weight > 0) {
        weighted += tally.score * dimension.weight;
        weights += dimension.weight;
      }
    }
  }
  const gate: ScoreFigures['gate'][number][] = [];
  dimensions.forEach((dimension, index) => {
    if (!dimension.critical) return;
    const tally = tallies[index];
    if (tally?.score === undefined || !tally.range) {
      gate.push({ index, status: 'unknown' });
      return;
    }
    const lowest = bandIndex(bandsInOrder, tally.score) === 0 && rangeInsideBand(bandsInOrder, tally.range);
    gate.push({ index, status: lowest ? 'capped' : 'clear' });
  });
  const needed = Math.min(instrument.scoring.minimumScoredAttributes, dimensions.length);
  if (weights === 0 || scoredAttributes < needed) {
    return { tallies, overall: undefined, scoredAttributes, overallBand: -1, uncappedBand: -1, cappedBy: [], gate };
  }
  const overall = tidy(weighted / weights);
  const uncappedBand = bandIndex(bandsInOrder, overall);
  const top = bandsInOrder.length - 1;
  const holding = gate.filter((g) => g.status !== 'clear').map((g) => g.index);
  const overallBand = holding.length > 0 && top > 0 ? Math.min(uncappedBand, top - 1) : uncappedBand;
  return { tallies, overall, scoredAttributes, overallBand, uncappedBand, cappedBy: overallBand < uncappedBand ? holding : [], gate };
}

function toAttributeScore(instrument: Instrument, dimension: Dimension, tally: AttributeTally): AttributeScore {
  const { bandsInOrder } = lookup(instrument);
  if (tally.score === undefined || !tally.range) {
    return {
      dimension: dimension.id,
      status: 'not-enough-answers',
      counts: tally.counts,
      needed: instrument.scoring.minimumScoredAnswers,
      cause: missingCause(tally.counts),
    };
  }
  return {
    dimension: dimension.id,
    status: 'scored',
    score: tally.score,
    band: bandsInOrder[bandIndex(bandsInOrder, tally.score)]?.id ?? '',
    range: tally.range,
    clearBand: rangeInsideBand(bandsInOrder, tally.range),
    counts: tally.counts,
  };
}

/**
 * Scores one set of answers: each attribute on 0–100 with its range, then the overall weighted
 * mean of the scored attributes when enough are scored, its band, and the critical gate.
 */
export function scoreAnswers(instrument: Instrument, answers: Answers): ResultScores {
  const { dimensions, bandsInOrder } = lookup(instrument);
  const figures = scoreFigures(instrument, answers);
  const attributes = dimensions.map((d, index) =>
    toAttributeScore(instrument, d, figures.tallies[index] ?? tallyAttribute(instrument, [], answers)),
  );
  const gate: GateCheck[] = figures.gate.map(({ index, status }) => {
    const dimension = dimensions[index] as Dimension;
    const attribute = attributes[index];
    if (status !== 'unknown') return { dimension: dimension.id, status };
    return { dimension: dimension.id, status, cause: attribute?.status === 'not-enough-answers' ? attribute.cause : 'unanswered' };
  });

  let overall: OverallScore;
  if (figures.overall === undefined) {
    const missing = dimensions.filter((_, index) => attributes[index]?.status !== 'scored');
    const needed = Math.min(instrument.scoring.minimumScoredAttributes, dimensions.length);
    overall = {
      status: 'not-enough-attributes',
      scoredAttributes: figures.scoredAttributes,
      needed,
      missing: missing.map((d) => d.id),
    };
  } else {
    const cap: CriticalCap | null =
      figures.cappedBy.length > 0 ? { dimensions: figures.cappedBy.map((index) => dimensions[index]?.id ?? '') } : null;
    overall = {
      status: 'scored',
      score: figures.overall,
      band: bandsInOrder[figures.overallBand]?.id ?? '',
      uncappedBand: bandsInOrder[figures.uncappedBand]?.id ?? '',
      cap,
      scoredAttributes: figures.scoredAttributes,
    };
  }
  return { method: 2, attributes, overall, gate };
}
