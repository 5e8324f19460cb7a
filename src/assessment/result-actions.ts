// Kept apart from the check's store: they bring the scoring code, which the pages that take the
// check do not need until the person asks for their results (then this module is loaded). They
// save at once, so they bring the storage code too.
import { completeDraft, mergeResults, removeResult } from '../domain/history/history.ts';
import type { CompletedResult } from '../domain/result/result.ts';
import { $check, $storedDocumentCode, change, now } from './check-store.ts';
import * as storedDocument from './stored-document.ts';

/** Every action here saves before it returns: the storage code must be at hand, not on its way. */
const withStorageCode = () => $storedDocumentCode.set(storedDocument);

/** Why no result could be made: the page has not loaded the check, or the draft could not be completed. */
export type FinishRefusal =
  | { readonly reason: 'not-loaded' | 'not-in-progress' | 'no-draft' | 'different-instrument' }
  | { readonly reason: 'other-version'; readonly draftVersion: number; readonly currentVersion: number };

type Finished = { ok: true; result: CompletedResult } | ({ ok: false } & FinishRefusal);

/** Completes the draft; returns the new result, or why it could not. */
export function finish(label: string): Finished {
  const state = $check.get();
  if (!state) return { ok: false, reason: 'not-loaded' };
  withStorageCode();
  let outcome: Finished = { ok: false, reason: 'not-in-progress' };
  change((d) => {
    const completion = completeDraft(d, state.instrument, { now: now(), ...(label.trim() ? { label } : {}) });
    if (!completion.ok) {
      outcome = completion;
      return d;
    }
    outcome = { ok: true, result: completion.result };
    return completion.document;
  });
  return outcome;
}

export function deleteResult(id: string): void {
  withStorageCode();
  change((d) => removeResult(d, id));
}

/** Adds results that arrived another way (a shared link); says how many were new and whether they were saved. */
export function addResults(results: readonly CompletedResult[]): { added: number; saved: boolean } {
  let added = 0;
  withStorageCode();
  const saved = change((d) => {
    const merge = mergeResults(d, results);
    added = merge.added.length;
    return merge.document;
  });
  return { added, saved };
}
