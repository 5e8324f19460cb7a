import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { SITE_BUILDS } from '../browser/support/build-site.ts';
import { launchBrowser, offOrigin, openPage, type PageLog } from '../browser/support/browser.ts';
import { wordOnlyIn } from '../browser/support/unique-word.ts';
import { deploymentPrefix } from '../../src/domain/storage/key.ts';
import { themeStorageKey } from '../../src/theme/preference.ts';
import {
  NGINX,
  NGINX_MISSING,
  freePort,
  renderNginxConf,
  sampleTypesBlock,
  startNginx,
  stopNginx,
  type RunningNginx,
} from './support/nginx.ts';
import { buildFiles, builtHeading, pageAddresses } from './support/site-files.ts';

/**
 * The nginx sample (scripts/deploy/nginx.conf), tested as an IT team would use it: a build made
 * with BASE_PATH=/intranet/culture/, served by Debian's nginx with the sample's own headers, MIME
 * types and caching, and every page walked in Chromium. A second build at the root of the same
 * origin shows that two deployments on one host keep their data apart.
 */

/** The browser tests' two builds (made once by the shared global setup), served here by nginx. */
const SUB = SITE_BUILDS.sub.basePath;
const BUILD = SITE_BUILDS.sub.outDir;
const ROOT_BUILD = SITE_BUILDS.root.outDir;
const SAMPLE = readFileSync('scripts/deploy/nginx.conf', 'utf8');

const files = buildFiles(BUILD);
const pages = pageAddresses(BUILD, SUB);
const hasPage = (dir: string, path: string) => existsSync(join(dir, path, 'index.html'));
const hasAssessment = hasPage(BUILD, 'assessment') && hasPage(ROOT_BUILD, 'assessment');

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files whose names carry a hash of their content. */
const HASHED = /\/_astro\/|\.pf_(meta|fragment|index)$/;
const CONTENT_TYPES: [RegExp, string][] = [
  [/(\/|\.html)$/, 'text/html'],
  [/\.css$/, 'text/css'],
  [/\.m?js$/, 'text/javascript'],
  [/\.json$/, 'application/json'],
  [/\.svg$/, 'image/svg+xml'],
  [/\.wasm$/, 'application/wasm'],
  [/\.(pf_meta|pf_fragment|pf_index|pagefind)$/, 'application/octet-stream'],
];

/** What is wrong with one response's headers, in words; [] when it is what the sample promises. */
function headerProblems(path: string, headers: Record<string, string>, isDocument: boolean): string[] {
  const problems: string[] = [];
  const want = (name: string, ok: (v: string) => boolean, expected: string) => {
    const value = headers[name];
    if (value === undefined || !ok(value)) problems.push(`${path}: ${name} is ${JSON.stringify(value)}, expected ${expected}`);
  };
  want('x-content-type-options', (v) => v === 'nosniff', 'nosniff');
  const type = CONTENT_TYPES.find(([pattern]) => pattern.test(path))?.[1];
  if (type) want('content-type', (v) => v.split(';')[0]?.trim() === type, type);
  const cache = HASHED.test(path) ? YEAR_IMMUTABLE : 'no-cache';
  want('cache-control', (v) => v === cache, cache);
  if (isDocument) {
    const csp = ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'none'"];
    want('content-security-policy', (v) => csp.every((d) => v.includes(d)), csp.join('; '));
    want('referrer-policy', (v) => v === 'no-referrer', 'no-referrer');
    want('cross-origin-opener-policy', (v) => v === 'same-origin', 'same-origin');
    want('permissions-policy', (v) => ['camera=()', 'microphone=()', 'geolocation=()'].every((f) => v.includes(f)), 'camera, microphone and geolocation denied');
  }
  return problems;
}

let nginx: RunningNginx | undefined;
let browser: Browser | undefined;
let origin = '';
/** Why nginx or the browser did not start; each test then fails with it (a failing hook would only skip them). */
let setupError: unknown;

/** The origin nginx serves; throws the setup's error when there is none. */
function served(): string {
  if (setupError) throw setupError;
  if (!origin) throw new Error('nginx did not start; see the error above.');
  return origin;
}

