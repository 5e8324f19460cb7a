// Loaded on the first "Read the codes", so the team view carries the code reader only when it is used.
import { exportResultsJson } from '../../domain/exchange/export-json.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { resultsFromText, type PastedCodes } from '../../domain/result-code/paste.ts';

/**
 * The codes in pasted text (each source named by `sourceName`, e.g. "Result code 3"), and each valid one as the text of an export file the team view
 * already reads. One file per code: each code is one person’s result, while a file holding several
 * results counts as one person’s history (only its latest result counts).
 */
export function readCodes(text: string, instrument: Instrument, sourceName: (number: number) => string): { pasted: PastedCodes; sources: { name: string; text: string }[] } {
  const pasted = resultsFromText(text, instrument);
  const exportedAt = new Date().toISOString();
  return {
    pasted,
    sources: pasted.results.map((result, i) => ({ name: sourceName(i + 1), text: exportResultsJson(instrument, [result], exportedAt) })),
  };
}
