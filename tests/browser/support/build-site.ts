import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs `astro build` into `outDir`; returns the combined output so a test can read its messages. */
export function buildSite(
  outDir: string,
  env: Record<string, string> = {},
  cwd = process.cwd(),
): { ok: boolean; output: string } {
  // Vitest sets Vite's BASE_URL, MODE, DEV, PROD, SSR and NODE_ENV in its workers; a child build must not inherit them.
  const { BASE_URL: _b, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, ...inherited } = process.env;
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd,
    env: { ...inherited, OUT_DIR: outDir, ...env },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { ok: run.status === 0, output: `${run.stdout}\n${run.stderr}` };
}

/** For local iteration: CF_REUSE_BUILD=1 skips building when a previous build is there. */
export function ensureBuilt(outDir: string, env: Record<string, string> = {}): void {
  if (process.env.CF_REUSE_BUILD === '1' && existsSync(`${outDir}/index.html`)) return;
  const { ok, output } = buildSite(outDir, env);
  if (!ok) throw new Error(`The site did not build (${outDir}):\n${output}`);
}
