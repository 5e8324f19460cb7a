import { lookup } from '../instrument/lookup.ts';
import type { Instrument } from '../instrument/schema.ts';
import { isScaleValue, type Answers } from '../result/answers.ts';

/**
 * Gentle hints about patterns that often mean a statement was read quickly. They are never
 * used to change a score and are worded as invitations, not verdicts.
 */
export type AnswerQualityHint =
  | {
      readonly kind: 'same-answer-everywhere';
      /** The scale value given to every answered item. */
      readonly value: number;
      readonly answered: number;
      readonly message: string;
    }
  | {
      readonly kind: 'reverse-item-agrees-with-twins';
      readonly dimension: string;
      /** The reverse-worded item(s) whose answer points the same way as the direct items. */
      readonly reverseItems: readonly string[];
      /** The direct items of the same attribute that were compared with them. */
      readonly directItems: readonly string[];
      readonly message: string;
    };

export interface AnswerQualityOptions {
  /**
   * Straight-lining is only mentioned when at least this many items were answered; a few
   * identical answers are ordinary. Default 10.
   */
  readonly minimumForSameAnswer?: number;
}

/**
 * Rules, on a scale of `points` points (5 in the default instrument):
 *
 * - Same answer everywhere: at least `minimumForSameAnswer` items answered on the scale, and all
 *   of them with the same value. "Not sure" and skipped items are ignored.
 * - Reverse item agrees with its twins: within one attribute, take the raw (unflipped) answers.
 *   "Agreement" is a value ≥ points − 1 (Agree, Strongly agree); "disagreement" is ≤ 2
 *   (Strongly disagree, Disagree). A reverse item contradicts its twins when at least one direct
 *   item of the attribute is answered and either the reverse item is in agreement while the mean
 *   of the answered direct items is ≥ points − 1, or the reverse item is in disagreement while
 *   that mean is ≤ 2. One hint per attribute lists every such reverse item.
 *   When the same answer was given everywhere, those hints are left out: the first hint already
 *   says it, and repeating it eight times would feel like blame.
 */
export function findAnswerQualityHints(
  instrument: Instrument,
  answers: Answers,
  options: AnswerQualityOptions = {},
): AnswerQualityHint[] {
  const { points, itemsByDimension, dimensions } = lookup(instrument);
  const minimum = options.minimumForSameAnswer ?? 10;
  const hints: AnswerQualityHint[] = [];

  const given = instrument.items.map((item) => answers[item.id]).filter((v): v is number => isScaleValue(v, points));
  const first = given[0];
  if (first !== undefined && given.length >= minimum && given.every((v) => v === first)) {
    const label = instrument.scale.points.find((p) => p.value === first)?.label ?? String(first);
    hints.push({
      kind: 'same-answer-everywhere',
      value: first,
      answered: given.length,
      message:
        `You chose "${label}" for all ${given.length} statements you answered. That can be exactly right. ` +
        'Some statements are worded the other way round, though, so if a few went by quickly, a second look may sharpen your result.',
    });
    return hints;
  }

  const agrees = (v: number): boolean => v >= points - 1;
  const disagrees = (v: number): boolean => v <= 2;
  for (const dimension of dimensions) {
    const items = itemsByDimension.get(dimension.id) ?? [];
    const direct = items.filter((item) => !item.reverse && isScaleValue(answers[item.id], points));
    if (direct.length === 0) continue;
    const directMean = direct.reduce((sum, item) => sum + (answers[item.id] ?? 0), 0) / direct.length;
    const contradicting = items.filter((item) => {
      const value = answers[item.id];
      if (!item.reverse || !isScaleValue(value, points)) return false;
      return (agrees(value) && directMean >= points - 1) || (disagrees(value) && directMean <= 2);
    });
    if (contradicting.length === 0) continue;
    hints.push({
      kind: 'reverse-item-agrees-with-twins',
      dimension: dimension.id,
      reverseItems: contradicting.map((item) => item.id),
      directItems: direct.map((item) => item.id),
      message:
        `In ${dimension.name}, ${contradicting.length === 1 ? 'one statement is' : 'some statements are'} worded the other way round ` +
        'from the rest, yet the answers point the same way. If that was intended, nothing needs to change; ' +
        'otherwise it may be worth reading them once more.',
    });
  }
  return hints;
}
