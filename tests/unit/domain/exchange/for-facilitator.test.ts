import { describe, expect, it } from 'vitest';
import { exportForFacilitator, readTeamFile } from '../../../../src/domain/exchange/for-facilitator.ts';
import { resultId, scoreAnswers, type CompletedResult } from '../../../../src/domain/index.ts';
import { answerConsistently } from '../fixtures/answers.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const at = '2026-11-02T08:17:43.120Z';
const answers = { ...answerConsistently(small, 4), 'gamma-2': 'dont-know' as const };
const result: CompletedResult = {
  id: resultId(at, answers),
  completedAt: at,
  label: 'Before the reorg, Alice',
  instrument: { id: 'small', version: 2 },
  answers,
  scores: scoreAnswers(small, answers),
};

describe('the “for my facilitator” export', () => {
  it('holds the instrument, the answers and the day, and no label, id, time of day or score', () => {
    const text = exportForFacilitator(result);
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(data).sort()).toEqual(['answers', 'completedOn', 'format', 'formatVersion', 'instrument']);
    expect(data.completedOn).toBe('2026-11-02');
    expect(text).not.toContain('Alice');
    expect(text).not.toContain('08:17');
    expect(text).not.toContain(result.id);
    expect(text).not.toContain('scores');
  });

  it('keeps the role when one was given', () => {
    const data = JSON.parse(exportForFacilitator({ ...result, role: 'people-manager' })) as Record<string, unknown>;
    expect(data.role).toBe('people-manager');
  });

  it('is read by the team view with the same answers, and refused by the same rules as an export', () => {
    const outcome = readTeamFile(exportForFacilitator(result), small);
    if (!outcome.ok) throw new Error(outcome.error.reason);
    expect(outcome.results).toHaveLength(1);
    expect(outcome.results[0]?.answers).toEqual(answers);
    expect(outcome.results[0]?.label).toBeUndefined();

    const outOfRange = exportForFacilitator({ ...result, answers: { ...answers, 'alpha-1': 9 } });
    const refused = readTeamFile(outOfRange, small);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ reason: 'value-out-of-range', itemId: 'alpha-1', result: 1 });
    const undated = readTeamFile(exportForFacilitator(result).replace('"2026-11-02"', '"yesterday"'), small);
    expect(undated).toEqual({ ok: false, error: { reason: 'no-completion-day' } });
    const newer = readTeamFile(exportForFacilitator(result).replace('"formatVersion": 1', '"formatVersion": 2'), small);
    expect(newer).toEqual({ ok: false, error: { reason: 'unsupported-format-version', found: 2, supported: 1, file: 'for-facilitator' } });
  });
});
