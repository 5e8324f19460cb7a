import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { browserForFile } from './support/browser.ts';
import { siteInstrument } from './support/instrument.ts';
import { PAGE_TYPES, openPageType } from './page-types.ts';

const site = inject('rootSite');
const instrument = siteInstrument();
const WIDTHS = [320, 390, 768] as const;

const browser = browserForFile();

/** The page's width beyond the screen, and the outermost elements that reach past its right edge, to say where to look. */
async function overflow(page: Page): Promise<{ extra: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const extra = document.documentElement.scrollWidth - width;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
    const past = (el: Element | null) => el !== null && el.getBoundingClientRect().right > width + 1;
    // A wide table inside its own scrolling region (a phone's usual answer to tables) does not widen the page.
    const scrollsInside = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => past(el) && !past(el.parentElement) && !el.closest('.sr-only, dialog:not([open])') && !scrollsInside(el))
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map(({ el, right }) => `${describe(el)} (right edge at ${Math.round(right)} px)`);
    return { extra, culprits };
  });
}

// Each page opens in its own context, so they are measured a few at a time: most of a page's time is waiting.
describe.concurrent('no page is wider than the screen', () => {
  for (const type of PAGE_TYPES) {
    for (const width of WIDTHS) {
      test(`${type.name} at ${width} px`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        try {
          const page = await context.newPage();
          const status = await openPageType(page, site, type, instrument);
          expect(status).toBe(type.status ?? 200);
          const { extra, culprits } = await overflow(page);
          expect({ extra, culprits }, `${type.name} scrolls sideways at ${width} px: ${culprits.join(", ")}`).toEqual({ extra: 0, culprits: [] });
        } finally {
          await context.close();
        }
      });
    }
  }
});
