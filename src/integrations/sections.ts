import type { HookParameters } from 'astro';
import type { SiteSettings } from '../settings/schema.ts';
import { DATA_FOLDER } from '../routing/url.ts';

type InjectRoute = HookParameters<'astro:config:setup'>['injectRoute'];

/**
 * The readiness check and the team view are optional: their pages live in src/routes/ and are
 * added only when the settings switch them on, so a deployment without them ships none of their code.
 * Each exists in every language of the site (`locale` is empty for the default one).
 */
export function injectOptionalSections(injectRoute: InjectRoute, settings: SiteSettings): void {
  if (settings.sections.assessment) {
    for (const page of ['index', 'results', 'history', 'about', 'shared']) {
      injectRoute({
        pattern: page === 'index' ? '/[...locale]/assessment' : `/[...locale]/assessment/${page}`,
        entrypoint: new URL(`../routes/assessment/${page}.astro`, import.meta.url),
      });
    }
  }
  if (settings.sections.team) {
    injectRoute({ pattern: '/[...locale]/team', entrypoint: new URL('../routes/team/index.astro', import.meta.url) });
  }
  if (settings.sections.assessment || settings.sections.team) {
    // The JSON files the app pages fetch (content-data/data-files.ts), next to the bundled scripts.
    // The extension is part of the pattern, so that `astro dev` serves them without a trailing slash.
    injectRoute({ pattern: `/${DATA_FOLDER}/[name].json`, entrypoint: new URL('../routes/data-file.ts', import.meta.url) });
  }
}
