import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { readCatalog } from '../../src/content-data/catalog-files.ts';
import type { Instrument } from '../../src/domain/instrument/schema.ts';
import type { AssessmentDocument } from '../../src/domain/storage/document.ts';
import { storageKey } from '../../src/domain/storage/key.ts';
import { check } from '../../src/i18n/en/check.ts';
import type { MessageKey } from '../../src/i18n/en/index.ts';
import { translator, type Message, type Translate } from '../../src/i18n/translate.ts';
import { axeViolations, browserForFile, expectCleanVisit, openPage } from './support/browser.ts';
import { savedDocument as savedDocumentOf } from './support/results.ts';
import { answersFor, answerStepByKeyboard, checkWords, tabTo, waitForFocusedHeading, waitForStep, type Pattern } from './support/check-driver.ts';
import { siteInstrumentIn } from './support/instrument.ts';

/**
 * The readiness check in German, used as a German reader would: by keyboard from the introduction
 * through every step (with „Weiß nicht“ and „Entfällt hier / kein Anlass“) and „Ihre Antworten
 * prüfen“ to the results page, and a storage notice, with no English text of the check on the way.
 */
const site = inject('rootSite');
const origin = new URL(site).origin;
const german = siteInstrumentIn('de');
const KEY = storageKey('/', german.id);
const steps = german.dimensions.length;
const { messages: de } = readCatalog('.', 'content/i18n/de.yaml', 'de');
const t = translator(de, 'de') as Translate<MessageKey>;
const words = checkWords(de, 'de');
const CHECK = `${site}de/assessment/`;
const LONG_FLOW = 150_000;
const dontKnow = german.outsideAnswers.dontKnow.label;
const notApplicable = german.outsideAnswers.notApplicable.label;

/** Mostly the scale, with „Weiß nicht“ (option 5) and „Entfällt hier“ (option 6) now and then. */
const pattern: Pattern = (i) => (i % 7 === 3 ? 5 : i % 11 === 5 ? 6 : (i * 3 + 1) % 5);

