// Kept apart from the check's store: they bring the scoring code, which the pages that take the
// check do not need until the person asks for their results (then this module is loaded).
import { completeDraft, removeResult } from '../domain/history/history.ts';
import type { CompletedResult } from '../domain/result/result.ts';
import { commit, currentInstrument, doc, now } from './check-store.ts';

/** Completes the draft; returns the new result, or an error sentence. */
export function finish(label: string): { ok: true; result: CompletedResult } | { ok: false; message: string } {
  const completion = completeDraft(doc(), currentInstrument(), { now: now(), ...(label.trim() ? { label } : {}) });
  if (!completion.ok) return { ok: false, message: completion.message };
  commit(completion.document);
  return { ok: true, result: completion.result };
}

export function deleteResult(id: string): void {
  commit(removeResult(doc(), id));
}
