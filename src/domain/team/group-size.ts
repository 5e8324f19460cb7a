/** Default smallest group whose figures are shown. */
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;
/** Below three, a figure can reveal one person's answers to the other; no setting goes lower. */
export const ABSOLUTE_MINIMUM_GROUP_SIZE = 3;

export function clampGroupSize(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return DEFAULT_MINIMUM_GROUP_SIZE;
  return Math.max(ABSOLUTE_MINIMUM_GROUP_SIZE, Math.floor(requested));
}

export function suppressionMessage(minimum: number, what: string, who = 'people'): string {
  return `${what} appear once at least ${minimum} ${who} have answered, so that no one's answers can be singled out.`;
}
