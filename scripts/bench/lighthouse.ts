/**
 * Lighthouse 12.2.3 scores for pages of the built site, served on 127.0.0.1, in Debian's Chromium.
 * Lighthouse 12 exposes `lighthouse(url, flags, config)` as its default export and the desktop
 * preset as `desktopConfig`; with no config it runs the default mobile preset (simulated slow 4G
 * and a mid-range phone CPU). One Chromium serves every run; each run opens a fresh tab.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, QUIET_FLAGS } from './browser.ts';
import { serveStatic } from '../static-server.ts';

/** The small package beside this file: Lighthouse and its ~115 dependencies, pinned by its own lockfile. */
const BENCH_PACKAGE = fileURLToPath(new URL('.', import.meta.url));

/** The little of Lighthouse's result this file reads. */
interface LighthouseResult {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { score: number | null } | undefined>;
}
interface LighthouseModule {
  default: (url: string, flags: object, config?: object) => Promise<{ lhr: LighthouseResult } | undefined>;
  desktopConfig: object;
}
interface ChromeLauncherModule {
  launch: (options: { chromePath: string; chromeFlags: string[] }) => Promise<{ port: number; kill: () => void }>;
}

/**
 * Lighthouse serves only this benchmark, so `npm ci` at the root does not install it: the first
 * run installs scripts/bench/package.json (`npm ci` there, exact versions from its lockfile).
 * The modules are loaded by name at run time, hence the local types above.
 */
async function loadLighthouse(): Promise<{ lighthouse: LighthouseModule; launcher: ChromeLauncherModule }> {
  if (!existsSync(`${BENCH_PACKAGE}node_modules/lighthouse/package.json`)) {
    console.error('Installing Lighthouse for the benchmark into scripts/bench/node_modules (once)…');
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', BENCH_PACKAGE], { stdio: 'inherit' });
    if (install.status !== 0) throw new Error('Could not install Lighthouse: `npm ci --prefix scripts/bench` failed (see above).');
  }
  const names = { lighthouse: 'lighthouse', launcher: 'chrome-launcher' };
  return {
    lighthouse: (await import(names.lighthouse)) as LighthouseModule,
    launcher: (await import(names.launcher)) as ChromeLauncherModule,
  };
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Preset = 'mobile' | 'desktop';

export interface LighthouseScore {
  page: string;
  path: string;
  preset: Preset;
  /** 0–100 per category; undefined when Lighthouse could not score it. */
  scores: Partial<Record<Category, number>>;
  /** Audits that cost points, for reading a score below 100. */
  failing: string[];
  error?: string;
}

export async function lighthouseScores(site: string, pages: { label: string; path: string }[], presets: Preset[]): Promise<LighthouseScore[]> {
  const { lighthouse: { default: lighthouse, desktopConfig }, launcher } = await loadLighthouse();
  const server = await serveStatic(site, '/', { gzip: true });
  const chrome = await launcher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...QUIET_FLAGS] });
  const results: LighthouseScore[] = [];
  try {
    for (const preset of presets) {
      for (const { label, path } of pages) {
        const entry: LighthouseScore = { page: label, path, preset, scores: {}, failing: [] };
        try {
          const run = await lighthouse(
            `${server.origin}${path}`,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          const lhr = run?.lhr;
          if (!lhr) throw new Error('Lighthouse returned no result');
          if (lhr.runtimeError) entry.error = lhr.runtimeError.message;
          for (const category of CATEGORIES) {
            const score = lhr.categories[category]?.score;
            if (typeof score === 'number') entry.scores[category] = Math.round(score * 100);
            for (const ref of lhr.categories[category]?.auditRefs ?? []) {
              const audit = lhr.audits[ref.id];
              if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1) entry.failing.push(`${category}: ${ref.id}`);
            }
          }
        } catch (error) {
          entry.error = error instanceof Error ? error.message : String(error);
        }
        results.push(entry);
      }
    }
  } finally {
    chrome.kill();
    killLeftovers(chrome.port);
    await server.close();
  }
  return results;
}

/**
 * Debian's /usr/bin/chromium is a wrapper script; the browser it starts leads its own session,
 * so chrome-launcher's kill() can leave it running. End the processes we started, found by the
 * debugging port that only our launch used.
 */
function killLeftovers(port: number): void {
  const flag = `--remote-debugging-port=${port}`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(flag)) process.kill(Number(entry), 'SIGKILL');
    } catch {
      // Gone already, or not ours to read.
    }
  }
}
