/**
 * Prints how long the built team page takes to load 1,000 exported result files: from the file
 * input's change event to the status line saying they are loaded with the box plot drawn. The
 * shipped page carries no timing code: the bench watches it from outside, with a listener and a
 * MutationObserver it adds itself. Figures only; nothing is asserted (issue 6 aims for under one
 * second on this machine).
 *
 * Run: npx node scripts/bench-team-view.ts [--files 1000] [--runs 5] [--screenshot out.png]
 * It serves .test-builds/root when present, otherwise builds into .bench/team-site first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { exportResultsJson, scoredResult, type AnswerValue, type CompletedResult } from '../src/domain/index.ts';
import { siteInstrument } from './bench/instrument.ts';
import { random as seededRandom } from './bench/text.ts';
import { serveStatic } from './static-server.ts';
import { CHROMIUM, QUIET_FLAGS } from './bench/browser.ts';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    screenshot: { type: 'string' },
    site: { type: 'string' },
  },
});
const FILES = Number(values.files);
const RUNS = Number(values.runs);

const instrument = siteInstrument();

// Seeded, so every run loads the same answers.
const random = seededRandom(6);

function person(index: number): CompletedResult {
  const answers: Record<string, AnswerValue> = {};
  for (const item of instrument.items) {
    const r = random();
    if (r < 0.04) continue;
    answers[item.id] = r < 0.08 ? 'dont-know' : 1 + Math.floor(random() * 5);
  }
  const completedAt = new Date(Date.UTC(2026, 0, 1) + index * 60_000).toISOString();
  return scoredResult(instrument, answers, completedAt);
}

const files = Array.from({ length: FILES }, (_, i) => ({
  name: `result-${String(i + 1).padStart(4, '0')}.json`,
  mimeType: 'application/json',
  buffer: Buffer.from(exportResultsJson(instrument, [person(i)], '2026-11-28T12:00:00.000Z')),
}));
const totalBytes = files.reduce((sum, f) => sum + f.buffer.length, 0);

function siteDir(): string {
  if (values.site) return values.site;
  if (existsSync('.test-builds/root/team/index.html')) return '.test-builds/root';
  const out = '.bench/team-site';
  if (!existsSync(`${out}/team/index.html`)) {
    console.log(`Building the site into ${out} …`);
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, OUT_DIR: out, BASE_PATH: '/' },
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`The site did not build:\n${run.stdout}\n${run.stderr}`);
  }
  return out;
}

const dir = siteDir();
const { server, origin } = await serveStatic(dir, '/');
const browser = await chromium.launch({ executablePath: CHROMIUM, args: QUIET_FLAGS });
const timings: number[] = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${origin}/team/`);
    await page.locator('#team-a-files').waitFor({ state: 'attached' });
    await page.evaluate((expected) => {
      const w = window as unknown as { benchReceived?: number; benchDrawn?: number };
      document.querySelector('#team-a-files')?.addEventListener('change', () => (w.benchReceived = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const status = document.querySelector('.team-status')?.textContent ?? '';
        if (document.querySelector('.box-plot') && status.includes(expected)) {
          w.benchDrawn = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }, `${FILES.toLocaleString('en')} results loaded`);
    await page.setInputFiles('#team-a-files', files);
    await page.waitForFunction(() => (window as unknown as { benchDrawn?: number }).benchDrawn !== undefined, undefined, { timeout: 60_000 });
    const drawn = await page.locator('.box-plot').count();
    const status = await page.locator('.team-status').textContent();
    if (drawn !== 1) throw new Error(`the box plot was not drawn (status: ${status})`);
    const ms = await page.evaluate(() => {
      const w = window as unknown as { benchReceived?: number; benchDrawn?: number };
      return (w.benchDrawn ?? Number.NaN) - (w.benchReceived ?? Number.NaN);
    });
    timings.push(ms);
    console.log(`run ${run + 1}: ${ms.toFixed(0)} ms  (${status?.trim()})`);
  }
  if (values.screenshot) await page.screenshot({ path: values.screenshot, fullPage: true });
  if (errors.length > 0) console.log(`console errors: ${errors.join(' | ')}`);
} finally {
  await browser.close();
  server.close();
}

const sorted = [...timings].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
console.log(
  `\nTeam view, ${FILES.toLocaleString('en')} files (${(totalBytes / 1_048_576).toFixed(1)} MB) from ${dir}: ` +
    `input event to chart drawn, median ${median.toFixed(0)} ms, best ${sorted[0]?.toFixed(0)} ms, worst ${sorted.at(-1)?.toFixed(0)} ms over ${timings.length} runs.`,
);
