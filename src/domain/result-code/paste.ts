import type { Instrument } from '../instrument/schema.ts';
import type { CompletedResult } from '../result/result.ts';
import { findCodes } from './find.ts';
import { codeInstrument } from './from-instrument.ts';
import { completedFromCode } from './to-result.ts';

/** What became of one code in pasted text, for the list under the paste box. */
export interface PastedCode {
  /** The code as it stands in the text. */
  readonly code: string;
  readonly outcome: 'added' | 'refused' | 'duplicate';
  readonly message: string;
}

export interface PastedCodes {
  /** One result per distinct valid code, ready to import. */
  readonly results: readonly CompletedResult[];
  readonly codes: readonly PastedCode[];
  /** Sentence for a status line, e.g. "5 codes found: 4 results, 1 refused, 1 repeated." */
  readonly summary: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Every result code in pasted text (chat, e-mail, a spreadsheet column), as results to import, each refusal with its reason. */
export function resultsFromText(text: string, instrument: Instrument): PastedCodes {
  const found = findCodes(text, codeInstrument(instrument));
  const codes: PastedCode[] = found.codes.map((code) => {
    if (code.duplicateOf !== undefined) {
      const first = found.codes[code.duplicateOf];
      return { code: code.text, outcome: 'duplicate', message: `The same as “${first?.text ?? ''}” earlier in the text; counted once.` };
    }
    return code.outcome.ok
      ? { code: code.text, outcome: 'added', message: `Read: completed ${code.outcome.result.date}.` }
      : { code: code.text, outcome: 'refused', message: code.outcome.message };
  });
  const results = found.results.map((coded) => completedFromCode(coded, instrument));
  const summary =
    found.codes.length === 0
      ? 'No result code was found in the text. Codes start with “CF”, like CF2-7K3M-….'
      : `${plural(found.codes.length, 'code')} found: ${plural(results.length, 'result')} read` +
        (found.refused.length > 0 ? `, ${plural(found.refused.length, 'code')} refused` : '') +
        (found.duplicates > 0 ? `, ${plural(found.duplicates, 'repeat')} counted once` : '') +
        '.';
  return { results, codes, summary };
}
