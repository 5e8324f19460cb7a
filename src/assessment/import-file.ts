// Kept apart from the check's store so that the pages that take the check do not load the
// import code, which brings the export format's schema with it.
import { importResults, type ImportRefusal } from '../domain/exchange/import.ts';
import { mergeResults } from '../domain/history/history.ts';
import { $check, addNotice, change } from './check-store.ts';

/** What importing a file did; the history page says it in words (`results.import.*`). */
export type ImportFileOutcome =
  /** `earlier`: how many of the file's results answered an earlier version of the questions. */
  | { readonly ok: true; readonly added: number; readonly duplicates: number; readonly earlier: number }
  | { readonly ok: false; readonly reason: 'not-loaded' }
  | { readonly ok: false; readonly reason: 'refused'; readonly refusal: ImportRefusal }
  /** The `added` results could not be saved: they are shown in this tab only, and the banner offers the file back. */
  | { readonly ok: false; readonly reason: 'not-saved'; readonly added: number };

/** Imports an exported file; says what happened. When the results could not be saved, that is not "imported". */
export function importFile(text: string, name = 'culture-first-results.json'): ImportFileOutcome {
  const state = $check.get();
  if (!state) return { ok: false, reason: 'not-loaded' };
  const outcome = importResults(text, state.instrument);
  if (!outcome.ok) return { ok: false, reason: 'refused', refusal: outcome.error };
  const { added, duplicates } = mergeResults(state.document, outcome.results);
  if (added.length > 0 && !change((d) => mergeResults(d, outcome.results).document)) {
    addNotice({ kind: 'import-not-saved', fileBack: { name, text } });
    return { ok: false, reason: 'not-saved', added: added.length };
  }
  return { ok: true, added: added.length, duplicates: duplicates.length, earlier: outcome.earlier };
}
