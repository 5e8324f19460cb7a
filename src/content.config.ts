import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { instrumentSchema } from './domain/instrument/schema.ts';
import { chapterSchema } from './playbook/chapter-schema.ts';
import { templateSchema } from './templates/template-schema.ts';

const playbook = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/playbook' }),
  schema: chapterSchema,
});

/** The readiness instrument: one YAML file, validated beyond its schema after the build (build-checks). */
const assessment = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './content/assessment' }),
  schema: instrumentSchema,
});

/** Printable templates (sponsor charter, pilot design, …), each also served as Markdown. */
const templates = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/templates' }),
  schema: templateSchema,
});

export const collections = { playbook, assessment, templates };
