import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { glob } from 'astro/loaders';
import { instrumentSchema } from './domain/instrument/schema.ts';
import { chapterSchema } from './playbook/chapter-schema.ts';
import { templateSchema } from './templates/template-schema.ts';
import { normFileSchema } from './domain/norms/schema.ts';
import { instrumentLoader } from './content-data/instrument-loader.ts';
import { catalogLoader } from './content-data/catalog-loader.ts';

/** Chapters, in sub-folders too: content/playbook/guides/x.mdx is the chapter `guides/x`. */
const playbook = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/playbook' }),
  schema: chapterSchema,
});

/** The readiness instrument: one YAML file, checked by all its rules as it loads (see the loader). */
const assessment = defineCollection({
  loader: instrumentLoader(),
  schema: instrumentSchema,
});

/** Printable templates (sponsor charter, pilot design, …), each also served as Markdown. */
const templates = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/templates' }),
  schema: templateSchema,
});

/** Organization norms: any map here; src/norms/site-norms.ts checks it with file:line messages. */
const norms = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './content/norms' }),
  schema: normFileSchema,
});

/** Interface words of languages other than English, one catalog per language (content/i18n/de.yaml). */
const catalogs = defineCollection({
  loader: catalogLoader(),
  schema: z.object({ messages: z.record(z.string(), z.union([z.string(), z.record(z.string(), z.string())])) }),
});

export const collections = { playbook, assessment, templates, norms, catalogs };
