import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The two sites every browser and deployment test runs against, built once per test run. */
export const SITE_BUILDS = {
  root: { outDir: '.test-builds/root', basePath: '/' },
  sub: { outDir: '.test-builds/sub', basePath: '/intranet/culture/' },
} as const;

/**
 * How a site is built: `npm run build` (scripts/build.ts: Astro, then the checks, search index and
 * offline worker in a second process) or `astro build` alone (all of it in Astro's process).
 */
export type BuildEntry = 'npm' | 'astro';

function buildCommand(outDir: string, env: Record<string, string>, entry: BuildEntry) {
  // Vitest sets Vite's BASE_URL, MODE, DEV, PROD, SSR and NODE_ENV in its workers; a child build must not inherit them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, ...inherited } = process.env;
  return {
    command: process.execPath,
    args: entry === 'npm' ? ['scripts/build.ts'] : ['node_modules/astro/bin/astro.mjs', 'build'],
    env: { ...inherited, OUT_DIR: outDir, ...env },
  };
}

/** Builds the site into `outDir`; returns the combined output so a test can read its messages. */
export function buildSite(
  outDir: string,
  env: Record<string, string> = {},
  cwd = process.cwd(),
  entry: BuildEntry = 'astro',
): { ok: boolean; output: string } {
  const { command, args, env: childEnv } = buildCommand(outDir, env, entry);
  const run = spawnSync(command, args, { cwd, env: childEnv, encoding: 'utf8', timeout: 300_000 });
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}

function buildSiteInBackground(outDir: string, env: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  const { command, args, env: childEnv } = buildCommand(outDir, env, 'npm');
  return new Promise((done) => {
    const child = spawn(command, args, { env: childEnv, timeout: 300_000 });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => done({ ok: false, output: `${output}\n${error.message}` }));
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

const reuse = (outDir: string) => process.env.CF_REUSE_BUILD === '1' && existsSync(`${outDir}/index.html`);

/** For local iteration: CF_REUSE_BUILD=1 skips building when a previous build is there. */
export function ensureBuilt(outDir: string, env: Record<string, string> = {}): void {
  if (reuse(outDir)) return;
  const { ok, output } = buildSite(outDir, env);
  if (!ok) throw new Error(`The site did not build (${outDir}):\n${output}`);
}

/**
 * Builds the root and sub-path sites side by side, as `npm run build` does, once per process: the browser and deployment
 * projects both call this from their global setup, which Vitest runs in one main process, so
 * the second call waits for the first call's builds instead of starting its own.
 */
export function ensureSiteBuilds(): Promise<void> {
  const shared = globalThis as { cultureFirstSiteBuilds?: Promise<void> };
  shared.cultureFirstSiteBuilds ??= Promise.all(
    Object.values(SITE_BUILDS).map(async ({ outDir, basePath }) => {
      if (reuse(outDir)) return;
      const { ok, output } = await buildSiteInBackground(outDir, { BASE_PATH: basePath });
      if (!ok) throw new Error(`The site did not build (${outDir}):\n${output}`);
    }),
  ).then(() => undefined);
  return shared.cultureFirstSiteBuilds;
}
