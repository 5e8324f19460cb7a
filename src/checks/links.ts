import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeEntities } from './html-entities.ts';
import { readText, type ReadText } from './site-text.ts';

export interface LinkProblem {
  file: string;
  line: number;
  message: string;
}

const ATTRIBUTE = /\s(href|src)="([^"]*)"/g;
const ID = /\sid="([^"]+)"/g;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Page file (absolute path) → the ids of its elements, for every page of a built site. */
export type PageIds = ReadonlyMap<string, ReadonlySet<string>>;

export function pageIds(dist: string, read: ReadText = readText): PageIds {
  return new Map(htmlFiles(dist).map((file) => [file, new Set([...read(file).matchAll(ID)].map((m) => decodeEntities(m[1] ?? '')))]));
}

/**
 * Checks every internal link, asset and anchor in a built site. `base` is the path the site is
 * served under; a link outside it is reported, because it would leave the deployment.
 * `sourceOf` maps a built page to its source file, so problems point at what an author edits.
 *
 * Each distinct address is resolved once: a large playbook repeats the same navigation links on
 * every page. `read` decides whether pages are read again or kept from `pageIds`.
 */
export function checkLinks(
  dist: string,
  base: string,
  sourceOf: (page: string) => string | undefined = () => undefined,
  read: ReadText = readText,
  ids: PageIds = pageIds(dist, read),
): LinkProblem[] {
  const files = [...ids.keys()];
  const verdicts = new Map<string, string | null>();
  const verdict = (url: URL, raw: string): string | null => {
    if (!url.pathname.startsWith(base)) return `"${raw}" points outside the site's base path ${base}`;
    const target = resolveTarget(dist, decodeURIComponent(url.pathname.slice(base.length)));
    if (!target) return `"${raw}" leads to a page or file that does not exist`;
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !ids.get(target)?.has(fragment)) {
      return `"${raw}": the page exists but has no heading or element with id "${fragment}"`;
    }
    return null;
  };
  const problems: LinkProblem[] = [];
  for (const file of files) {
    const text = read(file);
    const pagePath = `/${relative(dist, file).replace(/index\.html$/, '')}`;
    for (const match of text.matchAll(ATTRIBUTE)) {
      const raw = decodeEntities(match[2] ?? '');
      if (raw === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
      const url = new URL(raw, `http://site${base}${pagePath.slice(1)}`);
      const key = `${url.pathname}${url.hash}\u0000${raw}`;
      if (!verdicts.has(key)) verdicts.set(key, verdict(url, raw));
      const message = verdicts.get(key);
      if (message) problems.push({ ...locate(file, text, match.index ?? 0, raw, base, sourceOf), message });
    }
  }
  return problems;
}

function resolveTarget(dist: string, path: string): string | undefined {
  const file = join(dist, path);
  if (path === '' || path.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Finds the line in the source file when the link was written there, else the line in the built page. */
function locate(
  file: string,
  text: string,
  offset: number,
  raw: string,
  base: string,
  sourceOf: (page: string) => string | undefined,
): { file: string; line: number } {
  const source = sourceOf(file);
  if (source && existsSync(source)) {
    const written = raw.startsWith(base) ? `/${raw.slice(base.length)}` : raw;
    const lines = readFileSync(source, 'utf8').split('\n');
    const index = lines.findIndex((l) => l.includes(`(${written})`) || l.includes(`"${written}"`));
    if (index >= 0) return { file: source, line: index + 1 };
  }
  return { file, line: text.slice(0, offset).split('\n').length };
}

/** Built chapter pages come from content/playbook/<slug>.mdx, in sub-folders too. */
export function chapterSource(dist: string): (page: string) => string | undefined {
  return (page) => {
    const m = relative(dist, page).match(/^playbook\/(.+)\/index\.html$/);
    return m ? `content/playbook/${m[1]}.mdx` : undefined;
  };
}

/** One line per problem, each reported once, with paths relative to the project. */
export function formatLinkProblems(problems: LinkProblem[], cwd = process.cwd()): string {
  const lines = problems.map((p) => `${relative(cwd, p.file) || p.file}:${p.line}: ${p.message}`);
  return [...new Set(lines)].join('\n');
}
