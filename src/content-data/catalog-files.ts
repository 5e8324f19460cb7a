import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { catalogProblems } from '../i18n/catalog-check.ts';
import { en } from '../i18n/en/index.ts';
import type { Messages } from '../i18n/translate.ts';
import { lineOf, yamlSyntaxErrors } from './yaml-lines.ts';

export const CATALOGUE_DIR = 'content/i18n';

export class CatalogError extends Error {
  override name = 'CatalogError';
}

/** The interface words of every language with a catalog in content/i18n/ (`de.yaml` is German). */
export function catalogFiles(root: string): Map<string, string> {
  const dir = join(root, CATALOGUE_DIR);
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((f) => /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\.ya?ml$/.test(f))
      .map((f) => [f.replace(/\.ya?ml$/, ''), `${CATALOGUE_DIR}/${f}`]),
  );
}

/** One language's catalog with its problems as `file:line: key: message` lines. */
export function readCatalog(root: string, file: string, lang: string): { messages: Messages; problems: string[] } {
  const text = readFileSync(join(root, file), 'utf8');
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { messages: {}, problems: yamlSyntaxErrors(file, doc) };
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { messages: {}, problems: [`${file}:1: must be a map of keys to texts`] };
  const candidate = data as Record<string, unknown>;
  const problems = catalogProblems(en, candidate, lang).map((p) => `${file}:${lineOf(doc, text, [p.key])}: ${p.key}: ${p.message}`);
  return { messages: candidate as Messages, problems };
}

/** Every catalog in content/i18n/, checked: any problem stops the build with file, line and key. */
export function loadCatalogs(root: string): Map<string, Messages> {
  const catalogs = new Map<string, Messages>();
  const problems: string[] = [];
  for (const [lang, file] of catalogFiles(root)) {
    const { messages, problems: found } = readCatalog(root, file, lang);
    problems.push(...found);
    catalogs.set(lang, messages);
  }
  if (problems.length > 0) throw new CatalogError(`The interface words have problems:\n${problems.join('\n')}`);
  return catalogs;
}
