import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { catalogueProblems } from '../i18n/catalogue-check.ts';
import { en } from '../i18n/en/index.ts';
import type { Messages } from '../i18n/translate.ts';
import { lineOf, yamlSyntaxErrors } from './yaml-lines.ts';

export const CATALOGUE_DIR = 'content/i18n';

export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

/** The interface words of every language with a catalogue in content/i18n/ (`de.yaml` is German). */
export function catalogueFiles(root: string): Map<string, string> {
  const dir = join(root, CATALOGUE_DIR);
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((f) => /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\.ya?ml$/.test(f))
      .map((f) => [f.replace(/\.ya?ml$/, ''), `${CATALOGUE_DIR}/${f}`]),
  );
}

/** One language's catalogue with its problems as `file:line: key: message` lines. */
export function readCatalogue(root: string, file: string, lang: string): { messages: Messages; problems: string[] } {
  const text = readFileSync(join(root, file), 'utf8');
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { messages: {}, problems: yamlSyntaxErrors(file, doc) };
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { messages: {}, problems: [`${file}:1: must be a map of keys to texts`] };
  const candidate = data as Record<string, unknown>;
  const problems = catalogueProblems(en, candidate, lang).map((p) => `${file}:${lineOf(doc, text, [p.key])}: ${p.key}: ${p.message}`);
  return { messages: candidate as Messages, problems };
}

/** Every catalogue in content/i18n/, checked: any problem stops the build with file, line and key. */
export function loadCatalogues(root: string): Map<string, Messages> {
  const catalogues = new Map<string, Messages>();
  const problems: string[] = [];
  for (const [lang, file] of catalogueFiles(root)) {
    const { messages, problems: found } = readCatalogue(root, file, lang);
    problems.push(...found);
    catalogues.set(lang, messages);
  }
  if (problems.length > 0) throw new CatalogueError(`The interface words have problems:\n${problems.join('\n')}`);
  return catalogues;
}
