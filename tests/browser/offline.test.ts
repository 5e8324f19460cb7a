import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { WORKER_FILE } from '../../src/offline/worker-file.ts';
import { writeServiceWorker } from '../../src/offline/generate.ts';
import { offlineCachePrefix } from '../../src/offline/names.ts';
import { storageKey } from '../../src/domain/storage/key.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { tempProject } from '../build/temp-project.ts';
import { axeViolations, browserForFile, expectCleanVisit, offOrigin, openPage } from './support/browser.ts';
import { SITE_BUILDS, buildSite } from './support/build-site.ts';
import { answerStepByKeyboard, completeCheckByKeyboard, waitForStep, type Pattern } from './support/check-driver.ts';
import { siteInstrument, siteInstrumentIn } from './support/instrument.ts';

/**
 * Offline use in Chromium, against the two test builds, each served by a server of its own on a
 * port of its own (so the worker these tests install controls no other test's pages, and going
 * offline cuts only this server): visit once, cut the network, take the whole check, see the
 * results and the history, read a chapter opened before, get the offline page for one never
 * opened; a new build is announced without losing a draft; switching offline use off removes the
 * worker for a returning visitor.
 */

const instrument = siteInstrument();
const german = siteInstrumentIn('de');
const steps = instrument.dimensions.length;
const varied: Pattern = (i) => (i * 7 + 3) % 5;
const LONG_FLOW = 180_000;
const OFFLINE_HEADING = 'This page is not available offline';

