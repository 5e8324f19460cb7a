import { expect, test } from 'vitest';
import { isLocalizedPath, localeParams, localizePath, splitLocale } from '../../../src/i18n/locale-paths.ts';
import { languageName } from '../../../src/i18n/language-name.ts';
import { numberWords, rangeWords } from '../../../src/i18n/number-words.ts';

const locales = { default: 'en', all: ['en', 'de'] };

test('the default language lives at the root, others under their prefix', () => {
  expect(splitLocale('/de/playbook/trust/', locales)).toEqual({ locale: 'de', path: '/playbook/trust/' });
  expect(splitLocale('/de/', locales)).toEqual({ locale: 'de', path: '/' });
  expect(splitLocale('/de', locales)).toEqual({ locale: 'de', path: '/' });
  expect(splitLocale('/playbook/trust/', locales)).toEqual({ locale: 'en', path: '/playbook/trust/' });
  // A chapter folder that happens to look like a language is not one unless the site lists it.
  expect(splitLocale('/fr/playbook/', locales)).toEqual({ locale: 'en', path: '/fr/playbook/' });
});

test('a path moves to another language where the page exists in every language', () => {
  expect(localizePath('/playbook/trust/', 'de', locales)).toBe('/de/playbook/trust/');
  expect(localizePath('/de/assessment/results/', 'en', locales)).toBe('/assessment/results/');
  expect(localizePath('/', 'de', locales)).toBe('/de/');
  expect(localizePath('/team/', 'de', locales)).toBe('/de/team/');
  // Templates and files have one language.
  expect(localizePath('/templates/sponsor-charter/', 'de', locales)).toBe('/templates/sponsor-charter/');
  expect(localizePath('/logo.svg', 'de', locales)).toBe('/logo.svg');
  expect(isLocalizedPath('/templates/')).toBe(false);
});

test('every language gets its route parameter, the default none', () => {
  expect(localeParams(locales)).toEqual([{ params: { locale: undefined } }, { params: { locale: 'de' } }]);
});

test('languages are named in the reader’s language, numbers written as prose writes them', () => {
  expect(languageName('de', 'de')).toBe('Deutsch');
  expect(languageName('en', 'de')).toBe('Englisch');
  expect(languageName('de', 'en')).toBe('German');
  expect(numberWords(8, 'en')).toBe('eight');
  expect(numberWords(8, 'de')).toBe('acht');
  expect(numberWords(48, 'de')).toBe('48');
  expect(numberWords(1200, 'de')).toBe('1.200');
  expect(rangeWords(5, 6, 'de')).toBe('fünf oder sechs');
  expect(rangeWords(4, 6, 'en')).toBe('four to six');
  expect(rangeWords(6, 6, 'de')).toBe('sechs');
});
