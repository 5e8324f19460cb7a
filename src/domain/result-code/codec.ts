import { charOf, digitOf, fromDigits, isSeparator, toChars } from './alphabet.ts';
import { CHECK_CHARS, checkDigits, checkHolds, MAX_CHECKED_DIGITS } from './checksum.ts';
import {
  bodyChars,
  capacity,
  CODE_ROLES,
  EPOCH_MS,
  HEADER_CHARS,
  instrumentTag,
  layoutTag,
  MAX_DAYS,
  MAX_VERSION,
  PREFIX,
  radixOf,
  type CodeAnswer,
  type CodedResult,
  type CodeInstrument,
  type CodeRole,
} from './layout.ts';

const DAY_MS = 86_400_000;

/** Why a result cannot be written as a code; the values its sentence needs are in `values`. */
export type EncodeProblem = 'other-version' | 'version-out-of-range' | 'bad-date' | 'bad-role' | 'stray-answer' | 'off-scale' | 'too-many-statements';

/** Values put into a sentence: the islands hold the sentences, the domain only what goes into them. */
export type WordValues = Readonly<Record<string, string | number>>;

export type EncodeOutcome =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly problem: EncodeProblem; readonly values: WordValues };

function cannot(problem: EncodeProblem, values: WordValues = {}): EncodeOutcome {
  return { ok: false, problem, values };
}

/** A whole day `YYYY-MM-DD` as days since 2000-01-01, or undefined when it is no real date in range. */
function dayNumber(date: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return undefined;
  const days = (ms - EPOCH_MS) / DAY_MS;
  return days >= 0 && days <= MAX_DAYS ? days : undefined;
}