beforeAll(async () => {
  try {
    await startEverything();
  } catch (error) {
    setupError = error;
  }
});

async function startEverything(): Promise<void> {
  if (!existsSync(NGINX)) throw new Error(NGINX_MISSING);
  const workDir = mkdtempSync(join(tmpdir(), 'culture-first-nginx-'));
  // nginx's workers run as an unprivileged user: they must be able to enter the work folder.
  chmodSync(workDir, 0o755);
  const port = await freePort();
  // A second deployment on the same host, at the root, with the sample's own MIME types.
  const rootLocation = [
    '        # Added by the test: a second deployment of the site at the root of the same host.',
    '        location / {',
    `            root ${resolve(ROOT_BUILD)};`,
    '            index index.html;',
    '            error_page 404 /404.html;',
    sampleTypesBlock(SAMPLE).replace(/^ {12}/gm, '            ').trimEnd(),
    '        }',
    '',
  ].join('\n');
  const conf = renderNginxConf(SAMPLE, { port, dist: resolve(BUILD), workDir, extraLocations: rootLocation });
  nginx = await startNginx(conf, workDir, port, SUB);
  origin = nginx.origin;
  browser = await launchBrowser();
}

afterAll(async () => {
  await browser?.close();
  await stopNginx(nginx);
});

test('nginx is installed', () => {
  expect(existsSync(NGINX), NGINX_MISSING).toBe(true);
});

/** Responses a page received, kept so their headers can be checked once the page has settled. */
interface Visit {
  page: Page;
  log: PageLog;
  responses: Response[];
}

/**
 * Runs `body` on a new page of `context`, then checks that nothing left the origin, no CSP
 * violation or console error happened, every response succeeded and carried the sample's headers.
 * `expected404` is the one address allowed to answer 404 (its console line is then expected too).
 * A file asked for again comes from the browser's cache, reported without its headers, so each
 * address is checked the first time the page fetches it.
 */
async function checkedVisit(
  context: BrowserContext,
  body: (v: Visit) => Promise<void>,
  { expected404 }: { expected404?: string } = {},
): Promise<void> {
  const { page, log } = await openPage(context);
  try {
    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));
    await body({ page, log, responses });
    expect(offOrigin(log, origin), 'requests off the origin').toEqual([]);
    const errors = log.consoleErrors.filter((e) => !(expected404 && /status of 404/.test(e)));
    expect(errors.filter((e) => /CSP violation|Content Security Policy/i.test(e)), 'CSP violations').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const r of responses) {
      const path = new URL(r.url()).pathname;
      if (!r.url().startsWith(origin) || seen.has(r.url())) continue;
      seen.add(r.url());
      if (r.status() >= 400 && !(expected404 && r.url() === expected404)) problems.push(`${path}: status ${r.status()}`);
      // The deployment at the root (second describe) is served without the sample's headers.
      if (path.startsWith(SUB)) problems.push(...headerProblems(path, await r.allHeaders(), r.request().resourceType() === 'document'));
    }
    expect(problems, 'responses').toEqual([]);
  } finally {
    await page.close();
  }
}

/** `checkedVisit` in a fresh browser context of its own. */
async function visit(body: (v: Visit) => Promise<void>, expected404?: string): Promise<void> {
  served();
  if (!browser) throw new Error('The browser did not start.');
  const context = await browser.newContext();
  try {
    await checkedVisit(context, body, expected404 === undefined ? {} : { expected404 });
  } finally {
    await context.close();
  }
}

/** Waits until every island that hydrates without user action has hydrated (Astro then drops `ssr`). */
async function islandsHydrated(page: Page): Promise<number> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('astro-island')].every(
        (island) => !island.hasAttribute('ssr') || ['visible', 'media'].includes(island.getAttribute('client') ?? ''),
      ),
    null,
    { timeout: 15_000 },
  );
  return page.locator('astro-island').count();
}

const linkStatus = new Map<string, Promise<number>>();
/** The status of an address as a plain GET without following redirects, asked once per address. */
function statusOf(url: string): Promise<number> {
  let status = linkStatus.get(url);
  if (!status) {
    status = fetch(url, { redirect: 'manual' }).then(async (r) => {
      await r.arrayBuffer();
      return r.status;
    });
    linkStatus.set(url, status);
  }
  return status;
}

