/**
 * `npm run build`: `astro build` writes the pages, then a fresh process checks the site, indexes it
 * for search and writes the offline worker (src/integrations/finish-site.ts).
 *
 * `astro build` on its own does all of it in one process, but by the time the pages exist that
 * process holds several gigabytes for a large playbook, and Pagefind's indexer (a second process)
 * would add its own on top. Finishing after Astro has exited keeps the build's peak memory to the
 * larger of the two. Arguments are passed on to `astro build`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FINISH_LATER } from '../src/integrations/finish-later.ts';
import type { BuiltSite } from '../src/integrations/finish-site.ts';
import { run } from './run.ts';

const handoff = mkdtempSync(join(tmpdir(), 'culture-first-build-'));
const file = join(handoff, 'built.json');
const time = () => new Date().toTimeString().slice(0, 8);
let code = run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], { [FINISH_LATER]: file });
if (code === 0) {
  try {
    const built = JSON.parse(readFileSync(file, 'utf8')) as BuiltSite;
    // Loaded only now, so this process stays small while Astro builds.
    const { finishSite } = await import('../src/integrations/finish-site.ts');
    await finishSite(built, { info: (message) => console.log(`${time()} [culture-first] ${message}`) });
    console.log(`${time()} [culture-first] ${built.site} is complete.`);
  } catch (problem) {
    console.error(problem instanceof Error ? `${problem.name}: ${problem.message}` : String(problem));
    code = 1;
  }
}
rmSync(handoff, { recursive: true, force: true });
process.exitCode = code;
