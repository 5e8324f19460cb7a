import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file of a build, as paths relative to it with forward slashes. */
export function buildFiles(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => {
      const full = join(d, name);
      return statSync(full).isDirectory() ? walk(full) : [relative(dir, full).split('\\').join('/')];
    });
  return walk(dir).sort();
}

/**
 * The address of every page in a build, under `base`: `playbook/trust/index.html` becomes
 * `<base>playbook/trust/`. 404.html is left out: it is reached through an unknown address.
 */
export function pageAddresses(dir: string, base: string): string[] {
  return buildFiles(dir)
    .filter((f) => f.endsWith('.html') && f !== '404.html')
    .map((f) => `${base}${f.replace(/(^|\/)index\.html$/, '$1')}`);
}

/** The text of the first <h1> of a built page, tags removed. */
export function builtHeading(dir: string, file: string): string {
  const html = readFileSync(join(dir, file), 'utf8');
  const inner = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return inner.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').trim();
}
