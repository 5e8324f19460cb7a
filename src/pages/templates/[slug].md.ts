import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { templateMarkdown } from '../../templates/template-schema.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('templates');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

/** Each template as a Markdown file, for people who would rather fill it in a text editor or a wiki. */
export const GET: APIRoute<{ entry: CollectionEntry<'templates'> }> = ({ props }) =>
  new Response(templateMarkdown(props.entry.data, props.entry.body ?? ''), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
