import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Script } from 'node:vm';
import { transformWithOxc } from 'vite';
import { UPDATE_MESSAGE } from './update-message.ts';
import { WORKER_FILE } from './worker-file.ts';
import type { WorkerManifest } from './manifest.ts';
import { offlineCacheName, offlineCachePrefix } from './names.ts';
import { NETWORK_ONLY, OFFLINE_PAGE, languageOfflinePages, planPrecache, topLevelNames, urlOf, type PrecachePlan } from './precache.ts';
import { buildVersion } from './version.ts';

export interface OfflineBuild {
  version: string;
  /** Where the worker was written, relative to the site. */
  worker: string;
  /** Every stored file with its address and size in bytes. */
  files: { path: string; url: string; bytes: number }[];
  totalBytes: number;
}

/** Every file of a built site, as site-relative paths with forward slashes. */
export function listSite(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

let compiled: Promise<string> | undefined;

/** The worker's code as a plain script (types removed), compiled once per process. */
export function workerCode(): Promise<string> {
  compiled ??= (async () => {
    const file = new URL('./worker.ts', import.meta.url);
    const { code } = await transformWithOxc(readFileSync(file, 'utf8'), 'worker.ts', { lang: 'ts', target: 'es2022', sourcemap: false });
    // Type-only imports leave an empty `export {}` behind; a worker script has no exports.
    const script = code.replace(/^export \{\};?\s*$/m, '');
    if (/^\s*(?:import|export)\b/m.test(script)) throw new Error('src/offline/worker.ts must not import or export anything at run time.');
    return script;
  })();
  return compiled;
}

/**
 * What the offline worker of a built site stores up front, read from the site's files. Pagefind's
 * folder is never stored, so the plan may be made while the search index is still being written.
 */
export function planSiteOffline(dir: string, base: string, read: (file: string) => string = (file) => readFileSync(file, 'utf8')): PrecachePlan {
  const root = base.endsWith('/') ? base : `${base}/`;
  rmSync(join(dir, WORKER_FILE), { force: true });
  const listing = listSite(dir);
  if (!listing.includes(OFFLINE_PAGE)) throw new Error(`${OFFLINE_PAGE} is missing from ${dir}; the offline worker needs its fallback page.`);
  return planPrecache(listing, (path) => read(join(dir, path)), root);
}

/**
 * Writes the offline worker into a built site: works out what to store from the site's own
 * files (or `plan`, made earlier by `planSiteOffline`), names the caches after a hash of their
 * content, and writes `service-worker.js` at the root. Run after everything else has written to the
 * site (the search index included).
 */
export async function writeServiceWorker(
  dir: string,
  base: string,
  assetsFolder = '_astro',
  plan: PrecachePlan = planSiteOffline(dir, base),
): Promise<OfflineBuild> {
  const root = base.endsWith('/') ? base : `${base}/`;
  const listing = listSite(dir);
  const files = [...plan.pages, ...plan.assets].map((path) => {
    const content = readFileSync(join(dir, path));
    return { path, url: urlOf(path, root), content, bytes: content.length };
  });
  const code = await workerCode();
  const version = buildVersion(code, files);
  const manifest: WorkerManifest & { updateMessage: string; immutable: string } = {
    version,
    base: root,
    precache: offlineCacheName(root, 'precache', version),
    runtime: offlineCacheName(root, 'runtime', version),
    prefix: offlineCachePrefix(root),
    urls: files.map((f) => f.url),
    offlinePage: urlOf(OFFLINE_PAGE, root),
    languageOfflinePages: Object.fromEntries(Object.entries(languageOfflinePages(listing)).map(([lang, page]) => [lang, urlOf(page, root)])),
    topLevel: topLevelNames(listing),
    networkOnly: [...NETWORK_ONLY],
    updateMessage: UPDATE_MESSAGE,
    immutable: assetsFolder,
  };
  const source = [
    `// Culture First offline worker, version ${version}. Written by the build (src/offline/generate.ts); do not edit.`,
    `const MANIFEST = ${JSON.stringify(manifest, null, 2)};`,
    code,
  ].join('\n');
  // A syntax error here would only show in the browser, as offline use that never starts.
  new Script(source, { filename: WORKER_FILE });
  writeFileSync(join(dir, WORKER_FILE), source);
  const stored = files.map(({ path, url, bytes }) => ({ path, url, bytes }));
  return { version, worker: WORKER_FILE, files: stored, totalBytes: stored.reduce((n, f) => n + f.bytes, 0) };
}
