/** The tables `npm run bench` prints, from its results. */
import { describeBudget } from '../page-weight/budgets.ts';
import { pageWeightTable, searchBreakdown } from '../page-weight/report.ts';
import { formatTable } from '../page-weight/table.ts';
import { kB } from '../page-weight/weight.ts';
import { CATEGORIES } from './lighthouse.ts';
import type { BenchResults, BuildFigure } from './results.ts';

const n = (value: number) => value.toLocaleString('en-US');
/** A failed build shows how long it ran and the memory it had reached when it stopped. */
const seconds = (b: BuildFigure | undefined) => (b ? (b.ok ? b.seconds.toFixed(1) : `failed at ${b.seconds.toFixed(0)}`) : '–');
const mb = (b: BuildFigure | undefined) => (b && b.peakMB > 0 ? n(b.peakMB) : '–');
const rate = (b: BuildFigure | undefined) => (b?.ok ? b.pagesPerSecond.toFixed(1) : '–');

export function pageWeightSection(r: BenchResults): string {
  if (!r.pageWeight) return '';
  return [
    '## Page weight (real site, before any interaction)',
    pageWeightTable(r.pageWeight.site),
    '',
    searchBreakdown(r.pageWeight.site),
    '',
    'Budgets:',
    ...r.pageWeight.budgets.map(describeBudget),
  ].join('\n');
}

export function buildSection(r: BenchResults): string {
  if (r.builds.length === 0) return '';
  const real = r.builds.filter((b) => b.playbook === 'real site');
  const rows = [
    ...real.map((b) => [b.playbook, n(b.chapters), n(b.pages), seconds(b), mb(b), rate(b), '–', '–', '–', '–', '–']),
    ...r.scaling.map((s) => [
      `synthetic`,
      n(s.chapters),
      s.ours?.ok ? n(s.ours.pages) : '–',
      seconds(s.ours),
      mb(s.ours),
      rate(s.ours),
      seconds(s.bare),
      mb(s.bare),
      rate(s.bare),
      s.ratioPerPage === undefined ? '–' : `${s.ratioPerPage.toFixed(2)}×`,
      s.ratioWithoutSearchIndex === undefined ? '–' : `${s.ratioWithoutSearchIndex.toFixed(2)}×`,
    ]),
  ];
  const failures = r.builds.filter((b) => !b.ok).map((b) => `${b.kind} build of the ${b.playbook} playbook failed: ${b.error ?? ''}`);
  return [
    '## Build scaling (wall time, peak RSS of the build process tree)',
    formatTable(['Playbook', 'Chapters', 'Pages', 'Ours s', 'Ours MB', 'Ours pages/s', 'Bare s', 'Bare MB', 'Bare pages/s', 'Ours/bare per page', 'Without search index'], rows),
    'Bare: the same synthetic chapters in a minimal Astro project with @astrojs/mdx only, a trivial page and stub components.',
    'Without search index: our build time less the Pagefind step it reports, which the bare build does not have.',
    ...failures,
  ].join('\n');
}

export function searchSection(r: BenchResults): string {
  if (r.search.length === 0) return '';
  const rows = r.search.map((s) => [
    s.playbook,
    n(s.chapters),
    kB(s.pagefindBytes),
    kB(s.indexDataBytes),
    s.query ? `${n(s.query.results)}` : '–',
    s.query ? n(s.query.requests) : '–',
    s.query ? kB(s.query.bytes) : '–',
    s.query ? Object.entries(s.query.byKind).map(([k, v]) => `${k} ${kB(v)}`).join(', ') : '–',
  ]);
  const term = r.search.find((s) => s.query)?.query?.term ?? 'learning';
  return [
    `## Search cost (Pagefind; one search for "${term}" in Chromium, first 5 results loaded)`,
    formatTable(['Playbook', 'Chapters', 'Pagefind on disk kB', 'Index data kB', 'Results', 'Requests', 'Transferred kB', 'Transferred by kind (kB)'], rows),
    'Transferred: response bodies as sent by a server that gzips text (Pagefind data is pre-compressed), from a cold cache, after the page has loaded.',
  ].join('\n');
}

export function engineSection(r: BenchResults): string {
  if (!r.engine) return '';
  const e = r.engine;
  return ['## Engine (scripts/bench-engine.ts)', ...(e.lines.length > 0 ? e.lines : []), ...(e.note ? [e.note] : [])].join('\n');
}

export function lighthouseSection(r: BenchResults): string {
  if (r.lighthouse.length === 0) return '';
  const rows = r.lighthouse.map((l) => [
    l.page,
    l.preset,
    ...CATEGORIES.map((c) => (l.scores[c] === undefined ? '–' : String(l.scores[c]))),
    l.error ? `error: ${l.error}` : l.failing.length === 0 ? '' : l.failing.join('; '),
  ]);
  return [
    '## Lighthouse 12.2.3 (served on 127.0.0.1, Debian Chromium headless)',
    formatTable(['Page', 'Preset', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'Audits below full marks'], rows),
    'mobile: Lighthouse\'s default (simulated slow 4G, 4× CPU slowdown); desktop: its desktop preset.',
  ].join('\n');
}

export function fullReport(r: BenchResults): string {
  const header = `# Culture First benchmark, ${r.startedAt} (${r.machine.cpus} CPUs, ${r.machine.memoryGB} GB, Node ${r.machine.node}${r.options.quick ? ', --quick' : ''})`;
  const footer = [
    ...r.notes.map((note) => `Note: ${note}`),
    r.seconds === undefined ? '' : `Finished in ${(r.seconds / 60).toFixed(1)} min.`,
  ].filter((l) => l !== '');
  return [header, pageWeightSection(r), buildSection(r), searchSection(r), engineSection(r), lighthouseSection(r), footer.join('\n')]
    .filter((s) => s !== '')
    .join('\n\n');
}
