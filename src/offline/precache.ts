import { WORKER_FILE } from './worker-file.ts';

/**
 * Which files of a built site the offline worker stores when it installs, worked out from the
 * build itself (a listing of dist/ and the text of its files), never from a hand-kept list.
 *
 * - Pages: the home page, the offline page and every page of the readiness check and the team
 *   view (`assessment/…`, `team/…`). Chapters are not stored up front; the worker keeps each one
 *   a reader opens.
 * - Assets: every file of the site that any page refers to (stylesheets, scripts and the chunks
 *   they import, island code, fonts, icons, JSON), followed through the files that refer to
 *   further files. All pages count, chapters included, so a chapter kept for offline reading finds
 *   its scripts and styles even when one of them (an island that loads when scrolled to) was not
 *   used before the network went away.
 * - Never stored: Pagefind's index (`pagefind/`, it grows with the playbook and search says it
 *   needs the network), other pages, the worker itself.
 *
 * A file counts as referred to when a text file mentions its address: from the site's root
 * (`/_astro/x.js` or, under a sub-path, `/intranet/culture/_astro/x.js`), relative to the site
 * (`_astro/x.js`, as bundlers list chunks to preload and as code joins a base path to a name) or
 * relative to the mentioning file (`./x.js`, `../x.js`, as chunks import each other).
 */

/** Folders whose every page is stored when the worker installs: the check and the team view. */
export const PRECACHED_SECTIONS = ['assessment', 'team'] as const;

/** The offline fallback page, shown for an address that was never stored while the network is away. */
export const OFFLINE_PAGE = 'offline/index.html';


/** Folders the worker leaves alone: requests for them go to the network as if there were no worker. */
export const NETWORK_ONLY = ['pagefind'] as const;

const TEXT = /\.(?:js|mjs|css|json|svg|txt|xml|webmanifest|html)$/i;
const PATH_RUN = /[A-Za-z0-9_~.%@/-]+/g;

export interface PrecachePlan {
  /** Site-relative paths of the pages stored up front (`assessment/index.html`). */
  pages: string[];
  /** Site-relative paths of every other file stored up front. */
  assets: string[];
}

/** True for a page the worker stores when it installs. */
export function isPrecachedPage(path: string): boolean {
  if (!path.endsWith('.html')) return false;
  // The same pages of every other language, under its prefix (de/assessment/index.html).
  const bare = path.replace(LANGUAGE_PREFIX, '');
  if (bare === 'index.html' || bare === OFFLINE_PAGE) return true;
  return PRECACHED_SECTIONS.some((section) => bare.startsWith(`${section}/`) && bare.endsWith('/index.html'));
}

/** The language folder at the start of a path, as the site's other languages use them ("de/", "pt-BR/"). */
const LANGUAGE_PREFIX = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\//;

/** The offline page of each other language, by its folder ("de" → "de/offline/index.html"). */
export function languageOfflinePages(files: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    files.filter((f) => LANGUAGE_PREFIX.test(f) && f.replace(LANGUAGE_PREFIX, '') === OFFLINE_PAGE).map((f) => [f.split('/')[0] ?? '', f]),
  );
}

function isNetworkOnly(path: string): boolean {
  return NETWORK_ONLY.some((folder) => path === folder || path.startsWith(`${folder}/`));
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash + 1);
}

/** Resolves `./x` and `../x` against a site folder; undefined when it climbs out of the site. */
function joinRelative(folder: string, relative: string): string | undefined {
  const parts = folder.split('/').filter((p) => p !== '');
  for (const part of relative.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

function decoded(path: string): string {
  if (!path.includes('%')) return path;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

const dotlessBySet = new WeakMap<ReadonlySet<string>, boolean>();

/**
 * Whether a file of `known` has no dot in its name. Most runs of a page are words of its prose; when
 * every file's name has a dot, runs without one are skipped. Asked once per set, not per page.
 */
function hasDotlessFile(known: ReadonlySet<string>): boolean {
  let dotless = dotlessBySet.get(known);
  if (dotless === undefined) {
    dotless = [...known].some((path) => !path.slice(path.lastIndexOf('/') + 1).includes('.'));
    dotlessBySet.set(known, dotless);
  }
  return dotless;
}

/**
 * The site files a text file mentions, among `known`. `from` is the mentioning file's
 * site-relative path; `base` the base path the site was built for ("/" or "/intranet/culture/").
 */
export function mentionedFiles(text: string, from: string, base: string, known: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const folder = folderOf(from);
  const dotless = hasDotlessFile(known);
  for (const [run] of text.matchAll(PATH_RUN)) {
    if (!dotless && !run.includes('.')) continue;
    const candidates: (string | undefined)[] = [];
    if (run.startsWith('./') || run.startsWith('../')) candidates.push(joinRelative(folder, run));
    else if (run.startsWith(base)) candidates.push(run.slice(base.length));
    else if (!run.startsWith('/')) candidates.push(run);
    for (const candidate of candidates) {
      if (candidate === undefined) continue;
      const path = decoded(candidate);
      if (known.has(path)) found.add(path);
    }
  }
  return [...found];
}

/**
 * Plans the precache of a built site. `files` lists every file of dist/ as site-relative paths
 * with forward slashes; `read` returns a text file's content.
 */
export function planPrecache(files: readonly string[], read: (path: string) => string, base: string): PrecachePlan {
  const root = base.endsWith('/') ? base : `${base}/`;
  const pages = files.filter(isPrecachedPage).sort();
  const assetCandidates = new Set(files.filter((f) => !f.endsWith('.html') && f !== WORKER_FILE && !isNetworkOnly(f)));
  const assets = new Set<string>();
  const queue = files.filter((f) => f.endsWith('.html') && !isNetworkOnly(f));
  const scanned = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift();
    if (file === undefined || scanned.has(file)) continue;
    scanned.add(file);
    if (!TEXT.test(file)) continue;
    for (const path of mentionedFiles(read(file), file, root, assetCandidates)) {
      if (assets.has(path)) continue;
      assets.add(path);
      queue.push(path);
    }
  }
  return { pages, assets: [...assets].sort() };
}

/** The address a stored file is asked for by: a page by its folder (`/assessment/`), any other file as it is. */
export function urlOf(path: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (path === 'index.html') return root;
  if (path.endsWith('/index.html')) return `${root}${path.slice(0, -'index.html'.length)}`;
  return `${root}${path}`;
}

/**
 * The first segment of every path of the site (`_astro`, `assessment`, `favicon.svg`, …): the
 * worker answers only for addresses under these, so a worker of a site at the root of a host
 * leaves the host's other applications alone.
 */
export function topLevelNames(files: readonly string[]): string[] {
  return [...new Set(files.map((f) => f.split('/')[0] ?? '').filter((n) => n !== ''))].sort();
}
