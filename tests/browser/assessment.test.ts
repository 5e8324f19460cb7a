import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { scoreAnswers } from '../../src/domain/scoring/score.ts';
import { storageKey } from '../../src/domain/storage/key.ts';
import { axeViolations, browserForFile, cleanVisit, expectCleanVisit, openPage, type PageLog } from './support/browser.ts';
import { answersFor, completeCheckByKeyboard, answerStepByKeyboard, tabTo, waitForStep, type Pattern } from './support/check-driver.ts';
import { siteInstrument } from './support/instrument.ts';

const site = inject('rootSite');
const origin = new URL(site).origin;
const instrument = siteInstrument();
const KEY = storageKey('/', instrument.id);
const varied: Pattern = (i) => (i * 7 + 3) % 5;
const allDisagree: Pattern = () => 1;
const allAgree: Pattern = () => 3;
/** The first step's heading, from the instrument, so the tests hold for an organization's own questions. */
const first = instrument.dimensions[0]!;
const firstStep = `Step 1 of ${instrument.dimensions.length}`;
/** Taking all 48 statements by keyboard, on a machine shared with builds, can take more than the default minute. */
const LONG_FLOW = 150_000;

const browser = browserForFile();

async function withContext(body: (context: BrowserContext) => Promise<void>) {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    await body(context);
  } finally {
    await context.close();
  }
}

const clean = (log: PageLog) => expectCleanVisit(log, origin);
/** A fresh context and page; afterwards nothing may have left the origin or reached the console as an error. */
const visit = (body: (page: Page, log: PageLog, context: BrowserContext) => Promise<void>) => cleanVisit(browser, origin, body, { acceptDownloads: true });

/** The figures the results table shows, attribute name → rounded score or the "not enough" text. */
async function tableFigures(page: Page): Promise<Record<string, string>> {
  // The table sits behind "Show the figures": attached, not necessarily visible.
  await page.locator('.score-table tbody tr').first().waitFor({ state: 'attached' });
  const rows = await page.locator('.score-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('td')?.textContent ?? '']),
  );
  return Object.fromEntries(rows);
}

function expectedFigures(pattern: Pattern): Record<string, string> {
  const scores = scoreAnswers(instrument, answersFor(instrument, pattern));
  return Object.fromEntries(
    scores.attributes.map((a) => [
      instrument.dimensions.find((d) => d.id === a.dimension)?.name ?? a.dimension,
      a.status === 'scored' ? String(Math.round(a.score)) : 'Not scored',
    ]),
  );
}

async function storedKeys(page: Page, area: 'localStorage' | 'sessionStorage' = 'localStorage'): Promise<string[]> {
  return page.evaluate((a) => Object.keys(window[a]), area);
}

