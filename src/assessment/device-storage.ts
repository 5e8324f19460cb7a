import type { KeyValueStorage } from '../domain/storage/key-value-storage.ts';

/** Where the check keeps its document: this device (localStorage) or only this tab (sessionStorage). */
export type StorageMode = 'device' | 'tab';

/**
 * The browser's storage for a mode, or undefined when merely touching it throws (storage disabled
 * by policy raises SecurityError on access in Chromium). The engine treats undefined as "unavailable".
 */
export function browserStorage(mode: StorageMode): KeyValueStorage | undefined {
  try {
    return mode === 'device' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined;
  }
}
