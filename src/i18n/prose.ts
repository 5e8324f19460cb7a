/**
 * Small rules for putting the instrument's words into a sentence, which differ by language.
 * A topic or name is a heading in the instrument ("Senior leaders", "Obere Führungsebene"):
 * English lowers its first letter inside a sentence, German keeps every capital (nouns).
 */
const base = (lang: string): string => lang.split('-')[0] ?? lang;

/** A heading-like phrase as it reads inside a sentence: "senior leaders", but „Umgang mit Fehlern“ unchanged. */
export function inSentence(text: string, lang: string): string {
  return base(lang) === 'en' ? text.charAt(0).toLocaleLowerCase(lang) + text.slice(1) : text;
}

/** The first letter raised, for a sentence that starts with a word put in by the page ("Five answers …"). */
export function sentenceStart(text: string, lang: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** "A and B", "A, B, and C", "A und B": a list joined as the language joins it. */
export function andList(items: readonly string[], lang: string): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/** A number with at most one decimal, as the language writes it: "12.5", "12,5". */
export function oneDecimal(n: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(Math.round(n * 10) / 10);
}
