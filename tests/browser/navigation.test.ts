import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations, browserForFile, cleanVisit, type PageLog } from './support/browser.ts';

const site = inject('rootSite');

const browser = browserForFile();

const visit = (width: number, body: (page: Page, log: PageLog, context: BrowserContext) => Promise<void>) =>
  cleanVisit(browser, new URL(site).origin, body, { viewport: { width, height: 844 } });

/** Whether the header's visible controls share one horizontal band: each starts above where every other ends. */
async function headerOnOneRow(page: Page): Promise<boolean> {
  return page.locator('.site-header').evaluate((header) => {
    const boxes = [...header.querySelectorAll(':scope > *, .header-tools > *')]
      .filter((el) => !el.classList.contains('header-tools'))
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.height > 0);
    return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
  });
}

describe('the header on a phone', () => {
  for (const width of [320, 390]) {
    for (const path of ['', 'playbook/trust/', 'assessment/']) {
      test(`fits on one row at ${width} px on /${path}`, async () => {
        await visit(width, async (page) => {
          await page.goto(`${site}${path}`);
          expect(await headerOnOneRow(page)).toBe(true);
          const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
          expect(height).toBeLessThanOrEqual(64);
          // Every control stays a comfortable target.
          for (const name of ['Menu', 'Search', 'Theme']) {
            const box = await page.getByRole(name === 'Theme' ? 'combobox' : 'button', { name }).boundingBox();
            expect(box?.height, name).toBeGreaterThanOrEqual(40);
            expect(box?.width, name).toBeGreaterThanOrEqual(40);
          }
        });
      });
    }
  }

  test('the Menu button is a styled button with an icon, not the browser’s default', async () => {
    await visit(390, async (page) => {
      await page.goto(site);
      const menu = page.getByRole('button', { name: 'Menu' });
      const style = await menu.evaluate((el) => {
        const s = getComputedStyle(el);
        return { radius: parseFloat(s.borderTopLeftRadius), icon: el.querySelector('svg') !== null, cursor: s.cursor, font: s.fontFamily };
      });
      expect(style.radius).toBeGreaterThan(0);
      expect(style.icon).toBe(true);
      expect(style.cursor).toBe('pointer');
      expect(style.font).toBe(await page.evaluate(() => getComputedStyle(document.body).fontFamily));
    });
  });

  test('on a page without chapters the Menu opens the main links, and Escape closes it', async () => {
    await visit(390, async (page) => {
      await page.goto(site);
      const nav = page.getByRole('navigation', { name: 'Main' });
      expect(await nav.isVisible()).toBe(false);
      const menu = page.getByRole('button', { name: 'Menu' });
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      expect(await nav.isVisible()).toBe(true);
      expect(await nav.getByRole('link').allTextContents()).toEqual(['Playbook', 'Readiness check', 'Team view']);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Playbook');
      await page.keyboard.press('Escape');
      expect(await nav.isVisible()).toBe(false);
      expect(await menu.getAttribute('aria-expanded')).toBe('false');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-menu-button'))).toBe('');
    });
  });

  test('the open menu passes axe', async () => {
    await visit(390, async (page) => {
      await page.goto(`${site}playbook/trust/`);
      await page.getByRole('button', { name: 'Menu' }).click();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});

describe('“On this page” on a chapter', () => {
  test('on a phone it is a closed disclosure above the text that jumps to a section', async () => {
    await visit(390, async (page) => {
      await page.goto(`${site}playbook/trust/`);
      const disclosure = page.locator('details.toc-disclosure');
      const summary = disclosure.locator('summary');
      expect(await summary.textContent()).toBe('On this page');
      expect(await summary.isVisible()).toBe(true);
      expect(await disclosure.getAttribute('open')).toBeNull();
      // It comes before the chapter's first section, where a reader starts.
      const above = await page.evaluate(() => {
        const d = document.querySelector('details.toc-disclosure');
        const h2 = document.querySelector('article h2');
        return d && h2 ? Boolean(d.compareDocumentPosition(h2) & Node.DOCUMENT_POSITION_FOLLOWING) : false;
      });
      expect(above).toBe(true);
      expect(await page.locator('nav.toc').isVisible()).toBe(false);

      await summary.click();
      const links = disclosure.getByRole('link');
      expect(await links.count()).toBeGreaterThan(3);
      await disclosure.getByRole('link', { name: 'Plays' }).click();
      await page.waitForURL(/#plays$/);
      const top = await page.locator('#plays').evaluate((el) => el.getBoundingClientRect().top);
      const header = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
      // The section's heading shows below the sticky header, not under it.
      expect(top).toBeGreaterThanOrEqual(header);
      expect(top).toBeLessThan(header + 80);
    });
  });

  test('on a wide screen the sticky column shows instead', async () => {
    await visit(1280, async (page) => {
      await page.goto(`${site}playbook/trust/`);
      expect(await page.locator('nav.toc').isVisible()).toBe(true);
      expect(await page.locator('details.toc-disclosure').isVisible()).toBe(false);
    });
  });
});

describe('the home page and the playbook overview invite', () => {
  test('the first and primary call to action on the home page is to take the readiness check', async () => {
    await visit(1280, async (page) => {
      await page.goto(site);
      const first = page.locator('main .button').first();
      expect(await first.textContent()).toBe('Take the readiness check');
      expect(await first.getAttribute('class')).toBe('button');
      expect(await first.getAttribute('href')).toBe(`${new URL(site).pathname}assessment/`);
      // Filled, unlike the secondary one beside it.
      const fills = await page.locator('main .actions .button').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
      expect(fills[0]).not.toBe('rgba(0, 0, 0, 0)');
      expect(fills[1]).toBe('rgba(0, 0, 0, 0)');
    });
  });

  for (const [name, path, count] of [
    ['home page', '', 8],
    ['playbook overview', 'playbook/', readdirSync('content/playbook').filter((f) => f.endsWith('.mdx')).length],
  ] as const) {
    test(`the ${name} shows chapters as cards with a sentence and a reading time`, async () => {
      await visit(1280, async (page) => {
        await page.goto(`${site}${path}`);
        const cards = page.locator('main .chapter-card');
        expect(await cards.count()).toBe(count);
        const texts = await cards.evaluateAll((els) =>
          els.map((el) => ({
            title: el.querySelector('.chapter-card-title')?.textContent ?? '',
            text: el.querySelector('.chapter-card-text')?.textContent ?? '',
            meta: el.querySelector('.chapter-card-meta')?.textContent ?? '',
          })),
        );
        for (const card of texts) {
          expect(card.title.length, JSON.stringify(card)).toBeGreaterThan(0);
          expect(card.text.length, JSON.stringify(card)).toBeGreaterThanOrEqual(20);
          expect(card.meta, JSON.stringify(card)).toMatch(/^\d+ min read$/);
        }
        // Cards sit side by side on a wide screen rather than in one long list.
        const tops = await cards.evaluateAll((els) => els.slice(0, 2).map((el) => Math.round(el.getBoundingClientRect().top)));
        expect(new Set(tops).size).toBe(1);
      });
    });
  }
});
