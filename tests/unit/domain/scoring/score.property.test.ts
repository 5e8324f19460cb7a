import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DONT_KNOW, lookup, NOT_APPLICABLE, scoreAnswers, type AnswerValue, type Instrument } from '../../../../src/domain/index.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const anyAnswer: fc.Arbitrary<AnswerValue> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 5 },
  { arbitrary: fc.constantFrom(DONT_KNOW, NOT_APPLICABLE), weight: 2 },
);

/** Any mix of scale answers, outside answers and skipped statements. */
function arbitraryAnswers(instrument: Instrument): fc.Arbitrary<Record<string, AnswerValue>> {
  return fc.record(Object.fromEntries(instrument.items.map((item) => [item.id, anyAnswer])), { requiredKeys: [] }) as fc.Arbitrary<
    Record<string, AnswerValue>
  >;
}

/** Mostly complete answers that cluster around one level, so that results land near band edges often. */
function clusteredAnswers(instrument: Instrument): fc.Arbitrary<Record<string, AnswerValue>> {
  return fc.integer({ min: 1, max: 5 }).chain((level) => {
    const near: fc.Arbitrary<AnswerValue> = fc.oneof(
      { arbitrary: fc.integer({ min: Math.max(1, level - 1), max: Math.min(5, level + 1) }), weight: 8 },
      { arbitrary: fc.constantFrom(DONT_KNOW, NOT_APPLICABLE), weight: 1 },
    );
    return fc.record(Object.fromEntries(instrument.items.map((item) => [item.id, item.reverse ? near.map((v) => (typeof v === 'number' ? 6 - v : v)) : near])), {
      requiredKeys: instrument.items.map((item) => item.id),
    }) as fc.Arbitrary<Record<string, AnswerValue>>;
  });
}

function overallBandIndex(instrument: Instrument, answers: Record<string, AnswerValue>): number | undefined {
  const { overall } = scoreAnswers(instrument, answers);
  if (overall.status !== 'scored') return undefined;
  return lookup(instrument).bandsInOrder.findIndex((b) => b.id === overall.band);
}

function attributeScore(instrument: Instrument, answers: Record<string, AnswerValue>, dimension: string): number | undefined {
  const a = scoreAnswers(instrument, answers).attributes.find((x) => x.dimension === dimension);
  return a?.status === 'scored' ? a.score : undefined;
}

describe.each([
  ['the small fixture', smallInstrument()],
  ['the default instrument', defaultInstrument()],
])('scoring properties with %s', (_name, instrument) => {
  it('keeps every score and range between 0 and 100, with the score inside its range', () => {
    fc.assert(
      fc.property(arbitraryAnswers(instrument), (answers) => {
        const scores = scoreAnswers(instrument, answers);
        for (const a of scores.attributes) {
          if (a.status !== 'scored') continue;
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(100);
          expect(instrument.bands.map((b) => b.id)).toContain(a.band);
          expect(a.range!.low).toBeLessThanOrEqual(Math.round(a.score));
          expect(a.range!.high).toBeGreaterThanOrEqual(Math.round(a.score));
        }
        const counted = scores.attributes.reduce((n, a) => n + a.counts.scored + a.counts.dontKnow + a.counts.notApplicable + a.counts.unanswered, 0);
        expect(counted).toBe(instrument.items.length);
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
        expect(after === undefined).toBe(before === undefined);
        if (before === undefined || after === undefined) return;
        if (item.reverse) expect(after).toBeLessThanOrEqual(before);
        else expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('gives no overall band with fewer scored attributes than the coverage rule', () => {
    fc.assert(
      fc.property(arbitraryAnswers(instrument), (answers) => {
        const scores = scoreAnswers(instrument, answers);
        const scored = scores.attributes.filter((a) => a.status === 'scored').length;
        expect(scores.overall.status === 'scored').toBe(scored >= instrument.scoring.minimumScoredAttributes);
      }),
    );
  });

  it('gives no top band while a critical attribute is unknown', () => {
    const top = lookup(instrument).bandsInOrder.at(-1)!.id;
    const critical = instrument.dimensions.filter((d) => d.critical).map((d) => d.id);
    fc.assert(
      fc.property(clusteredAnswers(instrument), fc.boolean(), (answers, allDontKnow) => {
        // Take the critical attributes out of the picture, with “Don’t know” or by leaving them unanswered.
        const hidden = { ...answers };
        for (const item of instrument.items.filter((i) => critical.includes(i.dimension))) {
          if (allDontKnow) hidden[item.id] = DONT_KNOW;
          else delete hidden[item.id];
        }
        const { overall, gate } = scoreAnswers(instrument, hidden);
        expect(gate.every((g) => g.status === 'unknown')).toBe(true);
        if (overall.status === 'scored') expect(overall.band).not.toBe(top);
      }),
    );
  });
});

describe('one answer moves the overall band by at most one step (default instrument)', () => {
  const instrument = defaultInstrument();
  const itemIndex = fc.integer({ min: 0, max: instrument.items.length - 1 });

  it.each([
    ['any answers', arbitraryAnswers(instrument)],
    ['answers clustered near a band edge', clusteredAnswers(instrument)],
  ])('%s', (_name, answersArbitrary) => {
    fc.assert(
      fc.property(answersArbitrary, itemIndex, anyAnswer, (answers, index, value) => {
        const item = instrument.items[index]!;
        const before = overallBandIndex(instrument, answers);
        const after = overallBandIndex(instrument, { ...answers, [item.id]: value });
        if (before === undefined || after === undefined) return;
        expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('also when the changed answer is to the critical attribute and the result sits near the top edge', () => {
    const exec = instrument.items.filter((i) => i.dimension === 'executive-buy-in');
    const execAnswers = fc.tuple(...exec.map(() => anyAnswer));
    fc.assert(
      fc.property(clusteredAnswers(instrument), execAnswers, fc.integer({ min: 0, max: exec.length - 1 }), anyAnswer, (answers, execValues, index, value) => {
        const base = { ...answers, ...Object.fromEntries(exec.map((item, i) => [item.id, execValues[i]!])) };
        const before = overallBandIndex(instrument, base);
        const after = overallBandIndex(instrument, { ...base, [exec[index]!.id]: value });
        if (before === undefined || after === undefined) return;
        expect(Math.abs(after - before)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  }, 120_000);
});