/** Internal links and resources of the page that do not resolve under the sub-path, in words. */
async function brokenInternalLinks(page: Page): Promise<string[]> {
  const targets = await page.$$eval('a[href], link[href], script[src], img[src]', (elements) =>
    elements.map((e) => (e as HTMLAnchorElement).href || (e as HTMLScriptElement).src),
  );
  // A link to a place on the page itself (the skip link, the table of contents) is the page's own address.
  const self = page.url().split('#')[0];
  const internal = [
    ...new Set(targets.filter((t) => t.startsWith(`${origin}/`)).map((t) => t.split('#')[0] ?? t)),
  ].filter((url) => url !== self);
  const problems: string[] = [];
  for (const url of internal) {
    const path = new URL(url).pathname;
    if (!path.startsWith(SUB)) problems.push(`${path}: outside ${SUB}`);
    else if ((await statusOf(url)) !== 200) problems.push(`${path}: status ${await statusOf(url)}`);
  }
  return problems;
}

describe('the nginx sample serving a build under /intranet/culture/', () => {
  test('the build has the page types the walk expects', () => {
    expect(pages).toContain(SUB);
    expect(pages).toContain(`${SUB}playbook/`);
    expect(pages.filter((p) => p.startsWith(`${SUB}playbook/`)).length).toBeGreaterThan(1);
    expect(files).toContain('404.html');
  });

  // Pages are walked a few at a time, each on its own page of one browser context: most of a page's
  // time is waiting for the network to settle, and a fresh context per page cost more than the page.
  // The offline worker is kept out of the walk (it would store the site's files while the walk runs);
  // its own test follows.
  describe.concurrent('every page', () => {
    let context: BrowserContext | undefined;
    beforeAll(async () => {
      served();
      context = await browser?.newContext({ serviceWorkers: 'block' });
    });
    afterAll(async () => {
      await context?.close();
    });
    for (const address of pages) {
      test(`${address} loads clean: 200, the sample's headers, no CSP violation, every link resolves`, async () => {
        if (!context) throw new Error('The browser did not start.');
        await checkedVisit(
          context,
          async ({ page }) => {
            // Routing turns the shared cache off, so every file comes from nginx with its headers, as in a fresh context.
            await page.route('**/*', (route) => route.continue());
            const response = await page.goto(`${origin}${address}`, { waitUntil: 'networkidle' });
            expect(response?.status()).toBe(200);
            const meta = await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content');
            expect(meta, 'the page carries its own CSP').toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
            await islandsHydrated(page);
            expect(await brokenInternalLinks(page)).toEqual([]);
          },
        );
      });
    }
  });

  test('the offline worker installs under the sub-path, served with the sample\'s headers, and stores the check', async () => {
    await visit(async ({ page }) => {
      await page.goto(`${origin}${SUB}`, { waitUntil: 'networkidle' });
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
      expect(scope).toBe(`${origin}${SUB}`);
      await expect.poll(() => page.evaluate(async (check) => (await caches.match(check)) !== undefined, `${origin}${SUB}assessment/`)).toBe(true);
      // The worker's own file is fetched by the browser, not the page: ask for it as a page would.
      const worker = await page.evaluate(async (url) => {
        const r = await fetch(url, { cache: 'no-store' });
        return { status: r.status, headers: Object.fromEntries(r.headers) };
      }, `${origin}${SUB}service-worker.js`);
      expect(worker.status).toBe(200);
      expect(headerProblems(`${SUB}service-worker.js`, worker.headers, false)).toEqual([]);
    });
  });

  test('an unknown address gets the site\'s 404 page with status 404 and the same headers', async () => {
    const unknown = `${origin}${SUB}no-such-page-${Date.now()}/`;
    await visit(async ({ page }) => {
      const response = await page.goto(unknown, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(404);
      expect((await page.locator('h1').first().textContent())?.trim()).toBe(builtHeading(BUILD, '404.html'));
      expect(await brokenInternalLinks(page)).toEqual([]);
    }, unknown);
  });

  test('addresses without the trailing slash redirect, relative to the host the browser used', async () => {
    served();
    for (const [from, to] of [
      [SUB.slice(0, -1), SUB],
      [`${SUB}playbook`, `${SUB}playbook/`],
    ] as const) {
      const response = await fetch(`${origin}${from}`, { redirect: 'manual' });
      expect(response.status, from).toBe(301);
      expect(response.headers.get('location'), from).toBe(to);
      // A redirect is a response like any other: the same security headers.
      expect(headerProblems(from, Object.fromEntries(response.headers), true)).toEqual([]);
    }
  });

  test('each kind of file gets its MIME type and cache policy; text is gzipped, Pagefind\'s packed files are not', async () => {
    served();
    const pick = (pattern: RegExp) => files.find((f) => pattern.test(f));
    const kinds: [string, RegExp, boolean][] = [
      ['a page', /^index\.html$/, true],
      ['a hashed script', /^_astro\/.+\.js$/, true],
      ['a hashed stylesheet', /^_astro\/.+\.css$/, true],
      ['the norms the result pages fetch', /^_astro\/norms\.[\w-]+\.json$/, true],
      ['Pagefind\'s loader', /^pagefind\/pagefind\.js$/, true],
      ['Pagefind\'s entry', /^pagefind\/pagefind-entry\.json$/, false],
      ['Pagefind\'s WebAssembly', /^pagefind\/wasm\.[^/]+\.pagefind$/, false],
      ['Pagefind\'s metadata', /\.pf_meta$/, false],
      ['a Pagefind fragment', /\.pf_fragment$/, false],
      ['a Pagefind index chunk', /\.pf_index$/, false],
    ];
    const problems: string[] = [];
    const wasm = files.filter((f) => f.endsWith('.wasm'));
    // The instrument the app pages fetch, one file per language.
    const instruments = files.filter((f) => /^_astro\/instrument\.[\w-]+\.json$/.test(f));
    if (instruments.length < 2) problems.push(`the build has ${instruments.length} instrument files, expected one per language`);
    const each = (list: string[], gzipped: boolean) => list.map((f) => [f, new RegExp(`^${f.replace(/\./g, '\\.')}$`), gzipped] as [string, RegExp, boolean]);
    for (const [label, pattern, gzipped] of [...kinds, ...each(wasm, false), ...each(instruments, true)]) {
      const file = pick(pattern);
      if (!file) {
        problems.push(`the build has no ${label} (${pattern})`);
        continue;
      }
      const response = await fetch(`${origin}${SUB}${file}`, { headers: { 'accept-encoding': 'gzip' } });
      const body = await response.arrayBuffer();
      if (response.status !== 200) problems.push(`${file}: status ${response.status}`);
      problems.push(...headerProblems(`${SUB}${file}`, Object.fromEntries(response.headers), file.endsWith('.html')));
      const encoding = response.headers.get('content-encoding');
      // nginx leaves files under gzip_min_length (256 bytes) uncompressed.
      if (gzipped && body.byteLength >= 256 && encoding !== 'gzip') problems.push(`${file}: not gzipped (${label})`);
      if (!gzipped && encoding) problems.push(`${file}: content-encoding ${encoding}, but ${label} is packed already`);
    }
    expect(problems).toEqual([]);
  });

  test('search opens with Ctrl+K, finds a chapter by a word only it contains, and the result opens it', async () => {
    const slugs = readdirSync('content/playbook').filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort();
    const chosen = slugs
      .filter((slug) => hasPage(BUILD, `playbook/${slug}`))
      .map((slug) => {
        try {
          return { slug, word: wordOnlyIn(slug) };
        } catch {
          return undefined;
        }
      })
      .find((c) => c !== undefined);
    if (!chosen) throw new Error('No chapter has a word that no other chapter uses; search cannot be checked.');
    const expected = `${SUB}playbook/${chosen.slug}/`;
    await visit(async ({ page }) => {
      await page.goto(`${origin}${SUB}playbook/`, { waitUntil: 'networkidle' });
      await page.keyboard.press('Control+k');
      const input = page.locator('[data-search-input]');
      await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
      await input.fill(chosen.word);
      const results = page.locator('[data-search-results] li a');
      await results.first().waitFor({ timeout: 15_000 });
      const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs, `results for "${chosen.word}"`).toContain(expected);
      await page.locator(`[data-search-results] li a[href="${expected}"]`).first().click();
      await page.waitForURL(`${origin}${expected}`);
      expect((await page.locator('h1').first().textContent())?.trim()).toBe(
        builtHeading(BUILD, `playbook/${chosen.slug}/index.html`),
      );
    });
  });

  test.skipIf(!hasPage(BUILD, 'assessment'))('the readiness check loads its island without errors', async () => {
    await visit(async ({ page }) => {
      await page.goto(`${origin}${SUB}assessment/`, { waitUntil: 'networkidle' });
      expect(await islandsHydrated(page), 'islands on /assessment/').toBeGreaterThan(0);
      const rendered = await page.locator('astro-island').first().evaluate((el) => el.textContent?.trim().length ?? 0);
      expect(rendered, 'the island rendered something').toBeGreaterThan(0);
    });
  });
});

