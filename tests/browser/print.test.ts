import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { browserForFile, offOrigin, openPage } from './support/browser.ts';

const browser = browserForFile();

async function printed(site: string, path: string, body: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  try {
    const { page, log } = await openPage(context);
    await page.goto(`${site}${path}`);
    await page.emulateMedia({ media: 'print' });
    await body(page);
    expect(offOrigin(log, new URL(site).origin)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

const after = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => getComputedStyle(el, '::after').content));

for (const [label, key] of [
  ['at the root', 'rootSite'],
  ['under a sub-path', 'subSite'],
] as const) {
  describe(`a printed chapter ${label}`, () => {
    const site = inject(key);

    test('names the site and the page’s full address at the top', async () => {
      await printed(site, 'playbook/trust/', async (page) => {
        const source = page.locator('.print-source');
        expect(await source.isVisible()).toBe(true);
        const text = (await source.textContent()) ?? '';
        expect(text).toContain('Culture First');
        expect(text).toContain(`${site}playbook/trust/`);
        // Before the chapter's title, as a letterhead.
        const [sourceTop, titleTop] = await Promise.all([
          source.evaluate((el) => el.getBoundingClientRect().top),
          page.locator('article h1').evaluate((el) => el.getBoundingClientRect().top),
        ]);
        expect(sourceTop).toBeLessThan(titleTop);
      });
    });

    test('prints links to other pages as full addresses and links within the page as nothing', async () => {
      await printed(site, 'playbook/trust/', async (page) => {
        const internal = await after(page, 'article a[href^="/"]');
        expect(internal.length).toBeGreaterThan(3);
        for (const content of internal) expect(content).toMatch(new RegExp(`^" \\(${site.replace(/[.]/g, '\\.')}[^"]+\\)"$`));
        const inPage = await after(page, 'article a[href^="#"]');
        expect(inPage.length).toBeGreaterThan(0);
        for (const content of inPage) expect(content).toBe('none');
      });
    });

    test('leaves out the "↩" marks, anchors, navigation and calls to action', async () => {
      await printed(site, 'playbook/trust/', async (page) => {
        for (const selector of [
          '[data-footnote-backref]',
          '.heading-anchor',
          '.toc-disclosure',
          '.latest-score',
          '.prev-next',
          '.site-header',
          '.sidebar',
          '.site-footer',
        ]) {
          const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).length);
          expect(shown, selector).toBe(0);
        }
        expect(await page.locator('[data-footnote-backref]').count()).toBeGreaterThan(0);
        const text = await page.locator('body').innerText();
        expect(text).not.toContain('↩');
        expect(await page.locator('article h1').isVisible()).toBe(true);
      });
    });
  });
}
