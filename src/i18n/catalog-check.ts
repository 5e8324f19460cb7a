import type { Message, Messages } from './translate.ts';

/** One thing wrong with a language's interface words, by key. */
export interface CatalogProblem {
  readonly key: string;
  readonly message: string;
}

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

const texts = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message).filter((t): t is string => typeof t === 'string'));

/**
 * Compares a language's catalog with the source catalog: every key present, no key the
 * interface does not use, plural messages with every category the language needs, and the same
 * `{placeholders}` as the source (a missing one would drop a number from a sentence).
 */
export function catalogProblems(source: Messages, candidate: Readonly<Record<string, unknown>>, lang: string): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const [key, original] of Object.entries(source)) {
    const value = candidate[key];
    if (value === undefined) {
      problems.push({ key, message: `is missing (English: “${texts(original)[0] ?? ''}”)` });
      continue;
    }
    if (typeof original === 'string') {
      if (typeof value !== 'string' || value.trim() === '') {
        problems.push({ key, message: 'must be one non-empty text' });
        continue;
      }
    } else {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push({ key, message: `must be a map of plural forms (${categories.join(', ')})` });
        continue;
      }
      const forms = value as Record<string, unknown>;
      for (const category of categories) {
        if (typeof forms[category] !== 'string') problems.push({ key, message: `needs the plural form “${category}”` });
      }
      for (const form of Object.keys(forms).filter((f) => !(categories as string[]).includes(f))) {
        problems.push({ key, message: `has the plural form “${form}”, which ${lang} does not use (${categories.join(', ')})` });
      }
    }
    const expected = placeholders(texts(original).join(' ')).join(', ');
    const found = placeholders(texts(value as Message).join(' ')).join(', ');
    if (expected !== found) problems.push({ key, message: `uses the placeholders {${found}} but must use {${expected}}` });
  }
  for (const key of Object.keys(candidate).filter((k) => !(k in source))) {
    problems.push({ key, message: 'is not a text of the interface (misspelled, or no longer used): remove it' });
  }
  return problems;
}
