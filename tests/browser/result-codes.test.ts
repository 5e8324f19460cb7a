import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import type { CompletedResult } from '../../src/domain/result/result.ts';
import { scoredResult } from '../../src/domain/result/scored-result.ts';
import { codeInstrument } from '../../src/domain/result-code/from-instrument.ts';
import { scoreAnswers } from '../../src/domain/scoring/score.ts';
import { emptyDocument } from '../../src/domain/storage/document.ts';
import { storageKey } from '../../src/domain/storage/key.ts';
import { axeViolations, browserForFile, offOrigin, openPage, type PageLog } from './support/browser.ts';
import { SUB_PATH } from './setup/global.ts';
import { siteInstrument } from './support/instrument.ts';

const site = inject('rootSite');
const subSite = inject('subSite');
const instrument = siteInstrument();
const coded = codeInstrument(instrument);

const browser = browserForFile();

/** One participant’s completed result: a different spread of scale answers for each seed. */
function participant(seed: number): CompletedResult {
  const answers = Object.fromEntries(coded.items.map((item, i) => [item.id, 1 + ((seed * 7 + i * (seed + 2)) % item.points)]));
  const completedAt = new Date(Date.UTC(2026, 10, 2 + seed, 10)).toISOString();
  return scoredResult(instrument, answers, completedAt);
}

