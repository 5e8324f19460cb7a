import { $check, openCheck } from '../../assessment/check-store.ts';
import { addResults } from '../../assessment/result-actions.ts';
import * as storedDocument from '../../assessment/stored-document.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { CompletedResult } from '../../domain/result/result.ts';
import { noticeText } from '../assessment/notice-text.ts';

/** Adds a shared result to this browser’s history through the check’s store; says what happened. */
export function saveToDevice(instrument: Instrument, basePath: string, result: CompletedResult): string {
  openCheck(instrument, basePath, storedDocument);
  const { added, saved } = addResults([result]);
  if (added === 0) return 'This result is already in the history on this device.';
  if (saved) return 'Saved to this device. It is now in your history.';
  const notice = $check.get()?.notices.at(-1);
  const why = notice ? noticeText(notice) : '';
  return `It could not be saved in this browser, so it is shown here for now only; the link still holds it. ${why}`.trim();
}
