import { describe, expect, it } from 'vitest';
import {
  completeDraft,
  emptyDocument,
  goToStep,
  instrumentSchema,
  mergeResults,
  DONT_KNOW,
  NOT_APPLICABLE,
  addStepTime,
  openResult,
  setRole,
  startDraft,
  recordAnswer,
  clearAnswer,
  relabelResult,
  removeResult,
  resultId,
  scoreAnswers,
  type CompletedResult,
} from '../../../../src/domain/index.ts';
import { scoredResult } from '../../../../src/domain/result/scored-result.ts';
import { answerConsistently } from '../fixtures/answers.ts';
import { smallInstrument, smallInstrumentInput } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const t0 = '2026-11-01T09:00:00.000Z';
const t1 = '2026-11-01T09:05:00.000Z';

describe('draft and history', () => {
  it('records answers, outside answers, the role, step times and the step without changing the document passed in', () => {
    const empty = emptyDocument('small');
    const started = startDraft(empty, { now: t0, seed: 42, instrument: small });
    const one = recordAnswer(started, 'alpha-1', 4, t0);
    const two = goToStep(recordAnswer(recordAnswer(one, 'alpha-2', DONT_KNOW, t1), 'alpha-3', NOT_APPLICABLE, t1), 2, t1);
    expect(empty.draft).toBeNull();
    expect(one.draft).toEqual({ answers: { 'alpha-1': 4 }, step: 0, startedAt: t0, updatedAt: t0, instrumentVersion: 2, seed: 42 });
    expect(two.draft).toMatchObject({ answers: { 'alpha-1': 4, 'alpha-2': 'dont-know', 'alpha-3': 'not-applicable' }, step: 2, updatedAt: t1 });
    expect(clearAnswer(two, 'alpha-1', t1).draft?.answers).toEqual({ 'alpha-2': 'dont-know', 'alpha-3': 'not-applicable' });
    const timed = addStepTime(addStepTime(setRole(two, 'senior-leader', t1), 'alpha', 12.5, t1), 'alpha', 3, t1);
    expect(timed.draft).toMatchObject({ role: 'senior-leader', stepSeconds: { alpha: 15.5 } });
    expect(addStepTime(timed, 'alpha', Number.NaN, t1)).toBe(timed);
  });

  it('keeps the role, unless the person preferred not to say, and the step times on the completed result', () => {
    const base = addStepTime(setRole(recordAnswer(startDraft(emptyDocument('small'), { now: t0, seed: 1, instrument: small }), 'alpha-1', 4, t0), 'people-manager', t0), 'alpha', 30, t0);
    const done = completeDraft(base, small, { now: t1 });
    expect(done.ok && done.result).toMatchObject({ role: 'people-manager', stepSeconds: { alpha: 30 } });
    const quiet = completeDraft(setRole(base, 'prefer-not-to-say', t0), small, { now: t1 });
    expect(quiet.ok && 'role' in quiet.result).toBe(false);
  });

  it('completes the draft into a scored, identified result and clears the draft', () => {
    let doc = startDraft(emptyDocument('small'), { now: t0, seed: 3, instrument: small });
    for (const [id, v] of Object.entries(answerConsistently(small, 4))) doc = recordAnswer(doc, id, v, t0);
    const done = completeDraft(doc, small, { now: t1, label: '  Before <b>the</b>\nreorg  ' });
    if (!done.ok) throw new Error(done.reason);
    expect(done.document.draft).toBeNull();
    expect(done.document.history).toEqual([done.result]);
    expect(done.result).toMatchObject({
      completedAt: t1,
      label: 'Before <b>the</b> reorg',
      instrument: { id: 'small', version: 2 },
      id: resultId(t1, doc.draft!.answers),
    });
    expect(done.result.scores).toEqual(scoreAnswers(small, doc.draft!.answers));
    expect(completeDraft(done.document, small, { now: t1 })).toEqual({ ok: false, reason: 'no-draft' });
    expect(completeDraft({ ...doc, instrumentId: 'other' }, small, { now: t1 })).toEqual({ ok: false, reason: 'different-instrument' });
  });

  it('relabels, unlabels and removes results', () => {
    let doc = recordAnswer(startDraft(emptyDocument('small'), { now: t0, seed: 3, instrument: small }), 'alpha-1', 4, t0);
    const done = completeDraft(doc, small, { now: t1 });
    if (!done.ok) throw new Error(done.reason);
    doc = relabelResult(done.document, done.result.id, 'x'.repeat(200));
    expect(doc.history[0]?.label).toHaveLength(80);
    doc = relabelResult(doc, done.result.id, '   ');
    expect('label' in doc.history[0]!).toBe(false);
    expect(removeResult(doc, done.result.id).history).toEqual([]);
  });

  it('keeps one copy of a result merged twice, by id or by content', () => {
    const answers = answerConsistently(small, 3);
    const result = scoredResult(small, answers, t0);
    const first = mergeResults(emptyDocument('small'), [result, result]);
    expect(first.added).toHaveLength(1);
    expect(first.duplicates).toHaveLength(1);
    const sameContentOtherId = mergeResults(first.document, [{ ...result, id: 'r-somewhere-else' }]);
    expect(sameContentOtherId.added).toEqual([]);
    expect(sameContentOtherId.document).toBe(first.document);
  });
});

describe('opening results', () => {
  it('scores a result of the current version now', () => {
    const answers = answerConsistently(small, 5);
    const result: CompletedResult = { id: 'r', completedAt: t0, instrument: { id: 'small', version: 2 }, answers, scores: scoreAnswers(small, {}) };
    expect(openResult(small, result)).toEqual({ ok: true, result, scores: scoreAnswers(small, answers), otherVersion: false });
  });

  it('keeps the stored scores of a result of another version, and never rescores it with statements it did not answer', () => {
    const input = smallInstrumentInput();
    input.version = 3;
    const v3 = instrumentSchema.parse(input);
    const answers = answerConsistently(small, 5);
    const stored = scoreAnswers(small, answers);
    const old: CompletedResult = { id: 'r-old', completedAt: t0, instrument: { id: 'small', version: 2 }, answers: { ...answers, 'alpha-1': 1 }, scores: stored };
    const opened = openResult(v3, old);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.otherVersion).toBe(true);
    expect(opened.scores).toBe(stored);
  });

  it('refuses a result of a different instrument', () => {
    const other: CompletedResult = { id: 'r', completedAt: t0, instrument: { id: 'other', version: 1 }, answers: {}, scores: scoreAnswers(small, {}) };
    expect(openResult(small, other)).toEqual({ ok: false, reason: 'different-instrument', found: 'other' });
  });
});
