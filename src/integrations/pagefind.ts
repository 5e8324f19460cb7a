import type { BuildLogger } from './finish-site.ts';
import { createIndex, close } from 'pagefind';

export interface SearchIndexing {
  /** Waits for the index to be read and writes it to `pagefind/`. */
  finish(logger: BuildLogger): Promise<void>;
  /** Stops Pagefind without writing anything (the build failed meanwhile). */
  abandon(): Promise<void>;
}

/**
 * Builds the Pagefind index as part of the build (`npm run build` or `astro build`), so there is
 * no second step to forget. Only elements marked `data-pagefind-body` (a chapter's main text) are
 * indexed.
 *
 * Pagefind reads the site in a process of its own: once this returns, it is at work, and the
 * build's own checks can run meanwhile instead of waiting for it.
 */
export async function startSearchIndex(site: string): Promise<SearchIndexing> {
  const started = performance.now();
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const adding = index.addDirectory({ path: site });
  return {
    async finish(logger) {
      const waiting = performance.now();
      const added = await adding;
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
      if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
      const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
      // The benchmark reads this line to tell the search index's share of the build: the time the
      // build waited for it, after what ran alongside.
      logger.info(`indexed ${added.page_count} pages for search in ${seconds(started)} s, ${seconds(waiting)} s of it after the checks`);
      await close();
    },
    async abandon() {
      await adding.catch(() => undefined);
      await close();
    },
  };
}
