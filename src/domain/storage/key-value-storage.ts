/**
 * The part of the Web Storage API (localStorage) the engine uses. Tests pass an in-memory
 * version that can throw QuotaExceededError or SecurityError on demand; the browser passes
 * `window.localStorage`, or `undefined` when touching it throws.
 */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Why the device's storage could not be read or written: a code, put into words by the page
 * (the `check.storage.failure.*` texts of the catalog).
 * - `quota-exceeded`, `security`, `unavailable`, `unknown`: what the browser's storage said;
 * - `backup-not-confirmed`: a backup of unreadable data could not be read back, so nothing was changed;
 * - `failed-safety-check`: the document to save did not pass its schema, so it was not written;
 * - `newer-version-kept`: a newer version's document sits at the key, and nothing is saved over it.
 */
export type StorageFailureReason =
  | 'quota-exceeded'
  | 'security'
  | 'unavailable'
  | 'unknown'
  | 'backup-not-confirmed'
  | 'failed-safety-check'
  | 'newer-version-kept';

export interface StorageFailure {
  readonly reason: StorageFailureReason;
}

/** Classifies whatever a storage call threw. Browsers name the quota error differently. */
export function describeStorageError(error: unknown): StorageFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const code = typeof error === 'object' && error !== null && 'code' in error ? Number(error.code) : NaN;
  let reason: StorageFailureReason = 'unknown';
  // 22 is the legacy DOMException code; 1014 and NS_ERROR_DOM_QUOTA_REACHED come from older Firefox.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) {
    reason = 'quota-exceeded';
  } else if (name === 'SecurityError') {
    reason = 'security';
  }
  return { reason };
}

export function storageUnavailable(): StorageFailure {
  return { reason: 'unavailable' };
}
