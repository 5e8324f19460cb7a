import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../settings/schema.ts';
import { runBuildChecks } from './build-checks.ts';
import { contentSecurityPolicy } from './csp.ts';
import { buildOfflineWorker, injectOfflinePage, planOfflineWorker } from './offline.ts';
import { startSearchIndex } from './pagefind.ts';
import { injectOptionalSections } from './sections.ts';
import { settingsModule } from './settings-module.ts';

/**
 * Everything Culture First adds to Astro, in one place and in order: the settings as a module,
 * the page policy (CSP), the optional app pages, and after the build the link and instrument
 * checks, the search index (written only for a site that passed the checks), then the offline
 * worker (which stores files of the finished site).
 */
export function cultureFirst(settings: SiteSettings): AstroIntegration {
  let base = '/';
  let root = '.';
  let assets = '_astro';
  return {
    name: 'culture-first',
    hooks: {
      'astro:config:setup': ({ injectRoute, updateConfig }) => {
        updateConfig({ vite: { plugins: [settingsModule(settings)] }, security: { csp: contentSecurityPolicy(settings) } });
        injectOptionalSections(injectRoute, settings);
        injectOfflinePage(injectRoute, settings);
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        // Pagefind indexes in its own process while this one checks the site and plans the offline
        // worker; a site that fails its checks gets no index.
        const search = await startSearchIndex(site);
        let offline;
        try {
          runBuildChecks(site, base, root, logger);
          offline = planOfflineWorker(site, base, settings);
        } catch (problem) {
          await search.abandon();
          throw problem;
        }
        await search.finish(logger);
        await buildOfflineWorker(site, base, assets, offline, logger);
      },
    },
  };
}
