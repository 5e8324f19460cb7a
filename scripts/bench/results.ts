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
  /** Seconds of the Pagefind step, as the build reported it (ours only). */
  searchIndexSeconds?: number;
  error?: string;
}

export interface ScalingRow {
  chapters: number;
  ours: BuildFigure | undefined;
  bare: BuildFigure | undefined;
  /** Seconds per page, ours over bare. */
  ratioPerPage: number | undefined;
  /** The same without our search-index step, which the bare build does not have: the layout's own cost. */
  ratioWithoutSearchIndex: number | undefined;
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
