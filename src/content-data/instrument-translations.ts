import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Instrument } from '../domain/instrument/schema.ts';
import { translateInstrument } from '../domain/instrument/translation.ts';
import { INSTRUMENT_DIR, InstrumentError } from './instrument-file.ts';
import { lineOf, yamlSyntaxErrors } from './yaml-lines.ts';

const LANGUAGE_FOLDER = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** The translation file of `instrumentFile` for each language folder in content/assessment/. */
export function translationFiles(root: string, instrumentFile: string): Map<string, string> {
  const dir = join(root, INSTRUMENT_DIR);
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const lang of readdirSync(dir).filter((f) => LANGUAGE_FOLDER.test(f) && statSync(join(dir, f)).isDirectory())) {
    files.set(lang, `${INSTRUMENT_DIR}/${lang}/${basename(instrumentFile)}`);
  }
  return files;
}

/**
 * Every translation of the instrument, checked against it: a missing or extra statement, band or
 * advice text stops the build with `file:line`. A language folder without the instrument's file
 * is refused too, since the check would silently appear in the default language there.
 */
export function loadInstrumentTranslations(root: string, instrumentFile: string, instrument: Instrument): Map<string, Instrument> {
  const translations = new Map<string, Instrument>();
  const problems: string[] = [];
  for (const [lang, file] of translationFiles(root, instrumentFile)) {
    if (!existsSync(join(root, file))) {
      problems.push(`${file}:1: is missing: the folder ${INSTRUMENT_DIR}/${lang}/ must hold the translation of ${basename(instrumentFile)}`);
      continue;
    }
    const text = readFileSync(join(root, file), 'utf8');
    const doc = parseDocument(text);
    if (doc.errors.length > 0) {
      problems.push(...yamlSyntaxErrors(file, doc));
      continue;
    }
    const result = translateInstrument(instrument, doc.toJS(), lang);
    if (result.ok) translations.set(lang, result.instrument);
    else problems.push(...result.problems.map((p) => `${file}:${lineOf(doc, text, p.path)}: ${p.path ? `${p.path}: ` : ''}${p.message}`));
  }
  if (problems.length > 0) throw new InstrumentError(`A translation of the readiness instrument has problems:\n${problems.join('\n')}`);
  return translations;
}
