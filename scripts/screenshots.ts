/**
 * `npm run screenshots`: builds the site, serves it, and photographs every page type (with sample
 * data where a page shows data) at 1280×800 and 390×844, light and dark, in Chromium.
 * The PNGs go to .test-builds/screenshots/ (git-ignored), named page-width-theme.png.
 * Two states a reviewer cannot see on a static page are added on a chapter: the phone menu open
 * and search showing results.
 * `--reuse` skips the build when one is already there; `--only=name` photographs one page type and no state.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { serveStatic } from './static-server.ts';
import { ensureBuilt } from '../tests/browser/support/build-site.ts';
import { launchBrowser } from '../tests/browser/support/browser.ts';
import { siteInstrument } from '../tests/browser/support/instrument.ts';
import type { Page } from 'playwright-core';
import { PAGE_TYPES, openPageType, settle } from '../tests/browser/page-types.ts';

const SITE_DIR = '.test-builds/screenshots-site';
const OUT_DIR = '.test-builds/screenshots';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;
const THEMES = ['light', 'dark'] as const;
/** Interactive states, shown on the Trust chapter; the viewport only, as a person sees them. */
const STATES: { name: string; act: (page: Page) => Promise<void> }[] = [
  { name: 'menu-open', act: (page) => page.locator('[data-menu-button]').click() },
  {
    name: 'search-open',
    act: async (page) => {
      await page.locator('[data-search-open]').click();
      await page.locator('[data-search-input]').fill('blameless');
      await page.locator('.search-sections').first().waitFor({ timeout: 15_000 });
    },
  },
];

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
if (!args.includes('--reuse')) rmSync(SITE_DIR, { recursive: true, force: true });
process.env.CF_REUSE_BUILD = '1';
ensureBuilt(SITE_DIR, { BASE_PATH: '/' });

const types = PAGE_TYPES.filter((t) => !only || t.name === only);
if (types.length === 0) {
  console.error(`No page type is called "${only}". Known: ${PAGE_TYPES.map((t) => t.name).join(', ')}.`);
  process.exit(1);
}
mkdirSync(OUT_DIR, { recursive: true });
const server = await serveStatic(SITE_DIR, '/');
const browser = await launchBrowser();
const instrument = siteInstrument();
let count = 0;
try {
  for (const type of types) {
    for (const size of SIZES) {
      for (const theme of THEMES) {
        const context = await browser.newContext({ viewport: size, colorScheme: theme, deviceScaleFactor: 1 });
        try {
          const page = await context.newPage();
          await openPageType(page, `${server.origin}/`, type, instrument);
          const file = `${OUT_DIR}/${type.name}-${size.width}-${theme}.png`;
          await page.screenshot({ path: file, fullPage: true });
          count++;
          console.log(file);
        } finally {
          await context.close();
        }
      }
    }
  }
  for (const state of only ? [] : STATES) {
    for (const size of SIZES) {
      for (const theme of THEMES) {
        // The menu button only shows on small screens.
        if (state.name === 'menu-open' && size.width > 800) continue;
        const context = await browser.newContext({ viewport: size, colorScheme: theme, deviceScaleFactor: 1 });
        try {
          const page = await context.newPage();
          await page.goto(`${server.origin}/playbook/trust/`);
          await settle(page);
          await state.act(page);
          const file = `${OUT_DIR}/${state.name}-${size.width}-${theme}.png`;
          await page.screenshot({ path: file });
          count++;
          console.log(file);
        } finally {
          await context.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${count} screenshots in ${OUT_DIR}/`);
