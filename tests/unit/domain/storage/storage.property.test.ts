import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDocument, saveDocument, storageKey, type AssessmentDocument } from '../../../../src/domain/index.ts';
import { MemoryStorage } from '../fixtures/memory-storage.ts';
import { arbitraryAnswers as answers, arbitraryResult, timestamp } from '../fixtures/arbitrary-results.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const KEY = storageKey('/', small.id);

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
