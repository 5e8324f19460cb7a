/**
 * `npm run bench`: page weight, build scaling (ours against a bare Astro MDX build), search cost,
 * the engine benchmark and Lighthouse, printed as tables and written to .bench/results.json.
 *
 *   node scripts/bench.ts [--quick] [--rounds 3] [--only weight,search,engine,lighthouse,builds]
 *
 * --quick skips the 5,000-chapter builds (the slowest part by far); --rounds sets how many
 * interleaved ours/bare pairs measure the 1,000-chapter ratio. Times are printed, never asserted.
 */
import { cpus, totalmem } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chapterFiles } from '../src/content-data/chapter-files.ts';
import { checkBudgets } from './page-weight/budgets.ts';
import { measureSite } from './page-weight/measure.ts';
import { PAGE_TYPES } from './page-weight/page-types.ts';
import { runBuild, type AfterStep } from './bench/build-run.ts';
import { runEngineBench } from './bench/engine.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { bareProject, copyProject, type ProjectCopy } from './bench/project-copy.ts';
import { fullReport } from './bench/report.ts';
import type { BenchResults, BuildFigure, BuildKind, ScalingRow } from './bench/results.ts';
import { searchCost } from './bench/search-cost.ts';

const SECTIONS = ['weight', 'search', 'engine', 'lighthouse', 'builds'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    rounds: { type: 'string', default: '3' },
  },
});
const sections = new Set<Section>(
  values.only === undefined ? SECTIONS : (values.only.split(',').filter((s): s is Section => (SECTIONS as readonly string[]).includes(s))),
);
const SIZES = values.quick ? [100, 1_000] : [100, 1_000, 5_000];
/** Interleaved rounds per size: the 1,000-chapter ratio is the headline, so it gets a median of three. */
const ROUNDS: Record<number, number> = { 100: 1, 1_000: Number(values.rounds), 5_000: 1 };
/** The bare build indexes its output with the Pagefind CLI, as a bare Astro site would: like for like. */
/** Ours is built as `npm run build` builds it. */
const BUILD_SCRIPT = 'scripts/build.ts';
const BARE_PAGEFIND: AfterStep = { label: 'pagefind', args: ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'out'] };
/** Per-build limits: a build that passes one is stopped and reported, so the run still ends. */
const TIMEOUT_MS: Record<number, number> = { 0: 300_000, 100: 300_000, 1_000: 420_000, 5_000: 900_000 };

const project = process.cwd();
const outDir = resolve(project, '.bench');
const siteDir = resolve(outDir, 'site');
const started = performance.now();
const results: BenchResults = {
  startedAt: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  machine: { cpus: cpus().length, memoryGB: Math.round(totalmem() / 1e9), node: process.versions.node, platform: `${process.platform} ${process.arch}` },
  options: { quick: values.quick, sections: [...sections] },
  builds: [],
  scaling: [],
  search: [],
  lighthouse: [],
  notes: [],
};

