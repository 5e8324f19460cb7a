import type { Instrument } from '../instrument/schema.ts';
import type { CompletedResult } from '../result/result.ts';
import type { Refusal } from './codec.ts';
import { findCodes } from './find.ts';
import { codeInstrument } from './from-instrument.ts';
import { completedFromCode } from './to-result.ts';

/** What became of one code in pasted text, for the list under the paste box. */
export type PastedCode =
  /** Read: the result it carries was completed on `date` (YYYY-MM-DD). */
  | { readonly code: string; readonly outcome: 'added'; readonly date: string }
  /** Not used, and why. */
  | { readonly code: string; readonly outcome: 'refused'; readonly refusal: Refusal }
  /** The same as the code `first` earlier in the text; counted once. */
  | { readonly code: string; readonly outcome: 'duplicate'; readonly first: string };

/** The counts a status line says, e.g. "5 codes found: 4 results read, 1 code refused, 1 repeat counted once." */
export interface PastedCount {
  /** Every code-like token in the text, repeats included. */
  readonly found: number;
  readonly read: number;
  readonly refused: number;
  readonly repeated: number;
}

export interface PastedCodes {
  /** One result per distinct valid code, ready to import. */
  readonly results: readonly CompletedResult[];
  readonly codes: readonly PastedCode[];
  readonly count: PastedCount;
}

/** Every result code in pasted text (chat, e-mail, a spreadsheet column), as results to import, each refusal with its reason. */
export function resultsFromText(text: string, instrument: Instrument): PastedCodes {
  const found = findCodes(text, codeInstrument(instrument));
  const codes: PastedCode[] = found.codes.map((code): PastedCode => {
    if (code.duplicateOf !== undefined) return { code: code.text, outcome: 'duplicate', first: found.codes[code.duplicateOf]?.text ?? '' };
    return code.outcome.ok ? { code: code.text, outcome: 'added', date: code.outcome.result.date } : { code: code.text, outcome: 'refused', refusal: code.outcome };
  });
  const results = found.results.map((coded) => completedFromCode(coded, instrument));
  return { results, codes, count: { found: found.codes.length, read: results.length, refused: found.refused.length, repeated: found.duplicates } };
}