/** English texts of the check (those without placeholders): not one may show on a German page. */
const englishTexts = Object.values<Message>(check).filter((v): v is string => typeof v === 'string' && !v.includes('{'));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every English text of the check found as a whole phrase in the page's visible text and title. */
async function englishOn(page: Page): Promise<string[]> {
  const text = `${await page.evaluate(() => document.body.innerText)}\n${await page.title()}`;
  return englishTexts.filter((e) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(e)}(?![\\p{L}\\p{N}])`, 'u').test(text));
}

const browser = browserForFile();

async function visit(body: (page: Page, context: BrowserContext) => Promise<void>, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ colorScheme });
  try {
    const { page, log } = await openPage(context);
    await body(page, context);
    expectCleanVisit(log, origin);
  } finally {
    await context.close();
  }
}

const visibleText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
const optionLabels = (page: Page, n: number) => page.locator('fieldset.question').nth(n).locator('label.option').allTextContents();
const stepLabelsOf = (instrument: Instrument, itemId: string) => {
  const item = instrument.items.find((i) => i.id === itemId)!;
  return [...(instrument.scales[item.format]?.points ?? []).map((p) => p.label), dontKnow, notApplicable];
};

const savedDocument = (results: number) => savedDocumentOf(german, results);

async function seed(page: Page, entries: Record<string, string>): Promise<void> {
  await page.goto(`${site}de/`);
  await page.evaluate((all) => {
    for (const [key, value] of Object.entries(all)) localStorage.setItem(key, value);
  }, entries);
}

describe('the readiness check in German', () => {
  test('taken by keyboard from the introduction to the results, in German throughout', async () => {
    await visit(async (page) => {
      await page.goto(CHECK);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      await expect.poll(() => page.locator('h1').textContent()).toBe(german.title);
      const intro = await visibleText(page);
      expect(intro).toContain(t('check.intro.length', { minutes: german.estimatedMinutes, statements: german.items.length, steps }));
      expect(await page.locator('.facts strong').textContent()).toBe(german.window.label);
      expect(intro).toContain(t('check.intro.window', { window: german.window.label }));
      for (const key of ['check.role.legend', 'check.role.senior-leader', 'check.role.prefer-not-to-say', 'check.privacy.title', 'check.privacy.tabOnly'] as const) {
        expect(intro).toContain(t(key));
      }
      expect(await page.getByRole('link', { name: t('check.privacy.erase') }).getAttribute('href')).toBe('/de/assessment/history/');
      expect(await page.title()).toMatch(new RegExp(`^${escape(german.title)} · Readiness-Check · `));
      expect(await englishOn(page)).toEqual([]);

      await tabTo(page, words.start);
      await page.keyboard.press('Enter');
      for (let step = 0; step < steps; step++) {
        const dimension = german.dimensions[step]!;
        await waitForStep(page, step + 1, steps, words);
        expect(await page.locator('h1').textContent()).toBe(`${words.step(step + 1, steps)}: ${dimension.topic}`);
        expect(await page.title()).toMatch(new RegExp(`^${escape(t('check.stepHeading', { step: step + 1, steps, topic: dimension.topic }))} · Readiness-Check · `));
        expect(await page.locator('.time-window').textContent()).toBe(t('check.window', { window: german.window.label }));
        const names = await page.locator('fieldset.question').evaluateAll((sets) => sets.map((f) => f.querySelector('input')?.name ?? ''));
        for (const [n, name] of names.entries()) expect(await optionLabels(page, n)).toEqual(stepLabelsOf(german, name));
        expect(await page.locator('.options-or').first().textContent()).toBe('oder');
        await answerStepByKeyboard(page, german, pattern);
        if (step === 0 || step === steps - 1) {
          await expect.poll(() => page.locator('.save-status').textContent()).toBe(t('check.save.device'));
          expect(await englishOn(page)).toEqual([]);
        }
        await tabTo(page, words.continue);
        await page.keyboard.press('Enter');
      }

      // Ihre Antworten prüfen: open the first topic by keyboard and read the answers in German.
      await waitForFocusedHeading(page, words.review);
      const answers = answersFor(german, pattern);
      const counts = german.dimensions.map((d) => {
        const ids = german.items.filter((i) => i.dimension === d.id).map((i) => i.id);
        const count = (v: string) => ids.filter((id) => answers[id] === v).length;
        return [
          t('check.review.statements', { count: ids.length }),
          ...(count('dont-know') > 0 ? [t('check.review.outsideCount', { count: count('dont-know'), answer: dontKnow })] : []),
          ...(count('not-applicable') > 0 ? [t('check.review.outsideCount', { count: count('not-applicable'), answer: notApplicable })] : []),
        ].join(' · ');
      });
      expect(await page.locator('.review-counts').allTextContents()).toEqual(counts);
      expect(counts.join(' ')).toContain(`„${dontKnow}“`);
      expect(counts.join(' ')).toContain(`„${notApplicable}“`);
      for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'SUMMARY'; i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const first = german.dimensions[0]!;
      const shown = await page.locator('.check-answers').first().locator('dd').allTextContents();
      const expected = german.items
        .filter((i) => i.dimension === first.id)
        .map((item) => {
          const value = answers[item.id];
          if (value === 'dont-know') return dontKnow;
          if (value === 'not-applicable') return notApplicable;
          return german.scales[item.format]?.points.find((p) => p.value === value)?.label;
        });
      expect([...shown].sort()).toEqual([...expected].sort());
      expect(await page.getByRole('button', { name: `${t('check.review.change')} ${t('check.review.changeWhat', { topic: first.topic })}` }).count()).toBe(1);
      expect(await visibleText(page)).toContain(t('check.label.label'));
      expect(await englishOn(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      await tabTo(page, words.seeResults);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/de\/assessment\/results\/\?id=/);
      const id = new URL(page.url()).searchParams.get('id');
      const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null') as AssessmentDocument | null, KEY);
      expect(stored?.draft).toBeNull();
      expect(stored?.history.map((r) => r.id)).toEqual([id]);
      expect(stored?.history[0]?.answers).toEqual(answers);
    });
  }, LONG_FLOW);

  for (const theme of ['light', 'dark'] as const) {
    test(`the introduction and a step with gaps, in the ${theme} theme: German words and messages, axe 0`, async () => {
      await visit(async (page) => {
        await page.goto(CHECK);
        await page.getByRole('button', { name: words.start }).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await tabTo(page, words.start);
        await page.keyboard.press('Enter');
        await waitForStep(page, 1, steps, words);
        await tabTo(page, words.continue);
        await page.keyboard.press('Enter');
        const summary = page.locator('.error-summary');
        await summary.waitFor();
        expect(await summary.locator('h2').textContent()).toBe(t('check.errors.title'));
        const outside = t('check.outsideAnswers', { dontKnow, notApplicable });
        const first = german.items.filter((i) => i.dimension === german.dimensions[0]!.id);
        expect(await summary.locator('a').allTextContents()).toEqual(first.map((_, n) => t('check.errors.item', { number: n + 1, outside })));
        expect(await page.locator('.field-error').first().textContent()).toBe(`Fehler: ${t('check.question.error', { outside })}`);
        expect(await page.title()).toMatch(/^Fehler: Schritt 1 von /);
        expect(await englishOn(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      }, theme);
    });

    test(`a storage notice and the list of unreadable data in German, in the ${theme} theme`, async () => {
      await visit(async (page) => {
        const broken = '{"schemaVersion": 1, "draft": [';
        await seed(page, { [KEY]: broken });
        await page.goto(CHECK);
        await page.getByRole('button', { name: words.start }).click();
        await page.locator('fieldset.question input').first().check();
        const banner = page.locator('.storage-banner');
        await expect.poll(() => banner.textContent()).toContain(t('check.storage.unreadable.corrupt-json'));
        expect(await banner.locator('h2').textContent()).toBe(t('check.storage.title'));
        expect(await banner.textContent()).toContain(t('check.storage.stillWorks'));
        const list = page.locator('.unreadable-data');
        expect(await list.locator('h2').textContent()).toBe(t('check.storage.list.title'));
        expect(await list.locator('li .unreadable-what').textContent()).toMatch(
          new RegExp(`^${escape(t('check.storage.list.backup'))} \\(\\d{4}-\\d\\d-\\d\\d\\), ${broken.length} Zeichen\\.$`),
        );
        await list.getByRole('button', { name: t('check.storage.list.delete') }).click();
        expect(await list.getByRole('group', { name: t('check.storage.list.confirmGroup') }).textContent()).toContain(t('check.storage.list.confirm'));
        expect(await list.getByRole('button', { name: t('check.storage.list.no') }).count()).toBe(1);
        expect(await englishOn(page)).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      }, theme);
    });
  }

  test('tab-only mode with earlier results: the notice and the status line in German', async () => {
    await visit(async (page) => {
      await seed(page, { [KEY]: JSON.stringify(savedDocument(2)) });
      await page.goto(CHECK);
      await expect.poll(() => visibleText(page)).toContain(t('check.earlier', { count: 2, history: t('check.historyLink') }));
      await page.getByLabel(t('check.privacy.tabOnly')).check();
      await expect.poll(() => page.locator('.storage-banner').textContent()).toContain(t('check.storage.tabOnly', { count: 2 }));
      expect(t('check.storage.tabOnly', { count: 2 })).toMatch(/^2 frühere Ergebnisse bleiben auf diesem Gerät gespeichert/);
      await page.getByRole('button', { name: words.start }).click();
      await page.locator('fieldset.question input').first().check();
      await expect.poll(() => page.locator('.save-status').textContent()).toBe(t('check.save.tab'));
      expect(await englishOn(page)).toEqual([]);
    });
  });
});
