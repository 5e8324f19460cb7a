import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../settings/schema.ts';
import { contentSecurityPolicy } from './csp.ts';
import { FINISH_LATER } from './finish-later.ts';
import { finishSite, type BuiltSite } from './finish-site.ts';
import { injectOfflinePage } from './offline.ts';
import { injectOptionalSections } from './sections.ts';
import { settingsModule } from './settings-module.ts';

/**
 * Everything Culture First adds to Astro, in one place and in order: the settings as a module,
 * the page policy (CSP), the optional app pages, and after the build the site's finishing steps
 * (checks, search index, offline worker; see finish-site.ts), in this process or, for
 * `npm run build`, in the next one.
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
        const built: BuiltSite = { site: fileURLToPath(dir).replace(/\/$/, ''), base, root, assets, offline: settings.offline };
        const later = process.env[FINISH_LATER];
        if (later) {
          writeFileSync(later, JSON.stringify(built));
          logger.info('pages written; the checks, the search index and the offline worker follow in a fresh process');
          return;
        }
        await finishSite(built, logger);
      },
    },
  };
}
