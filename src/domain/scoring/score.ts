import { lowestBand } from '../instrument/bands.ts';
import { tidy } from '../number/tidy.ts';
import { lookup } from '../instrument/lookup.ts';
import type { Band, Instrument, Item } from '../instrument/schema.ts';
import { isScaleValue, type Answers } from '../result/answers.ts';
import type { AttributeScore, CriticalCap, OverallScore, ResultScores, ScoredAttribute } from './types.ts';

/** A reverse-worded item is flipped so that a higher value always means a stronger culture. */
export function itemPoints(item: Item, value: number, points: number): number {
  return item.reverse ? points + 1 - value : value;
}

/** An attribute needs at least half of its items answered (3 of 5, 2 of 4) to get a number. */
export function answersNeeded(itemCount: number): number {
  return Math.ceil(itemCount / 2);
}

/** The arithmetic of one attribute, without the objects around it. */
export interface AttributeTally {
  readonly answered: number;
  /** 0–100, or undefined when fewer than half the items were answered. */
  readonly score: number | undefined;
}

function tallyAttribute(items: readonly Item[], answers: Answers, points: number): AttributeTally {
  let answered = 0;
  let sum = 0;
  for (const item of items) {
    const value = answers[item.id];
    if (typeof value !== 'number' || !isScaleValue(value, points)) continue;
    answered += 1;
    sum += itemPoints(item, value, points);
  }
  if (answered === 0 || answered < answersNeeded(items.length)) return { answered, score: undefined };
  // (mean − 1) / (points − 1) × 100, written as one division so whole means give whole scores.
  return { answered, score: tidy(((sum - answered) * 100) / (answered * (points - 1))) };
}

/** Index of the band (lowest first) a score falls into; -1 if the bands leave it out. */
function bandIndex(bands: readonly Band[], score: number): number {
  const last = bands.length - 1;
  for (let i = 0; i <= last; i += 1) {
    const band = bands[i];
    if (band && score >= band.min && (score < band.max || (i === last && score <= band.max))) return i;
  }
  return -1;
}

/**
 * The numbers only: each attribute's score (undefined when not enough answers), the overall
 * score and its band after the critical gate. Team statistics over thousands of results use
 * this directly; `scoreAnswers` dresses the same numbers in objects and sentences, so the two
 * can never disagree.
 */
export interface ScoreFigures {
  readonly tallies: readonly AttributeTally[];
  readonly overall: number | undefined;
  /** Index into the bands ordered lowest first, after the critical gate; -1 when no overall. */
  readonly overallBand: number;
  readonly uncappedBand: number;
  /** Indexes (instrument order) of critical attributes in the lowest band that lowered the band. */
  readonly cappedBy: readonly number[];
}

export function scoreFigures(instrument: Instrument, answers: Answers): ScoreFigures {
  const { points, dimensions, itemsPerDimension, bandsInOrder } = lookup(instrument);
  const tallies: AttributeTally[] = [];
  let weighted = 0;
  let weights = 0;
  for (const [index, dimension] of dimensions.entries()) {
    const tally = tallyAttribute(itemsPerDimension[index] ?? [], answers, points);
    tallies.push(tally);
    if (tally.score !== undefined && dimension.weight > 0) {
      weighted += tally.score * dimension.weight;
      weights += dimension.weight;
    }
  }
  if (weights === 0) return { tallies, overall: undefined, overallBand: -1, uncappedBand: -1, cappedBy: [] };
  const overall = tidy(weighted / weights);
  const uncappedBand = bandIndex(bandsInOrder, overall);
  const cappedBy: number[] = [];
  if (uncappedBand > 0) {
    dimensions.forEach((dimension, index) => {
      const score = tallies[index]?.score;
      if (dimension.critical && score !== undefined && bandIndex(bandsInOrder, score) === 0) cappedBy.push(index);
    });
  }
  return { tallies, overall, overallBand: cappedBy.length > 0 ? 0 : uncappedBand, uncappedBand, cappedBy };
}

export function scoreAttribute(instrument: Instrument, dimensionId: string, answers: Answers): AttributeScore {
  const { points, itemsByDimension } = lookup(instrument);
  const items = itemsByDimension.get(dimensionId) ?? [];
  return toAttributeScore(instrument, dimensionId, items.length, tallyAttribute(items, answers, points));
}

function toAttributeScore(instrument: Instrument, dimensionId: string, itemCount: number, tally: AttributeTally): AttributeScore {
  if (tally.score === undefined) {
    return { dimension: dimensionId, status: 'not-enough-answers', answered: tally.answered, itemCount, needed: answersNeeded(itemCount) };
  }
  const band = lookup(instrument).bandsInOrder[bandIndex(lookup(instrument).bandsInOrder, tally.score)]?.id ?? '';
  return { dimension: dimensionId, status: 'scored', score: tally.score, band, answered: tally.answered, itemCount };
}

function describeScore(score: number): string {
  return String(Math.round(score));
}

function capReason(instrument: Instrument, capped: readonly ScoredAttribute[], uncappedBand: string): CriticalCap {
  const { dimensionsById } = lookup(instrument);
  const lowest = lowestBand(instrument);
  const lowestLabel = lowest?.label ?? '';
  const uncappedLabel = instrument.bands.find((b) => b.id === uncappedBand)?.label ?? uncappedBand;
  const names = capped.map((a) => `${dimensionsById.get(a.dimension)?.name ?? a.dimension} (${describeScore(a.score)})`);
  const subject = names.length === 1 ? `${names[0]} is` : `${names.join(' and ')} are`;
  return {
    dimensions: capped.map((a) => a.dimension),
    reason:
      `${subject} in "${lowestLabel}". Because ${names.length === 1 ? 'it is' : 'they are'} critical to a learning culture, ` +
      `the overall result is "${lowestLabel}" rather than "${uncappedLabel}" until that changes.`,
  };
}

/**
 * Scores one set of answers: each attribute on 0–100, then the overall weighted mean of the
 * attributes that could be scored, its band, and the critical gate.
 */
export function scoreAnswers(instrument: Instrument, answers: Answers): ResultScores {
  const { dimensions, itemsByDimension, bandsInOrder } = lookup(instrument);
  const figures = scoreFigures(instrument, answers);
  const attributes = dimensions.map((d, index) =>
    toAttributeScore(instrument, d.id, itemsByDimension.get(d.id)?.length ?? 0, figures.tallies[index] ?? { answered: 0, score: undefined }),
  );
  const notes: string[] = [];
  dimensions.forEach((dimension, index) => {
    if (dimension.critical && attributes[index]?.status === 'not-enough-answers') {
      notes.push(
        `${dimension.name} has too few answers to be scored, so the overall result could not check it. ` +
          'Answering a few more of its statements will make the result more dependable.',
      );
    }
  });

  if (figures.overall === undefined) return { attributes, overall: { status: 'not-enough-answers' }, notes };
  const uncappedBand = bandsInOrder[figures.uncappedBand]?.id ?? '';
  const capped = figures.cappedBy.map((index) => attributes[index]).filter((a): a is ScoredAttribute => a?.status === 'scored');
  const overall: OverallScore = {
    status: 'scored',
    score: figures.overall,
    band: bandsInOrder[figures.overallBand]?.id ?? '',
    uncappedBand,
    cap: capped.length > 0 ? capReason(instrument, capped, uncappedBand) : null,
  };
  return { attributes, overall, notes };
}
