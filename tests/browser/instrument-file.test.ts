import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readCatalog } from '../../src/content-data/catalog-files.ts';
import { emptyDocument } from '../../src/domain/storage/empty-document.ts';
import { storageKey } from '../../src/domain/storage/key.ts';
import { en, type MessageKey } from '../../src/i18n/en/index.ts';
import { translator, type Messages, type Translate } from '../../src/i18n/translate.ts';
import { SITE_BUILDS } from './support/build-site.ts';
import { launchBrowser, offOrigin, openPage } from './support/browser.ts';
import { siteInstrument, siteInstrumentIn } from './support/instrument.ts';

/**
 * The instrument ships once per language: every app page preloads the JSON file of its language
 * from _astro/ (a name that holds a hash of its content) and its island fetches it, at the root
 * and under a sub-path, from the site's own origin. Without it, the page says so instead of
 * showing nothing. A returning visitor's check asks for the storage code and the instrument together.
 */
const APP_PAGES = ['assessment/', 'assessment/results/', 'assessment/history/', 'assessment/shared/', 'team/'];
const words = (messages: Messages, lang: string) => translator(messages, lang) as Translate<MessageKey>;
const LANGUAGES = [
  { lang: 'en', prefix: '', instrument: siteInstrument(), t: words(en, 'en') },
  { lang: 'de', prefix: 'de/', instrument: siteInstrumentIn('de'), t: words(readCatalog('.', 'content/i18n/de.yaml', 'de').messages, 'de') },
] as const;
const BUILDS = [
  ['at the root', SITE_BUILDS.root, inject('rootSite')],
  ['under a sub-path', SITE_BUILDS.sub, inject('subSite')],
] as const;
const PRELOAD = /<link rel="preload" href="([^"]+)" as="fetch" crossorigin="anonymous"\s*\/?>/g;
const INSTRUMENT_FILE = /\/_astro\/instrument\.[\w-]+\.json$/;
const STORAGE_CODE = /\/_astro\/stored-document\.[\w-]+\.js$/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage(body: (page: Page, log: Awaited<ReturnType<typeof openPage>>['log']) => Promise<void>): Promise<void> {
  // The offline worker would answer for the file from its own cache, out of reach of page.route.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const { page, log } = await openPage(context);
    await body(page, log);
  } finally {
    await context.close();
  }
}

describe.each(BUILDS)('the instrument files %s', (_where, build, site) => {
  const origin = new URL(site).origin;
  const built = (prefix: string) => APP_PAGES.map((path) => `${prefix}${path}`).filter((path) => existsSync(join(build.outDir, path, 'index.html')));

  test('every app page preloads the hashed JSON of its language under the base path, and carries no statement itself', () => {
    const fileOf = new Map<string, string>();
    for (const { lang, prefix, instrument } of LANGUAGES) {
      const pages = built(prefix);
      expect(pages.length, `the build has no app pages in ${lang}`).toBeGreaterThan(0);
      const urls = new Set<string>();
      for (const path of pages) {
        const html = readFileSync(join(build.outDir, path, 'index.html'), 'utf8');
        const preloads = [...html.matchAll(PRELOAD)].map((m) => m[1] ?? '');
        expect(preloads, `${path} preloads`).toHaveLength(1);
        urls.add(preloads[0] ?? '');
        // Props are HTML-escaped, so look for a statement's words, not its punctuation.
        for (const item of instrument.items.slice(0, 3)) expect(html, `${path} holds statement ${item.id}`).not.toContain(item.text.split(',')[0]);
      }
      expect([...urls], `the ${lang} app pages preload one file`).toHaveLength(1);
      const [url = ''] = urls;
      expect(url).toMatch(new RegExp(`^${build.basePath}_astro/instrument\\.[\\w-]+\\.json$`));
      const file = join(build.outDir, url.slice(build.basePath.length));
      expect(existsSync(file), `${file} is missing`).toBe(true);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(instrument)));
      fileOf.set(lang, url);
    }
    expect(new Set(fileOf.values()).size, 'each language has a file of its own').toBe(LANGUAGES.length);
  });

  test.each(LANGUAGES)('the check in $lang fetches its file once from the site itself, the preload is used, and the check shows', async ({ prefix, instrument, t }) => {
    await withPage(async (page, log) => {
      const fetched: { url: string; status: number; type: string }[] = [];
      page.on('response', (r) => {
        if (INSTRUMENT_FILE.test(r.url())) fetched.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'] ?? '' });
      });
      await page.goto(`${site}${prefix}assessment/`);
      await page.getByRole('button', { name: t('check.start') }).waitFor();
      expect(await page.locator('main h1').textContent()).toBe(instrument.title);
      // One response: a preload the fetch did not reuse would show as a second.
      expect(fetched).toHaveLength(1);
      expect(fetched[0]).toMatchObject({ status: 200, type: expect.stringMatching(/^application\/json/) });
      expect(new URL(fetched[0]?.url ?? '').pathname.startsWith(`${build.basePath}_astro/`)).toBe(true);
      expect(offOrigin(log, origin)).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    });
  });

  test.each(LANGUAGES)('when the file cannot be fetched, each app page in $lang says so', async ({ prefix, t }) => {
    await withPage(async (page, log) => {
      await page.route(INSTRUMENT_FILE, (route) => route.fulfill({ status: 404, body: 'Not found' }));
      for (const path of built(prefix)) {
        await page.goto(`${site}${path}`);
        await expect
          .poll(() => page.getByRole('alert').filter({ hasText: t('common.instrumentNotLoaded') }).count(), { message: path, timeout: 10_000 })
          .toBe(1);
      }
      expect(offOrigin(log, origin)).toEqual([]);
      // The browser reports the missing file itself; nothing else may go wrong.
      expect(log.consoleErrors.filter((e) => !/404/.test(e))).toEqual([]);
    });
  });

  test('a returning visitor’s check asks for the storage code while the instrument is still on its way; a first visit does not', async () => {
    const [{ instrument, t }] = LANGUAGES;
    for (const returning of [true, false]) {
      await withPage(async (page, log) => {
        const storageCode: string[] = [];
        page.on('request', (r) => {
          if (STORAGE_CODE.test(r.url())) storageCode.push(r.url());
        });
        if (returning) {
          await page.goto(site);
          await page.evaluate(([key, doc]) => window.localStorage.setItem(key, doc), [storageKey(build.basePath, instrument.id), JSON.stringify(emptyDocument(instrument.id))] as const);
        }
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route(INSTRUMENT_FILE, async (route) => {
          await held;
          await route.continue();
        });
        // The held file keeps the page from finishing loading, so wait only for the document.
        await page.goto(`${site}assessment/`, { waitUntil: 'domcontentloaded' });
        if (returning) await expect.poll(() => storageCode.length, { timeout: 10_000 }).toBeGreaterThan(0);
        release();
        await page.getByRole('button', { name: t('check.start') }).waitFor();
        if (!returning) expect(storageCode, 'a first visit loads the storage code with its first change, not before').toEqual([]);
        expect(offOrigin(log, origin)).toEqual([]);
        expect(log.consoleErrors).toEqual([]);
      });
    }
  });
});
