import { describe, expect, it } from 'vitest';
import { encode, findCodes, type CodeInstrument } from '../../../../src/domain/result-code/index.ts';

const instrument: CodeInstrument = { id: 'learning-culture-readiness', version: 2, items: Array.from({ length: 12 }, (_, i) => ({ id: `s-${i}`, points: 5 })) };

function codeFor(answers: Record<string, number>, date = '2026-11-29'): string {
  const outcome = encode({ instrument: { id: instrument.id, version: 2 }, date, answers }, instrument);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.code;
}

const a = codeFor({ 's-0': 1 });
const b = codeFor({ 's-0': 2 });
const c = codeFor({ 's-0': 3 }, '2026-11-28');

describe('finding codes in pasted text', () => {
  it('finds every code in a chat transcript, whatever surrounds it, and counts a repeat once', () => {
    const chat = [
      `[09:14] Ana: here’s mine ${a}`,
      `[09:15] Ben: (${b.toLowerCase()}) thanks!`,
      `[09:16] Cy: ${c}.`,
      `[09:17] Ana: sent twice, sorry: ${a}`,
      'Dee: the CFO asked about cfg files and ABC-1234 too',
    ].join('\n');
    const found = findCodes(chat, instrument);
    expect(found.codes.map((code) => code.text)).toEqual([a, b.toLowerCase(), c, a]);
    expect(found.results.map((r) => r.answers['s-0'])).toEqual([1, 2, 3]);
    expect(found.duplicates).toBe(1);
    expect(found.codes[3]?.duplicateOf).toBe(0);
    expect(found.refused).toEqual([]);
  });

  it('refuses a code with a typo, with its reason, and still reads the others', () => {
    const broken = `${a.slice(0, -1)}${a.endsWith('0') ? '1' : '0'}`;
    const found = findCodes(`${broken}\n${b}`, instrument);
    expect(found.results).toHaveLength(1);
    expect(found.refused.map((r) => (r.outcome.ok ? 'ok' : r.outcome.reason))).toEqual(['checksum']);
  });

  it('reports a typo in the prefix rather than missing the code', () => {
    const found = findCodes(`mine: CG${a.slice(2)}`, instrument);
    expect(found.refused.map((r) => (r.outcome.ok ? 'ok' : r.outcome.reason))).toEqual(['not-a-code']);
  });

  it('reads codes from a spreadsheet column and codes typed with spaces between groups', () => {
    const csv = `name,code\nx,"${a}"\ny,${b}\n`;
    expect(findCodes(csv, instrument).results).toHaveLength(2);
    const spaced = `my code is ${c.replaceAll('-', ' ')} and that is all`;
    const found = findCodes(spaced, instrument);
    expect(found.results.map((r) => r.date)).toEqual(['2026-11-28']);
    expect(found.refused).toEqual([]);
  });

  it('finds nothing in text without codes', () => {
    expect(findCodes('Meeting notes: CFO, CF card, 123-4567-8901, confirm Friday.', instrument).codes).toEqual([]);
  });
});
