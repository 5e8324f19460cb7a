// Kept apart from the check's store so that the pages that take the check do not load the
// import code, which brings the export format's schema with it.
import { importResults } from '../domain/exchange/import.ts';
import { mergeResults } from '../domain/history/history.ts';
import { $check, addNotice, change } from './check-store.ts';

/**
 * Imports an exported file; returns a sentence saying what happened, and whether it worked.
 * When the results could not be saved, that is not "imported": the banner offers the file back.
 */
export function importFile(text: string, name = 'culture-first-results.json'): { ok: boolean; message: string } {
  const state = $check.get();
  if (!state) return { ok: false, message: 'The page has not finished loading; try again.' };
  const outcome = importResults(text, state.instrument);
  if (!outcome.ok) return { ok: false, message: outcome.error.message };
  const { added, duplicates } = mergeResults(state.document, outcome.results);
  if (added.length > 0 && !change((d) => mergeResults(d, outcome.results).document)) {
    addNotice({ kind: 'import-not-saved', fileBack: { name, text } });
    return {
      ok: false,
      message: `${added.length === 1 ? 'The result' : `The ${added.length} results`} could not be saved in this browser (its storage may be full or turned off), so ${added.length === 1 ? 'it is' : 'they are'} shown in this tab only. Keep the file; you can download it again from the notice above.`,
    };
  }
  const parts = [
    added.length === 1 ? 'Imported 1 result.' : `Imported ${added.length} results.`,
    duplicates.length > 0 ? `${duplicates.length} already in your history ${duplicates.length === 1 ? 'was' : 'were'} skipped.` : '',
    ...outcome.notes,
  ];
  return { ok: true, message: parts.filter(Boolean).join(' ') };
}
