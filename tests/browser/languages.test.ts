import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations, browserForFile, cleanVisit } from './support/browser.ts';
import { wordOnlyIn } from './support/unique-word.ts';

const site = inject('rootSite');
const sub = inject('subSite');

const browser = browserForFile();

const visit = (root: string, body: (page: Page) => Promise<void>, width = 1280) =>
  cleanVisit(browser, new URL(root).origin, body, { viewport: { width, height: 900 } });

const titleOf = (file: string) => /^title:\s*"?(.+?)"?\s*$/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '';

describe('the language switcher', () => {
  for (const [name, root] of [['at the root', site], ['under a sub-path', sub]] as const) {
    test(`keeps the reader on the same chapter in the other language, ${name}`, async () => {
      await visit(root, async (page) => {
        await page.goto(`${root}playbook/trust/`);
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        const hreflang = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`));
        const path = new URL(root).pathname;
        expect(hreflang).toEqual([`en ${path}playbook/trust/`, `de ${path}de/playbook/trust/`, `x-default ${path}playbook/trust/`]);

        // Keyboard only: the link is reachable and named in its own language.
        const link = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' });
        expect(await link.getAttribute('lang')).toBe('de');
        await link.focus();
        await Promise.all([page.waitForURL(`${root}de/playbook/trust/`), page.keyboard.press('Enter')]);
        expect(await page.getAttribute('html', 'lang')).toBe('de');
        expect(await page.locator('h1').textContent()).toBe(titleOf('content/playbook/de/trust.mdx'));
        expect(await page.locator('.translation-note').count()).toBe(0);
        // Links inside a German chapter stay in German.
        const related = await page.locator('.attribute-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('href')));
        expect(related.length).toBeGreaterThan(1);
        for (const href of related) expect(href).toMatch(new RegExp(`^${path}de/playbook/`));

        await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click();
        await page.waitForURL(`${root}playbook/trust/`);
        expect(await page.getAttribute('html', 'lang')).toBe('en');
      });
    });
  }

  test('switching language keeps the address’s query and fragment, so a result or a shared code stays open', async () => {
    await visit(site, async (page) => {
      await page.goto(`${site}assessment/shared/?from=test#CF2-TEST`);
      await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
      await page.waitForURL(`${site}de/assessment/shared/?from=test#CF2-TEST`);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
    });
  });

  test('an untranslated chapter appears in English with a note in German, and keeps its anchors', async () => {
    await visit(site, async (page) => {
      await page.goto(`${site}de/playbook/glossary/`);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      expect(await page.locator('article').getAttribute('lang')).toBe('en');
      const note = page.locator('.translation-note');
      expect(await note.textContent()).toContain('noch nicht auf Deutsch vor');
      expect(await note.getAttribute('lang')).toBe('de');
      expect(await page.locator('h1').textContent()).toBe(titleOf('content/playbook/glossary.mdx'));
      // The German sidebar names translated chapters in German.
      expect(await page.locator('.sidebar').textContent()).toContain(titleOf('content/playbook/de/trust.mdx'));
    });
  });

  test('a translated chapter keeps its original’s heading ids, so links into it work in both languages', async () => {
    await visit(site, async (page) => {
      await page.goto(`${site}de/playbook/trust/#why-it-matters-for-social-learning`);
      expect(await page.locator('#why-it-matters-for-social-learning').textContent()).toContain('Warum es für das Lernen voneinander zählt');
    });
  });
});

describe('search in German', () => {
  test('finds a German chapter and never its English twin; English search does not see German pages', async () => {
    const word = wordOnlyIn('trust', 'content/playbook/de');
    await visit(site, async (page) => {
      await page.goto(`${site}de/playbook/`);
      await page.locator('[data-search-open]').click();
      await page.locator('[data-search-input]').fill(word);
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/gefunden/);
      const hrefs = await page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs[0]).toBe('/de/playbook/trust/');
      expect(hrefs.every((h) => h.startsWith('/de/playbook/'))).toBe(true);

      await page.goto(`${site}playbook/`);
      await page.locator('[data-search-open]').click();
      await page.locator('[data-search-input]').fill(word);
      await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/No chapter|found/);
      const english = await page.locator('[data-search-results] > li > a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(english.filter((h) => h.startsWith('/de/'))).toEqual([]);
    });
  });
});

describe('German pages pass axe-core', () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const path of ['de/', 'de/playbook/', 'de/playbook/trust/', 'de/playbook/glossary/']) {
      test(`/${path} in the ${theme} theme`, async () => {
        await visit(site, async (page) => {
          await page.emulateMedia({ colorScheme: theme });
          await page.goto(`${site}${path}`);
          expect(await page.getAttribute('html', 'lang')).toBe('de');
          expect(await axeViolations(page)).toEqual([]);
        });
      });
    }
  }
});
