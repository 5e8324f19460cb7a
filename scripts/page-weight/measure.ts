import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SiteFiles, staticImports, walkImports } from './import-graph.ts';
import { LOADS_WITH_PAGE, pageResources } from './page-resources.ts';
import { PAGE_TYPES, type PageType, type PageTypeId } from './page-types.ts';
import { add, weigh, type Weight } from './weight.ts';

/** One file (or inline block) counted for a page. */
export interface FileWeight {
  path: string;
  kind: 'html' | 'css' | 'js' | 'data' | 'offline' | 'search-index';
  weight: Weight;
}

/** What opening search adds to a page: the search code and Pagefind's runtime and first index data. */
export interface SearchCost {
  /** The dynamically imported search chunk(s), their static imports, `pagefind.js` and its worker. */
  js: Weight;
  /** Pagefind's entry file, WebAssembly, metadata and one index chunk (the largest, as an upper bound). */
  index: Weight;
  total: Weight;
  files: FileWeight[];
}

export interface PageWeight {
  type: PageTypeId;
  label: string;
  file: string;
  html: Weight;
  /** Stylesheets plus inline `<style>` blocks. */
  css: Weight;
  /**
   * External scripts, their static import graphs, islands that hydrate on load, and inline scripts,
   * except the offline registration, which has its own figure and budget (`offline`).
   */
  js: Weight;
  /** JSON the page preloads for its scripts to fetch (`<link rel="preload" as="fetch">`): the instrument. */
  data: Weight;
  /**
   * The offline worker's registration (the scripts that use `navigator.serviceWorker`), the code it
   * imports when a newer version is to be announced, and the announcement's markup; zero when
   * offline use is off.
   */
  offline: Weight;
  /** Modules of `client:visible` (and `client:media`) islands not already loaded with the page. */
  jsWhenVisible: Weight;
  /** Undefined when nothing on the page can open search. */
  search: SearchCost | undefined;
  /** Every file counted before any interaction, for reading the figures. */
  files: FileWeight[];
  /** Imports that could not be resolved to a file of the site; a non-empty list means the figures are low. */
  unresolved: string[];
}

export interface SiteWeight {
  dir: string;
  base: string;
  pages: PageWeight[];
  skipped: { type: PageTypeId; file: string; reason: string }[];
}

export interface MeasureOptions {
  /** The base path the site was built for (`BASE_PATH`); `/` by default. */
  base?: string;
  pageTypes?: readonly PageType[];
}

/**
 * Measures what each page type of a built site loads before any interaction, and what opening
 * search adds. Page types whose file is missing are listed in `skipped`, not guessed.
 */
export function measureSite(dir: string, options: MeasureOptions = {}): SiteWeight {
  const files = new SiteFiles(dir, options.base ?? '/');
  const site: SiteWeight = { dir, base: files.base, pages: [], skipped: [] };
  for (const type of options.pageTypes ?? PAGE_TYPES) {
    if (!existsSync(join(dir, type.file))) {
      site.skipped.push({ type: type.id, file: type.file, reason: 'not built yet' });
      continue;
    }
    site.pages.push(measurePage(files, type));
  }
  return site;
}

/** Measures one page of a site. */
export function measurePage(files: SiteFiles, type: PageType): PageWeight {
  const html = files.read(type.file);
  const resources = pageResources(html);
  const counted: FileWeight[] = [{ path: type.file, kind: 'html', weight: weigh(files.bytes(type.file)) }];
  const unresolved: string[] = [];
  const resolveAll = (urls: string[]) =>
    urls.flatMap((url) => {
      const path = files.resolve(url, type.file);
      if (path === undefined) unresolved.push(`${type.file} → ${url}`);
      return path === undefined ? [] : [path];
    });

  for (const path of unique(resolveAll(resources.stylesheets))) counted.push({ path, kind: 'css', weight: weigh(files.bytes(path)) });
  for (const path of unique(resolveAll(resources.fetchPreloads))) counted.push({ path, kind: 'data', weight: weigh(files.bytes(path)) });
  resources.inlineStyles.forEach((css, i) => counted.push({ path: `${type.file} <style> #${i + 1}`, kind: 'css', weight: weigh(css) }));

  // Inline module scripts import like any module; their imports resolve against the page.
  const inlineImports = resources.inlineScripts
    .filter((s) => s.module)
    .flatMap((s) => resolveAll(staticImports(s.source)));
  const onLoadIslands = resources.islands.filter((i) => LOADS_WITH_PAGE.has(i.client));
  const laterIslands = resources.islands.filter((i) => !LOADS_WITH_PAGE.has(i.client));
  const islandUrls = (islands: typeof resources.islands) => islands.flatMap((i) => [i.componentUrl, i.rendererUrl].filter((u) => u !== ''));

  const entries = unique([...resolveAll(resources.moduleScripts), ...inlineImports, ...resolveAll(islandUrls(onLoadIslands))]);
  const loaded = walkImports(files, entries);
  unresolved.push(...loaded.unresolved);
  const classic = unique(resolveAll(resources.classicScripts));
  const offlineEntries = new Set(entries.filter((path) => isOfflineRegistration(files.read(path))));
  for (const path of [...classic, ...loaded.modules]) {
    counted.push({ path, kind: offlineEntries.has(path) ? 'offline' : 'js', weight: weigh(files.bytes(path)) });
  }
  resources.inlineScripts.forEach((s, i) =>
    counted.push({ path: `${type.file} <script> #${i + 1}`, kind: isOfflineRegistration(s.source) ? 'offline' : 'js', weight: weigh(s.source) }),
  );
  // What the registration loads only when it has a newer version to announce counts toward its budget too.
  const offlineLater = walkImports(files, walkImports(files, [...offlineEntries]).dynamic);
  for (const path of offlineLater.modules) counted.push({ path: `${path} (when a newer version is announced)`, kind: 'offline', weight: weigh(files.bytes(path)) });
  const notice = /<div[^>]*\bdata-update-notice\b[^>]*>[\s\S]*?<\/template>\s*<\/div>/.exec(html)?.[0];
  if (notice !== undefined) counted.push({ path: `${type.file} update notice`, kind: 'offline', weight: weigh(notice) });

  const loadedSet = new Set([...classic, ...loaded.modules]);
  const visible = walkImports(files, unique(resolveAll(islandUrls(laterIslands))), loadedSet);
  unresolved.push(...visible.unresolved);

  const sum = (kind: FileWeight['kind']) => add(...counted.filter((f) => f.kind === kind).map((f) => f.weight));
  return {
    type: type.id,
    label: type.label,
    file: type.file,
    html: sum('html'),
    css: sum('css'),
    js: sum('js'),
    data: sum('data'),
    offline: sum('offline'),
    jsWhenVisible: add(...visible.modules.map((p) => weigh(files.bytes(p)))),
    search: searchCost(files, loaded.dynamic, loadedSet),
    files: counted,
    unresolved: unique(unresolved),
  };
}

