import { hashText } from '../text/hash.ts';
import { charsFor } from './alphabet.ts';

/**
 * What the code needs to know of an instrument: its id and version, and each statement in order
 * with the number of points on its scale. Callers build it from either instrument format (see
 * `codeInstrument`), so the codec itself never changes with the instrument’s schema.
 */
export interface CodeInstrument {
  readonly id: string;
  readonly version: number;
  readonly items: readonly { readonly id: string; readonly points: number }[];
}

/** An answer as the data contract stores it. */
export type CodeAnswer = number | 'dont-know' | 'not-applicable';

/**
 * The roles, in the order the code writes them (0 = not given). This order is part of the code’s
 * format: codes already handed out read the same way for as long as it is never reordered.
 */
export const CODE_ROLES = ['senior-leader', 'people-manager', 'individual-contributor'] as const;
export type CodeRole = (typeof CODE_ROLES)[number];

/** Everything a code carries. No label, no name, no time of day: by design there is no room for them. */
export interface CodedResult {
  readonly instrument: { readonly id: string; readonly version: number };
  /** The day the check was completed, `YYYY-MM-DD`. */
  readonly date: string;
  readonly role?: CodeRole;
  /** Unanswered statements are absent. */
  readonly answers: Readonly<Record<string, CodeAnswer>>;
}

export const PREFIX = 'CF';
/** Characters after the prefix before the answers: version 1, instrument 2, layout 1, date 3. */
export const HEADER_CHARS = 7;
/** Highest version one character can write. */
export const MAX_VERSION = 31;
/** Days are counted from this date; three characters reach into 2089. */
export const EPOCH_MS = Date.UTC(2000, 0, 1);
export const MAX_DAYS = 32 ** 3 - 1;

/** Each statement’s digit: 0 unanswered, 1 … points on the scale, then "dont-know", then "not-applicable". */
export function radixOf(points: number): bigint {
  return BigInt(points + 3);
}

/** How many different answer sets (with the role) an instrument allows. */
export function capacity(instrument: CodeInstrument): bigint {
  return instrument.items.reduce((total, item) => total * radixOf(item.points), BigInt(CODE_ROLES.length + 1));
}

export function bodyChars(instrument: CodeInstrument): number {
  return charsFor(capacity(instrument));
}

export function codeLength(instrument: CodeInstrument): number {
  return HEADER_CHARS + bodyChars(instrument) + 2;
}

/** Ten bits naming the instrument: another instrument is told apart 1,023 times in 1,024. */
export function instrumentTag(id: string): number {
  return Number.parseInt(hashText(id).slice(-3), 16) % 1024;
}

/**
 * Five bits naming the statements’ order and scales, so an instrument edited without raising its
 * version is not read with the wrong statements (caught 31 times in 32).
 */
export function layoutTag(instrument: CodeInstrument): number {
  return Number.parseInt(hashText(instrument.items.map((item) => `${item.id}:${item.points}`).join('|')).slice(-2), 16) % 32;
}
