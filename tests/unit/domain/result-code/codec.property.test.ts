import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeLength, decode, encode, type CodeInstrument } from '../../../../src/domain/result-code/index.ts';
import { ALPHABET } from '../../../../src/domain/result-code/alphabet.ts';
import { instrumentAndResult } from './arbitraries.ts';

function codeOf(result: Parameters<typeof encode>[0], instrument: CodeInstrument): string {
  const outcome = encode(result, instrument);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.code;
}

const stripped = (code: string) => code.replaceAll('-', '');

describe('a result code', () => {
  it('gives back every possible answer set, role and date', () => {
    fc.assert(
      fc.property(instrumentAndResult, ({ instrument, result }) => {
        const code = codeOf(result, instrument);
        expect(decode(code, instrument)).toEqual({ ok: true, result, normalized: code });
      }),
      { numRuns: 500 },
    );
  });

  it('is written in groups of four after “CF” and the version, in Crockford’s alphabet', () => {
    fc.assert(
      fc.property(instrumentAndResult, ({ instrument, result }) => {
        const code = codeOf(result, instrument);
        expect(code).toMatch(new RegExp(`^CF[${ALPHABET}](?:-[${ALPHABET}]{4})*(?:-[${ALPHABET}]{1,4})$`));
        expect(stripped(code)).toHaveLength(2 + codeLength(instrument));
      }),
    );
  });

  it('reads the same typed in lower case, with spaces, and with I, L and O for 1, 1 and 0', () => {
    fc.assert(
      fc.property(instrumentAndResult, ({ instrument, result }) => {
        const code = codeOf(result, instrument);
        const typed = code.toLowerCase().replaceAll('-', ' ').replaceAll('1', 'l').replaceAll('0', 'O');
        expect(decode(typed, instrument)).toEqual({ ok: true, result, normalized: code });
      }),
    );
  });

  it('refuses every single-character substitution, anywhere in the code', () => {
    fc.assert(
      fc.property(instrumentAndResult, fc.nat(), fc.integer({ min: 1, max: 31 }), ({ instrument, result }, at, shift) => {
        const chars = [...stripped(codeOf(result, instrument))];
        const position = at % chars.length;
        const original = ALPHABET.indexOf(chars[position]!);
        chars[position] = ALPHABET[(original + shift) % 32]!;
        const outcome = decode(chars.join(''), instrument);
        expect(outcome.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every swap of two different neighbours', () => {
    fc.assert(
      fc.property(instrumentAndResult, fc.nat(), ({ instrument, result }, at) => {
        const chars = [...stripped(codeOf(result, instrument))];
        const candidates = chars.flatMap((c, i) => (i + 1 < chars.length && chars[i + 1] !== c ? [i] : []));
        fc.pre(candidates.length > 0);
        const i = candidates[at % candidates.length]!;
        [chars[i], chars[i + 1]] = [chars[i + 1]!, chars[i]!];
        expect(decode(chars.join(''), instrument).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('exhaustively, on one code of the default size', () => {
  const instrument: CodeInstrument = { id: 'learning-culture-readiness', version: 2, items: Array.from({ length: 40 }, (_, i) => ({ id: `s-${i}`, points: 5 })) };
  const answers = Object.fromEntries(instrument.items.map((item, i) => [item.id, i % 7 === 0 ? 'dont-know' : i % 11 === 0 ? 'not-applicable' : (i % 5) + 1]));
  const code = stripped(codeOf({ instrument, date: '2026-11-29', role: 'people-manager', answers }, instrument));

  it('every one of the 31 wrong characters in every position is refused, as a typo or not a code', () => {
    let tried = 0;
    for (let position = 0; position < code.length; position += 1) {
      for (const char of ALPHABET) {
        if (char === code[position]) continue;
        const typo = code.slice(0, position) + char + code.slice(position + 1);
        const outcome = decode(typo, instrument);
        expect(outcome.ok, typo).toBe(false);
        if (!outcome.ok) expect(position < 2 ? 'not-a-code' : 'checksum').toBe(outcome.reason);
        tried += 1;
      }
    }
    expect(tried).toBe(code.length * 31);
  });

  it('every swap of two different neighbours is refused', () => {
    for (let i = 0; i + 1 < code.length; i += 1) {
      if (code[i] === code[i + 1]) continue;
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      expect(decode(swapped, instrument).ok, swapped).toBe(false);
    }
  });
});
