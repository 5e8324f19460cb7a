// Kept apart from the check's store so that the pages that take the check do not load the
// import code, which brings the export format's schema with it.
import { importIntoDocument } from '../domain/exchange/import.ts';
import { commit, currentInstrument, doc } from './check-store.ts';

/** Imports an exported file; returns a sentence saying what happened, and whether it worked. */
export function importFile(text: string): { ok: boolean; message: string } {
  const outcome = importIntoDocument(doc(), text, currentInstrument());
  if (!outcome.ok) return { ok: false, message: outcome.error.message };
  const { added, duplicates, document } = outcome.merge;
  if (added.length > 0) commit(document);
  const parts = [
    added.length === 1 ? 'Imported 1 result.' : `Imported ${added.length} results.`,
    duplicates.length > 0 ? `${duplicates.length} already in your history ${duplicates.length === 1 ? 'was' : 'were'} skipped.` : '',
    ...outcome.notes,
  ];
  return { ok: true, message: parts.filter(Boolean).join(' ') };
}

