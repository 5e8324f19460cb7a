// Loaded on the first "Read the codes", so the team view carries the code reader only when it is used.
import { exportResultsJson } from '../../domain/exchange/export-json.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { resultsFromText, type PastedCodes } from '../../domain/result-code/paste.ts';

/** The codes in pasted text, and the valid ones as the text of an export file the team view already reads. */
export function readCodes(text: string, instrument: Instrument): { pasted: PastedCodes; exportText: string | null } {
  const pasted = resultsFromText(text, instrument);
  return { pasted, exportText: pasted.results.length > 0 ? exportResultsJson(instrument, pasted.results, new Date().toISOString()) : null };
}
