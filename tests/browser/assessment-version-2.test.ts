import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { stepItems } from '../../src/domain/draft/draft.ts';
import { scoreAnswers } from '../../src/domain/scoring/score.ts';
import { storageKey } from '../../src/domain/storage/key.ts';
import { en } from '../../src/i18n/en/index.ts';
import { translator } from '../../src/i18n/translate.ts';
import { notEnoughWords } from '../../src/islands/common/score-words.ts';
import { axeViolations, browserForFile, cleanVisit, expectCleanVisit, openPage, type PageLog } from './support/browser.ts';
import { answersFor, completeCheckByKeyboard, waitForStep, type Pattern } from './support/check-driver.ts';
import { siteInstrument } from './support/instrument.ts';

const site = inject('rootSite');
const origin = new URL(site).origin;
const instrument = siteInstrument();
const KEY = storageKey('/', instrument.id);
const steps = instrument.dimensions.length;
/** Taking all statements by keyboard can take more than the default minute on a busy machine. */
const LONG_FLOW = 150_000;
const stepOf = (itemIndex: number) => instrument.dimensions.findIndex((d) => d.id === instrument.items[itemIndex]?.dimension);

const browser = browserForFile();

async function withContext(body: (context: BrowserContext) => Promise<void>) {
  const context = await browser.newContext();
  try {
    await body(context);
  } finally {
    await context.close();
  }
}

const clean = (log: PageLog) => expectCleanVisit(log, origin);
/** A fresh context and page; afterwards nothing may have left the origin or reached the console as an error. */
const visit = (body: (page: Page, log: PageLog, context: BrowserContext) => Promise<void>) => cleanVisit(browser, origin, body);

const stored = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), KEY);
const statementNames = (page: Page) => page.locator('fieldset.question').evaluateAll((sets) => sets.map((f) => f.querySelector('input')?.name ?? ''));

describe('answers outside the scale', () => {
  // Senior leaders: all "Don't know"; the next two topics: all "Doesn't apply"; the rest on the scale.
  // Five attributes scored is below the coverage rule, and the critical one is unknown.
  const outside: Pattern = (i) => (stepOf(i) === 0 ? 5 : stepOf(i) <= 2 ? 6 : (i * 3 + 1) % 5);

  test('“Don’t know” and “Doesn’t apply here” from start to results: counted, not scored, the unseen critical attribute first, no overall band', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await completeCheckByKeyboard(page, instrument, outside);
      await page.waitForURL(/\/assessment\/results\/\?id=/);
      const expected = scoreAnswers(instrument, answersFor(instrument, outside));
      const result = (await stored(page)).history[0];
      expect(Object.values(result.answers).filter((v) => v === 'dont-know')).toHaveLength(expected.attributes[0]?.counts.dontKnow ?? -1);
      expect(Object.values(result.answers).filter((v) => v === 'not-applicable').length).toBe(
        (expected.attributes[1]?.counts.notApplicable ?? 0) + (expected.attributes[2]?.counts.notApplicable ?? 0),
      );

      // The finding about what could not be seen comes before the overall result.
      const finding = page.locator('.finding');
      await finding.waitFor();
      expect(await finding.textContent()).toMatch(/could not see .* itself a finding/);
      const before = await page.evaluate(() => {
        const f = document.querySelector('.finding');
        const o = document.querySelector('.overall');
        return !!f && !!o && (f.compareDocumentPosition(o) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
      });
      expect(before).toBe(true);

      if (expected.overall.status !== 'not-enough-attributes') throw new Error('the pattern should leave too few attributes scored');
      expect(await page.locator('#overall-title').textContent()).toBe('No overall band this time');
      expect(await page.locator('.overall').textContent()).toContain(notEnoughWords(translator(en, 'en'), instrument, expected.overall));
      const dontKnow = expected.attributes.reduce((n, a) => n + a.counts.dontKnow, 0);
      const notApplicable = expected.attributes.reduce((n, a) => n + a.counts.notApplicable, 0);
      expect(await page.locator('.outside-counts').textContent()).toMatch(
        new RegExp(`to ${dontKnow} statements and .* to ${notApplicable} statements`),
      );
      const notScored = await page.locator('.score-table tbody tr').evaluateAll((rows) =>
        rows.filter((r) => r.querySelector('td')?.textContent === 'Not scored').map((r) => r.getAttribute('data-dimension')),
      );
      expect(notScored).toEqual(instrument.dimensions.slice(0, 3).map((d) => d.id));
      expect(await axeViolations(page)).toEqual([]);
    });
  }, LONG_FLOW);
});

