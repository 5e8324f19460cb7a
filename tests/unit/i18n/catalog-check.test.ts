import { expect, test } from 'vitest';
import { catalogProblems } from '../../../src/i18n/catalog-check.ts';
import { en } from '../../../src/i18n/en/index.ts';
import { readCatalog } from '../../../src/content-data/catalog-files.ts';

const source = {
  'x.plain': 'Close',
  'x.count': { one: '{count} chapter found.', other: '{count} chapters found.' },
  'x.name': 'Your score for {attribute}',
} as const;

test('a complete catalog has no problems', () => {
  const de = { 'x.plain': 'Schließen', 'x.count': { one: '{count} Kapitel gefunden.', other: '{count} Kapitel gefunden.' }, 'x.name': 'Ihr Wert für {attribute}' };
  expect(catalogProblems(source, de, 'de')).toEqual([]);
});

test('names every missing, extra, malformed or mistyped text by key', () => {
  const de = { 'x.count': 'Kapitel gefunden', 'x.name': 'Ihr Wert für {attributes}', 'x.old': 'Alt' };
  expect(catalogProblems(source, de, 'de')).toEqual([
    { key: 'x.plain', message: 'is missing (English: “Close”)' },
    { key: 'x.count', message: 'must be a map of plural forms (one, other)' },
    { key: 'x.name', message: 'uses the placeholders {attributes} but must use {attribute}' },
    { key: 'x.old', message: 'is not a text of the interface (misspelled, or no longer used): remove it' },
  ]);
});

test('asks for the plural forms the language needs, and refuses ones it does not use', () => {
  expect(catalogProblems(source, { ...source, 'x.count': { other: '{count}' } }, 'de')).toContainEqual({ key: 'x.count', message: 'needs the plural form “one”' });
  expect(catalogProblems(source, { ...source, 'x.count': { one: '{count}', few: '{count}', other: '{count}' } }, 'de')).toContainEqual({
    key: 'x.count',
    message: 'has the plural form “few”, which de does not use (one, other)',
  });
});

test('the shipped German catalog has every interface text, and no other', () => {
  const { problems, messages } = readCatalog('.', 'content/i18n/de.yaml', 'de');
  expect(problems).toEqual([]);
  expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
});
