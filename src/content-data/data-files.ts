import { createHash } from 'node:crypto';
import type { Instrument } from '../domain/instrument/schema.ts';
import { siteLocales } from '../i18n/site-locales.ts';
import { siteNorms } from '../norms/site-norms.ts';
import { DATA_FOLDER, withBase } from '../routing/url.ts';
import { siteInstrument } from './instrument.ts';

/**
 * Content the app pages fetch as JSON instead of carrying it in their props: written once per build
 * into _astro/ (routes/data-file.ts) under a name that holds a hash of its content, so a browser
 * keeps it until it changes. The sample server configurations cache _astro/ for a year; a service
 * worker can precache it like the scripts beside it.
 */
export interface DataFile {
  /** `instrument.<hash>.json`. */
  readonly name: string;
  readonly text: string;
}

function hashed(stem: string, value: unknown): DataFile {
  const text = JSON.stringify(value);
  const hash = createHash('sha256').update(text).digest('base64url').slice(0, 10);
  return { name: `${stem}.${hash}.json`, text };
}

/**
 * The site's instrument in `lang`, as the islands use it (content/assessment/, checked when it
 * loaded): one file per language, since the statements are in the page's language. A language
 * without a translation gets the default language's text, and so the very same file.
 */
export async function instrumentFile(lang: string): Promise<DataFile> {
  return hashed('instrument', await siteInstrument(lang));
}

/** The organization's norms for the site's instrument (content/norms/), as the results pages draw them. */
export async function normsFile(instrument?: Instrument): Promise<DataFile> {
  return hashed('norms', await siteNorms(instrument ?? (await siteInstrument())));
}

/** Every data file of the build, each once. */
export async function dataFiles(): Promise<DataFile[]> {
  const files = [...(await Promise.all(siteLocales.all.map(instrumentFile))), await normsFile()];
  return [...new Map(files.map((file) => [file.name, file])).values()];
}

/** The file's address on the site, under the base path. */
export function dataFileUrl(file: DataFile): string {
  return withBase(`/${DATA_FOLDER}/${file.name}`);
}
