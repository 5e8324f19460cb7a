import type { HookParameters } from 'astro';
import type { BuildLogger } from './finish-site.ts';
import { writeServiceWorker } from '../offline/generate.ts';
import type { PrecachePlan } from '../offline/precache.ts';
import type { SiteSettings } from '../settings/schema.ts';

type InjectRoute = HookParameters<'astro:config:setup'>['injectRoute'];

/** The offline fallback page exists only when offline use is on. */
export function injectOfflinePage(injectRoute: InjectRoute, settings: SiteSettings): void {
  if (settings.offline) injectRoute({ pattern: '/[...locale]/offline', entrypoint: new URL('../routes/offline.astro', import.meta.url) });
}

/**
 * Writes the offline worker once the site is complete, storing what `plan` lists. Without a plan
 * (`offline: false`) nothing is written, and every page carries the small script that removes a
 * worker installed before.
 */
export async function buildOfflineWorker(
  site: string,
  base: string,
  assetsFolder: string,
  plan: PrecachePlan | undefined,
  logger: BuildLogger,
): Promise<void> {
  if (!plan) {
    logger.info('offline use is off: no service worker written');
    return;
  }
  const build = await writeServiceWorker(site, base, assetsFolder, plan);
  logger.info(
    `offline worker ${build.worker}, version ${build.version}: ${build.files.length} files stored at install (${(build.totalBytes / 1000).toFixed(1)} kB)`,
  );
}
