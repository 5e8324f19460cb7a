/**
 * What reads, checks, merges and writes the stored document, with the schema library that checks
 * it: the largest part of the check's code. The check page loads it only when there is something
 * stored to read, or a first change to save (see `openCheck` in check-store.ts), so a first visit
 * shows the introduction without it. Pages that always read stored results (results, history,
 * saving a shared result) import it directly and hand it to `openCheck`.
 */
export { eraseAll, loadDocument, saveDocument } from '../domain/storage/persist.ts';
export { interpretStoredText } from '../domain/storage/read.ts';
export { mergeDocuments } from '../domain/storage/merge.ts';
