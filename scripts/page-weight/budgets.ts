import type { PageWeight, SiteWeight } from './measure.ts';
import type { PageTypeId } from './page-types.ts';
import { kB } from './weight.ts';

/**
 * A page-weight budget, in gzip bytes (1 kB = 1,000 bytes), from issues #2, #8 and #11.
 * `html+js+data` is everything a first visit loads before the page can be used, styles apart.
 */
export interface Budget {
  page: PageTypeId;
  part: 'html' | 'css' | 'js' | 'offline' | 'html+js+data';
  maxGzip: number;
  description: string;
}

export const BUDGETS: readonly Budget[] = [
  { page: 'chapter', part: 'js', maxGzip: 5_000, description: 'chapter JS before search' },
  // 14 kB since the playbook's second edition: the measured chapter (trust) now carries remote, hybrid
  // and frontline settings and a worked line for every play, about 2 kB of its own prose.
  // Issue 17 adds hreflang alternates, the language link, the update announcement's markup and the
  // search dialog's words to every page (about 0.5 kB).
  { page: 'chapter', part: 'html', maxGzip: 15_000, description: 'chapter HTML' },
  { page: 'chapter', part: 'css', maxGzip: 15_000, description: 'chapter CSS' },
  // A first visit: the storage code (with the schema library) loads with the first change, or at
  // once, alongside the instrument, when answers are already stored (see prepareToRead and
  // openCheck in src/assessment/check-store.ts).
  { page: 'assessment', part: 'js', maxGzip: 30_000, description: 'assessment JS' },
  // Issue 11: the instrument is a JSON file every app page of a language shares (see data-files.ts),
  // no longer 7 kB of each page's HTML (22.6 kB before, 15.6 kB after, most of the rest the
  // interface words and the playbook's titles); this keeps it from coming back into the props.
  { page: 'assessment', part: 'html', maxGzip: 17_000, description: 'assessment HTML' },
  // Issue 16: result codes and norms may add no more than a few hundred bytes to the results page.
  // Before them (b1e81d2) it loaded 41.0 kB of JS; the code panel, the norm comparison and the
  // exports now load when asked for or when seen.
  // Issue 17 adds the translator and the islands' word context (about 0.8 kB) to every island page:
  // the words themselves travel in the HTML, so this is the whole cost of a second language.
  { page: 'results', part: 'js', maxGzip: 42_200, description: 'results JS' },
  // Issue 11: a first visit loads the instrument as a file instead of in the HTML. HTML and JS
  // came to 62.6 kB before; HTML, JS and the file come to 62.7 kB (the wrapper that fetches it
  // adds 0.3 kB of JS, the file compresses a little better than the props it replaces). Every
  // later app page then saves the 7 kB the file holds, from the browser's cache.
  { page: 'results', part: 'html+js+data', maxGzip: 64_000, description: 'results HTML, JS and data' },
  // Issue 17: registering the offline worker, with the code and markup of the update announcement.
  { page: 'chapter', part: 'offline', maxGzip: 1_000, description: 'chapter offline registration' },
  // Issue 14: the team view's file checks, statistics, report and charts load with the first file,
  // so the page before interaction is the loaders and the threat model (about 20 kB).
  { page: 'team', part: 'js', maxGzip: 30_000, description: 'team view JS' },
];

export interface BudgetResult {
  budget: Budget;
  /** Undefined when the page type is not in the build. */
  gzip: number | undefined;
  ok: boolean;
}

export function checkBudgets(site: SiteWeight, budgets: readonly Budget[] = BUDGETS): BudgetResult[] {
  return budgets.map((budget) => {
    const page: PageWeight | undefined = site.pages.find((p) => p.type === budget.page);
    const gzip = page && (budget.part === 'html+js+data' ? page.html.gzip + page.js.gzip + page.data.gzip : page[budget.part].gzip);
    return { budget, gzip, ok: gzip === undefined || gzip <= budget.maxGzip };
  });
}

/** One sentence per budget: what was measured against what was allowed. */
export function describeBudget({ budget, gzip, ok }: BudgetResult): string {
  const limit = `${kB(budget.maxGzip)} kB gzip`;
  if (gzip === undefined) return `skipped  ${budget.description}: the ${budget.page} page is not in this build (budget ${limit})`;
  const verb = ok ? 'ok      ' : 'OVER    ';
  return `${verb} ${budget.description}: ${kB(gzip)} kB gzip (budget ${limit}${ok ? '' : `, ${gzip - budget.maxGzip} bytes over`})`;
}
