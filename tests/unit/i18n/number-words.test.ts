import { describe, expect, it } from 'vitest';
import { numberWords, rangeWords } from '../../../src/i18n/number-words.ts';
import { andList, inSentence, oneDecimal, sentenceStart } from '../../../src/i18n/prose.ts';

/** The words <CheckFact>, the About page and the worked example put into prose. */
describe('numbers in words', () => {
  it('writes small whole numbers as words in English and German', () => {
    expect([0, 3, 6, 8, 12].map((n) => numberWords(n, 'en'))).toEqual(['zero', 'three', 'six', 'eight', 'twelve']);
    expect([0, 3, 6, 8, 12].map((n) => numberWords(n, 'de'))).toEqual(['null', 'drei', 'sechs', 'acht', 'zwölf']);
  });

  it('counts “ein” before a German noun, and follows a regional tag to its language', () => {
    expect(numberWords(1, 'de')).toBe('ein');
    expect(numberWords(1, 'en')).toBe('one');
    expect(numberWords(5, 'de-AT')).toBe('fünf');
    expect(numberWords(5, 'en-GB')).toBe('five');
  });

  it('uses digits, formatted for the language, above twelve and where it has no words', () => {
    expect(numberWords(48, 'en')).toBe('48');
    expect(numberWords(48, 'de')).toBe('48');
    expect(numberWords(1200, 'en')).toBe('1,200');
    expect(numberWords(1200, 'de')).toBe('1.200');
    expect(numberWords(4, 'fr')).toBe('4');
  });

  it('says a range as one number, neighbours joined by “or”, or a span joined by “to”', () => {
    expect(rangeWords(6, 6, 'en')).toBe('six');
    expect(rangeWords(5, 6, 'en')).toBe('five or six');
    expect(rangeWords(4, 6, 'en')).toBe('four to six');
    expect(rangeWords(6, 6, 'de')).toBe('sechs');
    expect(rangeWords(5, 6, 'de')).toBe('fünf oder sechs');
    expect(rangeWords(4, 6, 'de')).toBe('vier bis sechs');
    expect(rangeWords(12, 14, 'de')).toBe('zwölf bis 14');
  });
});

describe('the instrument’s words inside a sentence', () => {
  it('joins names as each language does', () => {
    expect(andList(['Executive buy-in'], 'en')).toBe('Executive buy-in');
    expect(andList(['Trust', 'Resources'], 'en')).toBe('Trust and Resources');
    expect(andList(['Vertrauen', 'Ressourcen'], 'de')).toBe('Vertrauen und Ressourcen');
    expect(andList(['Vertrauen', 'Transparenz', 'Ressourcen'], 'de')).toBe('Vertrauen, Transparenz und Ressourcen');
  });

  it('lowers a topic’s first letter in English only: German nouns keep their capitals', () => {
    expect(inSentence('Senior leaders', 'en')).toBe('senior leaders');
    expect(inSentence('Obere Führungsebene', 'de')).toBe('Obere Führungsebene');
    expect(inSentence('Umgang mit Fehlern und Problemen', 'de-CH')).toBe('Umgang mit Fehlern und Problemen');
    expect(sentenceStart('five answers', 'en')).toBe('Five answers');
  });

  it('writes one decimal with the language’s decimal mark', () => {
    expect(oneDecimal(87.5, 'en')).toBe('87.5');
    expect(oneDecimal(87.5, 'de')).toBe('87,5');
    expect(oneDecimal(1.5, 'de')).toBe('1,5');
    expect(oneDecimal(100 / 3, 'en')).toBe('33.3');
    expect(oneDecimal(75, 'de')).toBe('75');
  });
});
