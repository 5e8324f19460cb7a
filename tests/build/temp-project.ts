import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildSite, type BuildEntry } from '../browser/support/build-site.ts';

const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'content', 'public', 'scripts/build.ts', 'scripts/run.ts'];

/** A throwaway copy of the project (sharing node_modules) in which a test can break one file. */
export function tempProject(): {
  dir: string;
  edit: (file: string, change: (text: string) => string) => void;
  add: (file: string, text: string) => void;
  /** Builds with `astro build` alone, or as `npm run build` does with 'npm'. */
  build: (entry?: BuildEntry) => { ok: boolean; output: string };
} {
  const dir = mkdtempSync(join(tmpdir(), 'cf-build-'));
  for (const entry of COPIED) cpSync(entry, join(dir, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    edit(file, change) {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`The edit to ${file} changed nothing; the test would prove nothing.`);
      writeFileSync(path, after);
    },
    add(file, text) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    build(entry = 'astro') {
      const { ok, output } = buildSite('dist', { BASE_PATH: '' }, dir, entry);
      // Colour codes and the temp folder are noise in assertions.
      return { ok, output: output.replace(/\u001b\[[0-9;]*m/g, '').replaceAll(`${dir}/`, '') };
    },
  };
}
