import type { BuildLogger } from './finish-site.ts';
import { checkInstrument } from '../checks/instrument.ts';
import { chapterSource, checkLinks, formatLinkProblems, pageIds } from '../checks/links.ts';
import { readText, type ReadText } from '../checks/site-text.ts';

export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/**
 * Checks the built site before it is indexed: every internal link, asset and anchor must resolve
 * under the base path, and the instrument's links must land on real chapters and plays.
 * Problems are listed as `file:line: message` and fail the build.
 */
export function runBuildChecks(dist: string, base: string, root: string, logger: BuildLogger, read: ReadText = readText): void {
  const started = performance.now();
  const ids = pageIds(dist, read);
  const problems = checkLinks(dist, base, chapterSource(dist), read, ids);
  if (problems.length > 0) {
    const report = formatLinkProblems(problems);
    throw new ContentCheckError(`${report.split('\n').length} broken link(s) in the built site:\n${report}`);
  }
  logger.info('every internal link and anchor resolves');
  const instrumentProblems = checkInstrument(dist, root, ids);
  if (instrumentProblems.length > 0) {
    throw new ContentCheckError(`The readiness instrument has problems:\n${instrumentProblems.join('\n')}`);
  }
  logger.info('the readiness instrument is consistent with the playbook');
  // The benchmark reads this line to tell the checks' share of the build.
  logger.info(`checked links and the instrument in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
