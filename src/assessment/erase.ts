// Kept apart from the check's store: only the history page erases, and erasing brings the storage code.
import type { StorageFailureReason } from '../domain/storage/key-value-storage.ts';
import { emptyDocument } from '../domain/storage/empty-document.ts';
import { checkStorage } from '../i18n/en/check-storage.ts';
import { $check } from './check-store.ts';
import { browserStorage } from './device-storage.ts';
import { eraseAll } from './stored-document.ts';

/**
 * What erasing did: how many items were removed, or why storage refused (put into words with
 * `check.storage.failure.<reason>`). `message` is the same in English, an adapter for the history
 * page until it takes its words from the catalog.
 */
export type EraseResult =
  | { readonly ok: true; readonly removed: number; readonly message: string }
  | { readonly ok: false; readonly removed: number; readonly failure: StorageFailureReason; readonly message: string };

/** Removes every key of this deployment from both storages; says how many were removed. */
export function eraseEverything(basePath: string): EraseResult {
  const results = [eraseAll(browserStorage('device'), basePath), eraseAll(browserStorage('tab'), basePath)];
  const removed = results.reduce((n, r) => n + r.removed.length, 0);
  const state = $check.get();
  if (state) {
    $check.set({ ...state, document: emptyDocument(state.instrument.id), mode: 'device', tabOnlyBecause: null, notices: [], lastSave: 'none' });
  }
  const failed = results.find((r) => r.status === 'failed');
  if (failed && failed.status === 'failed') {
    const failure = failed.failure.reason;
    return { ok: false, removed, failure, message: checkStorage[`check.storage.failure.${failure}`] };
  }
  return { ok: true, removed, message: `Erased ${removed} item${removed === 1 ? '' : 's'} this site had stored in this browser.` };
}
