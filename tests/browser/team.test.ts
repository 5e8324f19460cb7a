import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { exportResultsJson } from '../../src/domain/exchange/export-json.ts';
import { importResults } from '../../src/domain/exchange/import.ts';
import { commonImport } from '../../src/i18n/en/results.ts';
import { translator } from '../../src/i18n/translate.ts';
import { refusalWords } from '../../src/islands/common/import-words.ts';
import { compareTeamWithNorm } from '../../src/domain/norms/compare-team.ts';
import { en } from '../../src/i18n/en/index.ts';
import { teamNormWords } from '../../src/islands/result-code/code-words.ts';
import { normChoices } from '../../src/domain/norms/markers.ts';
import { validateNorm } from '../../src/domain/norms/validate.ts';
import type { CompletedResult } from '../../src/domain/result/result.ts';
import { deploymentPrefix } from '../../src/domain/storage/key.ts';
import { compareGroups } from '../../src/domain/team/compare.ts';
import { headlineStatements, teamHeadline, type TeamHeadline } from '../../src/domain/team/headline.ts';
import { compareRoles } from '../../src/domain/team/roles.ts';
import { figureRange } from '../../src/domain/team/summary.ts';
import { teamStatistics } from '../../src/domain/team/statistics.ts';
import { ROLES, type Role } from '../../src/domain/result/role.ts';
import { headlineWords, roleGroupKey, shownCount as countWords, suppressedWords } from '../../src/islands/team/team-words.ts';
import { scoredResult } from '../../src/domain/result/scored-result.ts';
import { axeViolations, browserForFile, offOrigin, openPage, type PageLog } from './support/browser.ts';
import { seededAnswers } from './support/results.ts';
import { SUB_PATH } from './setup/global.ts';
import { siteInstrument } from './support/instrument.ts';
import { overflow, smallChartText } from './support/layout.ts';

const site = inject('rootSite');
const subSite = inject('subSite');
const instrument = siteInstrument();
const MINIMUM = 5; // content/site.yaml: team.minGroupSize
const SPREAD_MINIMUM = 10; // content/site.yaml: team.spreadMinimum
const EXAMPLE_NORM = 'content/norms/example-whole-organization-q3.yaml';

// The English words the page says, from the catalog (the domain gives codes and values).
const english = translator(en, 'en');
const QUARTILES_HELD_BACK = english('team.heldBack');
const shownCount = (count: number | null) => countWords(english, count);
const headlineSentences = (i: typeof instrument, stats: Parameters<typeof headlineStatements>[1], headline: TeamHeadline) =>
  headlineWords(english, i, headlineStatements(i, stats, headline));
const ROLE_GROUP_NAMES = Object.fromEntries(ROLES.map((role) => [role, english(roleGroupKey(role))])) as Record<Role, string>;

const browser = browserForFile();

// --- Result files, made with the engine so the page's figures can be compared with the engine's. ---

/** A deterministic spread of answers per person: some agree, some do not, a few "Not sure". */
const answersOf = (seed: number) => seededAnswers(instrument, seed * 9973 + 17, 0.06);

function person(seed: number, label?: string, role?: Role): CompletedResult {
  const answers = answersOf(seed);
  const completedAt = new Date(Date.UTC(2026, 9, 1) + seed * 3_600_000).toISOString();
  return { ...scoredResult(instrument, answers, completedAt), ...(label === undefined ? {} : { label }), ...(role === undefined ? {} : { role }) };
}

const exportOf = (results: readonly CompletedResult[]) => exportResultsJson(instrument, results, '2026-11-01T12:00:00.000Z');
const asFile = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const people = (from: number, count: number) => Array.from({ length: count }, (_, i) => person(from + i));
const filesFor = (results: readonly CompletedResult[], prefix = 'person') =>
  results.map((r, i) => asFile(`${prefix}-${i + 1}.json`, exportOf([r])));

// --- Page helpers ---

async function visit(base: string, body: (page: Page, log: PageLog, context: BrowserContext) => Promise<void>) {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    const { page, log } = await openPage(context);
    await body(page, log, context);
    expect(offOrigin(log, new URL(base).origin)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
  } finally {
    await context.close();
  }
}

async function openTeamPage(page: Page, base = site) {
  await page.goto(`${base}team/`);
  await page.locator('#team-a-files').waitFor({ state: 'attached' });
}

async function waitForStatus(page: Page, text: string) {
  await expect.poll(() => page.locator('.team-status').textContent(), { timeout: 15_000 }).toContain(text);
}

