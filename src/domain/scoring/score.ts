import { bandFor, lowestBand } from '../instrument/bands.ts';
import { lookup } from '../instrument/lookup.ts';
import type { Instrument, Item } from '../instrument/schema.ts';
import { isScaleValue, type Answers } from '../result/answers.ts';
import type { AttributeScore, CriticalCap, OverallScore, ResultScores, ScoredAttribute } from './types.ts';

/**
 * Rounds away floating-point noise so a score that is 75 on paper is never 74.99999999 and
 * lands in the band below. Six decimals is far finer than any display.
 */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** A reverse-worded item is flipped so that a higher value always means a stronger culture. */
export function itemPoints(item: Item, value: number, points: number): number {
  return item.reverse ? points + 1 - value : value;
}

/** An attribute needs at least half of its items answered (3 of 5, 2 of 4) to get a number. */
export function answersNeeded(itemCount: number): number {
  return Math.ceil(itemCount / 2);
}

export function scoreAttribute(instrument: Instrument, dimensionId: string, answers: Answers): AttributeScore {
  const { points, itemsByDimension } = lookup(instrument);
  const items = itemsByDimension.get(dimensionId) ?? [];
  let answered = 0;
  let sum = 0;
  for (const item of items) {
    const value = answers[item.id];
    if (!isScaleValue(value, points)) continue;
    answered += 1;
    sum += itemPoints(item, value, points);
  }
  const needed = answersNeeded(items.length);
  if (answered === 0 || answered < needed) {
    return { dimension: dimensionId, status: 'not-enough-answers', answered, itemCount: items.length, needed };
  }
  // (mean − 1) / (points − 1) × 100, written as one division so whole means give whole scores.
  const score = tidy(((sum - answered) * 100) / (answered * (points - 1)));
  const band = bandFor(instrument, score)?.id ?? '';
  return { dimension: dimensionId, status: 'scored', score, band, answered, itemCount: items.length };
}

function describeScore(score: number): string {
  return String(Math.round(score));
}

function criticalGate(
  instrument: Instrument,
  attributes: readonly AttributeScore[],
  uncappedBand: string,
): CriticalCap | null {
  const lowest = lowestBand(instrument);
  if (!lowest || uncappedBand === lowest.id) return null;
  const { dimensionsById } = lookup(instrument);
  const inLowest = attributes.filter(
    (a): a is ScoredAttribute => a.status === 'scored' && a.band === lowest.id && dimensionsById.get(a.dimension)?.critical === true,
  );
  if (inLowest.length === 0) return null;
  const uncappedLabel = instrument.bands.find((b) => b.id === uncappedBand)?.label ?? uncappedBand;
  const names = inLowest.map((a) => `${dimensionsById.get(a.dimension)?.name ?? a.dimension} (${describeScore(a.score)})`);
  const subject = names.length === 1 ? `${names[0]} is` : `${names.join(' and ')} are`;
  return {
    dimensions: inLowest.map((a) => a.dimension),
    reason:
      `${subject} in "${lowest.label}". Because ${names.length === 1 ? 'it is' : 'they are'} critical to a learning culture, ` +
      `the overall result is "${lowest.label}" rather than "${uncappedLabel}" until that changes.`,
  };
}

/**
 * Scores one set of answers: each attribute on 0–100, then the overall weighted mean of the
 * attributes that could be scored, its band, and the critical gate.
 */
export function scoreAnswers(instrument: Instrument, answers: Answers): ResultScores {
  const { dimensions } = lookup(instrument);
  const attributes = dimensions.map((d) => scoreAttribute(instrument, d.id, answers));
  const notes: string[] = [];

  let weighted = 0;
  let weights = 0;
  attributes.forEach((attribute, index) => {
    const weight = dimensions[index]?.weight ?? 0;
    if (attribute.status === 'scored' && weight > 0) {
      weighted += attribute.score * weight;
      weights += weight;
    }
  });

  for (const attribute of attributes) {
    const dimension = dimensions.find((d) => d.id === attribute.dimension);
    if (dimension?.critical && attribute.status === 'not-enough-answers') {
      notes.push(
        `${dimension.name} has too few answers to be scored, so the overall result could not check it. ` +
          'Answering a few more of its statements will make the result more dependable.',
      );
    }
  }

  let overall: OverallScore;
  if (weights === 0) {
    overall = { status: 'not-enough-answers' };
  } else {
    const score = tidy(weighted / weights);
    const uncappedBand = bandFor(instrument, score)?.id ?? '';
    const cap = criticalGate(instrument, attributes, uncappedBand);
    const band = cap ? (lowestBand(instrument)?.id ?? uncappedBand) : uncappedBand;
    overall = { status: 'scored', score, band, uncappedBand, cap };
  }
  return { attributes, overall, notes };
}
