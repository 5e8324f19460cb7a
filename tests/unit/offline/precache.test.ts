import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { afterAll, describe, expect, test } from 'vitest';
import { WORKER_FILE } from '../../../src/offline/worker-file.ts';
import { listSite, writeServiceWorker } from '../../../src/offline/generate.ts';
import { isStaleOfflineCache, offlineCacheName, offlineCachePrefix } from '../../../src/offline/names.ts';
import { isPrecachedPage, mentionedFiles, planPrecache, topLevelNames, urlOf } from '../../../src/offline/precache.ts';
import { buildVersion } from '../../../src/offline/version.ts';

/** A small built site, as a listing and file contents, the way dist/ looks after `astro build`. */
function site(base: string): Record<string, string> {
  return {
    'index.html': `<link rel="stylesheet" href="${base}_astro/Base.css"><script type="module" src="${base}_astro/page.js"></script><a href="${base}playbook/trust/">Trust</a>`,
    'offline/index.html': `<link rel="stylesheet" href="${base}_astro/Base.css">`,
    '404.html': `<link rel="stylesheet" href="${base}_astro/Base.css">`,
    'assessment/index.html': `<link rel="icon" href="${base}favicon.svg"><astro-island component-url="${base}_astro/Check.js" renderer-url="${base}_astro/client.js"></astro-island>`,
    'assessment/results/index.html': `<astro-island component-url="${base}_astro/Results.js" renderer-url="${base}_astro/client.js"></astro-island>`,
    'team/index.html': `<astro-island component-url="${base}_astro/Team.js"></astro-island>`,
    'playbook/trust/index.html': `<astro-island client="visible" component-url="${base}_astro/LatestScore.js"></astro-island>`,
    '_astro/Base.css': `@font-face{src:url(${base}_astro/inter.woff2)}body{color:red}`,
    '_astro/inter.woff2': 'binary',
    '_astro/page.js': 'import{a}from"./shared.js";a();',
    '_astro/shared.js': 'export const a=()=>import("./search.js");',
    '_astro/search.js': 'import(`${base}pagefind/pagefind.js`);',
    '_astro/Check.js': 'import"./shared.js";const deps=["_astro/review.js"];fetch(`${base}assessment/instrument.json`);',
    '_astro/review.js': 'export default 1;',
    '_astro/Results.js': 'import"../_astro/chart.js";',
    '_astro/chart.js': 'export default 2;',
    '_astro/Team.js': 'export default 3;',
    '_astro/client.js': 'export default 6;',
    '_astro/LatestScore.js': 'export default 4;',
    '_astro/unused.js': 'export default 5;',
    'assessment/instrument.json': '{"id":"x"}',
    'favicon.svg': '<svg/>',
    'pagefind/pagefind.js': 'export{};',
    'pagefind/index/en_1.pf_index': 'binary',
    'templates/plan/index.html': `<a href="${base}templates/plan.md" download>Download</a>`,
    'templates/plan.md': '# Plan',
  };
}

function plan(base: string) {
  const files = site(base);
  return planPrecache(Object.keys(files).sort(), (path) => files[path] ?? '', base);
}

describe('which pages are stored at install', () => {
  test('the home and offline pages and every page of the check and the team view', () => {
    expect(plan('/').pages).toEqual(['assessment/index.html', 'assessment/results/index.html', 'index.html', 'offline/index.html', 'team/index.html']);
  });

  test('not chapters, not the 404 page, not other files in the sections', () => {
    expect(isPrecachedPage('playbook/trust/index.html')).toBe(false);
    expect(isPrecachedPage('404.html')).toBe(false);
    expect(isPrecachedPage('assessment/instrument.json')).toBe(false);
    expect(isPrecachedPage('assessmentx/index.html')).toBe(false);
  });
});

describe('which files are stored at install, derived from what the pages refer to', () => {
  for (const base of ['/', '/intranet/culture/']) {
    test(`under ${base}: stylesheets, fonts, scripts and their imports, islands, icons, fetched JSON, downloads`, () => {
      expect(plan(base).assets).toEqual([
        '_astro/Base.css',
        '_astro/Check.js',
        '_astro/LatestScore.js',
        '_astro/Results.js',
        '_astro/Team.js',
        '_astro/chart.js',
        '_astro/client.js',
        '_astro/inter.woff2',
        '_astro/page.js',
        '_astro/review.js',
        '_astro/search.js',
        '_astro/shared.js',
        'assessment/instrument.json',
        'favicon.svg',
        'templates/plan.md',
      ]);
    });
  }

  test('never the search index, a file nothing refers to, or a page found through a link', () => {
    const { assets } = plan('/');
    expect(assets.some((a) => a.startsWith('pagefind/'))).toBe(false);
    expect(assets).not.toContain('_astro/unused.js');
    expect(assets.some((a) => a.endsWith('.html'))).toBe(false);
  });

  test('a mention must be the whole name: a longer name that contains it does not count', () => {
    const known = new Set(['a.js', '_astro/x.js']);
    expect(mentionedFiles('"data.js" "_astro/x.js.map" "/_astro/x.jsx"', '_astro/y.js', '/', known)).toEqual([]);
    expect(mentionedFiles('"./x.js"', '_astro/y.js', '/', known)).toEqual(['_astro/x.js']);
    expect(mentionedFiles('"../a.js"', '_astro/y.js', '/', known)).toEqual(['a.js']);
    expect(mentionedFiles('"../../a.js"', '_astro/y.js', '/', known)).toEqual([]);
  });

  test('under a sub-path, an address from the host root must carry the base path', () => {
    const known = new Set(['_astro/x.js']);
    expect(mentionedFiles('href="/intranet/culture/_astro/x.js"', 'index.html', '/intranet/culture/', known)).toEqual(['_astro/x.js']);
    expect(mentionedFiles('href="/_astro/x.js"', 'index.html', '/intranet/culture/', known)).toEqual([]);
  });
});

