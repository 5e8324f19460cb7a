import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { exportResultsJson } from '../../src/domain/exchange/export-json.ts';
import { exportForFacilitator } from '../../src/domain/exchange/for-facilitator.ts';
import type { CompletedResult } from '../../src/domain/result/result.ts';
import { scoredResult } from '../../src/domain/result/scored-result.ts';
import { browserForFile, openPage } from './support/browser.ts';
import { siteInstrument } from './support/instrument.ts';

/** Issue 13's attacks on the team view, in Chromium against the built site. */
const site = inject('rootSite');
const instrument = siteInstrument();

const browser = browserForFile();

/** One person's result: answers that spread over the scale, seeded so each person differs. */
function person(seed: number, hour = 0): CompletedResult {
  const answers = Object.fromEntries(instrument.items.map((item, i) => [item.id, 1 + ((seed * 7 + i * 3 + (seed % 3) * i) % 5)]));
  const completedAt = new Date(Date.UTC(2026, 9, 1 + seed, 9 + hour)).toISOString();
  return scoredResult(instrument, answers, completedAt);
}

const exportOf = (results: readonly CompletedResult[]) => exportResultsJson(instrument, results, '2026-11-01T12:00:00.000Z');
const asFile = (name: string, text: string | Buffer) => ({ name, mimeType: 'application/json', buffer: typeof text === 'string' ? Buffer.from(text) : text });
const filesOf = (results: readonly CompletedResult[]) => results.map((r, i) => asFile(`person-${i + 1}.json`, exportOf([r])));

async function withTeamPage(body: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const { page, log } = await openPage(context);
    await page.goto(`${site}team/`);
    await page.locator('#team-a-files').waitFor({ state: 'attached' });
    await body(page);
    expect(log.consoleErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

const status = (page: Page, text: string) =>
  expect.poll(() => page.locator('.team-status').textContent(), { timeout: 15_000 }).toContain(text);

/** Every cell of the figures table: attribute id → the texts of its cells. */
async function table(page: Page): Promise<Record<string, string[]>> {
  await page.locator('.team-table tbody tr').first().waitFor({ state: 'attached' });
  return Object.fromEntries(
    await page.locator('.team-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [(tr as HTMLElement).dataset.dimension ?? '', [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')]),
    ),
  );
}

const scoreOf = (r: CompletedResult, dimension: string) => {
  const a = r.scores.attributes.find((x) => x.dimension === dimension);
  return a?.status === 'scored' ? a.score : null;
};

