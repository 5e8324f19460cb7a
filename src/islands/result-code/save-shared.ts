import { $check, openCheck } from '../../assessment/check-store.ts';
import { addResults } from '../../assessment/result-actions.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { CompletedResult } from '../../domain/result/result.ts';

/** Adds a shared result to this browser’s history through the check’s store; says what happened. */
export function saveToDevice(instrument: Instrument, basePath: string, result: CompletedResult): string {
  openCheck(instrument, basePath);
  const { added, saved } = addResults([result]);
  if (added === 0) return 'This result is already in the history on this device.';
  if (saved) return 'Saved to this device. It is now in your history.';
  const why = $check.get()?.notices.at(-1)?.message ?? '';
  return `It could not be saved in this browser, so it is shown here for now only; the link still holds it. ${why}`.trim();
}
