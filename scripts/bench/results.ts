/** The shape of `.bench/results.json`: every figure `npm run bench` prints. */
import type { BudgetResult } from '../page-weight/budgets.ts';
import type { SiteWeight } from '../page-weight/measure.ts';
import type { EngineFigures } from './engine.ts';
import type { LighthouseScore } from './lighthouse.ts';
import type { SearchCost } from './search-cost.ts';

export type BuildKind = 'ours' | 'bare';

export interface BuildFigure {
  /** "real site" or "synthetic N". */
  playbook: string;
  kind: BuildKind;
  chapters: number;
  ok: boolean;
  pages: number;
  seconds: number;
  peakMB: number;
  pagesPerSecond: number;
  /** Seconds of the Pagefind step: reported by our build, timed around the CLI for the bare one. */
  searchIndexSeconds?: number;
  /** Seconds of our link and instrument checks (ours only). */
  checkSeconds?: number;
  /** Astro's phase timings in seconds (content sync, bundling, page rendering). */
  phases?: Record<string, number>;
  error?: string;
}

/** One interleaved pair: our build, then the bare build of the same chapters. */
export interface ScalingRound {
  ours: BuildFigure;
  bare: BuildFigure;
}

export interface ScalingRow {
  chapters: number;
  rounds: ScalingRound[];
  /** The round with the median time ratio (its figures are the ones shown). */
  ours: BuildFigure | undefined;
  bare: BuildFigure | undefined;
  /** Median over the rounds of whole-build time, ours over bare (both include a Pagefind step). */
  ratio: number | undefined;
  /** Median over the rounds of seconds per page, ours over bare (ours builds a few more pages). */
  ratioPerPage: number | undefined;
  /** Median over the rounds of peak memory, ours over bare. */
  memoryRatio: number | undefined;
}

export interface SearchFigure extends SearchCost {
  playbook: string;
  chapters: number;
}

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  seconds?: number;
  machine: { cpus: number; memoryGB: number; node: string; platform: string };
  options: { quick: boolean; sections: string[] };
  pageWeight?: { site: SiteWeight; budgets: BudgetResult[] };
  builds: BuildFigure[];
  scaling: ScalingRow[];
  search: SearchFigure[];
  engine?: EngineFigures;
  lighthouse: LighthouseScore[];
  notes: string[];
}
