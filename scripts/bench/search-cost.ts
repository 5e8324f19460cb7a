/**
 * Search cost of a built site: Pagefind's index size on disk, and the bytes a browser transfers
 * for a typical one-word search (import pagefind.js, search, load the first five results' data),
 * measured in Chromium against the site served on 127.0.0.1.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, QUIET_FLAGS } from './browser.ts';
import { serveStatic } from '../static-server.ts';

export interface SearchCost {
  /** Everything Pagefind wrote: index, fragments, metadata, WebAssembly, scripts, UI bundles. */
  pagefindBytes: number;
  /** The data files only (index chunks, fragments, metadata and filters). */
  indexDataBytes: number;
  /** Set when measured in a browser. */
  query?: {
    term: string;
    results: number;
    requests: number;
    /** Response bodies as transferred (gzip where the server compresses), headers excluded. */
    bytes: number;
    byKind: Record<string, number>;
  };
}

function folderBytes(dir: string, keep: (name: string) => boolean = () => true): number {
  let sum = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sum += folderBytes(path, keep);
    else if (keep(entry.name)) sum += statSync(path).size;
  }
  return sum;
}

export function indexSize(site: string): Pick<SearchCost, 'pagefindBytes' | 'indexDataBytes'> {
  const dir = join(site, 'pagefind');
  return {
    pagefindBytes: folderBytes(dir),
    indexDataBytes: folderBytes(dir, (name) => /\.pf_(index|fragment|meta|filter)$/.test(name)),
  };
}

function kindOf(address: string): string {
  const url = address.replace(/[?#].*$/, '');
  if (/\.pf_fragment$/.test(url)) return 'fragments';
  if (/\.pf_index$/.test(url)) return 'index';
  if (/\.pf_meta$|pagefind-entry\.json$/.test(url)) return 'meta';
  if (/\.pagefind$/.test(url)) return 'wasm';
  if (/\.js$/.test(url)) return 'js';
  return 'other';
}

/** Measures the index on disk and, in Chromium, one search for `term` from the site's home page. */
export async function searchCost(site: string, term = 'learning'): Promise<SearchCost> {
  const server = await serveStatic(site, '/', { gzip: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: QUIET_FLAGS });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
    const transfers: { url: string; bytes: number }[] = [];
    // Context-level, so requests made by Pagefind's web worker are counted too. Our server always
    // sends Content-Length, and it is the encoded (gzipped) length: the bytes on the wire.
    context.on('response', (response) => {
      transfers.push({ url: response.url(), bytes: Number(response.headers()['content-length'] ?? 0) });
    });
    const results = await page.evaluate(async (word) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const found = await pagefind.search(word);
      await Promise.all(found.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
      return found.results.length as number;
    }, term);
    await page.waitForLoadState('networkidle');
    const done = transfers;
    const byKind: Record<string, number> = {};
    for (const t of done) byKind[kindOf(t.url)] = (byKind[kindOf(t.url)] ?? 0) + t.bytes;
    return {
      ...indexSize(site),
      query: { term, results, requests: done.length, bytes: done.reduce((s, t) => s + t.bytes, 0), byKind },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
