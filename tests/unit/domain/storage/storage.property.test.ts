import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument, saveDocument, scoreAnswers, storageKey, type AssessmentDocument } from '../../../../src/domain/index.ts';
import { MemoryStorage } from '../fixtures/memory-storage.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const KEY = storageKey('/', small.id);

const timestamp = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const answers = fc.dictionary(fc.constantFrom(...small.items.map((i) => i.id)), fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }));

export const arbitraryResult = fc
  .record({
    completedAt: timestamp,
    answers,
    label: fc.option(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0 && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\s\s/.test(s)), { nil: undefined }),
    id: fc.stringMatching(/^r-[0-9a-f]{14}$/),
  })
  .map(({ completedAt, answers: a, label, id }) => ({
    id,
    completedAt,
    ...(label === undefined ? {} : { label }),
    instrument: { id: small.id, version: small.version },
    answers: a,
    scores: scoreAnswers(small, a),
  }));

const arbitraryDocument: fc.Arbitrary<AssessmentDocument> = fc.record({
  schemaVersion: fc.constant(1 as const),
  instrumentId: fc.constant(small.id),
  draft: fc.option(fc.record({ answers, step: fc.nat({ max: 20 }), startedAt: timestamp, updatedAt: timestamp }), { nil: null }),
  history: fc.array(arbitraryResult, { maxLength: 5 }),
});

describe('storage round trip', () => {
  it('reads back exactly the document it wrote', () => {
    fc.assert(
      fc.property(arbitraryDocument, (document) => {
        const storage = new MemoryStorage();
        expect(saveDocument(storage, KEY, document).status).toBe('saved');
        expect(loadDocument(storage, KEY, small.id)).toEqual({ status: 'loaded', document, migratedFrom: null });
      }),
      { numRuns: 200 },
    );
  });
});
