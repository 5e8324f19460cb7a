import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportResultsJson, importResults } from '../../../../src/domain/index.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';
import { arbitraryResult } from '../fixtures/arbitrary-results.ts';

const small = smallInstrument();

describe('export then import', () => {
  it('gives back equal results', () => {
    fc.assert(
      fc.property(fc.array(arbitraryResult, { minLength: 1, maxLength: 4 }), (results) => {
        const outcome = importResults(exportResultsJson(small, results, '2026-11-28T00:00:00.000Z'), small);
        expect(outcome).toEqual({ ok: true, results, earlier: 0 });
      }),
      { numRuns: 200 },
    );
  });
});
