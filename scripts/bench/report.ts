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

const ratio = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(2)}×`);

export function buildSection(r: BenchResults): string {
  if (r.builds.length === 0) return '';
  const real = r.builds.filter((b) => b.playbook === 'real site');
  const rows = [
    ...real.map((b) => [b.playbook, n(b.chapters), '', n(b.pages), seconds(b), mb(b), rate(b), '–', '–', '–', '–', '–']),
    ...r.scaling.map((s) => [
      `synthetic`,
      n(s.chapters),
      String(s.rounds.length),
      s.ours?.ok ? n(s.ours.pages) : '–',
      seconds(s.ours),
      mb(s.ours),
      rate(s.ours),
      seconds(s.bare),
      mb(s.bare),
      ratio(s.ratio),
      ratio(s.ratioPerPage),
      ratio(s.memoryRatio),
    ]),
  ];
  const failures = r.builds.filter((b) => !b.ok).map((b) => `${b.kind} build of the ${b.playbook} playbook failed: ${b.error ?? ''}`);
  const perRound = r.scaling
    .filter((s) => s.rounds.length > 1)
    .map((s) => `Rounds at ${n(s.chapters)} chapters, ours/bare: ${s.rounds.map((x) => (x.ours.seconds / x.bare.seconds).toFixed(2)).join(', ')} (median shown).`);
  return [
    '## Build scaling (wall time, peak RSS of the build process tree; median of interleaved rounds)',
    formatTable(['Playbook', 'Chapters', 'Rounds', 'Pages', 'Ours s', 'Ours MB', 'Ours pages/s', 'Bare s', 'Bare MB', 'Time ours/bare', 'Per page', 'Memory ours/bare'], rows),
    'Bare: the same synthetic chapters in a minimal Astro project with @astrojs/mdx only, a trivial page and stub components, then the Pagefind CLI over its output (as ours indexes in its build): like for like.',
    ...perRound,
    ...failures,
    ...r.scaling.filter((s) => s.ours?.ok && s.bare?.ok).map((s) => extraTimeTable(s.chapters, s.ours!, s.bare!)),
  ].join('\n');
}

/** Astro's timer phases, grouped as a reader thinks of a build. */
const PHASES: [string, string[]][] = [
  ['content sync (frontmatter, schemas, instrument)', ['Sync content layer']],
  ['bundling (MDX compiled, components)', ['Prerender build', 'SSR build', 'Client build']],
  ['page rendering (layout)', ['Static generate']],
];

/** Where our extra time goes at one size: each phase, ours against bare, and its share of the difference. */
export function extraTimeTable(chapters: number, ours: BuildFigure, bare: BuildFigure): string {
  const phase = (b: BuildFigure, names: string[]) => names.reduce((sum, name) => sum + (b.phases?.[name] ?? 0), 0);
  const parts: [string, number, number][] = [
    ...PHASES.map(([label, names]): [string, number, number] => [label, phase(ours, names), phase(bare, names)]),
    ['link and instrument checks', ours.checkSeconds ?? 0, 0],
    ['search index (Pagefind; ours: beyond the checks)', ours.searchIndexSeconds ?? 0, bare.searchIndexSeconds ?? 0],
  ];
  const counted = (i: 1 | 2) => parts.reduce((sum, p) => sum + p[i], 0);
  parts.push(['everything else (start-up, config, writing files)', ours.seconds - counted(1), bare.seconds - counted(2)]);
  const extra = ours.seconds - bare.seconds;
  const rows = parts.map(([label, o, b]) => [label, o.toFixed(1), b.toFixed(1), (o - b).toFixed(1), extra > 0 ? `${Math.round(((o - b) / extra) * 100)}%` : '–']);
  rows.push(['total', ours.seconds.toFixed(1), bare.seconds.toFixed(1), extra.toFixed(1), '100%']);
  return [`\nWhere our extra time goes at ${n(chapters)} chapters (median round):`, formatTable(['Phase', 'Ours s', 'Bare s', 'Extra s', 'Share of extra'], rows)].join('\n');
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
