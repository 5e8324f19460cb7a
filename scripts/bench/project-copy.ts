/**
 * Throw-away copies of the project for benchmark builds. Each copy gets its own `node_modules`
 * folder whose entries link to the project's packages: linking the folder itself would share
 * `node_modules/.astro` (Astro's content cache) and `.vite` between builds, and with the
 * project, so builds would warm each other's caches and clobber the developers' own.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { generatePlaybook, type GeneratedPlaybook } from './generate-playbook.ts';

/** Top-level entries that are outputs, caches or history, not inputs of the build. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.git', '.astro', '.test-builds', '.bench', 'tests', '.tmp-prompts']);
/** Caches inside node_modules that each copy must have to itself. */
const NOT_LINKED = new Set(['.astro', '.vite', '.cache', '.vitest']);

export interface ProjectCopy {
  dir: string;
  playbook: GeneratedPlaybook | undefined;
  remove(): void;
}

export function tempFolder(label: string): string {
  return mkdtempSync(join(tmpdir(), `cf-bench-${label}-`));
}

function linkNodeModules(project: string, copy: string): void {
  const target = join(copy, 'node_modules');
  mkdirSync(target);
  for (const entry of readdirSync(join(project, 'node_modules'))) {
    if (!NOT_LINKED.has(entry)) symlinkSync(resolve(project, 'node_modules', entry), join(target, entry));
  }
}

/**
 * Copies the project (sources, content, config; not outputs or tests) into a temp folder. With
 * `chapters`, content/playbook is replaced by a synthetic playbook of that many chapters.
 */
export function copyProject(project: string, label: string, chapters?: number): ProjectCopy {
  const dir = tempFolder(label);
  for (const entry of readdirSync(project)) {
    if (NOT_COPIED.has(entry) || entry.endsWith('.log')) continue;
    // scripts/bench/node_modules holds Lighthouse, which a build never reads.
    cpSync(join(project, entry), join(dir, entry), { recursive: true, filter: (from) => !from.endsWith('/node_modules') });
  }
  linkNodeModules(project, dir);
  if (chapters === undefined) return { dir, playbook: undefined, remove: () => rmSync(dir, { recursive: true, force: true }) };
  const playbook = generatePlaybook(chapters, join(dir, 'content/playbook'), join(dir, 'content/assessment'));
  oneLanguage(join(dir, 'content/site.yaml'));
  return { dir, playbook, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A synthetic playbook is built in the site's default language only, as the bare build is: every
 * further language would add a page per chapter (shown in the default language with a note).
 */
function oneLanguage(settingsFile: string): void {
  const settings = parseDocument(readFileSync(settingsFile, 'utf8'));
  settings.set('languages', [settings.get('lang') ?? 'en']);
  settings.delete('translations');
  writeFileSync(settingsFile, settings.toString());
}

const BARE_CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  outDir: process.env.OUT_DIR ?? 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
`;

const BARE_COLLECTION = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const playbook = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/playbook' }),
  schema: z.object({ title: z.string(), description: z.string(), section: z.string(), order: z.number(), attribute: z.string().optional(), lastReviewed: z.coerce.date() }),
});

export const collections = { playbook };
`;

const BARE_PAGE = `---
import { getCollection, render } from 'astro:content';
import { Callout, Play, Quote, AttributeCard, Reference } from '../../stubs.ts';

export async function getStaticPaths() {
  return (await getCollection('playbook')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><Content components={{ Callout, Play, Quote, AttributeCard, Reference }} /></main></body>
</html>
`;

const STUBS: Record<string, string> = {
  'Callout.astro': '<aside><slot /></aside>\n',
  'Play.astro': '---\nconst { id, title } = Astro.props;\n---\n<section id={id}><h3>{title}</h3><slot /></section>\n',
  'Quote.astro': '<blockquote><slot /></blockquote>\n',
  'AttributeCard.astro': '---\nconst { attribute } = Astro.props;\n---\n<a href={`#${attribute}`}>{attribute}</a>\n',
  'Reference.astro': '---\nconst { id } = Astro.props;\n---\n<div id={id}><slot /></div>\n',
};

/**
 * The baseline: a minimal Astro project with @astrojs/mdx only, a trivial page template and
 * stub components, building the same synthetic chapters as `copyProject(…, chapters)`. The
 * bench runs the Pagefind CLI over its output, indexing the same text ours indexes.
 */
export function bareProject(project: string, chapters: number): ProjectCopy {
  const dir = tempFolder(`bare-${chapters}`);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-mdx', private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), BARE_CONFIG);
  mkdirSync(join(dir, 'src/pages/playbook'), { recursive: true });
  mkdirSync(join(dir, 'src/stubs'), { recursive: true });
  writeFileSync(join(dir, 'src/content.config.ts'), BARE_COLLECTION);
  writeFileSync(join(dir, 'src/pages/playbook/[slug].astro'), BARE_PAGE);
  for (const [file, source] of Object.entries(STUBS)) writeFileSync(join(dir, 'src/stubs', file), source);
  writeFileSync(
    join(dir, 'src/stubs.ts'),
    Object.keys(STUBS)
      .map((f) => `export { default as ${f.replace('.astro', '')} } from './stubs/${f}';`)
      .join('\n'),
  );
  linkNodeModules(project, dir);
  // The same chapters as ours: generated with the project's instrument, though nothing checks it here.
  const playbook = generatePlaybook(chapters, join(dir, 'content/playbook'), join(project, 'content/assessment'));
  return { dir, playbook, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
