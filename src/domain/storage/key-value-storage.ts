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

/** Why the device's storage could not be read or written. */
export type StorageFailureReason = 'quota-exceeded' | 'security' | 'unavailable' | 'unknown';

export interface StorageFailure {
  readonly reason: StorageFailureReason;
  /** A sentence for the person using the site. */
  readonly message: string;
}

const messages: Record<StorageFailureReason, string> = {
  'quota-exceeded':
    "This browser's storage for the site is full, so your latest answers are kept only in this tab for now. Export your results to keep a copy.",
  security:
    'This browser does not allow the site to store data (private mode or a privacy setting), so your answers are kept only in this tab. Export your results to keep a copy.',
  unavailable:
    'Storage is not available in this browser, so your answers are kept only in this tab. Export your results to keep a copy.',
  unknown: 'Your answers could not be saved in this browser, so they are kept only in this tab for now. Export your results to keep a copy.',
};

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
  return { reason, message: messages[reason] };
}

export function storageUnavailable(): StorageFailure {
  return { reason: 'unavailable', message: messages.unavailable };
}
