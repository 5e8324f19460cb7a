// Kept apart from the check's store: only the history page erases, and erasing brings the storage code.
import { emptyDocument } from '../domain/storage/empty-document.ts';
import { $check } from './check-store.ts';
import { browserStorage } from './device-storage.ts';
import { eraseAll } from './stored-document.ts';

/** Removes every key of this deployment from both storages; says how many were removed. */
export function eraseEverything(basePath: string): { ok: boolean; message: string } {
  const results = [eraseAll(browserStorage('device'), basePath), eraseAll(browserStorage('tab'), basePath)];
  const removed = results.reduce((n, r) => n + r.removed.length, 0);
  const state = $check.get();
  if (state) {
    $check.set({ ...state, document: emptyDocument(state.instrument.id), mode: 'device', tabOnlyBecause: null, notices: [], lastSave: 'none' });
  }
  const failed = results.find((r) => r.status === 'failed');
  if (failed && failed.status === 'failed') return { ok: false, message: failed.failure.message };
  return { ok: true, message: `Erased ${removed} item${removed === 1 ? '' : 's'} this site had stored in this browser.` };
}
