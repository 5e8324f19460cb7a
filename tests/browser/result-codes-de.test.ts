import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { instrumentFile } from '../../src/content-data/instrument-file.ts';
import { loadInstrumentTranslations } from '../../src/content-data/instrument-translations.ts';
import { readCatalog } from '../../src/content-data/catalog-files.ts';
import { bandLabel } from '../../src/domain/instrument/bands.ts';
import { encode } from '../../src/domain/result-code/codec.ts';
import { codeInstrument } from '../../src/domain/result-code/from-instrument.ts';
import { scoreAnswers } from '../../src/domain/scoring/score.ts';
import { storageKey } from '../../src/domain/storage/key.ts';
import { code as englishCodeWords } from '../../src/i18n/en/code.ts';
import { axeViolations, browserForFile, expectCleanVisit, openPage } from './support/browser.ts';
import { siteInstrument } from './support/instrument.ts';

/**
 * Result codes in German: the shared result page and the team view's paste box speak German,
 * with refusal reasons from the catalog, and none of the English words of the `code.*` area.
 */
const site = inject('rootSite');
const instrument = siteInstrument();
const german = loadInstrumentTranslations('.', instrumentFile('.'), instrument).get('de');
const de = readCatalog('.', 'content/i18n/de.yaml', 'de').messages as Record<string, string>;
const coded = codeInstrument(instrument);

/** The English texts of the area that have no placeholder: none of them may show on a German page. */
const englishTexts = Object.values(englishCodeWords).flatMap((m) => (typeof m === 'string' ? [m] : Object.values(m))).filter((m) => !m.includes('{'));

/** One participant's code, made by the codec as the results page makes it. */
function codeFor(seed: number): { code: string; answers: Record<string, number> } {
  const answers = Object.fromEntries(coded.items.map((item, i) => [item.id, 1 + ((seed * 5 + i * (seed + 1)) % item.points)]));
  const made = encode({ instrument: { id: instrument.id, version: instrument.version }, date: `2026-11-0${seed}`, answers }, coded);
  if (!made.ok) throw new Error(made.problem);
  return { code: made.code, answers };
}

/** The code with one character in its body changed: a typo the checksum catches. */
const mistyped = (code: string) => `${code.slice(0, 6)}${code[6] === 'X' ? 'Y' : 'X'}${code.slice(7)}`;

const browser = browserForFile();

async function visit(body: (page: Page) => Promise<void>, theme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext();
  try {
    const { page, log } = await openPage(context);
    await page.emulateMedia({ colorScheme: theme });
    await body(page);
    expectCleanVisit(log, new URL(site).origin);
  } finally {
    await context.close();
  }
}

