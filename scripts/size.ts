/**
 * Page weight of a built site per page type: what each page loads before any interaction, and
 * what opening search adds. `--check` exits non-zero when a budget is exceeded.
 *
 *   node scripts/size.ts [site folder, default dist] [--check] [--base /sub/path/] [--files] [--json]
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { checkBudgets, describeBudget } from './page-weight/budgets.ts';
import { measureSite } from './page-weight/measure.ts';
import { fileList, pageWeightTable, searchBreakdown } from './page-weight/report.ts';

export { measureSite } from './page-weight/measure.ts';
export { BUDGETS, checkBudgets, describeBudget } from './page-weight/budgets.ts';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      check: { type: 'boolean', default: false },
      base: { type: 'string', default: '/' },
      files: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const dir = positionals[0] ?? 'dist';
  if (!existsSync(`${dir}/index.html`)) {
    console.error(`size: ${dir}/index.html does not exist. Build the site first (npx astro build), or pass the folder of a built site.`);
    return 2;
  }
  const site = measureSite(dir, { base: values.base });
  const budgets = checkBudgets(site);
  if (values.json) {
    console.log(JSON.stringify({ site, budgets }, null, 2));
  } else {
    console.log(`Page weight of ${dir}/\n`);
    console.log(pageWeightTable(site));
    console.log(`\n${searchBreakdown(site)}`);
    if (values.files) console.log(`\n${fileList(site)}`);
    console.log(`\nBudgets:\n${budgets.map(describeBudget).join('\n')}`);
  }
  const over = budgets.filter((b) => !b.ok);
  if (values.check && over.length > 0) {
    for (const b of over) console.error(`Budget exceeded: ${describeBudget(b).replace(/^OVER\s+/, '')}`);
    return 1;
  }
  return 0;
}

if (import.meta.main) process.exitCode = main();