const cleanup: (() => Promise<void> | void)[] = [];
const browser = browserForFile(async () => {
  for (const step of cleanup.reverse()) await step();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cf-offline-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A server of a site folder that the test can take off the network (connections refused from then on). */
async function serve(dir: string, base: string): Promise<StaticServer & { site: string; cut: () => Promise<void> }> {
  const server = await serveStatic(dir, base);
  let closed = false;
  const cut = async () => {
    if (closed) return;
    closed = true;
    server.server.closeAllConnections();
    await server.close();
  };
  cleanup.push(cut);
  return { ...server, site: `${server.origin}${base}`, cut };
}

/** Replaces what a folder holds with a copy of another, as a deployment does. */
function deploy(from: string, to: string): void {
  for (const entry of readdirSync(to)) rmSync(join(to, entry), { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}

async function withContext(body: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    await body(context);
  } finally {
    await context.close();
  }
}

/** Waits until the offline worker has installed (everything stored) and controls the page. */
async function waitForWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

async function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

async function isKept(page: Page, url: string): Promise<boolean> {
  return page.evaluate(async (u) => (await caches.match(u)) !== undefined, url);
}

async function storedDocument(page: Page, key: string): Promise<unknown> {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as unknown, key);
}

for (const [label, build] of [
  ['at the root', SITE_BUILDS.root],
  ['under a sub-path', SITE_BUILDS.sub],
] as const) {
  describe(`offline use ${label}`, () => {
    const base = build.basePath;

    test('the build holds the worker file and the offline page', () => {
      expect(existsSync(join(build.outDir, WORKER_FILE))).toBe(true);
      expect(existsSync(join(build.outDir, 'offline/index.html'))).toBe(true);
    });

    test(
      'visit once, cut the network: the whole check, its results, the history, the team view and a chapter read before work; a chapter never opened shows the offline page',
      async () => {
        const server = await serve(build.outDir, base);
        const { site, origin } = server;
        await withContext(async (context) => {
          const { page, log } = await openPage(context);
          await page.goto(`${site}assessment/`);
          await waitForWorker(page);
          // A chapter read while online is kept for offline reading.
          await page.goto(`${site}playbook/trust/`);
          const chapterTitle = await page.locator('h1').textContent();
          await expect.poll(() => isKept(page, `${site}playbook/trust/`)).toBe(true);
          const names = await cacheNames(page);
          expect(names.length).toBeGreaterThan(0);
          expect(names.every((n) => n.startsWith(offlineCachePrefix(base)))).toBe(true);

          await context.setOffline(true);
          await server.cut();

          // Every page from here on comes from the worker: the network is gone.
          expect((await page.goto(`${site}assessment/`))?.fromServiceWorker()).toBe(true);
          await completeCheckByKeyboard(page, instrument, varied);
          await page.waitForURL(/\/assessment\/results\/\?id=/);
          await expect.poll(() => page.locator('h1').textContent()).toBe('Your readiness result');
          await page.locator('.score-table tbody tr').first().waitFor({ state: 'attached' });
          expect(await page.locator('.score-table tbody tr').count()).toBe(steps);

          await page.goto(`${site}assessment/history/`);
          await expect.poll(() => page.locator('h1').textContent()).toBe('Your results on this device');
          await expect.poll(() => page.locator('.history-table tbody tr').count()).toBe(1);

          await page.goto(`${site}team/`);
          await expect.poll(() => page.locator('h1').first().textContent()).toBe('Team view');
          await page.locator('input[type="file"]').first().waitFor({ state: 'attached' });

          await page.goto(`${site}playbook/trust/`);
          expect(await page.locator('h1').textContent()).toBe(chapterTitle);
          // The latest-score card loads its code when scrolled to, offline too.
          await page.locator('.latest-score').scrollIntoViewIfNeeded();
          await expect.poll(() => page.locator('.latest-score').textContent()).toContain('of 100');

          expect((await page.goto(`${site}playbook/transparency/`))?.fromServiceWorker()).toBe(true);
          expect(await page.locator('h1').textContent()).toBe(OFFLINE_HEADING);
          expect(await page.getByRole('link', { name: 'Take or continue the readiness check' }).getAttribute('href')).toBe(`${base}assessment/`);
          expect(await axeViolations(page)).toEqual([]);
          // Its links work from any address it is shown at.
          await page.getByRole('link', { name: 'Your earlier results' }).click();
          await expect.poll(() => page.locator('h1').textContent()).toBe('Your results on this device');

          // The German pages of the check were stored too, with the German instrument they fetch; an
          // address under /de/ gets the German offline page.
          expect((await page.goto(`${site}de/assessment/`))?.fromServiceWorker()).toBe(true);
          expect(await page.getAttribute('html', 'lang')).toBe('de');
          await expect.poll(() => page.locator('main h1').textContent()).toBe(german.title);
          expect((await page.goto(`${site}de/playbook/transparency/`))?.fromServiceWorker()).toBe(true);
          expect(await page.locator('h1').textContent()).toBe('Diese Seite ist offline nicht verfügbar');
          expect(await page.getByRole('link', { name: 'Den Readiness-Check ausfüllen oder fortsetzen' }).getAttribute('href')).toBe(`${base}de/assessment/`);

          expectCleanVisit(log, origin);
          // What the worker leaves to the network (the search index) fails: this really was offline.
          const search = await page.evaluate((u) => fetch(u).then(() => 'loaded', () => 'failed'), `${site}pagefind/pagefind.js`);
          expect(search).toBe('failed');
        });
      },
      LONG_FLOW,
    );

    test(
      'a new build is announced in a live region, and Reload brings it without losing the draft’s last answer',
      async () => {
        const buildA = build.outDir;
        const buildB = tempDir();
        cpSync(buildA, buildB, { recursive: true });
        const page_ = join(buildB, 'assessment/index.html');
        writeFileSync(page_, readFileSync(page_, 'utf8').replace('</body>', '<!-- build B --></body>'));
        const versionB = (await writeServiceWorker(buildB, base)).version;
        const served = tempDir();
        deploy(buildA, served);
        const server = await serve(served, base);
        const { site, origin } = server;
        const key = storageKey(base, instrument.id);

        await withContext(async (context) => {
          const { page, log } = await openPage(context);
          await page.goto(`${site}assessment/`);
          await waitForWorker(page);
          const versionA = (await cacheNames(page))[0]?.split(':').at(-1);
          expect(versionA).not.toBe(versionB);

          await page.getByRole('button', { name: 'Start the check' }).click();
          await waitForStep(page, 1, steps);
          await answerStepByKeyboard(page, instrument, varied);
          await page.getByRole('button', { name: 'Continue' }).click();
          await waitForStep(page, 2, steps);
          // The last answer, given just before the new version arrives.
          const question = page.locator('fieldset.question').nth(1);
          const name = await question.locator('input').first().getAttribute('name');
          await question.locator('input').nth(2).check();
          await expect.poll(() => page.locator('.save-status').textContent()).toBe('Saved on this device');
          const draft = await storedDocument(page, key);
          await page.evaluate(() => Object.assign(window, { beforeUpdate: true }));

          deploy(buildB, served);
          await page.evaluate(async () => {
            await (await navigator.serviceWorker.getRegistration())?.update();
          });
          const notice = page.locator('[data-update-notice]');
          await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toContain('A newer version of this site is available.');
          expect(await notice.getAttribute('role')).toBe('status');
          // Nothing reloaded on its own: same document, same draft.
          expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(true);
          expect(await storedDocument(page, key)).toEqual(draft);
          expect(await axeViolations(page)).toEqual([]);

          const reloaded = page.waitForEvent('load');
          await notice.getByRole('button', { name: 'Reload' }).click();
          await reloaded;
          expect(await page.evaluate(() => 'beforeUpdate' in window)).toBe(false);
          expect(await page.evaluate(() => document.documentElement.outerHTML.includes('<!-- build B -->'))).toBe(true);
          await expect.poll(() => page.locator('h1').textContent()).toContain(`Step 2 of ${steps}`);
          expect(await page.locator(`fieldset.question input[name="${name}"]:checked`).count()).toBe(1);
          expect(await storedDocument(page, key)).toEqual(draft);
          // The old version's caches are gone; only the new version's remain.
          await expect.poll(async () => (await cacheNames(page)).every((n) => n.endsWith(`:${versionB}`))).toBe(true);
          expect(await notice.textContent()).not.toContain('A newer version');
          expectCleanVisit(log, origin);
        });
      },
      LONG_FLOW,
    );
  });
}

describe('a server that is down behind a proxy', () => {
  test('a page kept answers for a 503, a page never kept shows the server’s own error', async () => {
    const base = SITE_BUILDS.root.basePath;
    const server = await serve(SITE_BUILDS.root.outDir, base);
    const port = new URL(server.origin).port;
    await withContext(async (context) => {
      const { page, log } = await openPage(context);
      await page.goto(`${server.site}assessment/`);
      await waitForWorker(page);
      await server.cut();
      // What a proxy answers while the site's server is stopped.
      const proxy = createServer((_request, response) => {
        response.writeHead(503, { 'content-type': 'text/plain' });
        response.end('Service unavailable');
      });
      await new Promise<void>((done) => proxy.listen(Number(port), '127.0.0.1', done));
      cleanup.push(() => new Promise<void>((done) => proxy.close(() => done())));
      const kept = await page.goto(`${server.site}assessment/`);
      expect(kept?.status()).toBe(200);
      await expect.poll(() => page.getByRole('button', { name: 'Start the check' }).count()).toBe(1);
      const never = await page.goto(`${server.site}playbook/trust/`);
      expect(never?.status()).toBe(503);
      // The 503 itself is the one console error: the browser reports the failed page load.
      expect(log.consoleErrors.filter((e) => !/503/.test(e))).toEqual([]);
      expect(offOrigin(log, server.origin)).toEqual([]);
    });
  });
});

describe('offline use switched off', () => {
  const base = '/';
  // Built once more with `offline: false`; CF_REUSE_BUILD=1 reuses it like the other test builds.
  const off = resolve('.test-builds/offline-off');
  beforeAll(() => {
    if (process.env.CF_REUSE_BUILD === '1' && existsSync(join(off, 'index.html'))) return;
    const project = tempProject();
    cleanup.push(() => rmSync(project.dir, { recursive: true, force: true }));
    project.edit('content/site.yaml', (t) => t.replace(/^offline: true$/m, 'offline: false'));
    const { ok, output } = buildSite(off, { BASE_PATH: base }, project.dir);
    if (!ok) throw new Error(`The build with offline: false failed:\n${output}`);
  }, 300_000);

  test('no worker file, no offline page, no registration in the pages', () => {
    expect(existsSync(join(off, WORKER_FILE))).toBe(false);
    expect(existsSync(join(off, 'offline'))).toBe(false);
    const chapter = readFileSync(join(off, 'playbook/trust/index.html'), 'utf8');
    expect(chapter).not.toContain(WORKER_FILE);
    expect(chapter).not.toContain('data-update-notice');
  });

  test(
    'a returning visitor’s worker and caches are removed, so the switch takes effect',
    async () => {
      const served = tempDir();
      deploy(SITE_BUILDS.root.outDir, served);
      const server = await serve(served, base);
      await withContext(async (context) => {
        const { page, log } = await openPage(context);
        await page.goto(server.site);
        await waitForWorker(page);
        expect((await cacheNames(page)).length).toBeGreaterThan(0);

        deploy(off, served);
        // The first page after the switch still comes through the old worker (network first: the
        // new build's page), and its script removes the worker.
        expect((await page.goto(`${server.site}playbook/`))?.fromServiceWorker()).toBe(true);
        await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
        // From the next page on, no worker answers, and no offline cache of this deployment is left
        // (the old worker may still have been storing a file of the first page while it was removed).
        expect((await page.goto(server.site))?.fromServiceWorker()).toBe(false);
        expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
        await expect.poll(() => cacheNames(page)).toEqual([]);
        expectCleanVisit(log, server.origin);
      });
    },
    LONG_FLOW,
  );
});
