import { describe, expect, it } from 'vitest';
import {
  exportResultsJson,
  importIntoDocument,
  importResults,
  loadDocument,
  resultId,
  saveDocument,
  scoreAnswers,
  storageKey,
  utf8ByteLength,
  type CompletedResult,
  type ImportRefusal,
} from '../../../../src/domain/index.ts';
import { results as englishWords } from '../../../../src/i18n/en/results.ts';
import { translator } from '../../../../src/i18n/translate.ts';
import { refusalWords } from '../../../../src/islands/common/import-words.ts';
import { scoredResult } from '../../../../src/domain/result/scored-result.ts';
import { answerConsistently } from '../fixtures/answers.ts';
import { MemoryStorage } from '../fixtures/memory-storage.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const at = '2026-11-02T08:00:00.000Z';
const answers = answerConsistently(small, 4);
const stored: CompletedResult = scoredResult(small, answers, at);
const goodFile = (): Record<string, unknown> => JSON.parse(exportResultsJson(small, [stored], '2026-11-03T00:00:00.000Z'));
const withResult = (change: Record<string, unknown>): string => {
  const file = goodFile();
  file.results = [{ ...(file.results as Record<string, unknown>[])[0], ...change }];
  return JSON.stringify(file);
};

/** Runs the whole import as an island would: load, import, merge, save only on success. */
function importThroughStorage(text: string): { outcome: ReturnType<typeof importIntoDocument>; storage: MemoryStorage; before: [string, string][] } {
  const key = storageKey('/', small.id);
  const storage = new MemoryStorage();
  const other = answerConsistently(small, 2);
  saveDocument(storage, key, {
    schemaVersion: 1,
    instrumentId: small.id,
    draft: { answers: { 'alpha-1': 5 }, step: 1, startedAt: at, updatedAt: at },
    history: [{ ...stored, id: resultId('2026-10-01T00:00:00.000Z', other), completedAt: '2026-10-01T00:00:00.000Z', answers: other, scores: scoreAnswers(small, other) }],
  });
  const before = storage.snapshot();
  const loaded = loadDocument(storage, key, small.id);
  const outcome = importIntoDocument(loaded.document, text, small);
  if (outcome.ok) saveDocument(storage, key, outcome.merge.document);
  return { outcome, storage, before };
}

const fiveMegabytes = `{"format":"culture-first/results","padding":"${'x'.repeat(5 * 1024 * 1024)}"}`;

const hostile: [string, string, Partial<ImportRefusal>, RegExp][] = [
  ['a 5 MB file', fiveMegabytes, { reason: 'too-large', limit: 1_048_576 }, /The file is 5\.0 MB; results files are at most 1 MB/],
  ['truncated JSON', exportResultsJson(small, [stored], at).slice(0, 120), { reason: 'not-json' }, /^The file is not valid JSON \(it breaks at character \d+\)/],
  ['JSON with a syntax error', '{"format": culture}', { reason: 'not-json', position: 11 }, /breaks at character 12/],
  ['an empty file', '', { reason: 'not-json' }, /not valid JSON/],
  ['a JSON array', '[1,2]', { reason: 'wrong-format' }, /^This file is not a Culture First results export\.$/],
  ['another format', JSON.stringify({ format: 'something-else', formatVersion: 1 }), { reason: 'wrong-format' }, /not a Culture First results export/],
  ['a newer format version', JSON.stringify({ ...goodFile(), formatVersion: 2 }), { reason: 'unsupported-format-version', found: 2 }, /format version 2; this site reads version 1/],
  ['a missing format version', JSON.stringify({ ...goodFile(), formatVersion: undefined }), { reason: 'unsupported-format-version' }, /format version none/],
  ['another instrument', JSON.stringify({ ...goodFile(), instrument: { id: 'engagement-survey', version: 1 } }), { reason: 'unknown-instrument', found: 'engagement-survey' }, /results for "engagement-survey", not for "Small test instrument"/],
  ['a result of another instrument', withResult({ instrument: { id: 'other', version: 2 } }), { reason: 'unknown-instrument', found: 'other' }, /Result 1 in the file answers "other"/],
  ['a newer instrument version', withResult({ instrument: { id: 'small', version: 3 } }), { reason: 'newer-instrument-version', found: 3 }, /version 3 of the questions, newer than this site's version 2/],
  ['unknown item ids', withResult({ answers: { ...answers, 'delta-1': 3, 'delta-2': null } }), { reason: 'unknown-items', itemIds: ['delta-1', 'delta-2'] }, /this site does not have: delta-1, delta-2\.$/],
  ['a value out of range', withResult({ answers: { ...answers, 'beta-2': 6 } }), { reason: 'value-out-of-range', itemId: 'beta-2', value: 6 }, /^Result 1 answers "beta-2" with 6; answers must be a whole number from 1 to 5/],
  ['a fractional value', withResult({ answers: { ...answers, 'beta-2': 2.5 } }), { reason: 'value-out-of-range', itemId: 'beta-2' }, /with 2\.5/],
  ['a zero value', withResult({ answers: { ...answers, 'alpha-1': 0 } }), { reason: 'value-out-of-range', itemId: 'alpha-1' }, /with 0/],
  ['a missing completedAt', withResult({ completedAt: undefined }), { reason: 'missing-field', path: 'results[0].completedAt' }, /^The file is missing "results\[0\]\.completedAt"/],
  ['missing results', JSON.stringify({ ...goodFile(), results: undefined }), { reason: 'missing-field', path: 'results' }, /missing "results"/],
  ['a text answer', withResult({ answers: { 'alpha-1': '4' } }), { reason: 'wrong-type', path: 'results[0].answers.alpha-1' }, /"results\[0\]\.answers\.alpha-1" is not what a results export holds/],
  ['scores of the wrong type', withResult({ scores: 'great' }), { reason: 'wrong-type', path: 'results[0].scores' }, /results\[0\]\.scores/],
  ['a score above 100', withResult({ scores: { ...stored.scores, overall: { status: 'scored', score: 250, band: 'scale', uncappedBand: 'scale', cap: null } } }), { reason: 'wrong-type', path: 'results[0].scores.overall.score' }, /overall\.score/],
  ['a date that is not a date', withResult({ completedAt: 'last tuesday' }), { reason: 'wrong-type', path: 'results[0].completedAt' }, /completedAt/],
];

describe('import refuses hostile files with a precise reason and changes nothing stored', () => {
  it.each(hostile)('%s', (_name, text, expected, message) => {
    const { outcome, storage, before } = importThroughStorage(text);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error).toMatchObject(expected);
    // What the history page and the team view say, in English.
    expect(refusalWords(translator(englishWords, 'en'), outcome.error, small, 'en')).toMatch(message);
    expect(storage.snapshot()).toEqual(before);
  });
});