describe('taking the check', () => {
  test('the whole check can be done with the keyboard alone, and the figures equal the engine’s', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await completeCheckByKeyboard(page, instrument, varied);
      await page.waitForURL(/\/assessment\/results\/\?id=/);
      expect(await tableFigures(page)).toEqual(expectedFigures(varied));
      const overall = scoreAnswers(instrument, answersFor(instrument, varied)).overall;
      if (overall.status !== 'scored') throw new Error('the pattern should give an overall score');
      const band = instrument.bands.find((b) => b.id === overall.band)?.label ?? '';
      expect(await page.locator('.overall-band').textContent()).toBe(band);
    });
  }, LONG_FLOW);

  test('each step moves focus to its heading, names itself in the title, and Continue with gaps shows an error summary', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await page.getByRole('button', { name: 'Start the check' }).click();
      await waitForStep(page, 1, instrument.dimensions.length);
      expect(await page.title()).toMatch(new RegExp(`^${firstStep}: ${first.topic} · `));
      await page.locator('fieldset.question').first().locator('input').nth(3).check();
      await page.getByRole('button', { name: 'Continue' }).click();
      const summary = page.locator('.error-summary');
      await summary.waitFor();
      expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
      expect(await page.title()).toMatch(new RegExp(`^Error: ${firstStep}:`));
      const missing = instrument.items.filter((i) => i.dimension === first.id).length - 1;
      expect(await summary.locator('a').count()).toBe(missing);
      await summary.locator('a').first().click();
      const flagged = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('radio');
      expect(await axeViolations(page)).toEqual([]);
      // Answering a flagged statement keeps the reader where they are: focus stays on its radios.
      await page.keyboard.press('Space');
      await expect.poll(() => summary.locator('a').count()).toBe(missing - 1);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(flagged);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(flagged);
    });
  });

  test('a reload in the middle resumes at the same step with the same answers', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await page.getByRole('button', { name: 'Start the check' }).click();
      await waitForStep(page, 1, instrument.dimensions.length);
      await answerStepByKeyboard(page, instrument, varied);
      await page.getByRole('button', { name: 'Continue' }).click();
      await waitForStep(page, 2, instrument.dimensions.length);
      const names = await page.locator('fieldset.question').evaluateAll((sets) => sets.map((f) => f.querySelector('input')?.name ?? ''));
      await page.locator('fieldset.question').nth(0).locator('input').nth(1).check();
      await page.locator('fieldset.question').nth(2).locator('input').nth(5).check();
      await page.locator('fieldset.question').nth(3).locator('input').nth(6).check();
      await expect.poll(() => page.locator('.save-status').textContent()).toBe('Saved on this device');
      await page.reload();
      await expect.poll(() => page.locator('h1').textContent()).toContain(`Step 2 of ${instrument.dimensions.length}`);
      const checked = await page.locator('fieldset.question input:checked').evaluateAll((inputs) =>
        inputs.map((i) => `${(i as HTMLInputElement).name}=${(i as HTMLInputElement).value}`),
      );
      expect(checked).toEqual([`${names[0]}=2`, `${names[2]}=dont-know`, `${names[3]}=not-applicable`]);
    });
  });

  test('"only this tab" keeps nothing in localStorage, and a new tab starts empty', async () => {
    await visit(async (page, _log, context) => {
      await page.goto(`${site}assessment/`);
      await page.getByLabel(/Don’t keep my answers after I close this tab/).check();
      await page.getByRole('button', { name: 'Start the check' }).click();
      await page.locator('fieldset.question').first().locator('input').nth(4).check();
      await expect.poll(() => page.locator('.save-status').textContent()).toBe('Saved in this tab only');
      expect(await storedKeys(page)).toEqual([]);
      const other = await context.newPage();
      await other.goto(`${site}assessment/`);
      await other.getByRole('button', { name: 'Start the check' }).waitFor();
      expect(await other.locator('#tab-only').isChecked()).toBe(false);
      expect(await storedKeys(other)).toEqual([]);
    });
  });

  test('two open tabs stay consistent: an answer in one appears in the other', async () => {
    await withContext(async (context) => {
      const one = await openPage(context);
      const two = await openPage(context);
      await one.page.goto(`${site}assessment/`);
      await one.page.getByRole('button', { name: 'Start the check' }).click();
      // On a first visit the storage code loads with the first change, so the start is saved a moment later.
      await expect.poll(() => one.page.locator('.save-status').textContent()).toBe('Saved on this device');
      await two.page.goto(`${site}assessment/`);
      await expect.poll(() => two.page.locator('h1').textContent()).toContain(firstStep);
      await one.page.locator('fieldset.question').nth(1).locator('input').nth(4).check();
      const mirrored = two.page.locator('fieldset.question').nth(1).locator('input').nth(4);
      await expect.poll(() => mirrored.isChecked()).toBe(true);
      clean(one.log);
      clean(two.log);
    });
  });
});

