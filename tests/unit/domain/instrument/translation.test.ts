import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { translateInstrument } from '../../../../src/domain/instrument/translation.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';

const instrument = defaultInstrument();
const german = (): Record<string, any> => parse(readFileSync('content/assessment/de/learning-culture-readiness.yaml', 'utf8'));

test('the shipped German translation covers every text and changes nothing but words', () => {
  const result = translateInstrument(instrument, german(), 'de');
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  const t = result.instrument;
  expect(t.items.map((i) => i.id)).toEqual(instrument.items.map((i) => i.id));
  expect(t.items.map((i) => [i.dimension, i.format, i.subject, i.reverse, i.mirror, i.play])).toEqual(
    instrument.items.map((i) => [i.dimension, i.format, i.subject, i.reverse, i.mirror, i.play]),
  );
  expect(t.bands.map((b) => [b.id, b.min, b.max])).toEqual(instrument.bands.map((b) => [b.id, b.min, b.max]));
  expect(t.dimensions.map((d) => [d.id, d.weight, d.critical, d.chapter])).toEqual(instrument.dimensions.map((d) => [d.id, d.weight, d.critical, d.chapter]));
  expect(t.advice.map((a) => a.link)).toEqual(instrument.advice.map((a) => a.link));
  expect(t.scoring).toEqual(instrument.scoring);
  // Words did change: no statement is left in English.
  const english = new Set(instrument.items.map((i) => i.text));
  expect(t.items.filter((i) => english.has(i.text))).toEqual([]);
  expect(t.outsideAnswers.dontKnow.label).toBe('Weiß nicht');
});

test('refuses a translation with a missing or an extra statement, band or advice, naming each', () => {
  const words = german();
  delete words['items']['exec-take-part'];
  words['items']['exec-invented'] = { text: 'Neu', observes: 'Neu' };
  delete words['bands']['pilot'];
  delete words['advice']['trust']['scale'];
  words['advice']['trust']['extra-band'] = 'Mehr';
  const result = translateInstrument(instrument, words, 'de');
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems).toEqual(
    expect.arrayContaining([
      { path: 'items.exec-invented', message: expect.stringContaining('is not in the instrument "learning-culture-readiness"') },
      { path: 'items.exec-take-part', message: 'is missing: every one needs a translation' },
      { path: 'bands.pilot', message: 'is missing: every one needs a translation' },
      { path: 'advice.trust.scale', message: 'is missing: every text of the instrument needs a translation' },
      { path: 'advice.trust.extra-band', message: 'the instrument has no advice for "trust" in band "extra-band"' },
    ]),
  );
});

test('refuses a translation of another instrument, version or language', () => {
  const words = { ...german(), translates: 'other-survey', version: 1, lang: 'fr' };
  const result = translateInstrument(instrument, words, 'de');
  expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['translates', 'version', 'lang']);
});

test('refuses an empty text and a missing scale label', () => {
  const words = german();
  words['items']['trust-mistakes-open'] = { text: '  ', observes: 'x' };
  delete words['scales']['agreement']['points'][3];
  const result = translateInstrument(instrument, words, 'de');
  expect(result.ok ? [] : result.problems).toEqual(
    expect.arrayContaining([
      { path: 'scales.agreement.points.3', message: 'is missing: every text of the instrument needs a translation' },
    ]),
  );
  expect(result.ok ? [] : result.problems.map((p) => p.path)).toContain(`items.trust-mistakes-open.text`);
});
