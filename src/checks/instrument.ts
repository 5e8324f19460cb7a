import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument } from 'yaml';
import type { InstrumentProblem } from '../domain/instrument/problem.ts';
import { validateInstrument } from '../domain/instrument/validate.ts';

const ID = /\sid="([^"]+)"/g;

/** Each built chapter's anchors (heading and play ids), read from the pages as readers get them. */
export function chapterAnchors(dist: string): Map<string, Set<string>> {
  const chapters = new Map<string, Set<string>>();
  const dir = join(dist, 'playbook');
  if (!existsSync(dir)) return chapters;
  for (const slug of readdirSync(dir)) {
    const page = join(dir, slug, 'index.html');
    if (!existsSync(page)) continue;
    chapters.set(slug, new Set([...readFileSync(page, 'utf8').matchAll(ID)].map((m) => m[1] ?? '')));
  }
  return chapters;
}

/** `items[12].dimension` → ['items', 12, 'dimension'], the path form the YAML library looks up. */
function pathParts(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] ?? '') : Number(m[2])));
}

/** Problems as `file:line: path: message`, with the line of the YAML node the path names. */
function withLines(file: string, text: string, problems: readonly InstrumentProblem[]): string[] {
  const doc = parseDocument(text);
  return problems.map((p) => {
    const node = p.path ? doc.getIn(pathParts(p.path), true) : undefined;
    const offset = (node as { range?: [number] } | undefined)?.range?.[0];
    const line = offset === undefined ? 1 : text.slice(0, offset).split('\n').length;
    return `${file}:${line}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
  });
}

/**
 * The instrument's rules that span files: every item's dimension exists, bands cover 0–100, advice
 * and plays point to chapters and anchors that exist in the built playbook, and every attribute
 * chapter names an attribute the instrument has.
 */
export function checkInstrument(dist: string, assessmentDir = 'content/assessment', playbookDir = 'content/playbook'): string[] {
  const files = readdirSync(assessmentDir).filter((f) => /\.ya?ml$/.test(f));
  const chapters = chapterAnchors(dist);
  const lines: string[] = [];
  const dimensions = new Set<string>();
  for (const name of files) {
    const file = join(assessmentDir, name);
    const text = readFileSync(file, 'utf8');
    const check = validateInstrument(parse(text), { file, chapters });
    if (!check.ok) lines.push(...withLines(file, text, check.problems));
    else for (const d of check.instrument.dimensions) dimensions.add(d.id);
  }
  if (lines.length > 0) return lines;
  for (const name of readdirSync(playbookDir).filter((f) => f.endsWith('.mdx'))) {
    const text = readFileSync(join(playbookDir, name), 'utf8');
    const front = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
    const attribute = (parse(front) as { attribute?: unknown } | null)?.attribute;
    if (typeof attribute === 'string' && !dimensions.has(attribute)) {
      const line = front.split('\n').findIndex((l) => l.startsWith('attribute:')) + 2;
      lines.push(
        `${join(playbookDir, name)}:${line}: attribute "${attribute}" is not an attribute of the readiness instrument (${[...dimensions].join(', ')}).`,
      );
    }
  }
  return lines;
}
