import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { recordAnswer, startDraft } from '../../src/domain/draft/draft.ts';
import { completeDraft } from '../../src/domain/history/history.ts';
import { emptyDocument, type AssessmentDocument } from '../../src/domain/storage/document.ts';
import { storageKey } from '../../src/domain/storage/key.ts';
import { browserForFile, openPage } from './support/browser.ts';
import { answersFor, type Pattern } from './support/check-driver.ts';
import { siteInstrument } from './support/instrument.ts';
import { overflow, smallChartText } from './support/layout.ts';

const site = inject('rootSite');
const instrument = siteInstrument();
const KEY = storageKey('/', instrument.id);
const steps = instrument.dimensions.length;
/** Issue 14: a step fits in about one screen, at most this tall at 1280×800. */
const MAX_STEP_HEIGHT = 1400;

/** A document with finished results, made by the engine as the check makes them. */
function documentWith(patterns: readonly [Pattern, string, string][]): AssessmentDocument {
  let document = emptyDocument(instrument.id);
  for (const [pattern, label, now] of patterns) {
    document = startDraft(document, { now, seed: 7, instrument });
    for (const [id, value] of Object.entries(answersFor(instrument, pattern))) document = recordAnswer(document, id, value, now);
    const done = completeDraft(document, instrument, { now, label });
    if (!done.ok) throw new Error(done.reason);
    document = done.document;
  }
  return document;
}

const withResults = documentWith([
  [(i) => (i * 7 + 3) % 7, 'Before the pilot, a long label to test wrapping', '2026-03-02T09:00:00.000Z'],
  [(i) => (i * 5 + 1) % 5, 'After', '2026-06-01T09:00:00.000Z'],
  [(i) => (i * 3 + 2) % 5, '', '2026-09-01T09:00:00.000Z'],
]);

const browser = browserForFile();

async function seeded(width: number, height: number, document: AssessmentDocument | null): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height } });
  if (document) await context.addInitScript(([key, text]) => localStorage.setItem(key, text), [KEY, JSON.stringify(document)] as const);
  const { page } = await openPage(context);
  return page;
}

describe('the check on a desktop screen (1280×800)', () => {
  test(`every step is at most ${MAX_STEP_HEIGHT} px tall, each statement one row of radios with the answers outside the scale set apart`, async () => {
    const page = await seeded(1280, 800, null);
    await page.goto(`${site}assessment/`);
    await page.getByRole('button', { name: 'Start the check' }).click();
    const heights: number[] = [];
    for (let s = 0; s < steps; s++) {
      await expect.poll(() => page.locator('h1').textContent()).toContain(`Step ${s + 1} of ${steps}`);
      heights.push(await page.evaluate(() => Math.ceil((document.querySelector('.check')?.getBoundingClientRect().bottom ?? 0) + window.scrollY)));
      const rows = await page.locator('fieldset.question').evaluateAll((sets) =>
        sets.map((f) => new Set([...f.querySelectorAll('input[type="radio"]')].map((i) => Math.round(i.getBoundingClientRect().top))).size),
      );
      expect(rows, `step ${s + 1}: radios of one statement on one line`).toEqual(rows.map(() => 1));
      expect(await page.locator('fieldset.question .options-or').count()).toBe(rows.length);
      const count = rows.length;
      for (let i = 0; i < count; i++) await page.locator('fieldset.question').nth(i).locator('input').nth((i + s) % 7).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    console.info(`step heights at 1280×800: ${heights.join(', ')} px`);
    expect(Math.max(...heights)).toBeLessThanOrEqual(MAX_STEP_HEIGHT);

    // Check your answers: one collapsed group per step, each with its Change button.
    await expect.poll(() => page.locator('h1').textContent()).toBe('Check your answers');
    expect(await page.locator('.check-answers details').count()).toBe(steps);
    expect(await page.locator('.check-answers details[open]').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Change/ }).count()).toBe(steps);
    const reviewHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    console.info(`check-answers page at 1280×800: ${reviewHeight} px`);
    expect(reviewHeight).toBeLessThan(2000);
    await page.locator('.check-answers summary').first().click();
    expect(await page.locator('.check-answers details').first().locator('dt').count()).toBe(
      instrument.items.filter((i) => i.dimension === instrument.dimensions[0]?.id).length,
    );
    await page.context().close();
  }, 150_000);
});

describe('no horizontal overflow, and chart text of at least 12 px, with data', () => {
  for (const width of [320, 390, 768]) {
    test(`at ${width} px: introduction, a step, check answers, results and history`, async () => {
      const page = await seeded(width, 844, withResults);
      await page.goto(`${site}assessment/`);
      await page.getByRole('button', { name: 'Start the check' }).waitFor();
      expect(await overflow(page), 'introduction').toBe(0);
      await page.getByRole('button', { name: 'Start the check' }).click();
      await page.locator('fieldset.question').first().waitFor();
      expect(await overflow(page), 'step').toBe(0);
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.locator('.error-summary').waitFor();
      expect(await overflow(page), 'step with errors').toBe(0);

      await page.goto(`${site}assessment/results/`);
      await page.locator('.score-chart .chart-box svg').waitFor();
      await page.locator('.chart-figures summary').click();
      await page.locator('.attribute-meanings summary').click();
      expect(await overflow(page), 'results').toBe(0);
      expect(await smallChartText(page), 'results chart').toEqual([]);

      await page.goto(`${site}assessment/history/`);
      await page.locator('.trend-chart .chart-box svg').waitFor();
      await page.locator('.chart-figures summary').click();
      expect(await overflow(page), 'history').toBe(0);
      expect(await smallChartText(page), 'trend chart').toEqual([]);
      await page.context().close();
    }, 150_000);
  }

  test('the results chart draws the band zones with their names, and marks each bar’s band by a pattern as well as a colour', async () => {
    const page = await seeded(390, 844, withResults);
    await page.goto(`${site}assessment/results/`);
    await page.locator('.score-chart .chart-box svg').waitFor();
    const zones = await page.locator('.score-chart .chart-box svg .chart-zone-label').allTextContents();
    for (const band of instrument.bands) expect(zones.join(' ')).toContain(band.label.split(' ').at(-1));
    expect(await page.locator('.score-chart .band-legend li').allTextContents()).toEqual(
      [...instrument.bands].sort((a, b) => a.min - b.min).map((b) => expect.stringContaining(b.label)),
    );
    const fills = await page.locator('.score-chart .chart-box svg rect.bar').evaluateAll((bars) =>
      bars.map((b) => [b.getAttribute('class')?.match(/band-(\d)/)?.[1], b.getAttribute('fill') ?? 'solid']),
    );
    // Bars of different bands never share a fill.
    const byBand = new Map<string, Set<string>>();
    for (const [band, fill] of fills) byBand.set(band ?? '', (byBand.get(band ?? '') ?? new Set()).add((fill ?? '').replace(/-\d+\)$/, ')')));
    const patterns = [...byBand.values()].map((s) => [...s].join());
    expect(new Set(patterns).size).toBe(patterns.length);
    // The latest result shows its change since the previous one, per attribute and overall.
    expect(await page.locator('.overall-score').textContent()).toMatch(/since your result of/);
    expect(await page.locator('.score-table thead th').last().textContent()).toBe('Change');
    await page.context().close();
  }, 150_000);
});
