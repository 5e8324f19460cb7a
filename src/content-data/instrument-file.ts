import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { Instrument } from '../domain/instrument/schema.ts';
import { validateInstrument } from '../domain/instrument/validate.ts';
import { chapterFiles } from './chapter-files.ts';
import { frontmatterText, readFrontmatter } from './frontmatter.ts';
import { lineOf, yamlSyntaxErrors } from './yaml-lines.ts';

export const INSTRUMENT_DIR = 'content/assessment';

export class InstrumentError extends Error {
  override name = 'InstrumentError';
}

/** Chapter address → the ids a link may point at in it (headings and plays). */
export type ChapterAnchors = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Any anchor, for checks made before the chapters are rendered: at that point only the chapters
 * are known, and the anchors are checked again against the built pages (src/checks/instrument.ts).
 */
class AnyAnchor extends Set<string> {
  override has(): boolean {
    return true;
  }
}

/** The chapters on disk, each accepting any anchor until the build knows them. */
export function chaptersBeforeBuild(root = '.'): ChapterAnchors {
  return new Map([...chapterFiles(root).keys()].map((slug) => [slug, new AnyAnchor()]));
}

/**
 * The site's one readiness instrument file. A deployment replaces content/assessment/*.yaml to
 * ask its own questions; two files would leave it unclear which one the check uses, so that is refused.
 */
export function instrumentFile(root = '.'): string {
  const dir = join(root, INSTRUMENT_DIR);
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
  if (files.length !== 1) {
    throw new InstrumentError(`${INSTRUMENT_DIR}/ must hold exactly one instrument file (YAML); found: ${files.join(', ') || 'none'}.`);
  }
  return `${INSTRUMENT_DIR}/${files[0]}`;
}

/**
 * Every rule of the instrument (its schema, ids, counts, bands, and links into `chapters`), as
 * `file:line: path: message` lines; no lines means the instrument is sound. With
 * `chapterAttributes`, also the chapters' `attribute` fields (checked once, as the content loads).
 */
export function instrumentProblems(
  root: string,
  file: string,
  chapters: ChapterAnchors,
  { chapterAttributes = true } = {},
): { instrument?: Instrument; problems: string[] } {
  const text = readFileSync(join(root, file), 'utf8');
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { problems: yamlSyntaxErrors(file, doc) };
  const check = validateInstrument(doc.toJS(), { file, chapters });
  if (check.ok) return { instrument: check.instrument, problems: chapterAttributes ? [...attributeChapterProblems(root, check.instrument)] : [] };
  return { problems: check.problems.map((p) => `${file}:${lineOf(doc, text, p.path)}: ${p.path ? `${p.path}: ` : ''}${p.message}`) };
}

/** Every chapter that declares an `attribute` must name one the instrument has. */
function* attributeChapterProblems(root: string, instrument: Instrument): Generator<string> {
  const ids = instrument.dimensions.map((d) => d.id);
  for (const file of chapterFiles(root).values()) {
    const text = readFileSync(join(root, file), 'utf8');
    // Most chapters name no attribute; YAML-parsing every one cost a large playbook's build time.
    if (!frontmatterText(text).includes('attribute')) continue;
    const front = readFrontmatter(text);
    const attribute = front.data.attribute;
    if (typeof attribute === 'string' && !ids.includes(attribute)) {
      const line = front.firstLine - 1 + lineOf(front.document, front.yaml, ['attribute']);
      yield `${file}:${line}: attribute "${attribute}" is not an attribute of the readiness instrument (${ids.join(', ')}).`;
    }
  }
}

/**
 * Reads and checks the instrument as the site loads it: the content collection's loader, the
 * tests and the benchmarks all call this, so there is one way to read it. Chapter anchors are
 * checked after the build, when the pages exist.
 */
export function loadInstrument(root = '.', chapters: ChapterAnchors = chaptersBeforeBuild(root)): Instrument {
  const file = instrumentFile(root);
  const { instrument, problems } = instrumentProblems(root, file, chapters);
  if (!instrument || problems.length > 0) throw new InstrumentError(`The readiness instrument has problems:\n${problems.join('\n')}`);
  return instrument;
}
