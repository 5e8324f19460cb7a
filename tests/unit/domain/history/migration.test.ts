import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  comparability,
  completeDraft,
  draftFits,
  exportResultsJson,
  importResults,
  interpretStoredText,
  openResult,
  previousComparable,
  recordAnswer,
  resultId,
  startDraft,
  trendSeries,
  type Answers,
  type AssessmentDocument,
  type CompletedResult,
} from '../../../../src/domain/index.ts';
import { answerConsistently } from '../fixtures/answers.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';

const instrument = defaultInstrument();
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/v1/${name}`, import.meta.url), 'utf8');
const storedV1 = fixture('stored-document.json');
const exportV1 = fixture('export.json');
const rawV1 = JSON.parse(storedV1) as { history: { answers: Record<string, number | null>; scores: unknown }[] };

function readV1(): AssessmentDocument {
  const read = interpretStoredText(storedV1, instrument.id);
  if (!read.readable) throw new Error(read.problem.detail);
  return read.document;
}

function completeV2(document: AssessmentDocument, now: string): { document: AssessmentDocument; result: CompletedResult } {
  let doc = startDraft(document, { now, seed: 7, instrument });
  for (const [id, value] of Object.entries(answerConsistently(instrument, 4))) doc = recordAnswer(doc, id, value, now);
  const done = completeDraft(doc, instrument, { now });
  if (!done.ok) throw new Error(done.reason);
  return done;
}

describe('a document stored by version 1 of the check', () => {
  it('still reads, with “Not sure” read as “Don’t know” and the results’ ids unchanged', () => {
    const document = readV1();
    expect(document.history).toHaveLength(2);
    const first = document.history[0]!;
    expect(first.instrument).toEqual({ id: instrument.id, version: 1 });
    expect(first.answers['exec-1']).toBe('dont-know');
    expect(Object.values(first.answers)).not.toContain(null);
    // The id is computed from the answers; reading "Not sure" as "Don’t know" must not change it.
    expect(resultId(first.completedAt, first.answers)).toBe(resultId(first.completedAt, rawV1.history[0]!.answers as unknown as Answers));
  });

  it('opens its results marked as an earlier version, with the scores they were saved with', () => {
    const [first, second] = readV1().history;
    const opened = openResult(instrument, first!);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.otherVersion).toBe(true);
    expect(opened.result.instrument.version).toBe(1);
    // Its notes are the sentences it was saved with.
    expect(opened.scores.notes).toEqual((rawV1.history[0]!.scores as { notes: string[] }).notes);
    expect(opened.scores.overall).toMatchObject({ status: 'scored', score: 75, band: 'scale' });
    expect(opened.scores.attributes.find((a) => a.dimension === 'trust')).toMatchObject({ status: 'scored', score: 75, band: 'scale', range: null });
    expect(opened.scores.attributes.find((a) => a.dimension === 'executive-buy-in')).toMatchObject({
      status: 'not-enough-answers',
      counts: { statements: 5, scored: 2, dontKnow: 3 },
    });
    const openedSecond = openResult(instrument, second!);
    // All middle answers: 50 was "Ready to pilot" in version 1, and stays so for that result.
    expect(openedSecond.ok && openedSecond.scores.overall).toMatchObject({ score: 50, band: 'pilot' });
  });

  it('never joins its results to a trend or a comparison with version-2 results, and says why', () => {
    const { document, result } = completeV2(readV1(), '2026-12-01T09:00:00.000Z');
    const series = trendSeries(instrument, document.history);
    expect(series.current.map((r) => r.id)).toEqual([result.id]);
    expect(series.earlier).toHaveLength(2);
    expect(series.reason).toEqual({ code: 'different-version', count: 2 });
    expect(previousComparable(document.history, result)).toBeUndefined();
    const [older] = document.history;
    expect(comparability(older!.instrument, result.instrument)).toEqual({ comparable: false, reason: 'different-version', older: 1, newer: 2 });
    expect(previousComparable(document.history, document.history[1]!)?.id).toBe(older!.id);
  });

  it('refuses to finish a draft begun under version 1, because its statements are gone', () => {
    const document = readV1();
    expect(draftFits(document.draft!, instrument)).toMatchObject({ fits: false, reason: 'other-version' });
    expect(completeDraft(document, instrument, { now: '2026-12-01T09:00:00.000Z' })).toEqual({
      ok: false,
      reason: 'other-version',
      draftVersion: 1,
      currentVersion: instrument.version,
    });
  });
});

describe('a results file exported by version 1', () => {
  it('imports with its stored scores, keeps “Not sure” as “Don’t know”, and round-trips through a version-2 export', () => {
    const imported = importResults(exportV1, instrument);
    if (!imported.ok) throw new Error(imported.error.reason);
    expect(imported.results).toHaveLength(2);
    expect(imported.results[0]!.answers['exec-2']).toBe('dont-know');
    expect(imported.results[0]!.scores).toEqual(rawV1.history[0]!.scores);
    expect(imported.earlier).toBe(2);
    const again = importResults(exportResultsJson(instrument, imported.results, '2026-12-01T10:00:00.000Z'), instrument);
    expect(again.ok && again.results).toEqual(imported.results);
  });

  it('imports version-2 results with their role and outside answers, and rescored', () => {
    const { result } = completeV2(readV1(), '2026-12-01T09:00:00.000Z');
    const withRole: CompletedResult = { ...result, role: 'people-manager', answers: { ...result.answers, 'trust-blame': 'not-applicable' } };
    const imported = importResults(exportResultsJson(instrument, [withRole], '2026-12-01T10:00:00.000Z'), instrument);
    if (!imported.ok) throw new Error(imported.error.reason);
    expect(imported.results[0]).toMatchObject({ role: 'people-manager', answers: { 'trust-blame': 'not-applicable' } });
    expect(imported.results[0]!.scores).toMatchObject({ method: 2 });
  });
});
