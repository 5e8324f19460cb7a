/**
 * The offline worker. The build (src/offline/generate.ts) turns this file into plain JavaScript
 * and writes it to the root of the site, after `const MANIFEST = {…}` with what it found in dist/.
 * It must stay one self-contained script: type imports only, nothing imported at run time.
 *
 * - Install: stores the pages of the check and the team view, the home and offline pages, and
 *   every file pages load (MANIFEST.urls). Chapters opened under the previous version are fetched
 *   again for the new one. A new version then waits: it takes over only when the reader clicks
 *   Reload in the announcement (or every tab of the site has closed), so no page ever changes
 *   under someone's hands.
 * - Activate: removes this deployment's caches of other versions, and takes control of open pages.
 * - Pages: network first, so an intranet update shows at once; each page opened is kept (chapters
 *   a reader opened stay readable); without network, the kept copy, else the offline page; when
 *   the server answers with an error of its own (5xx, as a proxy does for a server that is down),
 *   the kept copy if there is one.
 * - Files under the build's asset folder (`_astro/`, content-hashed, never change): from the cache,
 *   else from the network and kept. Other files: network first, then the cache.
 * - Only GET requests for addresses of this site (same origin, under the base path, in one of the
 *   site's top-level folders or files) are answered; everything else, the search index included,
 *   goes to the network as if there were no worker. The worker asks the network only for this
 *   site's own addresses, never follows a redirect for its own downloads, and keeps only
 *   successful same-origin responses.
 */
import type { WorkerManifest } from './manifest.ts';

declare const MANIFEST: WorkerManifest & {
  /** The message a page posts to let a waiting version take over. */
  readonly updateMessage: string;
  /** The build's folder of content-hashed files ("_astro"). */
  readonly immutable: string;
};

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}
interface WorkerScope {
  readonly location: { readonly origin: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const ORIGIN = worker.location.origin;

function keepable(response: Response): boolean {
  return response.status === 200 && response.type === 'basic';
}

/** The worker's own download of one of the site's addresses: fresh from the server, no redirect followed. */
function download(url: string): Promise<Response> {
  return fetch(new Request(url, { cache: 'no-cache', redirect: 'manual', credentials: 'same-origin' }));
}

async function storeAtInstall(): Promise<void> {
  const cache = await caches.open(MANIFEST.precache);
  await Promise.all(
    MANIFEST.urls.map(async (url) => {
      // An install tried again keeps what it already has: the version names the content.
      if (await cache.match(url)) return;
      const response = await download(url);
      if (!keepable(response)) throw new Error(`${url} answered ${response.status}; offline use waits for the next visit.`);
      await cache.put(url, response);
    }),
  );
}

/** Pages a reader opened under an earlier version, fetched again for this one; a page that fails is left out. */
async function carryOverOpenedPages(): Promise<void> {
  const runtime = await caches.open(MANIFEST.runtime);
  const stored = new Set(MANIFEST.urls.map((u) => new URL(u, ORIGIN).href));
  for (const name of await caches.keys()) {
    if (!name.startsWith(`${MANIFEST.prefix}runtime:`) || name === MANIFEST.runtime) continue;
    const old = await caches.open(name);
    const pages: string[] = [];
    for (const request of await old.keys()) {
      const response = await old.match(request);
      if (response?.headers.get('content-type')?.includes('text/html') && !stored.has(request.url)) pages.push(request.url);
    }
    await Promise.allSettled(
      pages.map(async (url) => {
        const response = await download(url);
        if (keepable(response)) await runtime.put(url, response);
      }),
    );
  }
}

worker.addEventListener('install', (event) => {
  event.waitUntil(storeAtInstall().then(carryOverOpenedPages));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter(
        (name) => name.startsWith(MANIFEST.prefix) && name !== MANIFEST.precache && name !== MANIFEST.runtime,
      );
      await Promise.all(old.map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener('message', (event) => {
  if (event.data === MANIFEST.updateMessage) event.waitUntil(worker.skipWaiting());
});

function ownedBySite(pathname: string): boolean {
  if (!pathname.startsWith(MANIFEST.base)) return false;
  const rest = pathname.slice(MANIFEST.base.length);
  if (rest === '') return true;
  let first = rest.split('/')[0] ?? '';
  try {
    first = decodeURIComponent(first);
  } catch {
    return false;
  }
  return MANIFEST.topLevel.includes(first) && !MANIFEST.networkOnly.includes(first);
}

/** Looks in this version's caches only, without creating them (caches.open would). */
async function fromCache(key: string | Request, options: CacheQueryOptions = {}): Promise<Response | undefined> {
  for (const cacheName of [MANIFEST.runtime, MANIFEST.precache]) {
    const hit = await caches.match(key, { ...options, cacheName });
    if (hit) return hit;
  }
  return undefined;
}

function keep(event: FetchEvent, key: string | Request, response: Response): void {
  if (!keepable(response)) return;
  const copy = response.clone();
  event.waitUntil(
    (async () => {
      // Without its stored files this version is over (offline use was switched off and a page
      // removed the caches): keep nothing more.
      if (!(await caches.has(MANIFEST.precache))) return;
      await (await caches.open(MANIFEST.runtime)).put(key, copy);
    })(),
  );
}

/** The offline page in the language of the address asked for (its folder after the base path). */
function offlinePageFor(url: URL): string {
  const folder = url.pathname.slice(MANIFEST.base.length).split('/')[0] ?? '';
  return MANIFEST.languageOfflinePages[folder] ?? MANIFEST.offlinePage;
}

async function page(event: FetchEvent, url: URL): Promise<Response> {
  // One copy per page whatever its query (results/?id=…): pages read their query in the browser.
  const key = `${url.origin}${url.pathname}`;
  let response: Response;
  try {
    response = await fetch(event.request);
  } catch {
    return (
      (await fromCache(key, { ignoreSearch: true })) ??
      (await fromCache(new URL(offlinePageFor(url), ORIGIN).href)) ??
      Response.error()
    );
  }
  // A proxy in front of a server that is down answers 502, 503 or 504: the kept copy is better.
  if (response.status >= 500) return (await fromCache(key, { ignoreSearch: true })) ?? response;
  keep(event, key, response);
  return response;
}

async function file(event: FetchEvent, url: URL): Promise<Response> {
  const request = event.request;
  const hashed = url.pathname.startsWith(`${MANIFEST.base}${MANIFEST.immutable}/`);
  if (hashed) {
    const hit = await fromCache(request);
    if (hit) return hit;
  }
  try {
    const response = await fetch(request);
    keep(event, request, response);
    return response;
  } catch (error) {
    const hit = hashed ? undefined : await fromCache(request);
    if (hit) return hit;
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  if (request.cache === 'only-if-cached' && request.mode !== 'same-origin') return;
  const url = new URL(request.url);
  if (url.origin !== ORIGIN || !ownedBySite(url.pathname)) return;
  event.respondWith(request.mode === 'navigate' ? page(event, url) : file(event, url));
});
