/**
 * Small whole numbers as prose writes them ("six", "sechs"); digits, formatted for the language,
 * above twelve or in a language without a word list here.
 */
const WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'],
};

/** The words for "or" and "to" between two numbers, per language. */
const BETWEEN: Readonly<Record<string, { or: string; to: string }>> = {
  en: { or: 'or', to: 'to' },
  de: { or: 'oder', to: 'bis' },
};

const base = (lang: string): string => lang.split('-')[0] ?? lang;

export function numberWords(n: number, lang: string): string {
  const words = WORDS[base(lang)];
  // German counts "ein(e)" before a noun; "eins" is the bare numeral.
  if (base(lang) === 'de' && n === 1) return 'ein';
  return words?.[n] ?? new Intl.NumberFormat(lang).format(n);
}

/** "six", "five or six" (neighbours) or "four to six", for prose that must match the instrument. */
export function rangeWords(min: number, max: number, lang: string): string {
  if (min === max) return numberWords(min, lang);
  const between = BETWEEN[base(lang)] ?? BETWEEN['en'];
  return `${numberWords(min, lang)} ${max - min === 1 ? between?.or : between?.to} ${numberWords(max, lang)}`;
}
