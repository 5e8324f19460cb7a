import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
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
    const lines = doc.errors.map((e) => `${file}:${(e.linePos?.[0]?.line ?? 0) || 1}: ${e.message.split('\n')[0]}`);
    throw new SettingsError(`The settings file is not valid YAML:\n${lines.join('\n')}`);
  }
  const raw: unknown = doc.toJS() ?? {};
  const withEnv =
    env.BASE_PATH && typeof raw === 'object' && raw !== null ? { ...raw, basePath: normaliseBasePath(env.BASE_PATH) } : raw;
  const result = siteSettingsSchema.safeParse(withEnv);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const field = issue.path.join('.') || '(top level)';
    const node = issue.path.length > 0 ? doc.getIn(issue.path, true) : undefined;
    const offset = (node as { range?: [number] } | undefined)?.range?.[0];
    const line = offset === undefined ? 1 : text.slice(0, offset).split('\n').length;
    const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
    return `${file}:${line}: ${field}: ${message}`;
  });
  throw new SettingsError(`The settings file has ${lines.length} problem(s):\n${lines.join('\n')}`);
}

/** Accepts "intranet/culture" or "/intranet/culture" as well as the canonical "/intranet/culture/". */
export function normaliseBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
