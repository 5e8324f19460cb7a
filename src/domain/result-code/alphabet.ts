/**
 * Crockford’s base 32: digits and letters without I, L, O and U, so a code read aloud or copied
 * by hand has no look-alikes (I/1, L/1, O/0) and spells no accidental words with U.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Characters that separate groups when written, and are ignored when read. */
const SEPARATORS = new Set([' ', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u00a0', '\t']);

/** What a typed character reads as: its digit, or undefined when it belongs to no code. */
export function digitOf(char: string): number | undefined {
  const upper = char.toUpperCase();
  if (upper === 'I' || upper === 'L') return 1;
  if (upper === 'O') return 0;
  const index = ALPHABET.indexOf(upper);
  return index >= 0 && upper.length === 1 ? index : undefined;
}

export function isSeparator(char: string): boolean {
  return SEPARATORS.has(char);
}

export function charOf(digit: number): string {
  const char = ALPHABET[digit];
  if (char === undefined) throw new RangeError(`No base-32 character for ${digit}.`);
  return char;
}

/** A whole number (0 ≤ value < 32^length) as exactly `length` characters, most significant first. */
export function toChars(value: bigint, length: number): string {
  let rest = value;
  let out = '';
  for (let i = 0; i < length; i += 1) {
    out = charOf(Number(rest % 32n)) + out;
    rest /= 32n;
  }
  return out;
}

export function fromDigits(digits: readonly number[]): bigint {
  return digits.reduce((value, digit) => value * 32n + BigInt(digit), 0n);
}

/** How many base-32 characters it takes to write every number below `count`. */
export function charsFor(count: bigint): number {
  let length = 0;
  let capacity = 1n;
  while (capacity < count) {
    capacity *= 32n;
    length += 1;
  }
  return length;
}