/** Once the report shows figures the loaders fold into one line; this opens them again. */
async function openLoaders(page: Page) {
  const change = page.locator('.team-change');
  if ((await change.getAttribute('aria-expanded')) === 'false') await change.click();
  await page.locator('#team-setup').waitFor({ state: 'visible' });
}

/** The element that has focus, as "TAG text". */
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim() ?? ''}`);

type Figures = Record<string, string[]>;

/** The table under the box plot: dimension id → [n, median, Q1, Q3] as shown. */
async function shownFigures(page: Page, group: 'a' | 'b' = 'a'): Promise<Figures> {
  const rows = page.locator(`section[aria-labelledby="group-${group}-title"] .team-table tbody tr`);
  await rows.first().waitFor({ state: 'attached' });
  const pairs = await rows.evaluateAll((trs) =>
    trs.map((tr) => [(tr as HTMLElement).dataset.dimension ?? '', [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')] as const),
  );
  return Object.fromEntries(pairs);
}

const range = (value: number | null) => (value === null ? QUARTILES_HELD_BACK : figureRange(value));

/** The same figures from the engine, as ranges the way the page shows them. */
function engineFigures(results: readonly CompletedResult[]): Figures {
  const stats = teamStatistics(instrument, results, { minimumGroupSize: MINIMUM });
  if (stats.status !== 'shown') throw new Error(`expected figures, got ${stats.status}`);
  const name = (id: string) => instrument.dimensions.find((d) => d.id === id)?.name ?? id;
  const row = (f: (typeof stats.attributes)[number] | typeof stats.overall, id: string) =>
    f.status === 'shown'
      ? [String(f.n), ...[f.median, f.q1, f.q3].map(range)]
      : [suppressedWords(english, id === 'overall' ? { of: 'overall' } : { of: 'attribute', name: name(id) }, MINIMUM)];
  return {
    ...Object.fromEntries(stats.attributes.map((a) => [a.dimension, row(a, a.dimension)])),
    overall: row(stats.overall, 'overall'),
  };
}

/** Every table cell on the page that holds a digit. */
const numericCells = (page: Page) =>
  page.locator('main td').evaluateAll((tds) => tds.map((td) => td.textContent ?? '').filter((t) => /\d/.test(t)));

const storageKeys = (page: Page) =>
  page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));

describe('the team view', () => {
  test('four results show no figure and say why; the fifth shows the engine’s figures', async () => {
    await visit(site, async (page) => {
      await openTeamPage(page);
      const team = people(1, 5);
      await page.setInputFiles('#team-a-files', filesFor(team.slice(0, 4)));
      await waitForStatus(page, '4 results loaded');

      expect(await page.locator('.box-plot').count()).toBe(0);
      expect(await page.locator('svg').evaluateAll((svgs) => svgs.filter((s) => s.closest('main')).length)).toBe(0);
      expect(await numericCells(page)).toEqual([]);
      const why = page.locator('.held-back');
      expect(await why.textContent()).toContain(suppressedWords(english, { of: 'team' }, MINIMUM));
      expect(await why.textContent()).toContain('load 1 more result to see them');
      expect(await page.getByRole('button', { name: 'Export the summary as CSV' }).count()).toBe(0);
      // Without figures the loaders stay open: more results are needed.
      expect(await page.locator('.team-change').count()).toBe(0);
      expect(await page.locator('#team-setup').isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);

      await page.setInputFiles('#team-a-files', filesFor(team.slice(4), 'late'));
      await waitForStatus(page, '5 results loaded');
      await page.locator('.box-plot').waitFor();
      expect(await shownFigures(page)).toEqual(engineFigures(team));

      const stats = teamStatistics(instrument, team, { minimumGroupSize: MINIMUM });
      if (stats.status !== 'shown') throw new Error('expected figures');
      const bands = await page.locator('.band-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [(tr as HTMLElement).dataset.band, tr.querySelector('td')?.textContent]),
      );
      expect(bands.slice(0, stats.bands.length)).toEqual(stats.bands.map((b) => [b.band, String(shownCount(b.count))]));
      const headline = teamHeadline(instrument, stats);
      const disagreement = await page.locator('.disagreement li strong').allTextContents();
      expect(disagreement).toEqual(headline.disagreement.map((d) => instrument.dimensions.find((x) => x.id === d)?.name));
      const { lead, detail, points } = headlineSentences(instrument, stats, headline);
      expect(await page.locator('.headline-lead').textContent()).toBe(`${lead} ${detail}`);
      expect(await page.locator('.headline-points li').allTextContents()).toEqual(points);
      // Where to start: the weakest attributes, with their plays, before any chart.
      const names = (ids: readonly string[]) => ids.map((id) => instrument.dimensions.find((d) => d.id === id)?.name);
      expect(await page.locator('.team-start .advice h4').evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent?.trim()))).toEqual(names(headline.weakest));
      // The live status is polite; the report took over: the loaders folded away and focus moved to its heading.
      expect(await page.locator('.team-status').getAttribute('role')).toBe('status');
      expect(await focused(page)).toBe('H2 Team report');
      expect(await page.locator('#team-setup').isHidden()).toBe(true);
    });
  });

  test('bad files are listed with their reason and skipped; the good ones count, labels are ignored', async () => {
    await visit(site, async (page) => {
      await openTeamPage(page);
      const team = people(20, 4);
      const pair = [person(40, 'Alice Example'), person(41)];
      const broken = '{"format": "culture-first/results", "formatVersion": 1, "results": [';
      const foreign = exportOf([person(50)]).replaceAll(`"${instrument.id}"`, '"onboarding-survey"');
      const huge = ' '.repeat(1_100_000);
      await page.setInputFiles('#team-a-files', [
        ...filesFor(team),
        asFile('pair.json', exportOf(pair)),
        asFile('broken.json', broken),
        asFile('other-survey.json', foreign),
        asFile('copy-of-person-2.json', exportOf([team[1]!])),
        asFile('huge.json', huge),
      ]);
      // The pair is one person's file: only its latest result counts.
      await waitForStatus(page, '5 results loaded');
      await waitForStatus(page, '4 files were not used');

      const refused = Object.fromEntries(
        await page.locator('.file-refused').evaluateAll((lis) =>
          lis.map((li) => [li.querySelector('.file-name')?.textContent ?? '', li.querySelector('.file-reason')?.textContent ?? '']),
        ),
      );
      const reason = (text: string) => {
        const outcome = importResults(text, instrument);
        return outcome.ok ? 'accepted' : refusalWords(translator(commonImport, 'en'), outcome.error, instrument, 'en');
      };
      expect(Object.keys(refused).sort()).toEqual(['broken.json', 'copy-of-person-2.json', 'huge.json', 'other-survey.json']);
      expect(refused['broken.json']).toBe(reason(broken));
      expect(refused['other-survey.json']).toBe(reason(foreign));
      expect(refused['other-survey.json']).toContain('onboarding-survey');
      expect(refused['copy-of-person-2.json']).toContain('Duplicate');
      expect(refused['copy-of-person-2.json']).toContain('person-2.json');
      expect(refused['huge.json']).toContain('at most 1 MB');

      // Pasted text is one more source; a pasted duplicate is refused the same way. Five results show
      // figures, so the loaders have folded away: open them first.
      await openLoaders(page);
      await page.fill('#team-a-paste', exportOf([person(60)]));
      await page.getByRole('button', { name: 'Add pasted results' }).click();
      await waitForStatus(page, '6 results loaded');
      await page.fill('#team-a-paste', exportOf([person(60)]));
      await page.getByRole('button', { name: 'Add pasted results' }).click();
      await waitForStatus(page, '5 files were not used');

      await page.locator('.box-plot').waitFor();
      expect(await shownFigures(page)).toEqual(engineFigures([...team, pair[1]!, person(60)]));
      // Individual results are never listed, and labels inside files are not shown.
      expect(await page.locator('main').textContent()).not.toContain('Alice');
      const used = await page.locator('.file-added').evaluateAll((lis) => lis.map((li) => `${li.querySelector('.file-name')?.textContent}: ${li.querySelector('.file-message')?.textContent}`));
      expect(used.every((t) => !/\d+ of 100|score/i.test(t))).toBe(true);
      expect(used).toContain('pair.json: 1 result added: the file holds 2 results of one person, so only the latest counts and 1 earlier one was left out.');

      await page.getByRole('button', { name: 'Clear everything' }).click();
      await waitForStatus(page, 'Everything was cleared');
      expect(await page.locator('.file-list li').count()).toBe(0);
      expect(await page.locator('.box-plot').count()).toBe(0);
    });
  });

  test('files dropped on the drop zone load like chosen ones', async () => {
    await visit(site, async (page) => {
      await openTeamPage(page);
      const team = people(70, 5);
      const texts = team.map((r) => exportOf([r]));
      const transfer = await page.evaluateHandle((all) => {
        const data = new DataTransfer();
        all.forEach((text, i) => data.items.add(new File([text], `dropped-${i + 1}.json`, { type: 'application/json' })));
        return data;
      }, texts);
      await page.dispatchEvent('.drop-zone', 'dragover', { dataTransfer: transfer });
      await page.dispatchEvent('.drop-zone', 'drop', { dataTransfer: transfer });
      await waitForStatus(page, '5 results loaded');
      expect(await shownFigures(page)).toEqual(engineFigures(team));
    });
  });

  test('the file picker is reached with the keyboard, inside the labelled drop zone', async () => {
    await visit(site, async (page) => {
      await openTeamPage(page);
      let reached = false;
      for (let i = 0; i < 40 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate(() => document.activeElement?.id === 'team-a-files');
      }
      expect(reached).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.closest('.drop-zone') !== null)).toBe(true);
      const outline = await page.locator('label[for="team-a-files"]').evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid');
    });
  });

  test('two groups: each obeys the minimum on its own, and the gap equals the difference of the medians', async () => {
    await visit(site, async (page) => {
      await openTeamPage(page);
      await page.getByLabel('Compare two groups').check();
      await page.fill('#team-a-name', 'Leaders');
      await page.fill('#team-b-name', 'Everyone else');
      const leaders = people(100, 5);
      const others = people(200, 6);
      await page.setInputFiles('#team-a-files', filesFor(leaders, 'leader'));
      await page.setInputFiles('#team-b-files', filesFor(others.slice(0, 4), 'member'));
      await waitForStatus(page, 'Everyone else: 4 results loaded');

      // Group B is below the minimum: its figures and the gap are held back, group A's are shown.
      expect(await shownFigures(page, 'a')).toEqual(engineFigures(leaders));
      expect(await page.locator('section[aria-labelledby="group-b-title"] td').count()).toBe(0);
      expect(await page.locator('section[aria-labelledby="group-b-title"] .held-back').textContent()).toContain('load 1 more result');
      expect(await page.locator('.gap-table').count()).toBe(0);

      await page.setInputFiles('#team-b-files', filesFor(others.slice(4), 'late-member'));
      await waitForStatus(page, 'Everyone else: 6 results loaded');
      await page.locator('.gap-table').waitFor({ state: 'attached' });
      expect(await shownFigures(page, 'b')).toEqual(engineFigures(others));

      const comparison = compareGroups(instrument, leaders, others, { minimumGroupSize: MINIMUM });
      if (comparison.status !== 'compared') throw new Error('expected a comparison');
      const expected = Object.fromEntries(
        comparison.gaps.map((g) => [g.dimension, g.status === 'shown' ? Math.round(g.medianGap) || 0 : null]),
      );
      const shown = Object.fromEntries(
        await page.locator('.gap-table tbody tr').evaluateAll((trs) =>
          trs.map((tr) => [(tr as HTMLElement).dataset.dimension ?? '', tr.querySelector('.gap-value')?.textContent ?? null]),
        ),
      );
      const parsed = Object.fromEntries(
        Object.entries(shown).map(([k, v]) => [k, v === null ? null : Number(v.replace('−', '-').replace('+', ''))]),
      );
      expect(parsed).toEqual(expected);
      expect(await page.locator('.gap-table thead').textContent()).toContain('Gap (Everyone else − Leaders)');
      expect(await page.locator('.gap-plot .gap-bar').count()).toBe(instrument.dimensions.length);

      // A copy of a leader's file dropped into the other group is a duplicate too.
      await page.setInputFiles('#team-b-files', [asFile('stray.json', exportOf([leaders[0]!]))]);
      await expect
        .poll(() => page.locator('section[aria-labelledby="team-b-title"] .file-reason').allTextContents())
        .toContain('Duplicate: the same answers are already loaded from “leader-1.json” in Leaders, and one person counts once.');

      // Exported CSV: aggregates only.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the summary as CSV' }).click()]);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv).toContain('Group,Leaders,Results loaded,5');
      expect(csv).toContain('Perception gap: median of Everyone else minus median of Leaders');
      for (const r of [...leaders, ...others]) expect(csv).not.toContain(r.id);
      expect(csv).not.toContain('completedAt');
    });
  });

  test('nothing is stored unless asked; the kept summary holds figures only and comes back on the next visit', async () => {
    await visit(site, async (page) => {
      await openTeamPage(page);
      const team = people(300, 6);
      await page.setInputFiles('#team-a-files', filesFor(team));
      await waitForStatus(page, '6 results loaded');
      await page.locator('.box-plot').waitFor();
      expect(await storageKeys(page)).toEqual({ local: [], session: [] });

      await page.getByLabel('Keep this summary on this device').check();
      const keys = await storageKeys(page);
      expect(keys.session).toEqual([]);
      expect(keys.local).toEqual([`${deploymentPrefix('/')}team-summary:${instrument.id}`]);
      const kept = (await page.evaluate((k) => localStorage.getItem(k), keys.local[0]!)) ?? '';
      expect(kept).not.toContain('answers');
      expect(kept).not.toContain('completedAt');
      for (const r of team) expect(kept).not.toContain(r.id);
      for (const item of instrument.items) expect(kept).not.toContain(`"${item.id}"`);

      await page.reload();
      await page.locator('.kept-note').waitFor();
      expect(await shownFigures(page)).toEqual(engineFigures(team));
      expect(await page.getByLabel('Keep this summary on this device').isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Remove it from this device' }).click();
      expect(await storageKeys(page)).toEqual({ local: [], session: [] });
      await waitForStatus(page, 'The kept summary was removed from this device.');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.locator('.box-plot').count()).toBe(0);
      await page.reload();
      await page.locator('#team-a-files').waitFor({ state: 'attached' });
      expect(await page.locator('.kept-note').count()).toBe(0);
    });
  });

  test('a kept summary that cannot be read is ignored, without an error', async () => {
    await visit(site, async (page) => {
      await openTeamPage(page);
      const key = `${deploymentPrefix('/')}team-summary:${instrument.id}`;
      for (const text of [
        '{not json',
        JSON.stringify({ format: 'culture-first/team-summary', version: 1, savedAt: 'x', report: { groups: [{ statistics: { status: 'shown' } }] } }),
        JSON.stringify({ format: 'culture-first/team-summary', version: 2, savedAt: 'x', report: {} }),
      ]) {
        await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, text]);
        await page.reload();
        await page.locator('#team-a-files').waitFor({ state: 'attached' });
        expect(await page.locator('.kept-note').count()).toBe(0);
        expect(await page.getByLabel('Keep this summary on this device').isChecked()).toBe(false);
      }
    });
  });

  test('under a sub-path the kept summary uses that deployment’s key prefix', async () => {
    await visit(subSite, async (page) => {
      await openTeamPage(page, subSite);
      await page.setInputFiles('#team-a-files', filesFor(people(400, 5)));
      await waitForStatus(page, '5 results loaded');
      const href = await page.locator('.advice-links a').first().getAttribute('href');
      expect(href?.startsWith(`${SUB_PATH}playbook/`)).toBe(true);
      await page.getByLabel('Keep this summary on this device').check();
      const keys = await storageKeys(page);
      expect(keys.local).toEqual([`${deploymentPrefix(SUB_PATH)}team-summary:${instrument.id}`]);
      expect(keys.local[0]?.startsWith('culture-first:/intranet/culture:')).toBe(true);
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe-core finds no violation with figures shown, ${theme} theme`, async () => {
      await visit(site, async (page) => {
        await page.emulateMedia({ colorScheme: theme });
        await openTeamPage(page);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await page.getByLabel('Compare two groups').check();
        await page.setInputFiles('#team-a-files', [...filesFor(people(500, 5)), asFile('broken.json', '{')]);
        await page.setInputFiles('#team-b-files', filesFor(people(600, 5), 'b'));
        await page.locator('.gap-table').waitFor({ state: 'attached' });
        // Folded, then unfolded with the files' list open.
        expect(await axeViolations(page)).toEqual([]);
        await openLoaders(page);
        await page.locator('.files-added summary').first().click();
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }

  test('printing shows the report with its date and group sizes, and no navigation or loaders', async () => {
    await visit(site, async (page) => {
      await openTeamPage(page);
      await page.setInputFiles('#team-a-files', filesFor(people(700, 7)));
      await page.locator('.box-plot').waitFor();
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.site-header', '.site-footer', '.loader', '.team-setup', '.team-loaded', '.team-actions', '.privacy']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      // On paper the charts carry the figures (each row ends in its range); the tables behind “Show the figures” stay on screen.
      for (const selector of ['.team-headline', '.box-plot svg', '.band-chart svg', '.report-meta']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
      }
      const meta = (await page.locator('.report-meta').textContent()) ?? '';
      expect(meta).toContain('7 results');
      expect(meta).toMatch(/20\d\d/);
      const pdf = await page.pdf();
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
    });
  });
  test('a report is compared with the example norm and saved as a norm file the build accepts; nothing leaves the origin', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const context = { instrument, minGroupSize: MINIMUM, spreadMinimum: SPREAD_MINIMUM, today };
    const example = validateNorm(parse(readFileSync(EXAMPLE_NORM, 'utf8')), context);
    if (!example.ok) throw new Error(`the example norm is invalid: ${JSON.stringify(example.problems)}`);
    const [choice] = normChoices([{ key: 'example-whole-organization-q3', norm: example.norm }], instrument.dimensions.map((d) => d.id));
    const team = people(800, 12);
    const stats = teamStatistics(instrument, team, { minimumGroupSize: MINIMUM, spreadMinimum: SPREAD_MINIMUM });
    if (stats.status !== 'shown' || !choice) throw new Error('expected figures and a norm');

    await visit(site, async (page, log) => {
      await openTeamPage(page);
      // The norm tools' code comes with the report's, once there is something to read: not with the page.
      const normCode = () => log.requests.filter((url) => /\/team-lazy[^/]*\.js$/.test(url));
      expect(normCode(), 'the page loads no report or norm code before a file is given').toEqual([]);
      await page.setInputFiles('#team-a-files', filesFor(team.slice(0, 4)));
      await waitForStatus(page, '4 results loaded');
      expect(await page.locator('.team-norm, .save-norm').count(), 'no norm tools while figures are held back').toBe(0);

      await page.setInputFiles('#team-a-files', filesFor(team.slice(4), 'late'));
      await waitForStatus(page, '12 results loaded');
      await page.locator('.team-norm-table').waitFor({ state: 'attached' });
      expect(await page.locator('#team-norm-choice option').allTextContents()).toEqual([choice.label]);
      const shown = await page.locator('.team-norm-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [(tr as HTMLElement).dataset.dimension, ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
      );
      const expected = compareTeamWithNorm(stats.attributes, choice).map((row) => [
        row.dimension,
        row.teamRange ?? 'held back',
        String(Math.round(row.norm.median)),
        row.norm.spread ? `${row.norm.spread.low}–${row.norm.spread.high}` : 'not in this norm',
        teamNormWords(translator(en, 'en'), row),
      ]);
      expect(shown).toEqual(expected);
      expect(shown.length).toBe(instrument.dimensions.length);
      expect(await axeViolations(page)).toEqual([]);

      await page.getByLabel('Name, as people will choose it').fill('Engineering, Q4');
      await page.getByLabel('Date of the report').fill(today);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as a norm file' }).click()]);
      expect(download.suggestedFilename()).toBe('engineering-q4.yaml');
      const yaml = readFileSync(await download.path(), 'utf8');
      const saved = validateNorm(parse(yaml), context);
      expect(saved.ok ? [] : saved.problems).toEqual([]);
      // The published figures (range middles, rounded), never a score or anything of one person.
      const published = stats.attributes.flatMap((a) =>
        a.status === 'shown'
          ? [{ id: a.dimension, median: Math.round(a.median), ...(a.q1 !== null && a.q3 !== null ? { quartiles: [Math.round(a.q1), Math.round(a.q3)] } : {}), bands: {} }]
          : [],
      );
      expect(saved.ok && { name: saved.norm.name, n: saved.norm.n, date: saved.norm.date, attributes: saved.norm.attributes }).toEqual({
        name: 'Engineering, Q4',
        n: 12,
        date: today,
        attributes: published,
      });
      for (const r of team) expect(yaml).not.toContain(r.id);
      for (const item of instrument.items) expect(yaml).not.toContain(item.id);
      await expect.poll(() => page.locator('.save-norm [role="status"]').textContent()).toBe('Saved as engineering-q4.yaml. Put it in content/norms/ and rebuild the site.');
      expect(await axeViolations(page)).toEqual([]);
      expect(normCode()).toEqual([expect.stringMatching(new RegExp(`^${site}`))]);
    });
  });
});

