import { keptText } from '../checks/site-text.ts';
import { runBuildChecks } from './build-checks.ts';
import { planSiteOffline } from '../offline/generate.ts';
import type { PrecachePlan } from '../offline/precache.ts';
import { buildOfflineWorker } from './offline.ts';
import { startSearchIndex } from './pagefind.ts';

/** Where Astro wrote the site and what the steps after it need to know. */
export interface BuiltSite {
  /** The output folder, absolute, without a trailing slash. */
  site: string;
  /** The base path, with its trailing slash ("/", "/intranet/culture/"). */
  base: string;
  /** The project folder, absolute. */
  root: string;
  /** Astro's folder for bundled assets ("_astro"). */
  assets: string;
  offline: boolean;
}

export interface BuildLogger {
  info(message: string): void;
}

/**
 * What follows Astro's pages: the link and instrument checks, the search index (written only for a
 * site that passed the checks), then the offline worker (which stores files of the finished site).
 * Pagefind indexes in its own process while this one checks the site and plans the offline worker.
 */
export async function finishSite(built: BuiltSite, logger: BuildLogger): Promise<void> {
  const { site, base, root, assets } = built;
  const search = await startSearchIndex(site);
  const read = keptText();
  let offline: PrecachePlan | undefined;
  try {
    runBuildChecks(site, base, root, logger, read);
    offline = built.offline ? planSiteOffline(site, base, read) : undefined;
  } catch (problem) {
    await search.abandon();
    throw problem;
  }
  await search.finish(logger);
  await buildOfflineWorker(site, base, assets, offline, logger);
}
