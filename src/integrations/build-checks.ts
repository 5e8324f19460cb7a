import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chapterSource, checkLinks, formatLinkProblems } from '../checks/links.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/**
 * Checks the built site before it is indexed: every internal link, asset and anchor must resolve
 * under the base path. Problems are listed as `file:line: message` and fail the build.
 */
export function buildChecks(): AstroIntegration {
  let base = '/';
  return {
    name: 'culture-first:build-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        const problems = checkLinks(dist, base, chapterSource(dist));
        if (problems.length > 0) {
          const report = formatLinkProblems(problems);
          throw new ContentCheckError(`${report.split('\n').length} broken link(s) in the built site:\n${report}`);
        }
        logger.info('every internal link and anchor resolves');
      },
    },
  };
}
