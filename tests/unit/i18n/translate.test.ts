import { expect, test } from 'vitest';
import { around, pickMessages, translator } from '../../../src/i18n/translate.ts';

const messages = {
  'a.plain': 'Skip to content',
  'a.count': { one: '{count} result loaded', other: '{count} results loaded' },
  'a.name': 'Your score for {attribute}',
  'b.other': 'Elsewhere',
} as const;

test('fills placeholders, formats numbers for the language and picks the plural form', () => {
  const en = translator(messages, 'en');
  expect(en('a.plain')).toBe('Skip to content');
  expect(en('a.name', { attribute: 'Trust' })).toBe('Your score for Trust');
  expect(en('a.count', { count: 1 })).toBe('1 result loaded');
  expect(en('a.count', { count: 1200 })).toBe('1,200 results loaded');
  const de = translator({ 'a.count': { one: '{count} Ergebnis geladen', other: '{count} Ergebnisse geladen' } }, 'de');
  expect(de('a.count', { count: 1 })).toBe('1 Ergebnis geladen');
  expect(de('a.count', { count: 1200 })).toBe('1.200 Ergebnisse geladen');
});

test('leaves an unknown placeholder visible rather than dropping words', () => {
  expect(translator(messages, 'en')('a.name')).toBe('Your score for {attribute}');
});

test('splits a sentence around a placeholder for a link inside it', () => {
  const t = translator({ s: 'Or use {search} at the top of the page.' }, 'en');
  expect(around(t, 's', 'search')).toEqual(['Or use ', ' at the top of the page.']);
});

test('an island gets only the messages of its areas', () => {
  expect(Object.keys(pickMessages(messages, ['a.']))).toEqual(['a.plain', 'a.count', 'a.name']);
});
