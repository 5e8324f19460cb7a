import { deploymentPrefix } from '../domain/storage/key.ts';

/** The reader's theme choice. */
export type ThemePreference = 'light' | 'dark' | 'system';

/**
 * Stored under this deployment's prefix (deployments on one host share localStorage), so
 * "Erase everything on this device" removes it too. "@" cannot appear in an instrument id.
 */
export function themeStorageKey(base: string): string {
  return `${deploymentPrefix(base)}@theme`;
}

export function isThemePreference(value: unknown): value is ThemePreference {
  return value === 'light' || value === 'dark' || value === 'system';
}
