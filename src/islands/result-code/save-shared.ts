import { $check, openCheck } from '../../assessment/check-store.ts';
import { addResults } from '../../assessment/result-actions.ts';
import * as storedDocument from '../../assessment/stored-document.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { CompletedResult } from '../../domain/result/result.ts';
import { noticeText } from '../assessment/notice-text.ts';

/** What became of "Save to this device": `why` is the storage notice's explanation when it could not be saved. */
export type SavedShared = { readonly outcome: 'already' | 'saved' } | { readonly outcome: 'not-saved'; readonly why: string };

/** Adds a shared result to this browser’s history through the check’s store; says what happened. */
export function saveToDevice(instrument: Instrument, basePath: string, result: CompletedResult): SavedShared {
  openCheck(instrument, basePath, storedDocument);
  const { added, saved } = addResults([result]);
  if (added === 0) return { outcome: 'already' };
  if (saved) return { outcome: 'saved' };
  const notice = $check.get()?.notices.at(-1);
  return { outcome: 'not-saved', why: notice ? noticeText(notice) : '' };
}