describe('results, history, export and import', () => {
  test('two completed checks: history shows both, with the right trend and change per attribute; one can be deleted', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await completeCheckByKeyboard(page, instrument, allDisagree, 'Before');
      await page.waitForURL(/results/);
      await page.goto(`${site}assessment/`);
      await completeCheckByKeyboard(page, instrument, allAgree, 'After');
      await page.waitForURL(/results/);
      await page.goto(`${site}assessment/history/`);
      const rows = page.locator('.history-table tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(2);
      expect(await rows.allTextContents()).toEqual([expect.stringContaining('(Before)'), expect.stringContaining('(After)')]);
      // The comparison comes first, before the trend and the list.
      const order = await page.locator('h2').allTextContents();
      expect(order.indexOf('What changed')).toBeLessThan(order.indexOf('Over time'));
      expect(order.indexOf('Over time')).toBeLessThan(order.indexOf('All results'));

      const before = scoreAnswers(instrument, answersFor(instrument, allDisagree));
      const after = scoreAnswers(instrument, answersFor(instrument, allAgree));
      for (const [i, dimension] of instrument.dimensions.entries()) {
        const a = before.attributes[i];
        const b = after.attributes[i];
        if (a?.status !== 'scored' || b?.status !== 'scored') throw new Error('patterns answer everything');
        const change = Math.round(b.score) - Math.round(a.score);
        const cell = page.locator(`.compare-table tr[data-dimension="${dimension.id}"] td`).nth(2);
        expect(await cell.textContent()).toBe(change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0');
      }
      // One trend chart, the overall score by default; its figures are the same as the engine's.
      if (before.overall.status !== 'scored' || after.overall.status !== 'scored') throw new Error('patterns give an overall score');
      const overallScores = [String(Math.round(before.overall.score)), String(Math.round(after.overall.score))];
      expect(await page.locator('.trend-table tbody td:last-child').allTextContents()).toEqual(overallScores);
      expect(await page.locator('.trend-chart svg path.chart-line').count()).toBe(1);
      await page.locator('#trend-series').selectOption(instrument.dimensions[2]?.id ?? '');
      const third = [before.attributes[2], after.attributes[2]].map((x) => (x?.status === 'scored' ? String(Math.round(x.score)) : ''));
      await expect.poll(() => page.locator('.trend-table tbody td:last-child').allTextContents()).toEqual(third);
      expect(await axeViolations(page)).toEqual([]);

      page.once('dialog', (d) => void d.accept());
      await rows.first().getByRole('button', { name: /^Delete/ }).click();
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().textContent()).toContain('(After)');
      const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null').history.map((r: { label?: string }) => r.label), KEY);
      expect(stored).toEqual(['After']);
    });
  }, LONG_FLOW);

  test('export JSON, erase everything, import the file: the result is back and identical; a broken file changes nothing', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await completeCheckByKeyboard(page, instrument, varied, 'Export me');
      await page.waitForURL(/results/);
      const before = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null').history, KEY);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as JSON' }).click()]);
      const exported = readFileSync((await download.path()) ?? '', 'utf8');
      expect(JSON.parse(exported)).toMatchObject({ format: 'culture-first/results', instrument: { id: instrument.id } });
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
      expect(csv.suggestedFilename()).toMatch(/\.csv$/);

      await page.goto(`${site}assessment/history/`);
      await page.locator('#theme-select').selectOption('dark');
      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Erase everything on this device' }).click();
      await expect.poll(() => page.locator('.history-message').textContent()).toMatch(/^Erased \d+ items?/);
      expect((await storedKeys(page)).filter((k) => k.startsWith('culture-first:'))).toEqual([]);

      const dir = mkdtempSync(join(tmpdir(), 'cf-import-'));
      writeFileSync(join(dir, 'result.json'), exported);
      await page.locator('#import-file').setInputFiles(join(dir, 'result.json'));
      await expect.poll(() => page.locator('.history-table tbody tr').count()).toBe(1);
      const after = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null').history, KEY);
      // Step timings stay on the device that took the check: exported files leave them out.
      expect(after).toEqual(before.map(({ stepSeconds: _kept, ...rest }: { stepSeconds?: unknown }) => rest));

      const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);
      writeFileSync(join(dir, 'broken.json'), exported.slice(0, exported.length / 2));
      await page.locator('#import-file').setInputFiles(join(dir, 'broken.json'));
      await expect.poll(() => page.locator('.history-message').textContent()).toMatch(/“broken\.json” was not imported: .*JSON/);
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(stored);
    });
  }, LONG_FLOW);

  test('printing the results gives a leader’s brief: at most two pages on A4 and Letter, with site, address, date and version, and no navigation or calls to action', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await completeCheckByKeyboard(page, instrument, varied);
      await page.waitForURL(/results/);
      await page.locator('.score-table').waitFor({ state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.score-chart .chart-box svg').isVisible()).toBe(true);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      const dir = mkdtempSync(join(tmpdir(), 'cf-pdf-'));
      for (const format of ['A4', 'Letter'] as const) {
        writeFileSync(join(dir, `${format}.pdf`), await page.pdf({ format }));
        const text = execFileSync('pdftotext', ['-layout', join(dir, `${format}.pdf`), '-'], { encoding: 'utf8' });
        const pages = Number(execFileSync('pdfinfo', [join(dir, `${format}.pdf`)], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1]);
        expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
        expect(text).toContain('Culture First');
        expect(text).toContain(site);
        expect(text).toMatch(/printed \w+ \d+, \d{4}/);
        expect(text).toContain(`version ${instrument.version}`);
        expect(text).toContain('Scores per attribute');
        expect(text).toContain('Your priorities');
        // The chart is drawn as vector text: its labels and band zones are in the PDF.
        expect(text).toContain(instrument.dimensions[0]?.name);
        expect(text).toContain(instrument.bands[0]?.label);
        for (const absent of ['Search the playbook', 'Team view', 'Show the figures', 'Take the check again', 'Export as JSON', '↩']) {
          expect(text, absent).not.toContain(absent);
        }
        // Internal links print as full addresses or not at all, never as bare paths.
        expect(text).not.toMatch(/\(\/(playbook|assessment)\//);
      }
    });
  }, LONG_FLOW);
});