function dateOf(days: number): string {
  return new Date(EPOCH_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** One statement’s digit; undefined for a value the statement cannot have. */
function answerDigit(value: unknown, points: number): number | undefined {
  if (value === undefined) return 0;
  // Version-1 results stored "Not sure" as null; the contract reads it as "dont-know".
  if (value === 'dont-know' || value === null) return points + 1;
  if (value === 'not-applicable') return points + 2;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points) return value;
  return undefined;
}

function answerFromDigit(digit: number, points: number): CodeAnswer | undefined {
  if (digit === 0) return undefined;
  if (digit <= points) return digit;
  return digit === points + 1 ? 'dont-know' : 'not-applicable';
}

/** Inserts hyphens: the prefix and version as one group (`CF2`), then groups of four. */
export function groupCode(chars: string): string {
  const head = chars.slice(0, PREFIX.length + 1);
  const groups = chars.slice(PREFIX.length + 1).match(/.{1,4}/g) ?? [];
  return [head, ...groups].join('-');
}

export interface EncodableResult {
  readonly instrument: { readonly id: string; readonly version: number };
  readonly date: string;
  readonly role?: string | undefined;
  readonly answers: Readonly<Record<string, unknown>>;
}

/** The code for one result of this instrument, grouped for reading (`CF2-7K3M-…`). */
export function encode(result: EncodableResult, instrument: CodeInstrument): EncodeOutcome {
  if (result.instrument.id !== instrument.id || result.instrument.version !== instrument.version) {
    return cannot('other-version', { id: result.instrument.id, version: result.instrument.version, current: instrument.version });
  }
  if (instrument.version < 1 || instrument.version > MAX_VERSION) return cannot('version-out-of-range', { max: MAX_VERSION, version: instrument.version });
  const days = dayNumber(result.date);
  if (days === undefined) return cannot('bad-date', { date: result.date });
  const roleIndex = result.role === undefined ? 0 : CODE_ROLES.indexOf(result.role as CodeRole) + 1;
  if (roleIndex < 0 || (result.role !== undefined && roleIndex === 0)) return cannot('bad-role', { role: String(result.role) });
  const known = new Set(instrument.items.map((item) => item.id));
  const stray = Object.keys(result.answers).find((id) => !known.has(id));
  if (stray !== undefined) return cannot('stray-answer', { item: stray });

  let value = 0n;
  let weight = 1n;
  value += BigInt(roleIndex) * weight;
  weight *= BigInt(CODE_ROLES.length + 1);
  for (const item of instrument.items) {
    const digit = answerDigit(result.answers[item.id], item.points);
    if (digit === undefined) return cannot('off-scale', { item: item.id, points: item.points });
    value += BigInt(digit) * weight;
    weight *= radixOf(item.points);
  }
  const tag = instrumentTag(instrument.id);
  const payload =
    charOf(instrument.version) + toChars(BigInt(tag), 2) + charOf(layoutTag(instrument)) + toChars(BigInt(days), 3) + toChars(value, bodyChars(instrument));
  const digits = [...payload].map((char) => digitOf(char) ?? 0);
  if (digits.length > MAX_CHECKED_DIGITS) return cannot('too-many-statements');
  const [high, low] = checkDigits(digits);
  return { ok: true, code: groupCode(PREFIX + payload + charOf(high) + charOf(low)) };
}

export type RefusalReason =
  | 'empty'
  | 'bad-character'
  | 'not-a-code'
  | 'truncated'
  | 'overlong'
  | 'checksum'
  | 'other-instrument'
  | 'newer-version'
  | 'older-version'
  | 'impossible';

/**
 * Which sentence tells the person what is wrong: the reason itself, or a finer case of it
 * (`bad-character-u`: a "U", which codes never use; `other-statements`: the same version number
 * with different statements, a case of `other-instrument`).
 */
export type RefusalWording = RefusalReason | 'bad-character-u' | 'other-statements';

export interface Refusal {
  readonly ok: false;
  readonly reason: RefusalReason;
  /** The sentence for the person who typed or pasted the code, and the values it needs. */
  readonly wording: RefusalWording;
  readonly values: WordValues;
  /** For `bad-character`: the 1-based position in the text as given, and the character. */
  readonly position?: number;
  readonly character?: string;
}

export type DecodeOutcome = { readonly ok: true; readonly result: CodedResult; readonly normalized: string } | Refusal;

function refuse(reason: RefusalReason, values: WordValues = {}, wording: RefusalWording = reason, extra: { position?: number; character?: string } = {}): Refusal {
  return { ok: false, reason, wording, values, ...extra };
}

/** The digits of a code as typed: case ignored, I/L read as 1 and O as 0, hyphens and spaces skipped. */
function readDigits(code: string): { digits: number[] } | Refusal {
  const digits: number[] = [];
  const chars = [...code.trim()];
  for (const [index, char] of chars.entries()) {
    if (isSeparator(char)) continue;
    const digit = digitOf(char);
    if (digit === undefined) {
      const isU = char === 'U' || char === 'u';
      return refuse('bad-character', { position: index + 1, character: char }, isU ? 'bad-character-u' : 'bad-character', { position: index + 1, character: char });
    }
    digits.push(digit);
  }
  return { digits };
}

const PREFIX_DIGITS = [...PREFIX].map((char) => digitOf(char) ?? -1);

/** Reads a code for this instrument: the result it carries, or why it cannot be used. */
export function decode(code: string, instrument: CodeInstrument): DecodeOutcome {
  const start = [...code.trim()].filter((char) => !isSeparator(char)).slice(0, 2);
  if (start.length === 0) return refuse('empty');
  // Text that is not a code at all is told so, rather than which of its characters is wrong.
  if (start.length < 2 || digitOf(start[0]!) !== PREFIX_DIGITS[0] || digitOf(start[1]!) !== PREFIX_DIGITS[1]) {
    return refuse('not-a-code', { prefix: PREFIX, start: start.join('') });
  }
  const read = readDigits(code);
  if ('ok' in read) return read;
  const all = read.digits;
  const digits = all.slice(PREFIX.length);
  const expected = HEADER_CHARS + bodyChars(instrument) + CHECK_CHARS;
  if (digits.length < HEADER_CHARS + CHECK_CHARS) {
    return refuse('truncated');
  }
  const payload = digits.slice(0, -CHECK_CHARS);
  const check = digits.slice(-CHECK_CHARS) as [number, number];
  const version = payload[0] ?? 0;
  const tag = Number(fromDigits(payload.slice(1, 3)));
  const sameInstrument = tag === instrumentTag(instrument.id) && version === instrument.version;
  if (!checkHolds(payload, check)) {
    // The check fails for a cut-off or padded code too; when the start reads as this instrument’s, say which.
    if (sameInstrument && digits.length < expected) return refuse('truncated');
    if (sameInstrument && digits.length > expected) return refuse('overlong');
    return refuse('checksum');
  }
  if (tag !== instrumentTag(instrument.id)) return refuse('other-instrument');
  if (version > instrument.version) {
    return refuse('newer-version', { version, current: instrument.version });
  }
  if (version < instrument.version) {
    return refuse('older-version', { version, current: instrument.version });
  }
  if (digits.length < expected) return refuse('truncated');
  if (digits.length > expected) return refuse('overlong');
  if (payload[3] !== layoutTag(instrument)) {
    return refuse('other-instrument', { version }, 'other-statements');
  }
  const days = Number(fromDigits(payload.slice(4, 7)));
  let value = fromDigits(payload.slice(HEADER_CHARS));
  if (value >= capacity(instrument)) return refuse('impossible');
  const roleCount = BigInt(CODE_ROLES.length + 1);
  const roleIndex = Number(value % roleCount);
  value /= roleCount;
  const answers: Record<string, CodeAnswer> = {};
  for (const item of instrument.items) {
    const radix = radixOf(item.points);
    const answer = answerFromDigit(Number(value % radix), item.points);
    value /= radix;
    if (answer !== undefined) answers[item.id] = answer;
  }
  const role = CODE_ROLES[roleIndex - 1];
  const result: CodedResult = {
    instrument: { id: instrument.id, version },
    date: dateOf(days),
    ...(role === undefined ? {} : { role }),
    answers,
  };
  return { ok: true, result, normalized: groupCode(all.map(charOf).join('')) };
}
