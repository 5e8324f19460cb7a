// Kept apart from the check's store: only the history page erases, and erasing brings the storage code.
import type { StorageFailureReason } from '../domain/storage/key-value-storage.ts';
import { emptyDocument } from '../domain/storage/empty-document.ts';
import { $check } from './check-store.ts';
import { browserStorage } from './device-storage.ts';
import { eraseAll } from './stored-document.ts';

/**
 * What erasing did: how many items were removed, or why storage refused. `message` says the same
 * in English, an adapter until the storage's words are in the catalog (the history page words
 * `removed` with `results.erase.done`).
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
  if (failed && failed.status === 'failed') return { ok: false, removed, failure: failed.failure.reason, message: failed.failure.message };
  return { ok: true, removed, message: `Erased ${removed} item${removed === 1 ? '' : 's'} this site had stored in this browser.` };
}
