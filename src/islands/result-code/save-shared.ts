import { $check, openCheck, type StorageNotice } from '../../assessment/check-store.ts';
import { addResults } from '../../assessment/result-actions.ts';
import * as storedDocument from '../../assessment/stored-document.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { CompletedResult } from '../../domain/result/result.ts';

/** What became of "Save to this device"; when it could not be saved, the storage notice that says why (if any). */
export type SavedShared = { readonly outcome: 'already' | 'saved' } | { readonly outcome: 'not-saved'; readonly notice?: StorageNotice };

/** Adds a shared result to this browser’s history through the check’s store; says what happened. */
export function saveToDevice(instrument: Instrument, basePath: string, result: CompletedResult): SavedShared {
  openCheck(instrument, basePath, storedDocument);
  const { added, saved } = addResults([result]);
  if (added === 0) return { outcome: 'already' };
  if (saved) return { outcome: 'saved' };
  const notice = $check.get()?.notices.at(-1);
  return notice ? { outcome: 'not-saved', notice } : { outcome: 'not-saved' };
}
