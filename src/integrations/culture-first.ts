import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../settings/schema.ts';
import { runBuildChecks } from './build-checks.ts';
import { contentSecurityPolicy } from './csp.ts';
import { buildOfflineWorker, injectOfflinePage } from './offline.ts';
import { indexForSearch } from './pagefind.ts';
import { injectOptionalSections } from './sections.ts';
import { settingsModule } from './settings-module.ts';

/**
 * Everything Culture First adds to Astro, in one place and in order: the settings as a module,
 * the page policy (CSP), the optional app pages, and after the build the link and instrument
 * checks, then the search index (only of a site that passed the checks), then the offline worker
 * (which stores files of the finished site).
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
        runBuildChecks(site, base, root, logger);
        await indexForSearch(site, logger);
        await buildOfflineWorker(site, base, assets, settings, logger);
      },
    },
  };
}