describe('two deployments on one origin (/ and /intranet/culture/)', () => {
  const subPrefix = deploymentPrefix(SUB);
  const rootPrefix = deploymentPrefix('/');

  async function storage(page: Page): Promise<Record<string, string>> {
    return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  }

  test('a theme chosen under the sub-path stays there', async () => {
    await visit(async ({ page }) => {
      const sub = page;
      await sub.emulateMedia({ colorScheme: 'light' });
      await sub.goto(`${origin}${SUB}playbook/`, { waitUntil: 'networkidle' });
      await sub.selectOption('#theme-select', 'dark');
      expect(await sub.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect((await storage(sub))[themeStorageKey(SUB)]).toBe('dark');

      const root = page;
      await root.goto(`${origin}/playbook/`, { waitUntil: 'networkidle' });
      const fallback = await root.evaluate(() => document.documentElement.dataset.themeDefault);
      expect(await root.evaluate(() => document.documentElement.dataset.themePreference)).toBe(fallback);
      expect(await root.locator('#theme-select').inputValue()).toBe(fallback);
      expect(await root.evaluate(() => document.documentElement.dataset.theme)).toBe(fallback === 'dark' ? 'dark' : 'light');
      const keys = Object.keys(await storage(root));
      expect(keys).not.toContain(themeStorageKey('/'));
      expect(keys.filter((k) => !k.startsWith(subPrefix) && !k.startsWith(rootPrefix))).toEqual([]);
    });
  });

  test.skipIf(!hasAssessment)('an answer given under the sub-path is not seen at the root', async () => {
    await visit(async ({ page }) => {
      const sub = page;
      await sub.goto(`${origin}${SUB}assessment/`, { waitUntil: 'networkidle' });
      await islandsHydrated(sub);
      await sub.getByRole('button', { name: /start/i }).first().click();
      const firstRadio = sub.locator('input[type="radio"]').first();
      await firstRadio.check();
      await expect
        .poll(async () => Object.keys(await storage(sub)).filter((k) => k.startsWith(subPrefix) && !k.endsWith('@theme')))
        .not.toEqual([]);

      // Read the data from a page of the other deployment that has no island, once the check has
      // been left (it saves when the page is hidden), so what is compared is final.
      const root = page;
      await root.goto(`${origin}/playbook/`, { waitUntil: 'networkidle' });
      const subData = Object.entries(await storage(root)).filter(([k]) => k.startsWith(subPrefix));

      await root.goto(`${origin}/assessment/`, { waitUntil: 'networkidle' });
      await islandsHydrated(root);
      await root.getByRole('button', { name: /start/i }).first().click();
      await root.locator('input[type="radio"]').first().waitFor();
      expect(await root.locator('input[type="radio"]:checked').count(), 'answers checked at the root').toBe(0);

      const after = await storage(root);
      expect(Object.keys(after).filter((k) => !k.startsWith(subPrefix) && !k.startsWith(rootPrefix))).toEqual([]);
      // The root deployment neither read nor rewrote the sub-path's data.
      expect(Object.entries(after).filter(([k]) => k.startsWith(subPrefix))).toEqual(subData);
    });
  });
});