/** Runs `body` in a fresh browser profile (optionally holding one result), then checks nothing left the origin. */
async function visit(base: string, stored: CompletedResult | null, body: (page: Page, log: PageLog) => Promise<void>) {
  const context = await browser.newContext();
  try {
    const { page, log } = await openPage(context);
    if (stored) {
      const key = storageKey(new URL(base).pathname, instrument.id);
      const text = JSON.stringify({ ...emptyDocument(instrument.id), history: [stored] });
      await page.addInitScript(([k, t]) => localStorage.setItem(k!, t!), [key, text]);
    }
    await body(page, log);
    expect(offOrigin(log, new URL(base).origin)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

/** Opens the results page of a browser holding `result` and reads the code and link it offers. */
async function codeFromResultsPage(result: CompletedResult, base = site): Promise<{ code: string; link: string }> {
  let made = { code: '', link: '' };
  await visit(base, result, async (page, log) => {
    await page.goto(`${base}assessment/results/`);
    await page.getByRole('button', { name: 'Show the code and link' }).click();
    const code = await page.getByLabel('Your result code').inputValue();
    const link = await page.getByLabel('Link that opens it').inputValue();
    expect(log.requests.some((url) => /\/qr\.[^/]*\.js$/.test(url)), 'the QR encoder loads only when asked for').toBe(false);
    made = { code, link };
  });
  return made;
}

describe('result codes', () => {
  test('the results page offers the code, a link carrying it after "#", and a QR code on request', async () => {
    await visit(site, participant(1), async (page, log) => {
      await page.goto(`${site}assessment/results/`);
      await page.getByRole('button', { name: 'Show the code and link' }).click();
      const code = await page.getByLabel('Your result code').inputValue();
      expect(code).toMatch(/^CF[0-9A-Z](-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
      expect(await page.getByLabel('Link that opens it').inputValue()).toBe(`${site}assessment/shared/#${code}`);
      // axe measures touch targets where they are on screen; from the top, none sits under the sticky header.
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('button', { name: 'Show QR code' }).click();
      await page.getByRole('img', { name: 'QR code of the link to this result' }).waitFor();
      expect(log.requests.some((url) => /\/qr\.[^/]*\.js$/.test(url))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  for (const [where, base] of [['at the root', site], ['under a sub-path', subSite]] as const) {
    test(`the norm comparison and its figures load when their section comes into view (${where})`, async () => {
      const result = participant(4);
      await visit(base, result, async (page, log) => {
        await page.goto(`${base}assessment/results/`);
        await page.locator('.overall').waitFor();
        const norms = (url: string) => /\/_astro\/norms\.[\w-]+\.json$/.test(url);
        const section = page.locator('.norm-markers');
        expect(await section.locator('h2').textContent()).toBe('Compared with your organization');
        await section.scrollIntoViewIfNeeded();
        await section.locator('svg').waitFor();
        const requested = log.requests.filter(norms);
        expect(requested).toHaveLength(1);
        expect(new URL(requested[0]!).pathname.startsWith(`${new URL(base).pathname}_astro/`)).toBe(true);
        const scored = result.scores.method === 2 ? result.scores.attributes.filter((a) => a.status === 'scored').length : 0;
        expect(await section.locator('circle.norm-you').count()).toBe(scored);
        expect(await section.locator('tbody tr').count()).toBe(instrument.dimensions.length);
      });
    });
  }

  test('a link opens the result read-only in another browser, which can save it to its history', async () => {
    const result = participant(2);
    const { link } = await codeFromResultsPage(result);
    await visit(site, null, async (page, log) => {
      await page.goto(link);
      await expect.poll(() => page.locator('main h1').textContent(), { timeout: 10_000 }).toBe('A shared readiness result');
      const rows = await page.locator('.shared-scores tbody tr').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent));
      const expected = scoreAnswers(instrument, result.answers).attributes.map((a) => (a.status === 'scored' ? String(Math.round(a.score)) : '—'));
      expect(rows).toEqual(expected);
      expect(await page.locator('.norm-markers h2').textContent()).toBe('Compared with your organization');
      expect(await axeViolations(page)).toEqual([]);
      // The code is in the fragment: no request the page made carries it.
      const code = new URL(link).hash.slice(1);
      expect(log.requests.filter((url) => url.includes(code))).toEqual([]);

      await page.getByRole('button', { name: 'Save to this device' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count(), { timeout: 10_000 }).toBe(1);
      // Saved with the day it was completed and the same answers; a code has no time of day, so it is kept at noon UTC.
      const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), storageKey('/', instrument.id));
      expect(stored.history.map((r: CompletedResult) => [r.completedAt, r.answers])).toEqual([[`${result.completedAt.slice(0, 10)}T12:00:00.000Z`, result.answers]]);
      await page.goto(`${site}assessment/history/`);
      await expect.poll(() => page.locator('main tbody tr').count(), { timeout: 10_000 }).toBe(1);
      await page.goBack();
      await page.getByRole('button', { name: 'Save to this device' }).click();
      await expect.poll(() => page.locator('main').textContent(), { timeout: 10_000 }).toContain('already in the history on this device');
    });
  });

  test('a link with a typo says so, and a corrected code opens', async () => {
    const { code } = await codeFromResultsPage(participant(3), subSite);
    const last = code.at(-1) === '0' ? '1' : '0';
    await visit(subSite, null, async (page) => {
      await page.goto(`${subSite}assessment/shared/#${code.slice(0, -1)}${last}`);
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('typo');
      expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('Result code').fill(code.toLowerCase());
      await page.getByRole('button', { name: 'Open' }).click();
      await expect.poll(() => page.locator('main h1').textContent(), { timeout: 10_000 }).toBe('A shared readiness result');
      expect(new URL(page.url()).pathname).toBe(`${SUB_PATH}assessment/shared/`);
    });
  });

  test('five participants’ codes pasted as one chat transcript become a team report; a typo and a repeat are reported', async () => {
    const codes: string[] = [];
    for (let seed = 10; seed < 15; seed += 1) codes.push((await codeFromResultsPage(participant(seed))).code);
    const typo = `${codes[0]!.slice(0, 6)}${codes[0]![6] === 'X' ? 'Y' : 'X'}${codes[0]!.slice(7)}`;
    const transcript = [
      '[09:01] Facilitator: Please paste your result code here when you are done.',
      `[09:07] Ana: ${codes[0]}`,
      `[09:08] Ben: here you go ${codes[1]!.toLowerCase()} cheers`,
      `[09:08] Cy: ${typo}`,
      `[09:09] Cy: sorry, that one had a typo: ${codes[2]}`,
      `[09:10] Dee: "${codes[3]}"`,
      `[09:12] Eli: ${codes[4]!.replaceAll('-', ' ')}`,
      `[09:13] Ana: posting again just in case ${codes[0]}`,
    ].join('\n');

    await visit(site, null, async (page) => {
      await page.goto(`${site}team/`);
      await page.getByLabel('Text with result codes: a chat, an e-mail thread or a spreadsheet column').fill(transcript);
      await page.getByRole('button', { name: 'Read the codes' }).click();
      await expect.poll(() => page.locator('.code-paste-status').textContent(), { timeout: 10_000 }).toBe('7 codes found: 5 results read, 1 code refused, 1 repeat counted once.');
      await expect.poll(() => page.locator('.team-status').textContent(), { timeout: 10_000 }).toContain('5 results loaded');
      expect(await page.locator('.code-refused .code-reason').allTextContents()).toEqual([expect.stringContaining('typo')]);
      await page.locator('.box-plot').first().waitFor();
      expect(await page.getByRole('button', { name: 'Scan QR codes with the camera' }).count(), 'headless Chromium has no BarcodeDetector').toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // The same codes again add nothing: the team view already holds those five results. With figures
      // shown the loaders have folded into one line; Change opens them.
      await page.getByRole('button', { name: 'Change the files and codes loaded' }).click();
      await page.getByLabel('Text with result codes: a chat, an e-mail thread or a spreadsheet column').fill(codes.join(', '));
      await page.getByRole('button', { name: 'Read the codes' }).click();
      await expect.poll(() => page.locator('.team-status').textContent(), { timeout: 10_000 }).toContain('5 results loaded');
    });
  });
});
