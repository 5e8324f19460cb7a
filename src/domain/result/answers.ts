/**
 * One answer: the scale value the respondent picked (1 … number of points), or `null` for
 * "Not sure". An item that was never reached is absent from the map. Both `null` and absence
 * count as "no answer" when scoring.
 */
export type AnswerValue = number | null;

/** Answers keyed by item id. Keys are item ids, so results of older versions combine by id. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** The stored form of the "Not sure" option. A named constant so islands never write a bare null. */
export const NOT_SURE = null;

/** True when the value is a real point on a scale of `points` points (not "Not sure"). */
export function isScaleValue(value: unknown, points: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points;
}
