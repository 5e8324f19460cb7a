import type { Instrument } from '../instrument/schema.ts';
import { resultId, type CompletedResult } from '../result/result.ts';
import { scoreAnswers } from '../scoring/score.ts';
import { encode, type EncodeOutcome } from './codec.ts';
import { codeInstrument } from './from-instrument.ts';
import type { CodedResult } from './layout.ts';

/**
 * The calendar day of a timestamp where the person was: `offsetMinutes` is what
 * `Date.prototype.getTimezoneOffset()` gives there (minutes behind UTC).
 */
export function dayOf(timestamp: string, offsetMinutes: number): string {
  return new Date(Date.parse(timestamp) - offsetMinutes * 60_000).toISOString().slice(0, 10);
}

/** The code for a stored result; its day is the one the person saw (`offsetMinutes` as in `dayOf`). */
export function codeForResult(result: CompletedResult, instrument: Instrument, offsetMinutes: number): EncodeOutcome {
  return encode({ ...result, date: dayOf(result.completedAt, offsetMinutes) }, codeInstrument(instrument));
}

/**
 * A result read from a code, as the history and the team view keep results. A code has no time of
 * day, so it is set to noon UTC: the same calendar day everywhere from UTC−11 to UTC+11. The same
 * code therefore always gives the same id, and loading it twice keeps one copy.
 */
export function completedFromCode(coded: CodedResult, instrument: Instrument): CompletedResult {
  const completedAt = `${coded.date}T12:00:00.000Z`;
  // The code's answers are the data contract's values (a scale point, "dont-know", "not-applicable"), which is what results store.
  const answers = coded.answers as CompletedResult['answers'];
  return {
    id: resultId(completedAt, answers),
    completedAt,
    instrument: { ...coded.instrument },
    ...(coded.role === undefined ? {} : { role: coded.role }),
    answers,
    scores: scoreAnswers(instrument, answers),
  };
}
