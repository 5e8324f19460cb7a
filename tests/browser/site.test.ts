import { describe, expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { wordOnlyIn } from './support/unique-word.ts';
import { axeViolations, browserForFile, cleanVisit, type PageLog } from './support/browser.ts';

const browser = browserForFile();

/** Runs `body` in a fresh context and checks afterwards that nothing left the origin and the console stayed clean. */
const visit = (site: string, body: (page: Page, log: PageLog, context: BrowserContext) => Promise<void>) => cleanVisit(browser, new URL(site).origin, body);

async function searchFor(page: Page, word: string) {
  await page.keyboard.press('Control+k');
  const input = page.locator('[data-search-input]');
  await expect.poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 10_000 }).toBe(true);
  await input.fill(word);
  const first = page.locator('[data-search-results] .search-result-title').first();
  await first.waitFor({ timeout: 15_000 });
  return page.locator('[data-search-results] .search-result-title');
}

for (const [label, key] of [
  ['at the root', 'rootSite'],
  ['under a sub-path', 'subSite'],
] as const) {
  describe(`the playbook ${label}`, () => {
    const site = inject(key);

    test('the sidebar and the previous/next links move through the chapters in order', async () => {
      await visit(site, async (page) => {
        await page.goto(site);
        await page.getByRole('link', { name: /^Start with/ }).click();
        await page.waitForURL(/\/playbook\/culture-first\/$/);
        expect(new URL(page.url()).pathname).toBe(`${new URL(site).pathname}playbook/culture-first/`);
        const current = page.locator('.sidebar a[aria-current="page"]');
        await expect.poll(() => current.textContent(), { timeout: 10_000 }).toBe('Culture first');

        await page.locator('.prev-next a[rel="next"]').click();
        await page.waitForURL(/\/playbook\/learning-organization\/$/);
        await page.locator('.prev-next a[rel="prev"]').click();
        await page.waitForURL(/\/playbook\/culture-first\/$/);

        await page.locator('.sidebar').getByRole('link', { name: 'Trust', exact: true }).click();
        await page.waitForURL(/\/playbook\/trust\/$/);
        expect(await page.locator('h1').textContent()).toBe('Trust');
        expect(await current.textContent()).toBe('Trust');
      });
    });

    test('search finds a chapter by a word only it contains, and the result opens it', async () => {
      await visit(site, async (page) => {
        await page.goto(`${site}playbook/`);
        const word = wordOnlyIn('quality-movement');
        const results = await searchFor(page, word);
        expect(await results.allTextContents()).toEqual(['From quality management to learning']);
        // Each result shows an excerpt with the match marked.
        const mark = page.locator('[data-search-results] li p mark').first();
        expect((await mark.textContent())?.toLowerCase()).toContain(word.slice(0, 5));
        expect(await page.locator('[data-search-status]').textContent()).toBe('1 chapter found.');
        const href = await results.first().getAttribute('href');
        expect(href).toBe(`${new URL(site).pathname}playbook/quality-movement/`);
        await results.first().click();
        await page.waitForURL(/\/playbook\/quality-movement\/$/);
        expect(await page.locator('h1').textContent()).toBe('From quality management to learning');
      });
    });
  });
}

describe('reading preferences', () => {
  const site = inject('rootSite');

  test('the theme choice applies at once and survives a reload, before first paint', async () => {
    await visit(site, async (page) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${site}playbook/trust/`);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
      await page.selectOption('#theme-select', 'dark');
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.reload();
      // Read before any module script has run: the inline head script alone must have set it.
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await page.locator('#theme-select').inputValue()).toBe('dark');
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe('rgb(21, 24, 28)');
    });
  });

  test('"System" follows the operating system setting', async () => {
    await visit(site, async (page) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(site);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    });
  });

  test('printing a chapter hides navigation and keeps the text', async () => {
    await visit(site, async (page) => {
      await page.goto(`${site}playbook/trust/`);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.sidebar', '.toc', '.prev-next', '.site-footer']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('article h1').isVisible()).toBe(true);
      const play = page.locator('.play').first();
      expect(await play.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
      const internal = page.locator('.content a[data-print-href]').first();
      const after = await internal.evaluate((el) => getComputedStyle(el, '::after').content);
      expect(after).toContain('/playbook/');
    });
  });

  test('keyboard: the skip link is first and moves focus to the main content', async () => {
    await visit(site, async (page) => {
      await page.goto(`${site}playbook/trust/`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    });
  });

  test('on a phone-sized screen the Menu button opens the chapter list and Escape closes it', async () => {
    await visit(site, async (page) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`${site}playbook/trust/`);
      const sidebar = page.locator('.sidebar');
      expect(await sidebar.isVisible()).toBe(false);
      const menu = page.getByRole('button', { name: 'Menu' });
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      expect(await sidebar.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await sidebar.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu');
    });
  });

  test('an unknown address shows the 404 page with a way back', async () => {
    await visit(site, async (page, log) => {
      const response = await page.goto(`${site}playbook/no-such-chapter/`);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').textContent()).toBe('Page not found');
      // The browser itself logs the 404 of the document; that is the expected outcome here.
      log.consoleErrors.splice(0, log.consoleErrors.length, ...log.consoleErrors.filter((e) => !e.includes('404')));
    });
  });
});

describe('accessibility', () => {
  const site = inject('rootSite');
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, path] of [
      ['home page', ''],
      ['playbook overview', 'playbook/'],
      ['a chapter', 'playbook/executive-buy-in/'],
      ['the 404 page', '404.html'],
    ] as const) {
      test(`axe-core finds no WCAG 2.2 A/AA violation on ${name} in the ${theme} theme`, async () => {
        await visit(site, async (page) => {
          await page.emulateMedia({ colorScheme: theme });
          await page.goto(`${site}${path}`);
          expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
          expect(await axeViolations(page)).toEqual([]);
        });
      });
    }
  }

  test('the open search dialog has no violation either', async () => {
    await visit(site, async (page) => {
      await page.goto(`${site}playbook/`);
      await searchFor(page, 'trust');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
