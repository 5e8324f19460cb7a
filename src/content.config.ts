import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { instrumentSchema } from './domain/instrument/schema.ts';
import { chapterSchema } from './playbook/chapter-schema.ts';
import { instrumentLoader } from './content-data/instrument-loader.ts';

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

export const collections = { playbook, assessment };