describe('addresses', () => {
  test('pages by their folder address, other files as they are, under the base path', () => {
    expect(urlOf('index.html', '/')).toBe('/');
    expect(urlOf('assessment/results/index.html', '/intranet/culture/')).toBe('/intranet/culture/assessment/results/');
    expect(urlOf('_astro/a.js', '/intranet/culture/')).toBe('/intranet/culture/_astro/a.js');
  });

  test('the top-level names the worker answers for', () => {
    expect(topLevelNames(Object.keys(site('/')))).toEqual(['404.html', '_astro', 'assessment', 'favicon.svg', 'index.html', 'offline', 'pagefind', 'playbook', 'team', 'templates']);
  });
});

describe('the build version', () => {
  const files = [
    { url: '/a.js', content: 'a' },
    { url: '/b.css', content: 'b' },
  ];

  test('is the same for the same files in any order, and 16 hex digits', () => {
    const version = buildVersion('worker', files);
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    expect(buildVersion('worker', [...files].reverse())).toBe(version);
  });

  test('changes with any file content, any address, the list, or the worker code', () => {
    const version = buildVersion('worker', files);
    expect(buildVersion('worker', [files[0]!, { url: '/b.css', content: 'B' }])).not.toBe(version);
    expect(buildVersion('worker', [files[0]!, { url: '/c.css', content: 'b' }])).not.toBe(version);
    expect(buildVersion('worker', files.slice(0, 1))).not.toBe(version);
    expect(buildVersion('worker 2', files)).not.toBe(version);
  });
});

describe('cache names', () => {
  test('carry the deployment and the version', () => {
    expect(offlineCacheName('/', 'precache', 'abc')).toBe('culture-first:/:offline:precache:abc');
    expect(offlineCacheName('/intranet/culture/', 'runtime', 'abc')).toBe('culture-first:/intranet/culture:offline:runtime:abc');
  });

  test('an old version of this deployment is stale; the current version and other deployments are not', () => {
    const base = '/intranet/culture/';
    expect(isStaleOfflineCache(offlineCacheName(base, 'precache', 'old'), base, 'new')).toBe(true);
    expect(isStaleOfflineCache(offlineCacheName(base, 'runtime', 'old'), base, 'new')).toBe(true);
    expect(isStaleOfflineCache(offlineCacheName(base, 'precache', 'new'), base, 'new')).toBe(false);
    expect(isStaleOfflineCache(offlineCacheName(base, 'runtime', 'new'), base, 'new')).toBe(false);
    // The site at the root of the same host, another site's cache, a deployment whose path extends ours.
    expect(isStaleOfflineCache(offlineCacheName('/', 'precache', 'old'), base, 'new')).toBe(false);
    expect(isStaleOfflineCache('workbox-precache-v2', base, 'new')).toBe(false);
    expect(isStaleOfflineCache(offlineCacheName('/intranet/culture/x/', 'precache', 'old'), base, 'new')).toBe(false);
    expect(offlineCachePrefix('/')).not.toBe(offlineCachePrefix('/intranet/culture/'));
  });
});

describe('the worker file written into a build', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  function writeSite(base: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'cf-offline-'));
    dirs.push(dir);
    for (const [path, content] of Object.entries(site(base))) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  }

  test('is a classic script that starts with its manifest, and lists what the plan stores', async () => {
    const dir = writeSite('/intranet/culture/');
    const build = await writeServiceWorker(dir, '/intranet/culture/');
    const source = readFileSync(join(dir, WORKER_FILE), 'utf8');
    expect(() => new Script(source)).not.toThrow();
    expect(source).not.toMatch(/^\s*(?:import|export)\b/m);
    const manifest = JSON.parse(/const MANIFEST = (\{[\s\S]*?\n\});/.exec(source)?.[1] ?? '{}') as { urls: string[]; version: string; precache: string; offlinePage: string };
    expect(manifest.version).toBe(build.version);
    expect(manifest.precache).toBe(offlineCacheName('/intranet/culture/', 'precache', build.version));
    expect(manifest.offlinePage).toBe('/intranet/culture/offline/');
    expect(manifest.urls).toContain('/intranet/culture/assessment/');
    expect(manifest.urls).toContain('/intranet/culture/assessment/instrument.json');
    expect(manifest.urls).not.toContain('/intranet/culture/playbook/trust/');
    expect(build.files.length).toBe(manifest.urls.length);
    expect(listSite(dir)).toContain(WORKER_FILE);
  });

  test('a rebuild with the same files keeps the version; a changed file gives a new one', async () => {
    const dir = writeSite('/');
    const first = await writeServiceWorker(dir, '/');
    expect((await writeServiceWorker(dir, '/')).version).toBe(first.version);
    writeFileSync(join(dir, 'assessment/instrument.json'), '{"id":"y"}');
    expect((await writeServiceWorker(dir, '/')).version).not.toBe(first.version);
  });

  test('refuses a site without its offline page', async () => {
    const dir = writeSite('/');
    rmSync(join(dir, 'offline'), { recursive: true });
    await expect(writeServiceWorker(dir, '/')).rejects.toThrow(/offline\/index\.html/);
  });
});
