/** "Don’t know": the respondent cannot see what the statement describes. */
export const DONT_KNOW = 'dont-know' as const;
/** "Doesn’t apply here / no occasion": nothing happened that the statement could describe. */
export const NOT_APPLICABLE = 'not-applicable' as const;

/** The two answers outside the scale. Neither counts in a score; both are counted. */
export type OutsideAnswer = typeof DONT_KNOW | typeof NOT_APPLICABLE;

/**
 * One answer: a point on the statement's scale (1 … number of points), or an answer outside
 * the scale. A statement that was never reached is absent from the map. Version-1 results
 * stored `null` for "Not sure"; reading them turns it into "dont-know" (see result.ts).
 */
export type AnswerValue = number | OutsideAnswer;

/** Answers keyed by item id. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export function isOutsideAnswer(value: unknown): value is OutsideAnswer {
  return value === DONT_KNOW || value === NOT_APPLICABLE;
}

/** True when the value is a real point on a scale of `points` points (not an outside answer). */
export function isScaleValue(value: unknown, points: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points;
}
