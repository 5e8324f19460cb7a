import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { lineOf, yamlSyntaxErrors } from '../content-data/yaml-lines.ts';
import { siteSettingsSchema, type SiteSettings } from './schema.ts';

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Reads and validates the settings file; every problem names the file, the field and the line when known. */
export function loadSettings(file: string, env: Record<string, string | undefined> = process.env): SiteSettings {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new SettingsError(`${file}: the settings file could not be read. Restore it from the repository.`);
  }
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const lines = yamlSyntaxErrors(file, doc);
    throw new SettingsError(`The settings file is not valid YAML:\n${lines.join('\n')}`);
  }
  const raw: unknown = doc.toJS() ?? {};
  const withEnv =
    env.BASE_PATH && typeof raw === 'object' && raw !== null ? { ...raw, basePath: canonicalBasePath(env.BASE_PATH) } : raw;
  const result = siteSettingsSchema.safeParse(withEnv);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(top level)';
    const line = lineOf(doc, text, issue.path);
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
    return `${file}:${line}: ${field}: ${message}`;
  });
  throw new SettingsError(`The settings file has ${lines.length} problem(s):\n${lines.join('\n')}`);
}

/**
 * The base path as Astro and the links want it, with a slash at each end: "intranet/culture" and
 * "/intranet/culture" become "/intranet/culture/". (Storage keys use their own form; see
 * src/domain/storage/key.ts.)
 */
export function canonicalBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
