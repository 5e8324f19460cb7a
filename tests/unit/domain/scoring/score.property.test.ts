import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAnswers, type Instrument } from '../../../../src/domain/index.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

/** Any mix of answered, Not sure and skipped items. */
function arbitraryAnswers(instrument: Instrument): fc.Arbitrary<Record<string, number | null>> {
  const value = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
  return fc.record(Object.fromEntries(instrument.items.map((item) => [item.id, value])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Record<string, number | null>>;
}

function attributeScore(instrument: Instrument, answers: Record<string, number | null>, dimension: string): number | undefined {
  const a = scoreAnswers(instrument, answers).attributes.find((x) => x.dimension === dimension);
  return a?.status === 'scored' ? a.score : undefined;
}

describe.each([
  ['the small fixture', smallInstrument()],
  ['the default instrument', defaultInstrument()],
])('scoring properties with %s', (_name, instrument) => {
  it('keeps every score between 0 and 100, and bands every score', () => {
    fc.assert(
      fc.property(arbitraryAnswers(instrument), (answers) => {
        const scores = scoreAnswers(instrument, answers);
        for (const a of scores.attributes) {
          if (a.status === 'scored') {
            expect(a.score).toBeGreaterThanOrEqual(0);
            expect(a.score).toBeLessThanOrEqual(100);
            expect(instrument.bands.map((b) => b.id)).toContain(a.band);
          }
        }
        if (scores.overall.status === 'scored') {
          expect(scores.overall.score).toBeGreaterThanOrEqual(0);
          expect(scores.overall.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it('never lowers an attribute when one direct answer rises, never raises it when a reverse answer rises', () => {
    const itemIndex = fc.integer({ min: 0, max: instrument.items.length - 1 });
    fc.assert(
      fc.property(arbitraryAnswers(instrument), itemIndex, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), (answers, index, from, step) => {
        const item = instrument.items[index]!;
        const to = Math.min(5, from + step);
        const before = attributeScore(instrument, { ...answers, [item.id]: from }, item.dimension);
        const after = attributeScore(instrument, { ...answers, [item.id]: to }, item.dimension);
        // The item is answered in both cases, so the attribute is scored in both or in neither.
        expect(after === undefined).toBe(before === undefined);
        if (before === undefined || after === undefined) return;
        if (item.reverse) expect(after).toBeLessThanOrEqual(before);
        else expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });
});
