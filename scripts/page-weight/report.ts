import type { SiteWeight } from './measure.ts';
import { formatTable } from './table.ts';
import { kB, type Weight } from './weight.ts';

/** "gzip (raw)" in kB. */
export function cell(w: Weight | undefined): string {
  return w === undefined ? '–' : `${kB(w.gzip)} (${kB(w.raw)})`;
}

/** The page-weight table: one row per measured page type, skipped ones named underneath. */
export function pageWeightTable(site: SiteWeight): string {
  const rows = site.pages.map((p) => [
    p.label,
    cell(p.html),
    cell(p.css),
    cell(p.js),
    p.data.raw === 0 ? '–' : cell(p.data),
    p.offline.raw === 0 ? '–' : cell(p.offline),
    p.jsWhenVisible.raw === 0 ? '–' : cell(p.jsWhenVisible),
    cell(p.search?.total),
  ]);
  const table = formatTable(['Page', 'HTML', 'CSS', 'JS before interaction', 'Data', 'Offline registration', 'JS when visible', 'Opening search adds'], rows);
  const notes = [
    'kB gzip (raw), gzip level 9, 1 kB = 1,000 bytes. JS includes inline scripts, which the HTML column also contains.',
    'Data: JSON the page preloads for its scripts (the instrument in the page’s language), the same file on every app page of a language, cached after the first.',
    'Offline registration: the worker registration, the announcement code it loads when a newer version waits, and the announcement markup (also in HTML); not in JS.',
    ...site.skipped.map((s) => `Skipped ${s.type} (${s.file}): ${s.reason}.`),
    ...site.pages.flatMap((p) => p.unresolved.map((u) => `Could not resolve on ${p.type}: ${u} (not counted).`)),
  ];
  return `${table}\n${notes.join('\n')}`;
}

/** What "opening search adds" is made of, file by file, for one page. */
export function searchBreakdown(site: SiteWeight, type = 'chapter'): string {
  const page = site.pages.find((p) => p.type === type) ?? site.pages.find((p) => p.search);
  if (!page?.search) return 'No measured page can open search.';
  const rows = page.search.files.map((f) => [f.path, cell(f.weight)]);
  rows.push(['total', cell(page.search.total)]);
  return `What opening search adds on the ${page.label} page (the largest index chunk stands in for the first query's):\n${formatTable(['File', 'kB gzip (raw)'], rows)}`;
}

/** Every file counted before interaction, per page. */
export function fileList(site: SiteWeight): string {
  return site.pages
    .map((p) => `${p.label}:\n${formatTable(['File', 'Kind', 'kB gzip (raw)'], p.files.map((f) => [f.path, f.kind, cell(f.weight)]))}`)
    .join('\n\n');
}