describe('when storage fails', () => {
  const cases: [string, (key: string) => void][] = [
    [
      'storage that throws on access',
      () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      },
    ],
    [
      'storage that is full',
      (key: string) => {
        const original = Storage.prototype.setItem;
        Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
          if (k === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          original.call(this, k, v);
        };
      },
    ],
  ];
  for (const [name, breakStorage] of cases) {
    test(`${name}: a banner explains, and the check still completes in this tab`, async () => {
      await withContext(async (context) => {
        await context.addInitScript(breakStorage, KEY);
        const { page, log } = await openPage(context);
        await page.goto(`${site}assessment/`);
        await page.getByRole('button', { name: 'Start the check' }).click();
        await page.locator('fieldset.question').first().locator('input').first().check();
        await page.locator('.storage-banner').waitFor();
        expect(await page.locator('.storage-banner').textContent()).toMatch(/only in this tab/);
        await page.reload();
        await page.goto(`${site}assessment/`);
        await completeCheckByKeyboard(page, instrument, varied);
        await page.locator('.score-table').waitFor({ state: 'attached' });
        expect(await tableFigures(page)).toEqual(expectedFigures(varied));
        expect(await axeViolations(page)).toEqual([]);
        clean(log);
      });
    }, LONG_FLOW);
  }

  test('corrupt stored data: a banner explains, the check completes, and the data is kept under a backup key', async () => {
    await withContext(async (context) => {
      await context.addInitScript((key) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, '{"schemaVersion":1,"history":[{"trunc');
          sessionStorage.setItem('seeded', '1');
        }
      }, KEY);
      const { page, log } = await openPage(context);
      await page.goto(`${site}assessment/`);
      await page.locator('.storage-banner').waitFor();
      await completeCheckByKeyboard(page, instrument, varied);
      await page.waitForURL(/results/);
      const backups = await page.evaluate(
        (k) => Object.keys(localStorage).filter((x) => x.startsWith(`${k}:backup:`)).map((x) => localStorage.getItem(x)),
        KEY,
      );
      expect(backups).toEqual(['{"schemaVersion":1,"history":[{"trunc']);
      clean(log);
    });
  }, LONG_FLOW);
});

describe('accessibility of the check', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe-core finds no violation on the introduction, a step, check answers, results and history (${theme})`, async () => {
      await visit(async (page) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`${site}assessment/`);
        await page.getByRole('button', { name: 'Start the check' }).waitFor();
        expect(await axeViolations(page), 'introduction').toEqual([]);
        await page.getByRole('button', { name: 'Start the check' }).click();
        expect(await axeViolations(page), 'step').toEqual([]);
        for (let s = 0; s < instrument.dimensions.length; s++) {
          await waitForStep(page, s + 1, instrument.dimensions.length);
          await answerStepByKeyboard(page, instrument, varied);
          await tabTo(page, 'Continue');
          await page.keyboard.press('Enter');
        }
        await expect.poll(() => page.locator('h1').textContent()).toBe('Check your answers');
        expect(await axeViolations(page), 'check answers').toEqual([]);
        await page.getByRole('button', { name: 'See my results' }).click();
        await page.locator('.score-table').waitFor({ state: 'attached' });
        expect(await axeViolations(page), 'results').toEqual([]);
        await page.goto(`${site}assessment/history/`);
        await page.locator('.history-table').waitFor();
        expect(await axeViolations(page), 'history').toEqual([]);
      });
    }, LONG_FLOW);
  }

  test('an attribute chapter shows the reader’s latest score for it', async () => {
    await visit(async (page) => {
      await page.goto(`${site}assessment/`);
      await completeCheckByKeyboard(page, instrument, varied);
      await page.waitForURL(/results/);
      await page.goto(`${site}playbook/trust/`);
      const card = page.locator('.latest-score');
      await card.scrollIntoViewIfNeeded();
      const trust = scoreAnswers(instrument, answersFor(instrument, varied)).attributes.find((a) => a.dimension === 'trust');
      if (trust?.status !== 'scored') throw new Error('trust should be scored');
      await expect.poll(() => card.textContent()).toContain(`${Math.round(trust.score)} of 100`);
    });
  }, LONG_FLOW);
});