const progress = (message: string) => {
  const elapsed = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[${elapsed} s] ${message}\n`);
};

function save(): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

async function build(copy: ProjectCopy, kind: BuildKind, playbook: string, chapters: number, out: string, after?: AfterStep): Promise<BuildFigure> {
  progress(`building ${playbook} (${kind}, ${chapters.toLocaleString('en-US')} chapters)…`);
  const timeoutMs = TIMEOUT_MS[playbook === 'real site' ? 0 : chapters] ?? 600_000;
  const run = await runBuild(copy.dir, out, { timeoutMs, ...(after ? { after } : {}), ...(kind === 'ours' ? { script: BUILD_SCRIPT } : {}) });
  const figure: BuildFigure = {
    playbook,
    kind,
    chapters,
    ok: run.ok,
    pages: run.pages,
    seconds: run.seconds,
    peakMB: Math.round(run.peakRss / 1e6),
    pagesPerSecond: run.ok && run.seconds > 0 ? run.pages / run.seconds : 0,
    ...(run.searchIndexSeconds === undefined ? {} : { searchIndexSeconds: run.searchIndexSeconds }),
    ...(run.checkSeconds === undefined ? {} : { checkSeconds: run.checkSeconds }),
    phases: run.phases,
    ...(run.error ? { error: run.error } : {}),
  };
  progress(`  ${run.ok ? `${run.seconds.toFixed(1)} s, ${figure.peakMB} MB, ${run.pages} pages` : `failed: ${run.error ?? ''}`}`);
  results.builds.push(figure);
  save();
  return figure;
}

/** The real site, built from a snapshot of the project into .bench/site; later sections measure it. */
async function realSite(): Promise<boolean> {
  rmSync(siteDir, { recursive: true, force: true });
  const copy = copyProject(project, 'site');
  try {
    const chapters = chapterFiles(project).size;
    const figure = await build(copy, 'ours', 'real site', chapters, siteDir);
    return figure.ok;
  } finally {
    copy.remove();
  }
}

/** Caches a build leaves in its project; each measured build starts without them, like the first. */
function clearCaches(copy: ProjectCopy): void {
  for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'out']) rmSync(resolve(copy.dir, dir), { recursive: true, force: true });
}

const median = (values: number[]): number | undefined => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? undefined : sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * Ours against the bare build at one size, in interleaved rounds (ours, bare, ours, bare, …) so
 * that load from elsewhere on the machine falls on both alike; the median round is reported.
 */
async function scaling(chapters: number): Promise<void> {
  const row: ScalingRow = { chapters, rounds: [], ours: undefined, bare: undefined, ratio: undefined, ratioPerPage: undefined, memoryRatio: undefined };
  results.scaling.push(row);
  const label = `synthetic ${chapters.toLocaleString('en-US')}`;
  const ours = copyProject(project, `ours-${chapters}`, chapters);
  const bare = bareProject(project, chapters);
  const rounds = ROUNDS[chapters] ?? 1;
  try {
    for (let round = 1; round <= rounds; round++) {
      if (rounds > 1) progress(`round ${round} of ${rounds} at ${chapters.toLocaleString('en-US')} chapters`);
      clearCaches(ours);
      const o = await build(ours, 'ours', label, chapters, 'out');
      if (round === 1 && o.ok && chapters >= 1_000 && sections.has('search')) {
        progress(`  measuring search at ${chapters.toLocaleString('en-US')} chapters…`);
        results.search.push({ playbook: label, chapters, ...(await searchCost(resolve(ours.dir, 'out'))) });
        save();
      }
      clearCaches(bare);
      const b = await build(bare, 'bare', label, chapters, 'out', BARE_PAGEFIND);
      if (!o.ok || !b.ok) break;
      row.rounds.push({ ours: o, bare: b });
    }
  } finally {
    ours.remove();
    bare.remove();
  }
  const ratios = row.rounds.map((r) => r.ours.seconds / r.bare.seconds);
  row.ratio = median(ratios);
  const middle = row.rounds[ratios.indexOf(row.ratio ?? Number.NaN)];
  row.ours = middle?.ours;
  row.bare = middle?.bare;
  row.ratioPerPage = median(row.rounds.map((r) => r.ours.seconds / r.ours.pages / (r.bare.seconds / r.bare.pages)));
  row.memoryRatio = median(row.rounds.map((r) => r.ours.peakMB / r.bare.peakMB));
  save();
}

async function main(): Promise<void> {
  const built = await realSite();
  if (!built) results.notes.push('The real site did not build, so page weight, its search cost and Lighthouse are left out.');
  if (built && sections.has('weight')) {
    const site = measureSite(siteDir);
    results.pageWeight = { site, budgets: checkBudgets(site) };
    save();
  }
  if (built && sections.has('search')) {
    progress('measuring search on the real site…');
    results.search.push({ playbook: 'real site', chapters: results.builds[0]?.chapters ?? 0, ...(await searchCost(siteDir)) });
    save();
  }
  if (sections.has('engine')) {
    progress('running the engine benchmark…');
    results.engine = runEngineBench(project);
    save();
  }
  if (built && sections.has('lighthouse')) {
    const measured = new Set(results.pageWeight?.site.pages.map((p) => p.type) ?? PAGE_TYPES.map((p) => p.id));
    const pages = PAGE_TYPES.filter((p) => p.id !== '404' && measured.has(p.id)).map((p) => ({
      label: p.label,
      path: `/${p.file.replace(/index\.html$/, '')}`,
    }));
    progress(`running Lighthouse on ${pages.length} pages, mobile and desktop…`);
    results.lighthouse = await lighthouseScores(siteDir, pages, ['mobile', 'desktop']);
    save();
  }
  if (sections.has('builds')) {
    for (const chapters of SIZES) await scaling(chapters);
    if (values.quick) results.notes.push('--quick: the 5,000-chapter builds were skipped.');
  }
  results.seconds = (performance.now() - started) / 1000;
  results.finishedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  save();
  console.log(fullReport(results));
  console.log(`\nFigures written to ${resolve(outDir, 'results.json')}`);
}

await main();