/** The offline worker's registration: the one kind of page script that talks to `navigator.serviceWorker`. */
function isOfflineRegistration(source: string): boolean {
  return source.includes('navigator.serviceWorker');
}

const PAGEFIND = 'pagefind/pagefind.js';

/**
 * Follows the page's dynamic imports to the one that reaches Pagefind, and adds the files
 * Pagefind fetches when it starts and runs a first query.
 */
function searchCost(files: SiteFiles, dynamicRoots: string[], loaded: ReadonlySet<string>): SearchCost | undefined {
  for (const root of dynamicRoots) {
    const reached = new Set<string>(loaded);
    let frontier = [root];
    const modules: string[] = [];
    while (frontier.length > 0) {
      const graph = walkImports(files, frontier, reached);
      for (const m of graph.modules) {
        reached.add(m);
        modules.push(m);
      }
      frontier = graph.dynamic.filter((d) => !reached.has(d));
    }
    if (!modules.includes(PAGEFIND)) continue;
    const js: FileWeight[] = modules.map((path) => ({ path, kind: 'js', weight: weigh(files.bytes(path)) }));
    const worker = 'pagefind/pagefind-worker.js';
    if (existsSync(join(files.dir, worker))) js.push({ path: worker, kind: 'js', weight: weigh(files.bytes(worker)) });
    const index = pagefindStartFiles(files);
    const all = [...js, ...index];
    return {
      js: add(...js.map((f) => f.weight)),
      index: add(...index.map((f) => f.weight)),
      total: add(...all.map((f) => f.weight)),
      files: all,
    };
  }
  return undefined;
}

/**
 * Pagefind's data files are gzip-compressed on disk and served as they are, so their transfer
 * size is their file size and their raw size is what they unpack to.
 */
function pagefindStartFiles(files: SiteFiles): FileWeight[] {
  const dir = join(files.dir, 'pagefind');
  const result: FileWeight[] = [];
  const entryPath = 'pagefind/pagefind-entry.json';
  if (!existsSync(join(files.dir, entryPath))) return result;
  result.push({ path: entryPath, kind: 'search-index', weight: weigh(files.bytes(entryPath)) });
  const entry = JSON.parse(files.read(entryPath)) as { languages?: Record<string, { hash: string; wasm?: string }> };
  const language = Object.values(entry.languages ?? {})[0];
  if (!language) return result;
  const packed = (path: string): FileWeight => {
    const bytes = files.bytes(path);
    const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    return { path, kind: 'search-index', weight: { raw: isGzip ? gunzipSync(bytes).length : bytes.length, gzip: isGzip ? bytes.length : weigh(bytes).gzip } };
  };
  for (const path of [`pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`, `pagefind/pagefind.${language.hash}.pf_meta`]) {
    if (existsSync(join(files.dir, path))) result.push(packed(path));
  }
  const prefix = `${language.hash.split('_')[0]}_`;
  const chunks = existsSync(join(dir, 'index'))
    ? readdirSync(join(dir, 'index')).filter((f) => f.startsWith(prefix) && f.endsWith('.pf_index'))
    : [];
  const largest = chunks
    .map((f) => ({ f, size: statSync(join(dir, 'index', f)).size }))
    .sort((a, b) => b.size - a.size || a.f.localeCompare(b.f))[0];
  if (largest) result.push(packed(`pagefind/index/${largest.f}`));
  return result;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
