/**
 * The optional role question at the start of the check; the team view compares roles with it.
 * The pages name the roles in their language (`common.role.*` in the catalogs).
 */
export const ROLES = ['senior-leader', 'people-manager', 'individual-contributor'] as const;
export type Role = (typeof ROLES)[number];

/** What the respondent chose in the draft; "prefer-not-to-say" is stored on results as no role at all. */
export const PREFER_NOT_TO_SAY = 'prefer-not-to-say';
export type RoleAnswer = Role | typeof PREFER_NOT_TO_SAY;

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The role a completed result keeps: none when it was not given or the person preferred not to say. */
export function roleForResult(answer: RoleAnswer | undefined): Role | undefined {
  return isRole(answer) ? answer : undefined;
}
