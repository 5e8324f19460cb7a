import { lookup } from '../instrument/lookup.ts';
import type { Instrument, Item } from '../instrument/schema.ts';
import { isScaleValue, type Answers } from '../result/answers.ts';
import type { StepSeconds } from '../result/result.ts';

/**
 * Gentle hints about patterns that often mean a statement was read quickly. They never change
 * a score; the page words them as invitations, not verdicts.
 */
export type AnswerQualityHint =
  | {
      /** The same answer to statements worded both ways, on one scale. */
      readonly kind: 'same-answer-both-ways';
      /** The scale it happened on. */
      readonly format: 'frequency' | 'agreement';
      readonly value: number;
      /** The scale point's label in the instrument. */
      readonly label: string;
      /** The reverse-worded statements that got it. */
      readonly reverseItems: readonly string[];
    }
  | {
      /** A declared mirror pair answered as if both were true (or both false). */
      readonly kind: 'mirror-pair-disagrees';
      readonly pairs: readonly (readonly [string, string])[];
    }
  | {
      /** Steps answered faster than the instrument's `scoring.fastAnswerSeconds` per statement. */
      readonly kind: 'answered-very-fast';
      /** Attribute ids of those steps. */
      readonly steps: readonly string[];
    };

export interface AnswerQualityInput {
  readonly answers: Answers;
  /** Seconds spent per step as the check recorded them; absent for results without timings. */
  readonly stepSeconds?: StepSeconds | undefined;
}

/** Straight-lining is only mentioned with at least this many reverse-worded statements in the pattern. */
const MINIMUM_REVERSE_FOR_SAME_ANSWER = 3;

/**
 * Rules:
 *
 * - Same answer both ways: on one scale (frequency or agreement), every scale answer has the
 *   same value, that value is not the scale's middle point, at least 3 of those statements are
 *   reverse-worded and at least 3 are direct. Saying “Often” to a statement and to its reverse is
 *   what straight-lining looks like; an all-middle pattern is not flagged, as it may be honest.
 * - Mirror pair disagrees: for each declared mirror pair with both answered on the scale, the raw
 *   answers are both in the top two points or both in the bottom two. Only declared pairs count:
 *   other reverse statements describe different events and can honestly both be true.
 * - Answered very fast: a step whose recorded seconds are below the instrument's
 *   `scoring.fastAnswerSeconds` times the number of its statements answered.
 */
export function findAnswerQualityHints(instrument: Instrument, input: AnswerQualityInput): AnswerQualityHint[] {
  const { answers } = input;
  const { pointsByFormat, itemsById, dimensions, itemsByDimension } = lookup(instrument);
  const hints: AnswerQualityHint[] = [];

  for (const format of ['frequency', 'agreement'] as const) {
    const points = pointsByFormat[format];
    const scale = instrument.scales[format];
    if (!scale) continue;
    const answered = instrument.items.filter((item) => item.format === format && isScaleValue(answers[item.id], points));
    const first = answered[0] && answers[answered[0].id];
    if (typeof first !== 'number' || (points % 2 === 1 && first === (points + 1) / 2)) continue;
    if (!answered.every((item) => answers[item.id] === first)) continue;
    const reverse = answered.filter((item) => item.reverse);
    if (reverse.length < MINIMUM_REVERSE_FOR_SAME_ANSWER || answered.length - reverse.length < MINIMUM_REVERSE_FOR_SAME_ANSWER) continue;
    const label = scale.points.find((p) => p.value === first)?.label ?? String(first);
    hints.push({ kind: 'same-answer-both-ways', format, value: first, label, reverseItems: reverse.map((item) => item.id) });
  }

  const pairs: [string, string][] = [];
  for (const item of instrument.items) {
    const other = item.mirror ? itemsById.get(item.mirror) : undefined;
    if (!other || other.id < item.id) continue;
    if (disagrees(item, other, answers, pointsByFormat[item.format], pointsByFormat[other.format])) pairs.push([item.id, other.id]);
  }
  if (pairs.length > 0) {
    hints.push({ kind: 'mirror-pair-disagrees', pairs });
  }

  const seconds = input.stepSeconds;
  if (seconds) {
    const fast = dimensions.filter((dimension) => {
      const spent = seconds[dimension.id];
      const count = (itemsByDimension.get(dimension.id) ?? []).filter((item) => answers[item.id] !== undefined).length;
      return spent !== undefined && count > 0 && spent < count * instrument.scoring.fastAnswerSeconds;
    });
    if (fast.length > 0) hints.push({ kind: 'answered-very-fast', steps: fast.map((d) => d.id) });
  }
  return hints;
}

/** Both raw answers in the top two points, or both in the bottom two: the pair points the same way. */
function disagrees(a: Item, b: Item, answers: Answers, pointsA: number, pointsB: number): boolean {
  const va = answers[a.id];
  const vb = answers[b.id];
  if (!isScaleValue(va, pointsA) || !isScaleValue(vb, pointsB)) return false;
  return (va >= pointsA - 1 && vb >= pointsB - 1) || (va <= 2 && vb <= 2);
}