async function expectNoEnglish(page: Page, selector: string) {
  const shown = (await page.locator(selector).innerText()) + (await page.locator(selector).evaluate((el) => [...el.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join('\n')));
  expect(englishTexts.filter((text) => shown.includes(text))).toEqual([]);
}

describe('result codes in German', () => {
  if (!german) throw new Error('the German instrument is missing');

  test('a shared result opens read-only in German and is saved to the device by keyboard', async () => {
    const { code, answers } = codeFor(1);
    await visit(async (page) => {
      await page.goto(`${site}de/assessment/shared/#${code}`);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      await expect.poll(() => page.locator('main h1').textContent()).toBe(de['code.shared.title']);
      expect(await page.locator('.result-meta').textContent()).toMatch(/^Ausgefüllt am 1\. November 2026 · Version \d+/);
      expect(await page.locator('.shared-scores thead th').allTextContents()).toEqual(['Merkmal', 'Wert', 'Stufe']);
      // Attribute and band names come from the German instrument, the figures from the engine.
      const scores = scoreAnswers(instrument, answers);
      const rows = await page.locator('.shared-scores tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
      expect(rows).toEqual(
        scores.attributes.map((a, i) => [
          german!.dimensions[i]!.name,
          a.status === 'scored' ? String(Math.round(a.score)) : '—',
          a.status === 'scored' ? bandLabel(german!, a.band) : de['code.notEnoughAnswers'],
        ]),
      );
      if (scores.overall.status === 'scored') {
        expect(await page.locator('#shared-overall-title').textContent()).toBe(`${bandLabel(german!, scores.overall.band)}, insgesamt ${Math.round(scores.overall.score)} von 100`);
      }

      // The organization's norm, in German, once its section is in view.
      const norms = page.locator('.norm-markers');
      await norms.scrollIntoViewIfNeeded();
      await norms.locator('svg').waitFor();
      expect(await norms.locator('h2').textContent()).toBe('Im Vergleich mit Ihrer Organisation');
      expect(await norms.locator('summary').textContent()).toBe('Zahlen anzeigen');
      expect(await norms.locator('thead th').allTextContents()).toEqual(['Merkmal', 'Dieses Ergebnis', 'Median der Vergleichswerte', 'Mittlere Hälfte der Vergleichswerte']);
      await expectNoEnglish(page, 'main');

      // Keyboard only: Tab reaches the button, Enter saves.
      const save = page.getByRole('button', { name: 'Auf diesem Gerät speichern' });
      await save.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#shared-save-title ~ [role="status"]').textContent()).toBe(de['code.shared.saved']);
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), storageKey('/', instrument.id));
      expect(stored.history).toHaveLength(1);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#shared-save-title ~ [role="status"]').textContent()).toBe(de['code.shared.already']);
      expect(await page.getByRole('link', { name: 'Ihre Ergebnisse auf diesem Gerät' }).getAttribute('href')).toBe('/de/assessment/history/');
      await expectNoEnglish(page, 'main');
    });
  });

  test('a code with a typo is refused in German with its reason, and the corrected code opens', async () => {
    const { code } = codeFor(2);
    await visit(async (page) => {
      await page.goto(`${site}de/assessment/shared/#${mistyped(code)}`);
      await expect.poll(() => page.locator('main h1').textContent()).toBe('Dieser Ergebniscode lässt sich nicht öffnen');
      expect(await page.getByRole('alert').textContent()).toBe(de['code.refused.checksum']);
      expect(await page.getByRole('alert').textContent()).toContain('Tippfehler');
      await expectNoEnglish(page, 'main');
      expect(await axeViolations(page)).toEqual([]);

      // Keyboard only: the field is named in German, Enter opens the corrected code.
      const field = page.getByLabel('Ergebniscode', { exact: true });
      await field.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(code.toLowerCase());
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('main h1').textContent()).toBe(de['code.shared.title']);
    });
  });

  test('a code of a newer version of the check says so in German', async () => {
    // What a site one version ahead would write.
    const newer = encode({ instrument: { id: instrument.id, version: instrument.version + 1 }, date: '2026-11-03', answers: {} }, { ...coded, version: instrument.version + 1 });
    if (!newer.ok) throw new Error(newer.problem);
    await visit(async (page) => {
      await page.goto(`${site}de/assessment/shared/#${newer.code}`);
      await expect.poll(() => page.getByRole('alert').textContent()).toBe(
        `Der Code stammt aus einer neueren Version des Readiness-Checks (Version ${instrument.version + 1}); diese Website hat Version ${instrument.version}. Er lässt sich öffnen, sobald die Website aktualisiert ist.`,
      );
      await expectNoEnglish(page, 'main');
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the German shared result page passes axe-core in the ${theme} theme`, async () => {
      const { code } = codeFor(4);
      await visit(async (page) => {
        await page.goto(`${site}de/assessment/shared/#${code}`);
        await expect.poll(() => page.locator('main h1').textContent()).toBe(de['code.shared.title']);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        const norms = page.locator('.norm-markers');
        await norms.scrollIntoViewIfNeeded();
        await norms.locator('svg').waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        expect(await axeViolations(page)).toEqual([]);
        // The page with no code yet: the form to type one.
        await page.goto(`${site}de/assessment/shared/`);
        await expect.poll(() => page.locator('main h1').textContent()).toBe(de['code.shared.openTitle']);
        await expectNoEnglish(page, 'main');
        expect(await axeViolations(page)).toEqual([]);
      }, theme);
    });
  }

  test('the team view reads pasted codes in German and gives the reason for a mistyped one', async () => {
    const [first, second] = [codeFor(5).code, codeFor(6).code];
    const typo = mistyped(codeFor(7).code);
    const text = ['Hallo zusammen, hier die Codes:', `Anna: ${first}`, `Ben: ${typo}`, `Cem: „${second}“`].join('\n');
    await visit(async (page) => {
      await page.goto(`${site}de/team/`);
      const box = page.locator('.code-paste');
      expect(await box.locator('h2').textContent()).toBe('Oder Ergebniscodes einfügen');
      const field = page.getByLabel('Text mit Ergebniscodes: ein Chat, ein E-Mail-Verlauf oder eine Tabellenspalte');
      await field.fill(text);
      // Keyboard: Tab from the text box reaches "Codes lesen".
      await field.focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Codes lesen');
      await page.keyboard.press('Enter');
      await expect.poll(() => box.locator('.code-paste-status').textContent()).toBe('3 Codes gefunden: 2 Ergebnisse gelesen, 1 Code abgelehnt.');
      expect(await box.locator('h3').textContent()).toBe('Nicht verwendete Codes (1)');
      expect(await box.locator('.code-refused').allTextContents()).toEqual([`${typo}: ${de['code.refused.checksum']}`]);
      await expectNoEnglish(page, '.code-paste');
    });
  });
});