describe('the team view against issue 13’s attacks', () => {
  test('with exactly 5 results: no lowest or highest, no quartiles, ranges only, in the table, the CSV and the kept summary', async () => {
    await withTeamPage(async (page) => {
      const team = [1, 2, 3, 4, 5].map((s) => person(s));
      await page.setInputFiles('#team-a-files', filesOf(team));
      await status(page, '5 results loaded');
      const headers = await page.locator('.team-table thead th').allTextContents();
      expect(headers).not.toContain('Lowest');
      expect(headers).not.toContain('Highest');
      const rows = await table(page);
      for (const [dimension, cells] of Object.entries(rows)) {
        const [n, median, q1, q3] = cells;
        expect(n).toBe('5');
        expect(median).toMatch(/^(0|25|50|75)–(25|50|75|100)$/);
        expect([q1, q3]).toEqual(['held back', 'held back']);
        if (dimension === 'overall') continue;
        // No cell holds anyone's score.
        for (const r of team) expect(cells).not.toContain(String(Math.round(scoreOf(r, dimension) ?? -1)));
      }
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the summary as CSV' }).click()]);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv).not.toMatch(/Lowest|Highest|Minimum|Maximum/i);
      expect(csv).toContain('Figures are ranges of,25,points');
      await page.getByLabel('Keep this summary on this device').check();
      const kept = await page.evaluate(() => Object.values(localStorage).join(''));
      expect(kept).not.toMatch(/"min"|"max"|"mean"|standardDeviation/);
    });
  });

  test('band counts under 3 read “fewer than 3”, and the bars give no count away', async () => {
    await withTeamPage(async (page) => {
      // Five people in the most common overall band and one in another: a count of 1.
      const pool = Array.from({ length: 60 }, (_, s) => person(s + 100));
      const bandOf = (r: CompletedResult) => (r.scores.overall.status === 'scored' ? r.scores.overall.band : '');
      const common = pool.map(bandOf).sort().reduce((best, b, _, all) => (all.filter((x) => x === b).length > all.filter((x) => x === best).length ? b : best));
      const team = [...pool.filter((r) => bandOf(r) === common).slice(0, 5), pool.find((r) => bandOf(r) !== common && bandOf(r) !== '')!];
      await page.setInputFiles('#team-a-files', filesOf(team));
      await status(page, '6 results loaded');
      const counts = await page.locator('.band-table tbody td').allTextContents();
      for (const count of counts) expect(count === 'fewer than 3' || count === '0' || Number(count) >= 3).toBe(true);
      expect(counts).toContain('fewer than 3');
    });
  });

  test('subtracting a 5-result report from a 6-result report does not give the sixth person’s scores', async () => {
    await withTeamPage(async (page) => {
      const team = [11, 12, 13, 14, 15].map((s) => person(s));
      const sixth = person(16);
      await page.setInputFiles('#team-a-files', filesOf(team));
      await status(page, '5 results loaded');
      const before = await table(page);
      await page.setInputFiles('#team-a-files', [asFile('sixth.json', exportOf([sixth]))]);
      await status(page, '6 results loaded');
      const after = await table(page);
      for (const dimension of instrument.dimensions.map((d) => d.id)) {
        const score = scoreOf(sixth, dimension);
        if (score === null) continue;
        // Every figure is a 25-point range; the two medians together bound the score no tighter than one range.
        for (const cells of [before[dimension]!, after[dimension]!]) expect(cells[1]).toMatch(/^\d+–\d+$/);
        const [low, high] = after[dimension]![1]!.split('–').map(Number);
        expect(high! - low!).toBe(25);
      }
    });
  });

  test('five copies of one export with only the id changed count as one person', async () => {
    await withTeamPage(async (page) => {
      const one = person(21);
      const copies = [1, 2, 3, 4, 5].map((n) => asFile(`copy-${n}.json`, exportOf([{ ...one, id: `r-forged-${n}` }])));
      await page.setInputFiles('#team-a-files', copies);
      await status(page, '1 result loaded');
      const reasons = await page.locator('.file-reason').allTextContents();
      expect(reasons).toHaveLength(4);
      for (const reason of reasons) expect(reason).toContain('one person counts once');
      expect(await page.locator('.team-table').count()).toBe(0);
    });
  });

  test('one person’s “Export all” file with 5 results counts once, and says so', async () => {
    await withTeamPage(async (page) => {
      const history = [0, 1, 2, 3, 4].map((h) => person(30 + h, h));
      await page.setInputFiles('#team-a-files', [asFile('everything.json', exportOf(history)), ...filesOf([41, 42].map((s) => person(s)))]);
      await status(page, '3 results loaded');
      const used = await page.locator('.file-added').evaluateAll((lis) => lis.map((li) => `${li.querySelector('.file-name')?.textContent}: ${li.querySelector('.file-message')?.textContent}`));
      expect(used).toContain(
        'everything.json: 1 result added: the file holds 5 results of one person, so only the latest counts and 4 earlier ones were left out.',
      );
    });
  });

  test('a UTF-16 export picked together with other files is read like the rest', async () => {
    await withTeamPage(async (page) => {
      const team = [51, 52, 53, 54, 55].map((s) => person(s));
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(exportOf([team[0]!]), 'utf16le')]);
      const utf16NoMark = Buffer.from(exportOf([team[1]!]), 'utf16le');
      await page.setInputFiles('#team-a-files', [
        asFile('notepad.json', utf16),
        asFile('powershell.json', utf16NoMark),
        ...filesOf(team.slice(2)),
      ]);
      await status(page, '5 results loaded');
      expect(await page.locator('.file-refused').count()).toBe(0);
    });
  });

  test('“for my facilitator” files load like exports, and count once beside a full export of the same answers', async () => {
    await withTeamPage(async (page) => {
      const team = [61, 62, 63, 64, 65].map((s) => person(s));
      await page.setInputFiles('#team-a-files', [
        ...team.map((r, i) => asFile(`facilitator-${i + 1}.json`, exportForFacilitator(r))),
        asFile('full-copy.json', exportOf([team[0]!])),
      ]);
      await status(page, '5 results loaded');
      expect(await page.locator('.file-reason').allTextContents()).toEqual([
        'Duplicate: the same answers are already loaded from “facilitator-1.json”, and one person counts once.',
      ]);
    });
  });

  test('the threat model is at the top of the team view', async () => {
    await withTeamPage(async (page) => {
      const first = page.locator('main h2').first();
      expect(await first.textContent()).toBe('Who can learn what');
      const text = (await page.locator('.threat-model').textContent()) ?? '';
      for (const phrase of ['facilitator', 'Anyone who sees the report', 'no lowest or highest score', 'host name']) expect(text).toContain(phrase);
    });
  });
});
