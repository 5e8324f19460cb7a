import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { exportResultsJson } from '../../src/domain/exchange/export-json.ts';
import type { AssessmentDocument } from '../../src/domain/storage/document.ts';
import { storageKey } from '../../src/domain/storage/key.ts';
import { browserForFile, openPage } from './support/browser.ts';
import { savedDocument as savedDocumentOf } from './support/results.ts';
import { siteInstrument } from './support/instrument.ts';

/**
 * The fault-injection suite of issue 13: every case breaks this browser's storage in one way,
 * compares every stored byte before and after, and asserts that the page says clearly what
 * happened. The counts are printed at the end ("faults tried, survived with nothing lost").
 */
const site = inject('rootSite');
const origin = new URL(site).origin;
const instrument = siteInstrument();
const KEY = storageKey('/', instrument.id);
const [first, second, third] = instrument.items;
if (!first || !second || !third) throw new Error('the instrument needs three statements');

const tally = { tried: 0, survived: 0 };
const browser = browserForFile(() => {
  console.log(`Storage faults: ${tally.tried} tried, ${tally.survived} survived with nothing lost and a clear message.`);
});

const savedDocument = (results: number) => savedDocumentOf(instrument, results);

type Stored = Record<string, string>;

/** Every localStorage entry of the site's origin, read by Playwright from outside the page's scripts. */
async function stored(context: BrowserContext): Promise<Stored> {
  const state = await context.storageState();
  const entries = state.origins.find((o) => o.origin === origin)?.localStorage ?? [];
  return Object.fromEntries(entries.map((e) => [e.name, e.value]));
}

/** Nothing lost: every value stored before is still stored, under its key or set aside under a backup key. */
function expectNothingLost(before: Stored, after: Stored): void {
  const kept = new Set(Object.values(after));
  for (const [key, value] of Object.entries(before)) {
    expect(after[key] === value || kept.has(value), `the value of ${key} is gone`).toBe(true);
  }
}

/** Runs one fault case and counts it; it only counts as survived when every assertion held. */
async function fault(body: (context: BrowserContext) => Promise<void>): Promise<void> {
  tally.tried += 1;
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    await body(context);
    tally.survived += 1;
  } finally {
    await context.close();
  }
}