describe('import accepts good files', () => {
  it('adds a new result, and keeps one copy when the same file is imported twice', () => {
    const text = exportResultsJson(small, [stored], '2026-11-03T00:00:00.000Z');
    const { outcome, storage, before } = importThroughStorage(text);
    if (!outcome.ok) throw new Error(outcome.error.reason);
    expect(outcome.merge.added).toEqual([stored]);
    expect(storage.snapshot()).not.toEqual(before);
    const key = storageKey('/', small.id);
    const second = importIntoDocument(loadDocument(storage, key, small.id).document, text, small);
    if (!second.ok) throw new Error(second.error.reason);
    expect(second.merge.added).toEqual([]);
    expect(second.merge.duplicates).toHaveLength(1);
    expect(loadDocument(storage, key, small.id).document.history).toHaveLength(2);
  });

  it('strips __proto__, constructor and prototype keys wherever they are', () => {
    const file = exportResultsJson(small, [stored], at).replace('"answers": {', '"answers": {\n"__proto__": {"polluted": true}, "constructor": 1,');
    const polluted = file.replace('"format":', '"__proto__": {"polluted": true}, "prototype": {}, "format":');
    const outcome = importResults(polluted, small);
    if (!outcome.ok) throw new Error(outcome.error.reason);
    expect(outcome.results[0]?.answers).toEqual(answers);
    expect(Object.getPrototypeOf(outcome.results[0]?.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps HTML and script in labels as inert, capped plain text', () => {
    const label = `<img src=x onerror="alert(1)"><script>alert('x')</script>\u0000 ${'long '.repeat(40)}`;
    const outcome = importResults(withResult({ label }), small);
    if (!outcome.ok) throw new Error(outcome.error.reason);
    const kept = outcome.results[0]?.label ?? '';
    expect(kept.startsWith(`<img src=x onerror="alert(1)"><script>alert('x')</script> long`)).toBe(true);
    expect([...kept].length).toBeLessThanOrEqual(80);
  });

  it('recomputes scores of current-version results, so an edited number never shows', () => {
    const forged = withResult({ scores: { ...stored.scores, overall: { status: 'scored', score: 100, band: 'scale', uncappedBand: 'scale', cap: null, scoredAttributes: 3 } } });
    const outcome = importResults(forged, small);
    if (!outcome.ok) throw new Error(outcome.error.reason);
    expect(outcome.results[0]?.scores).toEqual(stored.scores);
  });

  it('accepts results of an older instrument version, with items since removed, and says so', () => {
    const outcome = importResults(withResult({ instrument: { id: 'small', version: 1 }, answers: { ...answers, 'old-item': 3 } }), small);
    if (!outcome.ok) throw new Error(outcome.error.reason);
    expect(outcome.earlier).toBe(1);
  });

  it('measures size in UTF-8 bytes', () => {
    expect(utf8ByteLength('aé€😀')).toBe(1 + 2 + 3 + 4);
    const justOver = `${'€'.repeat(349_526)}`; // 1,048,578 bytes in 349,526 characters
    expect(importResults(justOver, small)).toMatchObject({ ok: false, error: { reason: 'too-large', bytes: 1_048_578 } });
  });
});

describe('jsonErrorPosition', () => {
  it('agrees with JSON.parse on where a text breaks', async () => {
    const { jsonErrorPosition } = await import('../../../../src/domain/index.ts');
    expect(jsonErrorPosition('{"format": culture}')).toBe(11);
    expect(jsonErrorPosition('{"a":1')).toBe(6);
    expect(jsonErrorPosition('')).toBe(0);
    expect(jsonErrorPosition('[1,]')).toBe(3);
    expect(jsonErrorPosition('{"a" 1}')).toBe(5);
    expect(jsonErrorPosition('"\\x"')).toBe(2);
    expect(jsonErrorPosition('{"a":[1,2.5e-3,true,false,null,"\\u00e9"]} ')).toBeUndefined();
  });
});

describe('jsonErrorPosition on any valid JSON', () => {
  it('finds no error', async () => {
    const fc = (await import('fast-check')).default;
    const { jsonErrorPosition } = await import('../../../../src/domain/index.ts');
    fc.assert(fc.property(fc.json(), (text) => jsonErrorPosition(text) === undefined));
  });
});
