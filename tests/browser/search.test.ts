import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations, browserForFile, offOrigin, openPage } from './support/browser.ts';

const site = inject('rootSite');
const base = new URL(site).pathname;

const browser = browserForFile();

async function withPage(width: number, body: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width, height: 844 } });
  try {
    const { page, log } = await openPage(context);
    await body(page);
    expect(offOrigin(log, new URL(site).origin)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Opens search from the header button and waits for the results of `term`. */
async function search(page: Page, term: string) {
  if (!(await page.locator('[data-search-dialog]').evaluate((d) => (d as HTMLDialogElement).open))) {
    await page.locator('[data-search-open]').click();
  }
  const input = page.locator('[data-search-input]');
  const status = page.locator('[data-search-status]');
  // Clearing first empties the status, so the wait below sees this term's results, not the last one's.
  await input.fill('');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('');
  await input.fill(term);
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/found/);
  await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
}

/** The attribute chapters' titles, read from their frontmatter. */
function attributeTitles(): string[] {
  return readdirSync('content/playbook')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => readFileSync(`content/playbook/${f}`, 'utf8'))
    .filter((text) => /^attribute:/m.test(text))
    .map((text) => /^title:\s*"?(.+?)"?\s*$/m.exec(text)?.[1] ?? '');
}

describe('search results', () => {
  test('excerpts and section titles carry only the page’s words, with spaces between blocks', async () => {
    await withPage(1280, async (page) => {
      await page.goto(`${site}playbook/`);
      await search(page, 'blameless');
      const excerpts = await page.locator('[data-search-results] p').allTextContents();
      const titles = await page.locator('.search-sections a').allTextContents();
      expect(excerpts.length).toBeGreaterThan(2);
      for (const text of [...excerpts, ...titles]) {
        expect(text).not.toMatch(/Link to the section|#/);
        // A sentence glued to the next block ("set.Who", "PlayBlameless") means a missing space.
        expect(text).not.toMatch(/[a-z][.:][A-Z][a-z]|\bPlay[A-Z]|\b(Purpose|Who|Time)[A-Z]/);
      }
    });
  });

  test('an attribute chapter comes first when its title is searched, above the glossary and references', async () => {
    await withPage(1280, async (page) => {
      await page.goto(site);
      const titles = attributeTitles();
      expect(titles.length).toBe(8);
      for (const title of titles) {
        await search(page, title);
        await expect.poll(() => page.locator('.search-result-title').first().textContent(), { message: title, timeout: 10_000 }).toBe(title);
      }
    });
  });

  test('a chapter’s result lists the sections that match, each opening at its heading', async () => {
    await withPage(1280, async (page) => {
      await page.goto(site);
      await search(page, 'blameless');
      const trust = page.locator('[data-search-results] > li').filter({ has: page.locator('.search-result-title', { hasText: /^Trust$/ }) });
      const sections = trust.locator('.search-sections a');
      expect(await sections.count()).toBeGreaterThan(0);
      for (const href of await sections.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        expect(href).toMatch(new RegExp(`^${base}playbook/trust/#[a-z0-9-]+$`));
      }
      const title = (await sections.first().textContent()) ?? '';
      await sections.first().click();
      await page.waitForURL(/\/playbook\/trust\/#/);
      const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
      const heading = page.locator(`[id="${id}"]`);
      expect(await heading.isVisible()).toBe(true);
      expect((await heading.textContent())?.trim()).toContain(title.trim());
    });
  });

  test('each result says which part of the playbook it is in', async () => {
    await withPage(1280, async (page) => {
      await page.goto(site);
      await search(page, 'trust');
      const first = page.locator('[data-search-results] > li').first();
      expect(await first.locator('.search-result-title').textContent()).toBe('Trust');
      expect(await first.locator('.search-result-section').textContent()).toBe('The eight attributes');
    });
  });
});

describe('the search dialog', () => {
  test('on a phone it fills the screen over a backdrop that dims the page', async () => {
    await withPage(390, async (page) => {
      await page.goto(`${site}playbook/trust/`);
      await search(page, 'trust');
      const dialog = page.locator('[data-search-dialog]');
      const box = await dialog.boundingBox();
      expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
      const backdrop = await dialog.evaluate((d) => getComputedStyle(d, '::backdrop').backgroundColor);
      const alpha = Number(/rgba?\([^)]*?,\s*([\d.]+)\)$/.exec(backdrop)?.[1] ?? '1');
      expect(alpha).toBeGreaterThanOrEqual(0.5);
      // The results scroll inside the dialog; the input and Close stay in reach.
      const close = await page.getByRole('button', { name: 'Close' }).boundingBox();
      expect(close?.y).toBeLessThan(80);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Close' }).click();
      expect(await dialog.isVisible()).toBe(false);
    });
  });

  test('on a wide screen it is a panel with the page dimmed around it', async () => {
    await withPage(1280, async (page) => {
      await page.goto(site);
      await search(page, 'trust');
      const box = await page.locator('[data-search-dialog]').boundingBox();
      expect(box?.width).toBeLessThan(800);
      expect(box?.y).toBeGreaterThan(0);
    });
  });
});
