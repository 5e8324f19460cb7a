/** The reader's theme choice: stored per deployment, because deployments on one host share localStorage. */
export type ThemePreference = 'light' | 'dark' | 'system';

export function themeStorageKey(base: string): string {
  return `culture-first:${base}:theme`;
}

export function isThemePreference(value: unknown): value is ThemePreference {
  return value === 'light' || value === 'dark' || value === 'system';
}
