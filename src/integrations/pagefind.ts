import type { AstroIntegrationLogger } from 'astro';
import { createIndex, close } from 'pagefind';

/**
 * Builds the Pagefind index inside `astro build`, so there is no second step to forget.
 * Only elements marked `data-pagefind-body` (a chapter's main text) are indexed.
 */
export async function indexForSearch(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  // The benchmark reads this line to tell the search index's share of the build.
  logger.info(`indexed ${added.page_count} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await close();
}
