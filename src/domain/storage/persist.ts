import { backUp } from './backup.ts';
import { assessmentDocumentSchema, emptyDocument, type AssessmentDocument } from './document.ts';
import { deploymentPrefix } from './key.ts';
import {
  describeStorageError,
  storageUnavailable,
  type KeyValueStorage,
  type StorageFailure,
} from './key-value-storage.ts';
import { interpretStoredText, type UnreadableData } from './read.ts';

export interface StorageOptions {
  /** ISO timestamp used to name backups; defaults to the current time. */
  readonly now?: string;
}

const nowOf = (options: StorageOptions): string => options.now ?? new Date().toISOString();

/**
 * What loading found. In every case `document` is something the islands can show; when the
 * stored data could not be read, it is an empty document and the reason is given.
 */
export type LoadOutcome =
  /** Nothing stored yet. */
  | { readonly status: 'empty'; readonly document: AssessmentDocument }
  /** Read and validated; `migratedFrom` is the old schema version when a migration ran. */
  | { readonly status: 'loaded'; readonly document: AssessmentDocument; readonly migratedFrom: number | null }
  /** Unreadable data was copied to `backupKey`; the original is untouched. */
  | { readonly status: 'backed-up'; readonly document: AssessmentDocument; readonly problem: UnreadableData; readonly backupKey: string }
  /** Unreadable data could not be backed up; it stays where it is and saving will refuse to replace it. */
  | { readonly status: 'unreadable-kept'; readonly document: AssessmentDocument; readonly problem: UnreadableData; readonly failure: StorageFailure }
  /** Storage is missing or refused to be read; work continues in memory. */
  | { readonly status: 'unavailable'; readonly document: AssessmentDocument; readonly failure: StorageFailure };

export function loadDocument(
  storage: KeyValueStorage | undefined,
  key: string,
  instrumentId: string,
  options: StorageOptions = {},
): LoadOutcome {
  const document = emptyDocument(instrumentId);
  if (!storage) return { status: 'unavailable', document, failure: storageUnavailable() };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch (error) {
    return { status: 'unavailable', document, failure: describeStorageError(error) };
  }
  if (raw === null) return { status: 'empty', document };
  const read = interpretStoredText(raw, instrumentId);
  if (read.readable) return { status: 'loaded', document: read.document, migratedFrom: read.migratedFrom };
  const backup = backUp(storage, key, raw, nowOf(options));
  return backup.ok
    ? { status: 'backed-up', document, problem: read.problem, backupKey: backup.backupKey }
    : { status: 'unreadable-kept', document, problem: read.problem, failure: backup.failure };
}

export type SaveOutcome =
  | { readonly status: 'saved'; readonly backupKey: string | null }
  /** Nothing was written; the caller's in-memory document is still the truth. */
  | { readonly status: 'failed'; readonly failure: StorageFailure }
  /** Unreadable data sits at the key and could not be backed up, so it was not replaced. */
  | { readonly status: 'refused'; readonly problem: UnreadableData; readonly failure: StorageFailure };

/**
 * Writes the document. Before replacing what is stored, it checks that the current value is
 * readable or already has a backup, so unreadable data is never lost, whatever the caller did
 * with the outcome of `loadDocument`. The document passed in is never modified.
 */
export function saveDocument(
  storage: KeyValueStorage | undefined,
  key: string,
  document: AssessmentDocument,
  options: StorageOptions = {},
): SaveOutcome {
  if (!storage) return { status: 'failed', failure: storageUnavailable() };
  const checked = assessmentDocumentSchema.safeParse(document);
  if (!checked.success) {
    return { status: 'failed', failure: { reason: 'failed-safety-check' } };
  }
  let backupKey: string | null = null;
  try {
    const raw = storage.getItem(key);
    if (raw !== null) {
      const read = interpretStoredText(raw, document.instrumentId);
      if (!read.readable && read.problem.reason === 'newer-version') {
        // A newer version's document is not ours to replace, backup or not.
        return { status: 'refused', problem: read.problem, failure: { reason: 'newer-version-kept' } };
      }
      if (!read.readable) {
        const backup = backUp(storage, key, raw, nowOf(options));
        if (!backup.ok) return { status: 'refused', problem: read.problem, failure: backup.failure };
        backupKey = backup.backupKey;
      }
    }
    storage.setItem(key, JSON.stringify(checked.data));
  } catch (error) {
    return { status: 'failed', failure: describeStorageError(error) };
  }
  return { status: 'saved', backupKey };
}

export type EraseOutcome =
  | { readonly status: 'erased'; readonly removed: readonly string[] }
  | { readonly status: 'failed'; readonly removed: readonly string[]; readonly failure: StorageFailure };

/**
 * Removes every key of this deployment (documents and backups of every instrument), and no key
 * of any other deployment on the same origin.
 */
export function eraseAll(storage: KeyValueStorage | undefined, basePath: string): EraseOutcome {
  if (!storage) return { status: 'failed', removed: [], failure: storageUnavailable() };
  const prefix = deploymentPrefix(basePath);
  const removed: string[] = [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    for (const key of keys) {
      storage.removeItem(key);
      removed.push(key);
    }
  } catch (error) {
    return { status: 'failed', removed, failure: describeStorageError(error) };
  }
  return { status: 'erased', removed };
}
