import type { AstroIntegration } from 'astro';
import type { SiteSettings } from '../settings/schema.ts';

/**
 * The readiness check and the team view are optional: their pages live in src/routes/ and are
 * added only when the settings switch them on, so a deployment without them ships none of their code.
 */
export function optionalSections(settings: SiteSettings): AstroIntegration {
  return {
    name: 'culture-first:sections',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (settings.sections.assessment) {
          for (const page of ['index', 'results', 'history', 'about', 'shared']) {
            injectRoute({
              pattern: page === 'index' ? '/assessment' : `/assessment/${page}`,
              entrypoint: new URL(`../routes/assessment/${page}.astro`, import.meta.url),
            });
          }
        }
        if (settings.sections.team) {
          injectRoute({ pattern: '/team', entrypoint: new URL('../routes/team/index.astro', import.meta.url) });
        }
      },
    },
  };
}