describe('the team report takes over once results load', () => {
  const nameOf = (id: string) => instrument.dimensions.find((d) => d.id === id)?.name ?? id;

  test('the loaders fold into one line that the keyboard opens and closes; removing files never loses focus', async () => {
    await visit(site, async (page) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openTeamPage(page);
      await page.setInputFiles('#team-a-files', filesFor(people(1000, 6)));
      await waitForStatus(page, '6 results loaded');
      await expect.poll(() => focused(page)).toBe('H2 Team report');
      const change = page.locator('.team-change');
      expect(await change.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('#team-setup').isHidden()).toBe(true);
      // One line: the count and Change side by side, and the report starts on the first screen.
      const line = await page.locator('.team-loaded').boundingBox();
      expect(line?.height ?? 999).toBeLessThan(60);
      expect(await page.locator('.team-loaded').innerText()).toMatch(/^6 results loaded\.\s*·?\s*Change/);
      expect((await page.locator('.team-report h2').boundingBox())?.y ?? 9999).toBeLessThan(800);

      // Its accessible name says what it changes, and nothing decorative is read out.
      expect(await page.getByRole('button', { name: 'Change the files and codes loaded', exact: true }).getAttribute('aria-controls')).toBe('team-setup');
      // Shift+Tab from the report's heading reaches Change; Enter opens the loaders and focus stays.
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('team-change'))).toBe(true);
      await page.keyboard.press('Enter');
      expect(await change.getAttribute('aria-expanded')).toBe('true');
      expect(await page.locator('#team-setup').isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('team-change'))).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('team-compare');

      // Remove two files with the keyboard: the second takes the team below the minimum.
      const summary = page.locator('.files-added summary');
      await summary.focus();
      await page.keyboard.press('Enter');
      for (const left of [5, 4]) {
        await page.keyboard.press('Tab');
        expect(await focused(page)).toMatch(/^BUTTON Remove person-/);
        await page.keyboard.press('Enter');
        await waitForStatus(page, `${left} results loaded`);
        await expect.poll(() => focused(page)).toBe(`SUMMARY Files used (${left})`);
      }
      // Without figures the loaders are simply open, with no Change to press.
      expect(await page.locator('.team-change').count()).toBe(0);
      expect(await page.locator('.held-back').textContent()).toContain('load 1 more result');
      expect(await page.locator('#team-setup').isVisible()).toBe(true);

      // Figures again: the loaders fold and focus moves to the report once more.
      await page.setInputFiles('#team-a-files', filesFor(people(1100, 2), 'late'));
      await waitForStatus(page, '6 results loaded');
      await expect.poll(() => focused(page)).toBe('H2 Team report');
      expect(await page.locator('#team-setup').isHidden()).toBe(true);
      // Space toggles too, and closing leaves focus on the button, not on the page.
      await change.focus();
      await page.keyboard.press('Space');
      expect(await page.locator('#team-setup').isVisible()).toBe(true);
      await page.keyboard.press('Space');
      expect(await page.locator('#team-setup').isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('team-change'))).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test('the report opens with the headline and where to start, then roles, then the charts', async () => {
    const team = people(1200, 12);
    const stats = teamStatistics(instrument, team, { minimumGroupSize: MINIMUM, spreadMinimum: SPREAD_MINIMUM });
    if (stats.status !== 'shown') throw new Error('expected figures');
    const headline = teamHeadline(instrument, stats);
    await visit(site, async (page) => {
      await openTeamPage(page);
      await page.setInputFiles('#team-a-files', filesFor(team));
      await page.locator('.team-headline').waitFor();
      const { lead, detail, points } = headlineSentences(instrument, stats, headline);
      expect(await page.locator('.headline-lead').textContent()).toBe(`${lead} ${detail}`);
      expect(await page.locator('.headline-points li').allTextContents()).toEqual(points);
      expect(lead).toMatch(/^Overall, the team (is at|sits between) “/);
      // What to do comes before the figures it rests on.
      const order = await page.locator('.team-report').evaluate((report) =>
        ['.team-headline', '.team-start, .disagreement', '.team-roles', '.box-plot', '.band-chart'].map((selector) => {
          const el = report.querySelector(selector);
          return el ? [...report.querySelectorAll('*')].indexOf(el) : -1;
        }),
      );
      const present = order.filter((i) => i >= 0);
      expect(present).toEqual([...present].sort((a, b) => a - b));
      expect(order[0]).toBeGreaterThanOrEqual(0);
      expect(order[3]).toBeGreaterThan(order[0] ?? Infinity);
      expect(await page.locator('.disagreement li strong').allTextContents()).toEqual(headline.disagreement.map(nameOf));
    });
  });

  test('on a 390 px phone the report takes the first screen, nothing scrolls sideways and chart text stays at 12 px or more', async () => {
    const team = (['senior-leader', 'people-manager', 'individual-contributor'] as const).flatMap((role, r) =>
      Array.from({ length: 5 }, (_, i) => person(1400 + r * 50 + i, undefined, role)),
    );
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    try {
      const { page, log } = await openPage(context);
      await openTeamPage(page);
      await page.setInputFiles('#team-a-files', filesFor(team));
      await page.locator('.role-table').waitFor({ state: 'attached' });
      await expect.poll(() => focused(page)).toBe('H2 Team report');
      const heading = await page.locator('.team-report h2').boundingBox();
      expect(heading && heading.y + heading.height).toBeLessThan(844);
      expect(await overflow(page)).toBe(0);
      expect(await smallChartText(page, '.team-report')).toEqual([]);
      expect(await page.locator('.team-report svg text').count()).toBeGreaterThan(20);
      expect(offOrigin(log, new URL(site).origin)).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  const roleTeam = (counts: readonly [number, number, number], from: number) =>
    (['senior-leader', 'people-manager', 'individual-contributor'] as const).flatMap((role, r) =>
      Array.from({ length: counts[r] ?? 0 }, (_, i) => person(from + r * 50 + i, undefined, role)),
    );

  const cases: { counts: readonly [number, number, number]; shown: readonly Role[]; why: string }[] = [
    { counts: [5, 6, 5] as const, shown: ['senior-leader', 'people-manager', 'individual-contributor'], why: 'every role reaches the minimum' },
    { counts: [5, 6, 2] as const, shown: ['people-manager'], why: 'the two contributors would be the difference of the team and the other two roles' },
    { counts: [4, 4, 4] as const, shown: [], why: 'no role reaches the minimum' },
  ];
  for (const { counts, shown, why } of cases) {
    test(`by role with ${counts.join(', ')} results: ${shown.length === 0 ? 'no role' : shown.join(', ')} shown, because ${why}`, async () => {
      const team = roleTeam(counts, 1300);
      const expected = compareRoles(instrument, team, { minimumGroupSize: MINIMUM });
      await visit(site, async (page) => {
        await openTeamPage(page);
        await page.setInputFiles('#team-a-files', filesFor(team));
        await waitForStatus(page, `${team.length} results loaded`);
        const roles = page.locator('.team-roles');
        await roles.waitFor();
        const text = (await roles.textContent()) ?? '';
        const hidden = (Object.keys(ROLE_GROUP_NAMES) as Role[]).filter((r) => !shown.includes(r));
        for (const role of hidden) expect(text).not.toContain(ROLE_GROUP_NAMES[role]);
        if (shown.length === 0) {
          expect(expected.status).toBe('not-shown');
          expect(await page.locator('.role-table').count()).toBe(0);
          expect(await page.locator('.role-rule').textContent()).toContain(`${MINIMUM} results or more`);
          expect(text).not.toMatch(/\b4\b/);
          return;
        }
        if (expected.status !== 'shown') throw new Error('expected roles');
        expect(expected.roles.map((r) => r.role)).toEqual(shown);
        expect(await page.locator('.role-table thead th').allTextContents()).toEqual([
          'Attribute',
          `Whole team (${team.length})`,
          ...expected.roles.map((r) => `${ROLE_GROUP_NAMES[r.role]} (${r.n})`),
        ]);
        const cells = await page.locator('.role-table tbody tr').evaluateAll((trs) =>
          trs.map((tr) => [(tr as HTMLElement).dataset.dimension, ...[...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)]),
        );
        const show = (cell: { status: string; median?: number } | undefined) => (cell?.status === 'shown' && cell.median !== undefined ? figureRange(cell.median) : 'held back');
        expect(cells).toEqual([
          ...instrument.dimensions.map((d, i) => [d.id, ...expected.roles.map((r) => show(r.attributes[i]))]),
          ['overall', ...expected.roles.map((r) => show(r.overall))],
        ]);
        // The CSV says the same, and nothing about the roles held back.
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the summary as CSV' }).click()]);
        const csv = readFileSync(await download.path(), 'utf8');
        expect(csv).toContain('By role: medians');
        for (const role of hidden) expect(csv).not.toContain(ROLE_GROUP_NAMES[role]);
        expect(await axeViolations(page)).toEqual([]);

        // A kept summary keeps the comparison by role, figures only, and shows it again.
        const headers = await page.locator('.role-table thead th').allTextContents();
        await page.getByLabel('Keep this summary on this device').check();
        await page.reload();
        await page.locator('.kept-note').waitFor();
        await page.locator('.role-table').waitFor({ state: 'attached' });
        expect(await page.locator('.role-table thead th').allTextContents()).toEqual(headers);
        await page.getByLabel('Keep this summary on this device').uncheck();
      });
    });
  }
});
