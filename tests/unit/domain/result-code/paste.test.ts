import { describe, expect, it } from 'vitest';
import { codeForResult, codeInstrument, dayOf, encode, resultsFromText } from '../../../../src/domain/result-code/index.ts';
import { resultId } from '../../../../src/domain/result/result.ts';
import { scoreAnswers } from '../../../../src/domain/scoring/score.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';

const instrument = defaultInstrument();
const items = codeInstrument(instrument).items;

function codeWith(seed: number, role?: 'people-manager'): string {
  const answers = Object.fromEntries(items.map((item, i) => [item.id, 1 + ((seed + i) % item.points)]));
  const outcome = encode({ instrument: { id: instrument.id, version: instrument.version }, date: `2026-11-0${seed}`, ...(role ? { role } : {}), answers }, codeInstrument(instrument));
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.code;
}

describe('pasted text with codes', () => {
  it('gives one scored result per distinct code, with the same id every time, and a line per code', () => {
    const [a, b] = [codeWith(1, 'people-manager'), codeWith(2)];
    const pasted = resultsFromText(`Hi! ${a}\n${b}\nagain: ${a}\nand CF${a.slice(2, -1)}`, instrument);
    expect(pasted.results).toHaveLength(2);
    const first = pasted.results[0]!;
    expect(first.completedAt).toBe('2026-11-01T12:00:00.000Z');
    expect(first.id).toBe(resultId(first.completedAt, first.answers));
    expect(first.scores).toEqual(scoreAnswers(instrument, first.answers));
    expect((first as { role?: string }).role).toBe('people-manager');
    expect(pasted.codes.map((c) => c.outcome)).toEqual(['added', 'added', 'duplicate', 'refused']);
    expect(pasted.count).toEqual({ found: 4, read: 2, refused: 1, repeated: 1 });
    expect(resultsFromText(a, instrument).results[0]?.id).toBe(first.id);
  });

  it('says when there is no code at all', () => {
    expect(resultsFromText('Thanks everyone, see you Friday.', instrument)).toEqual({
      results: [],
      codes: [],
      count: { found: 0, read: 0, refused: 0, repeated: 0 },
    });
  });
});

describe('the day a code carries', () => {
  it('is the day where the person was, not the day in UTC', () => {
    expect(dayOf('2026-11-05T02:30:00.000Z', 300)).toBe('2026-11-04');
    expect(dayOf('2026-11-04T23:30:00.000Z', -120)).toBe('2026-11-05');
    expect(dayOf('2026-11-04T12:00:00.000Z', 0)).toBe('2026-11-04');
  });

  it('a stored result of another version gets a reason, not a code', () => {
    const answers = {};
    const old = { id: 'r-1', completedAt: '2026-01-01T10:00:00.000Z', instrument: { id: instrument.id, version: instrument.version + 1 }, answers, scores: scoreAnswers(instrument, answers) };
    expect(codeForResult(old, instrument, 0)).toMatchObject({ ok: false, problem: 'other-version', values: { version: instrument.version + 1, current: instrument.version } });
  });
});
