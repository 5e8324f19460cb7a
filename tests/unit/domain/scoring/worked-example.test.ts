import { describe, expect, it } from 'vitest';
import { lookup, mirrorPair, scoreAnswers, statementsPerAttribute, workedExample, findStatement } from '../../../../src/domain/index.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

describe('the worked example for the About page', () => {
  const instrument = defaultInstrument();
  const example = workedExample(instrument);

  it('works through the critical attribute with the engine’s own numbers', () => {
    expect(example.attribute.id).toBe('executive-buy-in');
    expect(example.statements.map((s) => s.item.id)).toEqual(lookup(instrument).itemsByDimension.get('executive-buy-in')!.map((i) => i.id));
    expect(example.statements.at(-1)).toMatchObject({ answer: 'dont-know', answerLabel: 'Don’t know', points: undefined });
    const scored = example.statements.filter((s) => s.value !== undefined);
    expect(example.attributeScore).toMatchObject({ status: 'scored', counts: { scored: scored.length, dontKnow: 1 } });
    if (example.attributeScore.status !== 'scored') throw new Error('unscored');
    expect(example.attributeScore.score).toBeCloseTo(example.mean, 5);
    expect(example.attributeScore.range).toMatchObject({ low: Math.round(example.mean - example.halfWidth), high: Math.round(example.mean + example.halfWidth) });
    for (const s of scored) expect(s.value).toBe(((s.points! - 1) * 100) / 4);
  });

  it('shows the gate both ways: weakest answers hold the result out of the top band, and not seeing leaders is said first', () => {
    expect(example.overall.scores).toEqual(scoreAnswers(instrument, example.overall.answers));
    expect(example.weakCritical.scores.gate[0]).toMatchObject({ status: 'capped' });
    expect(example.weakCritical.scores.overall).toMatchObject({ status: 'scored', uncappedBand: 'scale', band: 'pilot' });
    expect(example.overall.scores.overall).toMatchObject({ status: 'scored', band: 'scale', cap: null });
    expect(example.unseenCritical.scores.gate[0]).toMatchObject({ status: 'unknown', cause: 'dont-know' });
    expect(example.unseenCritical.scores.overall).toMatchObject({ status: 'scored', band: 'pilot' });
  });

  it('works for any instrument, here the small fixture', () => {
    expect(workedExample(smallInstrument()).attribute.id).toBe('alpha');
  });
});

describe('facts for chapters', () => {
  it('counts statements per attribute and finds mirror pairs and statements', () => {
    const instrument = defaultInstrument();
    expect(statementsPerAttribute(instrument)).toEqual({ min: 6, max: 6 });
    const small = smallInstrument();
    expect(statementsPerAttribute(small)).toEqual({ min: 4, max: 4 });
    const uneven = { ...small, items: small.items.filter((i) => i !== small.items[0]) };
    expect(statementsPerAttribute(uneven)).toEqual({ min: 3, max: 4 });
    expect(mirrorPair(instrument, 'trust')?.map((i) => i.id)).toEqual(['trust-mistakes-open', 'trust-mistakes-hidden']);
    expect(() => findStatement(instrument, 'trust-1')).toThrow(/There is no statement "trust-1" in the readiness check \(learning-culture-readiness, version 2\)\. Statement ids: exec-take-part, /);
  });
});