describe('the role question, the order of statements and Back', () => {
  test('the role chosen at the start is stored with the result and shown with it', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await page.getByLabel('People manager').check();
      await completeCheckByKeyboard(page, instrument, (i) => i % 5);
      await page.waitForURL(/results/);
      expect((await stored(page)).history[0].role).toBe('people-manager');
      await expect.poll(() => page.locator('.result-meta').textContent()).toContain('People manager');
    });
  }, LONG_FLOW);

  test('“Prefer not to say” stores no role', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await page.getByLabel('Prefer not to say').check();
      await completeCheckByKeyboard(page, instrument, (i) => i % 5);
      await page.waitForURL(/results/);
      expect((await stored(page)).history[0]).not.toHaveProperty('role');
    });
  }, LONG_FLOW);

  test('each step shows this person’s order of its statements, the same after a reload, and Back on step 1 returns to the introduction', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await page.getByRole('button', { name: 'Start the check' }).click();
      await waitForStep(page, 1, steps);
      // A first visit saves its start once the storage code has loaded, a moment after the click.
      await expect.poll(async () => typeof (await stored(page)).draft?.seed).toBe('number');
      const draft = (await stored(page)).draft;
      const first = await statementNames(page);
      // The order is the domain's permutation for the stored seed: a permutation of the step's statements.
      expect(first).toEqual(stepItems(instrument, instrument.dimensions[0]?.id ?? '', draft).map((i) => i.id));
      expect([...first].sort()).toEqual(instrument.items.filter((i) => i.dimension === instrument.dimensions[0]?.id).map((i) => i.id).sort());
      expect(await page.locator('.time-window').textContent()).toContain(instrument.window.label);
      expect(await page.locator('h1').textContent()).toContain(instrument.dimensions[0]?.topic);
      expect(await page.locator('h1').textContent()).not.toContain(instrument.dimensions[0]?.name);

      await page.locator('fieldset.question').nth(1).locator('input').nth(2).check();
      await page.reload();
      await page.locator('h1', { hasText: `Step 1 of ${steps}` }).waitFor();
      await expect.poll(() => statementNames(page)).toEqual(first);
      expect(await page.locator('fieldset.question').nth(1).locator('input').nth(2).isChecked()).toBe(true);

      await page.getByRole('button', { name: 'Back' }).click();
      await page.getByRole('button', { name: 'Continue the check' }).waitFor();
      expect(await page.locator('h1').textContent()).toBe(instrument.title);
      await page.getByRole('button', { name: 'Continue the check' }).click();
      await waitForStep(page, 1, steps);
      expect(await statementNames(page)).toEqual(first);
      expect(await page.locator('fieldset.question').nth(1).locator('input').nth(2).isChecked()).toBe(true);
    });
  }, LONG_FLOW);

  test('the time spent on each step is kept with the result for the “answered very fast” hint', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await completeCheckByKeyboard(page, instrument, (i) => (i * 2) % 5);
      await page.waitForURL(/results/);
      const seconds = (await stored(page)).history[0].stepSeconds as Record<string, number>;
      expect(Object.keys(seconds).sort()).toEqual(instrument.dimensions.map((d) => d.id).sort());
      expect(Object.values(seconds).every((s) => s > 0)).toBe(true);
    });
  }, LONG_FLOW);
});

describe('results saved under version 1', () => {
  const v1 = readFileSync('tests/unit/domain/fixtures/v1/stored-document.json', 'utf8');

  test('open marked as an earlier version, and history never joins or compares them with version 2', async () => {
    await withContext(async (context) => {
      await context.addInitScript(
        ([key, text]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key, text);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [KEY, v1] as const,
      );
      const { page, log } = await openPage(context);
      await page.goto(`${site}assessment/`);
      // The version-1 draft cannot be finished: the introduction says so, and Start begins afresh.
      await page.locator('.callout').first().waitFor();
      expect(await page.locator('.callout').first().textContent()).toMatch(/version 1 .*cannot be finished/);
      await completeCheckByKeyboard(page, instrument, (i) => (i * 3) % 5);
      await page.waitForURL(/results/);
      await page.locator('.score-table').waitFor({ state: 'attached' });
      expect(await page.locator('.earlier-version').count()).toBe(0);

      const v1Id = JSON.parse(v1).history[0].id as string;
      await page.goto(`${site}assessment/results/?id=${v1Id}`);
      await page.locator('.earlier-version').waitFor();
      expect(await page.locator('.earlier-version').textContent()).toContain('version 1');
      expect(await axeViolations(page)).toEqual([]);

      await page.goto(`${site}assessment/history/`);
      await page.locator('.history-table').waitFor();
      expect(await page.locator('.version-tag').count()).toBe(2);
      // The default comparison is the newest result against the one before it: versions differ, so no change.
      expect(await page.locator('#compare-title ~ .callout').textContent()).toMatch(/version 1 .* version 2/);
      const changes = await page.locator('.compare-table tbody td:last-child').allTextContents();
      expect(new Set(changes)).toEqual(new Set(['—']));
      // Two version-1 points joined to each other, the version-2 point on its own.
      expect(await page.locator('.trend-chart .chart-dot.earlier').count()).toBe(2);
      expect(await page.locator('.trend-chart circle.chart-dot').count()).toBe(1);
      const segments = await page.locator('.trend-chart path.chart-line').evaluateAll((paths) => paths.map((p) => (p.getAttribute('d') ?? '').split(/[ML]/).filter((s) => s.trim()).length));
      expect(segments).toEqual([2]);
      expect(await page.locator('.trend-chart .chart-note').textContent()).toMatch(/earlier version/);
      expect(await axeViolations(page)).toEqual([]);
      clean(log);
    });
  }, LONG_FLOW);
});
