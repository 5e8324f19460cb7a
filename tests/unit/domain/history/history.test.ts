import { describe, expect, it } from 'vitest';
import {
  completeDraft,
  emptyDocument,
  goToStep,
  instrumentSchema,
  mergeResults,
  NOT_SURE,
  openResult,
  recordAnswer,
  clearAnswer,
  relabelResult,
  removeResult,
  resultId,
  scoreAnswers,
  type CompletedResult,
} from '../../../../src/domain/index.ts';
import { answerConsistently } from '../fixtures/answers.ts';
import { smallInstrument, smallInstrumentInput } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const t0 = '2026-11-01T09:00:00.000Z';
const t1 = '2026-11-01T09:05:00.000Z';

describe('draft and history', () => {
  it('records answers, Not sure and the step without changing the document passed in', () => {
    const empty = emptyDocument('small');
    const one = recordAnswer(empty, 'alpha-1', 4, t0);
    const two = goToStep(recordAnswer(one, 'alpha-2', NOT_SURE, t1), 2, t1);
    expect(empty.draft).toBeNull();
    expect(one.draft).toEqual({ answers: { 'alpha-1': 4 }, step: 0, startedAt: t0, updatedAt: t0 });
    expect(two.draft).toEqual({ answers: { 'alpha-1': 4, 'alpha-2': null }, step: 2, startedAt: t0, updatedAt: t1 });
    expect(clearAnswer(two, 'alpha-1', t1).draft?.answers).toEqual({ 'alpha-2': null });
  });

  it('completes the draft into a scored, identified result and clears the draft', () => {
    let doc = emptyDocument('small');
    for (const [id, v] of Object.entries(answerConsistently(small, 4))) doc = recordAnswer(doc, id, v, t0);
    const done = completeDraft(doc, small, { now: t1, label: '  Before <b>the</b>\nreorg  ' });
    if (!done.ok) throw new Error(done.message);
    expect(done.document.draft).toBeNull();
    expect(done.document.history).toEqual([done.result]);
    expect(done.result).toMatchObject({
      completedAt: t1,
      label: 'Before <b>the</b> reorg',
      instrument: { id: 'small', version: 2 },
      id: resultId(t1, doc.draft!.answers),
    });
    expect(done.result.scores).toEqual(scoreAnswers(small, doc.draft!.answers));
    expect(completeDraft(done.document, small, { now: t1 })).toMatchObject({ ok: false, reason: 'no-draft' });
  });

  it('relabels, unlabels and removes results', () => {
    let doc = recordAnswer(emptyDocument('small'), 'alpha-1', 4, t0);
    const done = completeDraft(doc, small, { now: t1 });
    if (!done.ok) throw new Error(done.message);
    doc = relabelResult(done.document, done.result.id, 'x'.repeat(200));
    expect(doc.history[0]?.label).toHaveLength(80);
    doc = relabelResult(doc, done.result.id, '   ');
    expect('label' in doc.history[0]!).toBe(false);
    expect(removeResult(doc, done.result.id).history).toEqual([]);
  });

  it('keeps one copy of a result merged twice, by id or by content', () => {
    const answers = answerConsistently(small, 3);
    const result: CompletedResult = {
      id: resultId(t0, answers),
      completedAt: t0,
      instrument: { id: 'small', version: 2 },
      answers,
      scores: scoreAnswers(small, answers),
    };
    const first = mergeResults(emptyDocument('small'), [result, result]);
    expect(first.added).toHaveLength(1);
    expect(first.duplicates).toHaveLength(1);
    const sameContentOtherId = mergeResults(first.document, [{ ...result, id: 'r-somewhere-else' }]);
    expect(sameContentOtherId.added).toEqual([]);
    expect(sameContentOtherId.document).toBe(first.document);
  });
});

describe('older results', () => {
  it('rescore from the items that still exist, with a note', () => {
    // Version 3 drops alpha-3 and adds alpha-5.
    const input = smallInstrumentInput();
    input.version = 3;
    input.items = input.items.filter((i) => i.id !== 'alpha-3');
    input.items.push({ id: 'alpha-5', dimension: 'alpha', text: 'New.', reverse: false });
    const v3 = instrumentSchema.parse(input);
    const answers = { ...answerConsistently(small, 5), 'alpha-3': 1 };
    const old: CompletedResult = {
      id: 'r-old',
      completedAt: t0,
      instrument: { id: 'small', version: 2 },
      answers,
      scores: scoreAnswers(small, answers),
    };
    const opened = openResult(v3, old);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.droppedItems).toEqual(['alpha-3']);
    expect(opened.scores.attributes[0]).toMatchObject({ dimension: 'alpha', score: 100, answered: 3, itemCount: 4 });
    expect(opened.notes).toEqual([
      'This result was saved with version 2 of the questions; they are now at version 3. Its scores were recomputed from the questions that still exist; 1 answer to removed questions is not counted, and 1 newer question was not part of it.',
    ]);
    expect(openResult(small, old)).toMatchObject({ ok: true, notes: [] });
  });

  it('refuse a result of a different instrument', () => {
    const other: CompletedResult = { id: 'r', completedAt: t0, instrument: { id: 'other', version: 1 }, answers: {}, scores: scoreAnswers(small, {}) };
    expect(openResult(small, other)).toMatchObject({ ok: false, reason: 'different-instrument' });
  });
});
