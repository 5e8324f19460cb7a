/** Default smallest group whose figures are shown. */
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;
/** Below three, a figure can reveal one person's answers to the other; no setting goes lower. */
export const ABSOLUTE_MINIMUM_GROUP_SIZE = 3;
/**
 * Quartiles describe the lowest and highest quarter of a group; below ten results a quarter is
 * two people or fewer, so a quartile is close to one person's score. No setting goes lower.
 */
export const SPREAD_MINIMUM_GROUP_SIZE = 10;
/** A count of results in a band below this is shown as "fewer than 3", as survey platforms do. */
export const SMALLEST_SHOWN_COUNT = 3;

export function clampGroupSize(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return DEFAULT_MINIMUM_GROUP_SIZE;
  return Math.max(ABSOLUTE_MINIMUM_GROUP_SIZE, Math.floor(requested));
}

/** Results needed before quartiles are shown: the setting, never below ten nor below the group minimum. */
export function clampSpreadSize(requested: number | undefined, minimumGroupSize: number): number {
  const asked = requested === undefined || !Number.isFinite(requested) ? SPREAD_MINIMUM_GROUP_SIZE : Math.floor(requested);
  return Math.max(SPREAD_MINIMUM_GROUP_SIZE, minimumGroupSize, asked);
}
