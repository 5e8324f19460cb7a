import type { APIRoute, GetStaticPaths } from 'astro';
import { dataFiles } from '../content-data/data-files.ts';

/** Writes each data file of the build (see content-data/data-files.ts) as a static JSON file. */
export const getStaticPaths = (async () =>
  (await dataFiles()).map((file) => ({ params: { name: file.name.replace(/\.json$/, '') }, props: { text: file.text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
