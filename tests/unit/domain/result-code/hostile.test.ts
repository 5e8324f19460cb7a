import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode, type CodeInstrument } from '../../../../src/domain/result-code/index.ts';
import { instrumentAndResult } from './arbitraries.ts';

const instrument: CodeInstrument = {
  id: 'learning-culture-readiness',
  version: 2,
  items: Array.from({ length: 40 }, (_, i) => ({ id: `s-${i}`, points: i % 3 === 0 ? 4 : 5 })),
};
const result = {
  instrument: { id: instrument.id, version: 2 },
  date: '2026-11-29',
  role: 'individual-contributor' as const,
  answers: { 's-0': 4, 's-1': 'dont-know' as const, 's-7': 'not-applicable' as const, 's-39': 1 },
};

function codeFor(r: Parameters<typeof encode>[0], i: CodeInstrument): string {
  const outcome = encode(r, i);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.code;
}

const code = codeFor(result, instrument);

function reasonOf(text: string, i = instrument): string {
  const outcome = decode(text, i);
  return outcome.ok ? 'ok' : outcome.reason;
}

describe('hostile and damaged codes are refused with the right reason', () => {
  it('a code cut short anywhere after its prefix is “truncated”', () => {
    const chars = code.replaceAll('-', '');
    for (let length = 2; length < chars.length; length += 1) expect(reasonOf(chars.slice(0, length)), chars.slice(0, length)).toBe('truncated');
  });

  it('a code with characters added at the end is “overlong”', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{1,8}$/), (extra) => {
        expect(reasonOf(`${code}${extra}`)).toBe('overlong');
      }),
    );
  });

  it('a character outside the alphabet is named with its position', () => {
    const withU = `${code.slice(0, 5)}U${code.slice(6)}`;
    expect(decode(withU, instrument)).toMatchObject({ ok: false, reason: 'bad-character', position: 6, character: 'U' });
    expect(decode(`${code.slice(0, 9)}*${code.slice(10)}`, instrument)).toMatchObject({ reason: 'bad-character', position: 10, character: '*' });
    expect(decode(`${code.slice(0, 9)}é${code.slice(10)}`, instrument)).toMatchObject({ reason: 'bad-character', position: 10 });
  });

  it('a code for another instrument is “other-instrument”', () => {
    const other = { ...instrument, id: 'another-survey' };
    expect(reasonOf(codeFor({ ...result, instrument: { id: other.id, version: 2 } }, other))).toBe('other-instrument');
  });

  it('a code from a newer version is “newer-version”, from an older one “older-version”', () => {
    const newer = { ...instrument, version: 3, items: [...instrument.items, { id: 's-40', points: 5 }] };
    expect(reasonOf(codeFor({ ...result, instrument: { id: instrument.id, version: 3 } }, newer))).toBe('newer-version');
    const older = { ...instrument, version: 1, items: instrument.items.slice(0, 30) };
    const olderResult = { ...result, instrument: { id: instrument.id, version: 1 }, answers: { 's-0': 2 } };
    expect(reasonOf(codeFor(olderResult, older))).toBe('older-version');
  });

  it('the same version with different statements is refused, not misread', () => {
    const edited = { ...instrument, items: instrument.items.map((item, i) => (i === 5 ? { ...item, id: 's-renamed' } : item)) };
    expect(reasonOf(code, edited)).toBe('other-instrument');
  });

  it('anything that does not start with CF is “not-a-code”; nothing at all is “empty”', () => {
    expect(reasonOf(`XY${code.slice(2)}`)).toBe('not-a-code');
    expect(reasonOf('hello, there!')).toBe('not-a-code');
    expect(reasonOf('C')).toBe('not-a-code');
    expect(reasonOf(' - ')).toBe('empty');
  });

  it('random text of code characters is never read as a result', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^CF[0-9A-HJKMNP-TV-Z]{0,40}$/), (text) => {
        fc.pre(text !== code.replaceAll('-', ''));
        expect(decode(text, instrument).ok).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('a result that is not of this instrument version cannot be encoded', () => {
    expect(encode({ ...result, instrument: { id: instrument.id, version: 1 } }, instrument)).toEqual({
      ok: false,
      problem: 'other-version',
      values: { id: instrument.id, version: 1, current: 2 },
    });
    expect(encode({ ...result, answers: { 's-0': 6 } }, instrument)).toEqual({ ok: false, problem: 'off-scale', values: { item: 's-0', points: 4 } });
    expect(encode({ ...result, answers: { 's-99': 1 } }, instrument)).toEqual({ ok: false, problem: 'stray-answer', values: { item: 's-99' } });
    expect(encode({ ...result, date: '2026-02-30' }, instrument)).toEqual({ ok: false, problem: 'bad-date', values: { date: '2026-02-30' } });
    expect(encode({ ...result, role: 'boss' }, instrument)).toEqual({ ok: false, problem: 'bad-role', values: { role: 'boss' } });
  });

  it('a code carries no label and no time of day: the same answers on the same day give the same code', () => {
    fc.assert(
      fc.property(instrumentAndResult, fc.string(), ({ instrument: i, result: r }, label) => {
        expect(codeFor({ ...r, label } as typeof r, i)).toBe(codeFor(r, i));
      }),
    );
  });
});
