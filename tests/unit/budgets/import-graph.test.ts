import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { dynamicImports, SiteFiles, staticImports, walkImports } from '../../../scripts/page-weight/import-graph.ts';
import { checkBudgets } from '../../../scripts/page-weight/budgets.ts';
import { measureSite } from '../../../scripts/page-weight/measure.ts';

const SITE = fileURLToPath(new URL('./fixtures/site', import.meta.url));

describe('import parsing', () => {
  test('finds static imports, side-effect imports and re-exports, minified or not', () => {
    const source = `import{a as e}from"./a.js";import"./b.js";export{s}from"../c.js";import x, { y } from '/d.js';`;
    expect(staticImports(source)).toEqual(['./a.js', './b.js', '../c.js', '/d.js']);
  });

  test('does not take import() for a static import, nor a string that says "import"', () => {
    const source = 'const k="import";f(()=>import(`./lazy.js`));import("./other.js");';
    expect(staticImports(source)).toEqual([]);
    expect(dynamicImports(source)).toEqual(['./lazy.js', './other.js']);
  });
});

describe('walking the static import graph', () => {
  const files = new SiteFiles(SITE);

  test('reaches every static import once and stops at dynamic ones', () => {
    const graph = walkImports(files, ['_astro/entry.js']);
    expect(graph.modules.sort()).toEqual(['_astro/a.js', '_astro/b.js', '_astro/entry.js', '_astro/shared.js']);
    expect(graph.dynamic).toEqual(['_astro/search.js']);
    expect(graph.unresolved).toEqual([]);
  });

  test('does not count modules the page already has', () => {
    const graph = walkImports(files, ['_astro/search.js'], new Set(['_astro/shared.js']));
    expect(graph.modules.sort()).toEqual(['_astro/search-only.js', '_astro/search.js']);
    expect(graph.dynamic).toEqual(['pagefind/pagefind.js']);
  });

  test('resolves URLs under a base path and refuses ones outside it', () => {
    const under = new SiteFiles(SITE, '/intranet/culture/');
    expect(under.resolve('/intranet/culture/_astro/a.js', 'index.html')).toBe('_astro/a.js');
    expect(under.resolve('/_astro/a.js', 'index.html')).toBeUndefined();
    expect(under.resolve('./shared.js', '_astro/a.js')).toBe('_astro/shared.js');
  });
});

describe('measuring a page', () => {
  const site = measureSite(SITE, { pageTypes: [{ id: 'home', label: 'Home', file: 'index.html' }, { id: 'team', label: 'Team', file: 'team/index.html' }] });
  const page = site.pages[0];

  test('counts what loads before interaction: scripts, their imports, on-load islands, inline code', () => {
    const js = page?.files.filter((f) => f.kind === 'js').map((f) => f.path).sort();
    expect(js).toEqual([
      '_astro/Island.js',
      '_astro/a.js',
      '_astro/b.js',
      '_astro/client.js',
      '_astro/entry.js',
      '_astro/inline-dep.js',
      '_astro/preact.js',
      '_astro/shared.js',
      'index.html <script> #1',
      'index.html <script> #2',
    ]);
    expect(page?.files.filter((f) => f.kind === 'css').map((f) => f.path)).toEqual(['_astro/site.css', 'index.html <style> #1']);
    expect(page?.unresolved).toEqual([]);
  });

  test('counts JSON the page preloads for fetch() as data, and nothing else preloaded', () => {
    expect(page?.files.filter((f) => f.kind === 'data').map((f) => f.path)).toEqual(['_astro/data.json']);
    expect(page?.data.raw).toBe(files('_astro/data.json').length);
  });

  test('a budget over HTML, JS and data adds the three; one byte over the limit fails it', () => {
    if (!page) throw new Error('the fixture page was not measured');
    const total = page.html.gzip + page.js.gzip + page.data.gzip;
    const budget = (maxGzip: number) => ({ page: 'home' as const, part: 'html+js+data' as const, maxGzip, description: 'fixture' });
    expect(checkBudgets(site, [budget(total)])[0]).toMatchObject({ gzip: total, ok: true });
    expect(checkBudgets(site, [budget(total - 1)])[0]).toMatchObject({ gzip: total, ok: false });
  });

  test('counts a client:visible island separately, without what the page already loaded', () => {
    const expected = ['_astro/Later.js', '_astro/later-only.js'].reduce((sum, f) => sum + files(f).length, 0);
    expect(page?.jsWhenVisible.raw).toBe(expected);
  });

  test('counts the offline registration on its own: its script, the announcement it loads later, and the notice', () => {
    expect(page?.files.filter((f) => f.kind === 'offline').map((f) => f.path)).toEqual([
      '_astro/register.js',
      '_astro/announce.js (when a newer version is announced)',
      'index.html update notice',
    ]);
    expect(page?.offline.raw).toBeGreaterThan(files('_astro/register.js').length + files('_astro/announce.js').length);
  });

  test('finds the chunk that opens search and adds Pagefind', () => {
    expect(page?.search?.files.map((f) => f.path)).toEqual([
      '_astro/search.js',
      '_astro/search-only.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
    ]);
  });

  test('skips a page type that is not built, with a reason', () => {
    expect(site.skipped).toEqual([{ type: 'team', file: 'team/index.html', reason: 'not built yet' }]);
  });
});

function files(path: string): Buffer {
  return new SiteFiles(SITE).bytes(path);
}
