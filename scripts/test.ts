/**
 * `npm test`: the type check, then every Vitest project (unit, browser, deploy). The browser
 * projects build the site themselves, so the build's link and content checks run here too.
 * The last line is "N passed, N failed", which CI reads whatever runner printed before it.
 */
import { readFileSync, rmSync } from 'node:fs';
import { run } from './run.ts';

const REPORT = '.test-builds/vitest-report.json';

if (run('astro', ['check']) !== 0) {
  console.error('The type check failed; fix the errors above first.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

rmSync(REPORT, { force: true });
const code = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`, ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(REPORT, 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = report.numPassedTests;
  failed = report.numFailedTests;
} catch {
  failed = Math.max(1, failed);
}
if (code !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(code === 0 && failed === 0 && passed > 0 ? 0 : 1);
