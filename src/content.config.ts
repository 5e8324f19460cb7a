import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const playbook = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/playbook' }),
  schema: z.object({ title: z.string(), order: z.number() }),
});
export const collections = { playbook };