/** Opens the site once to put `entries` into its storage before the page under test loads. */
async function seed(page: Page, entries: Stored): Promise<void> {
  await page.goto(site);
  await page.evaluate((all) => {
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, entries);
}

/** Makes localStorage.setItem throw QuotaExceededError while `window.__storageFull` is true. */
function fillStorage(startFull: boolean): void {
  const w = window as unknown as { __storageFull: boolean };
  w.__storageFull = startFull;
  const real = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    if (w.__storageFull && this === window.localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    real.call(this, key, value);
  };
}

async function startCheck(page: Page): Promise<void> {
  await page.goto(`${site}assessment/`);
  await page.getByRole('button', { name: 'Start the check' }).click();
  await page.locator(`input[name="${first!.id}"]`).first().waitFor();
}

/** Both pages click at the same wall-clock moment, before either hears of the other's save. */
async function chooseTogether(picks: readonly [Page, string, number][]): Promise<void> {
  const at = Date.now() + 400;
  await Promise.all(
    picks.map(([page, itemId, option]) =>
      page.evaluate(
        ([selector, index, when]) =>
          new Promise<void>((resolve) => {
            setTimeout(() => {
              (document.querySelectorAll(selector)[index] as HTMLInputElement).click();
              resolve();
            }, when - Date.now());
          }),
        [`input[name="${itemId}"]`, option, at] as const,
      ),
    ),
  );
}

const choose = (page: Page, itemId: string, option: number) => page.locator(`input[name="${itemId}"]`).nth(option).check();
const banner = (page: Page) => page.locator('.storage-banner').textContent();
const storedDraft = (s: Stored) => (JSON.parse(s[KEY] ?? 'null') as AssessmentDocument | null)?.draft?.answers ?? {};

describe('storage faults: nothing stored is lost, and the page says what happened', () => {
  test('storage blocked: the check runs in the tab and says so', async () => {
    await fault(async (context) => {
      const { page, log } = await openPage(context);
      await page.addInitScript(() => {
        for (const name of ['localStorage', 'sessionStorage']) {
          Object.defineProperty(window, name, {
            get() {
              throw new DOMException('Access is denied for this document.', 'SecurityError');
            },
          });
        }
      });
      await startCheck(page);
      await choose(page, first.id, 2);
      await expect.poll(() => banner(page)).toContain('only in this tab');
      expect(await page.locator(`input[name="${first.id}"]`).nth(2).isChecked()).toBe(true);
      expect(await stored(context)).toEqual({});
      expect(log.consoleErrors).toEqual([]);
    });
  });

  test('quota full from the start: earlier results stay byte for byte, the banner says the storage is full', async () => {
    await fault(async (context) => {
      const { page } = await openPage(context);
      await seed(page, { [KEY]: JSON.stringify(savedDocument(2)) });
      const before = await stored(context);
      await page.addInitScript(fillStorage, true);
      await startCheck(page);
      await choose(page, first.id, 1);
      await expect.poll(() => banner(page)).toContain('storage for the site is full');
      expect(await stored(context)).toEqual(before);
    });
  });

  test('quota full in the middle of the check: what was saved stays, later answers are kept in the tab', async () => {
    await fault(async (context) => {
      const { page } = await openPage(context);
      await page.addInitScript(fillStorage, false);
      await startCheck(page);
      await choose(page, first.id, 3);
      await expect.poll(async () => storedDraft(await stored(context))[first.id]).toBeDefined();
      const before = await stored(context);
      await page.evaluate(() => {
        (window as unknown as { __storageFull: boolean }).__storageFull = true;
      });
      await choose(page, second.id, 0);
      await expect.poll(() => banner(page)).toContain('storage for the site is full');
      expect(await page.locator('.save-status').textContent()).toContain('Not saved');
      expect(await stored(context)).toEqual(before);
      expect(await page.locator(`input[name="${second.id}"]`).first().isChecked()).toBe(true);
    });
  });

  for (const [name, value] of [
    ['corrupt data', '{"schemaVersion": 1, "instrumentId": "learning-cul'],
    ['wrong types', JSON.stringify({ schemaVersion: 1, instrumentId: instrument.id, draft: 'yes', history: 7 })],
  ] as const) {
    test(`${name}: set aside before anything is saved, listed with download and delete`, async () => {
      await fault(async (context) => {
        const { page } = await openPage(context);
        await seed(page, { [KEY]: value });
        const before = await stored(context);
        await startCheck(page);
        await choose(page, first.id, 1);
        await expect.poll(() => banner(page)).toContain('kept in a backup');
        const list = page.locator('.unreadable-data');
        expect(await list.locator('h2').textContent()).toBe('Data this site could not read');
        expectNothingLost(before, await stored(context));
        const download = page.waitForEvent('download');
        await list.getByRole('button', { name: 'Download' }).click();
        const file = await (await download).path();
        const { readFileSync } = await import('node:fs');
        expect(readFileSync(file, 'utf8')).toBe(value);
      });
    });
  }

  test('a newer version’s data: never overwritten, the check runs for this tab only and says why', async () => {
    await fault(async (context) => {
      const { page } = await openPage(context);
      const newer = JSON.stringify({ schemaVersion: 9, instrumentId: instrument.id, somethingNew: [1, 2, 3] });
      await seed(page, { [KEY]: newer });
      const before = await stored(context);
      await startCheck(page);
      await choose(page, first.id, 4);
      await choose(page, second.id, 1);
      await expect.poll(() => banner(page)).toContain('written by a newer version of this site');
      expect(await banner(page)).toContain('runs for this tab only');
      expect(await page.locator('.unreadable-data li').textContent()).toContain('newer version');
      await page.reload();
      await page.locator('.unreadable-data').waitFor();
      expect(await stored(context)).toEqual(before);
    });
  });

  test('two tabs answering 0 ms apart: both answers are kept, and each tab shows both', async () => {
    await fault(async (context) => {
      const one = (await openPage(context)).page;
      const two = (await openPage(context)).page;
      await startCheck(one);
      await two.goto(`${site}assessment/`);
      await two.getByRole('button', { name: /Start the check|Continue/ }).first().click();
      await two.locator(`input[name="${second.id}"]`).first().waitFor();
      await chooseTogether([
        [one, first.id, 1],
        [two, second.id, 3],
      ]);
      await expect.poll(async () => storedDraft(await stored(context))).toMatchObject({ [first.id]: expect.anything(), [second.id]: expect.anything() });
      for (const page of [one, two]) {
        await expect.poll(() => page.locator(`input[name="${first.id}"]`).nth(1).isChecked()).toBe(true);
        await expect.poll(() => page.locator(`input[name="${second.id}"]`).nth(3).isChecked()).toBe(true);
      }
      await chooseTogether([
        [one, third.id, 0],
        [two, first.id, 2],
      ]);
      await expect.poll(async () => Object.keys(storedDraft(await stored(context))).sort()).toEqual([first.id, second.id, third.id].sort());
    });
  });

  test('tab-only mode with earlier results: nothing is removed from the device, and the page says so', async () => {
    await fault(async (context) => {
      const { page } = await openPage(context);
      await seed(page, { [KEY]: JSON.stringify(savedDocument(2)) });
      const before = await stored(context);
      const other = (await openPage(context)).page;
      await other.goto(`${site}assessment/history/`);
      await page.goto(`${site}assessment/`);
      await page.locator('#tab-only').check();
      await expect.poll(() => banner(page)).toContain('2 earlier results stay saved on this device; nothing was removed');
      await page.getByRole('button', { name: 'Start the check' }).click();
      await choose(page, first.id, 2);
      expect(await page.locator('.save-status').textContent()).toBe('Saved in this tab only');
      expect(await stored(context)).toEqual(before);
      await other.reload();
      expect(await other.locator('body').textContent()).not.toContain('no results');
    });
  });

  test('import while storage is full: says it was not saved and offers the file back', async () => {
    await fault(async (context) => {
      const { page } = await openPage(context);
      await seed(page, { [KEY]: JSON.stringify(savedDocument(1)) });
      const before = await stored(context);
      await page.addInitScript(fillStorage, true);
      await page.goto(`${site}assessment/history/`);
      const text = exportResultsJson(instrument, savedDocument(3).history.slice(2), '2026-04-02T00:00:00.000Z');
      await page.locator('#import-file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => page.locator('.history-message').textContent()).toContain('could not be saved');
      expect(await page.locator('.history-message').textContent()).not.toContain('Imported 1 result');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download the file again' }).click();
      const { readFileSync } = await import('node:fs');
      expect(readFileSync(await (await download).path(), 'utf8')).toBe(text);
      expect(await stored(context)).toEqual(before);
    });
  });

  test('a backup across reloads: still listed after saving and reloading, once, until deleted on request', async () => {
    await fault(async (context) => {
      const { page } = await openPage(context);
      const broken = '{"schemaVersion": 1, "draft": [';
      await seed(page, { [KEY]: broken });
      const before = await stored(context);
      await startCheck(page);
      await choose(page, first.id, 1);
      for (let i = 0; i < 2; i++) {
        await page.reload();
        await page.locator('.unreadable-data').waitFor();
        expect(await page.locator('.unreadable-data li').count()).toBe(1);
      }
      await page.goto(`${site}assessment/history/`);
      await page.locator('.unreadable-data').waitFor();
      expectNothingLost(before, await stored(context));
      await page.locator('.unreadable-data').getByRole('button', { name: 'Delete…' }).click();
      await page.locator('.unreadable-data').getByRole('button', { name: 'No, keep it' }).click();
      expectNothingLost(before, await stored(context));
      await page.locator('.unreadable-data').getByRole('button', { name: 'Delete…' }).click();
      await page.locator('.unreadable-data').getByRole('button', { name: 'Yes, delete it' }).click();
      await expect.poll(() => page.locator('.unreadable-data').count()).toBe(0);
      expect(Object.values(await stored(context))).not.toContain(broken);
    });
  });
});
