// Kept apart from the check's store: they bring the scoring code, which the pages that take the
// check do not need until the person asks for their results (then this module is loaded).
import { completeDraft, mergeResults, removeResult } from '../domain/history/history.ts';
import type { CompletedResult } from '../domain/result/result.ts';
import { $check, change, now } from './check-store.ts';

type Finished = { ok: true; result: CompletedResult } | { ok: false; message: string };

/** Completes the draft; returns the new result, or an error sentence. */
export function finish(label: string): Finished {
  const state = $check.get();
  if (!state) return { ok: false, message: 'The check has not loaded yet.' };
  let outcome: Finished = { ok: false, message: 'There is no check in progress.' };
  change((d) => {
    const completion = completeDraft(d, state.instrument, { now: now(), ...(label.trim() ? { label } : {}) });
    if (!completion.ok) {
      outcome = { ok: false, message: completion.message };
      return d;
    }
    outcome = { ok: true, result: completion.result };
    return completion.document;
  });
  return outcome;
}

export function deleteResult(id: string): void {
  change((d) => removeResult(d, id));
}

/** Adds results that arrived another way (a shared link); says how many were new and whether they were saved. */
export function addResults(results: readonly CompletedResult[]): { added: number; saved: boolean } {
  let added = 0;
  const saved = change((d) => {
    const merge = mergeResults(d, results);
    added = merge.added.length;
    return merge.document;
  });
  return { added, saved };
}
