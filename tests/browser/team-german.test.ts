import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { parse } from 'yaml';
import { readCatalog } from '../../src/content-data/catalog-files.ts';
import { instrumentFile } from '../../src/content-data/instrument-file.ts';
import { loadInstrumentTranslations } from '../../src/content-data/instrument-translations.ts';
import { exportResultsJson } from '../../src/domain/exchange/export-json.ts';
import { exportForFacilitator } from '../../src/domain/exchange/for-facilitator.ts';
import { lookup } from '../../src/domain/instrument/lookup.ts';
import type { Instrument } from '../../src/domain/instrument/schema.ts';
import type { CompletedResult } from '../../src/domain/result/result.ts';
import type { Role } from '../../src/domain/result/role.ts';
import { headlineStatements, teamHeadline } from '../../src/domain/team/headline.ts';
import { compareRoles } from '../../src/domain/team/roles.ts';
import { teamStatistics } from '../../src/domain/team/statistics.ts';
import { figureRange } from '../../src/domain/team/summary.ts';
import type { MessageKey } from '../../src/i18n/en/index.ts';
import { team as englishTeam } from '../../src/i18n/en/team.ts';
import { translator, type Message, type Translate } from '../../src/i18n/translate.ts';
import { headlineWords, roleGroupKey } from '../../src/islands/team/team-words.ts';
import { scoredResult } from '../../src/domain/result/scored-result.ts';
import { axeViolations, browserForFile, expectCleanVisit, openPage } from './support/browser.ts';
import { seededAnswers } from './support/results.ts';
import { siteInstrument } from './support/instrument.ts';

/**
 * The team view in German (issue 17, item 7): results taken in German and in English load
 * together at /de/team/, and the report speaks German: its headline, the German instrument's
 * attribute and band names, role names, numbers as German writes them, the folded status line
 * with the right plural, the CSV; no English text of the team view on the page; axe 0 in both themes.
 */
const site = inject('rootSite');
const origin = new URL(site).origin;
const TEAM = `${site}de/team/`;
const english = siteInstrument();
const german = (() => {
  const translated = loadInstrumentTranslations('.', instrumentFile('.'), english).get('de');
  if (!translated) throw new Error('content/assessment/de/ holds no translation of the instrument');
  return translated;
})();
const settings = parse(readFileSync('content/site.yaml', 'utf8')) as { team: { minGroupSize: number; spreadMinimum: number } };
const MINIMUM = settings.team.minGroupSize;
const SPREAD = settings.team.spreadMinimum;
const { messages: de } = readCatalog('.', 'content/i18n/de.yaml', 'de');
const t = translator(de, 'de') as Translate<MessageKey>;

/**
 * English texts of the team view (without placeholders) that German says differently: not one may
 * show on a German page. The CSV's labels are checked in the CSV (the page's other islands have
 * words such as "Note" of their own).
 */
const englishTexts = Object.entries<Message>(englishTeam).flatMap(([key, value]) =>
  typeof value === 'string' && !value.includes('{') && value.trim().length > 1 && de[key] !== value && !key.startsWith('team.csv.') ? [value] : [],
);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const visibleText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
async function englishOn(page: Page): Promise<string[]> {
  const text = `${await visibleText(page)}\n${await page.title()}`;
  return englishTexts.filter((e) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(e)}(?![\\p{L}\\p{N}])`, 'u').test(text));
}

const browser = browserForFile();

// --- Results taken in German and in English: the same statement ids, so they combine. ---

const answersOf = (seed: number) => seededAnswers(english, seed * 7919 + 11, 0.05);

/** One person's result as the check in `instrument`'s language saved it. */
function person(instrument: Instrument, seed: number, role?: Role): CompletedResult {
  const answers = answersOf(seed);
  const completedAt = new Date(Date.UTC(2026, 10, 2) + seed * 3_600_000).toISOString();
  return { ...scoredResult(instrument, answers, completedAt), ...(role === undefined ? {} : { role }) };
}

const asFile = (name: string, text: string | Buffer) => ({ name, mimeType: 'application/json', buffer: typeof text === 'string' ? Buffer.from(text) : text });
const exportFrom = (instrument: Instrument, r: CompletedResult) => exportResultsJson(instrument, [r], '2026-11-20T12:00:00.000Z');

/**
 * Five senior leaders and seven people managers, every other one taken in German (the first as a
 * "for my facilitator" file, the rest as exports of the German check) and the others in English.
 */
const taken = [
  ...[0, 1, 2, 3, 4].map((i) => ({ instrument: i % 2 === 0 ? german : english, seed: 2000 + i, role: 'senior-leader' as const })),
  ...[0, 1, 2, 3, 4, 5, 6].map((i) => ({ instrument: i % 2 === 0 ? english : german, seed: 2100 + i, role: 'people-manager' as const })),
].map(({ instrument, seed, role }) => ({ instrument, result: person(instrument, seed, role) }));
const everyone = taken.map((x) => x.result);
const leaders = everyone.filter((r) => r.role === 'senior-leader');
const managers = everyone.filter((r) => r.role === 'people-manager');
const files = taken.map(({ instrument, result }, i) =>
  i === 0
    ? asFile('ergebnis-fuer-moderation.json', exportForFacilitator(result))
    : instrument === german
      ? asFile(`ergebnis-${i + 1}.json`, exportFrom(german, result))
      : asFile(`result-${i + 1}.json`, exportFrom(english, result)),
);
// Both languages are in the mix.
if (!taken.some((x) => x.instrument === german) || !taken.some((x) => x.instrument === english)) throw new Error('expected results in both languages');

async function visit(body: (page: Page, context: BrowserContext) => Promise<void>, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ colorScheme, acceptDownloads: true });
  try {
    const { page, log } = await openPage(context);
    await page.goto(TEAM);
    await page.locator('#team-a-files').waitFor({ state: 'attached' });
    await body(page, context);
    expectCleanVisit(log, origin);
  } finally {
    await context.close();
  }
}

const status = (page: Page) => page.locator('.team-status').textContent();
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim() ?? ''}`);

describe('the team view in German', () => {
  test('a German and an English result load together; the report, its status line and the CSV are German', async () => {
    const stats = teamStatistics(german, everyone, { minimumGroupSize: MINIMUM, spreadMinimum: SPREAD });
    if (stats.status !== 'shown') throw new Error('expected figures');
    const headline = headlineWords(t, german, headlineStatements(german, stats, teamHeadline(german, stats)));
    const roles = compareRoles(german, everyone, { minimumGroupSize: MINIMUM });
    if (roles.status !== 'shown') throw new Error('expected roles');

    await visit(async (page) => {
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      expect(await page.locator('h1').textContent()).toBe('Teamansicht');
      expect(await page.locator('#team-a-title').textContent()).toBe('Ergebnisdateien des Teams laden');

      // Below the minimum: no figure, and why, in German.
      await page.setInputFiles('#team-a-files', files.slice(0, MINIMUM - 1));
      await expect.poll(() => status(page)).toBe(`${MINIMUM - 1} Ergebnisse geladen.`);
      const held = (await page.locator('.held-back').textContent()) ?? '';
      expect(held).toContain('Noch keine Zahlen.');
      expect(held).toContain(`Teamzahlen erscheinen, sobald mindestens ${MINIMUM} Personen geantwortet haben`);
      expect(held).toContain(`${MINIMUM - 1} Ergebnisse sind geladen; laden Sie 1 weiteres Ergebnis, um sie zu sehen.`);
      expect(await englishOn(page)).toEqual([]);

      // The rest, with a copy of the German "for my facilitator" file: the report takes over and its heading has focus.
      await page.setInputFiles('#team-a-files', [...files.slice(MINIMUM - 1), asFile('kopie.json', exportForFacilitator(everyone[0]!))]);
      await expect.poll(() => focused(page)).toBe('H2 Teambericht');
      // The folded line: the count, one file not used (singular), and Change.
      expect(await status(page)).toBe(`${everyone.length} Ergebnisse geladen. 1 Datei wurde nicht verwendet; unter „Ändern“ steht, warum.`);
      expect(await page.locator('#team-setup').isHidden()).toBe(true);

      // The headline, worked out from the same results with the German instrument and catalog.
      expect(await page.locator('.headline-lead').textContent()).toBe(`${headline.lead} ${headline.detail}`);
      expect(headline.lead).toMatch(/^Insgesamt (steht|liegt) das Team (bei|zwischen) „/);
      expect(await page.locator('.headline-points li').allTextContents()).toEqual(headline.points);
      expect(await page.locator('.team-headline .note').textContent()).toBe(
        `Zahlen aus ${everyone.length} Ergebnissen, jeweils als Bereich von 25 Punkten auf der Skala von 0 bis 100.`,
      );
      const meta = (await page.locator('.report-meta').textContent()) ?? '';
      expect(meta).toMatch(new RegExp(`^${escape(german.title)} · erstellt am \\d{1,2}\\. .+ 20\\d\\d`));
      expect(meta).toContain(`${everyone.length} Ergebnisse · keine Zahl für weniger als ${MINIMUM} Personen`);

      // Attribute names from the German instrument, band names German, figures as the engine's.
      const rows = await page.locator('.team-table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => [(tr as HTMLElement).dataset.dimension, tr.querySelector('th')?.textContent, ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
      );
      expect(rows).toEqual([
        ...stats.attributes.map((a) => {
          if (a.status !== 'shown') throw new Error('expected every attribute');
          const name = german.dimensions.find((d) => d.id === a.dimension)?.name;
          return [a.dimension, name, String(a.n), ...[a.median, a.q1, a.q3].map((f) => (f === null ? 'zurückgehalten' : figureRange(f)))];
        }),
        ['overall', 'Gesamt', ...(stats.overall.status === 'shown' ? [String(stats.overall.n), figureRange(stats.overall.median), ...[stats.overall.q1, stats.overall.q3].map((f) => (f === null ? 'zurückgehalten' : figureRange(f)))] : [])],
      ]);
      expect(rows.map((r) => r[1])).toContain('Rückhalt der Geschäftsleitung');
      expect(await page.locator('.team-table thead th').allTextContents()).toEqual(['Merkmal', 'Ergebnisse', 'Median', 'Unteres Quartil', 'Oberes Quartil']);
      const bandNames = lookup(german).bandsInOrder.map((b) => b.label);
      expect(bandNames).toEqual(['Erst das Fundament legen', 'Bereit für ein Pilotprojekt', 'Bereit für die Ausweitung']);
      expect((await page.locator('.band-table tbody th').allTextContents()).slice(0, bandNames.length)).toEqual(bandNames);
      for (const cell of await page.locator('.band-table tbody td').allTextContents()) expect(cell).toMatch(/^(\d+|weniger als 3)$/);
      expect(await page.locator('.box-plot .chart-zone-label').allTextContents()).not.toContain('Ready to pilot');

      // Roles, German names, and where people disagree.
      expect(await page.locator('.role-table thead th').allTextContents()).toEqual([
        'Merkmal',
        `Ganzes Team (${everyone.length})`,
        ...roles.roles.map((r) => `${t(roleGroupKey(r.role))} (${r.n})`),
      ]);
      expect(await page.locator('.role-table thead th').allTextContents()).toContain(`Obere Führungsebene (${leaders.length})`);
      expect(await page.locator('.team-roles h3').textContent()).toBe('Nach Rolle');
      expect(await page.locator('.team-report h3').allTextContents()).toEqual(expect.arrayContaining(['Werte je Merkmal', 'Gesamtstufen']));
      expect(await englishOn(page)).toEqual([]);

      // Shift+Tab from the report's heading reaches Change; Enter unfolds the loaders, which list why the copy was not used.
      await page.keyboard.press('Shift+Tab');
      // The arrow after the name is aria-hidden: it shows whether the loaders are open.
      expect(await focused(page)).toMatch(/^BUTTON Ändern \(geladene Dateien und Codes\)( ▾| ▴)?$/);
      await page.keyboard.press('Enter');
      await page.locator('#team-setup').waitFor({ state: 'visible' });
      expect(await status(page)).toBe(`${everyone.length} Ergebnisse geladen. 1 Datei wurde nicht verwendet; die Gründe stehen in der Liste.`);
      expect(await page.locator('.file-problems h3').textContent()).toBe('Nicht verwendet (1)');
      expect(await page.locator('.file-refused .file-reason').textContent()).toBe(
        'Doppelt: Dieselben Antworten sind bereits aus „ergebnis-fuer-moderation.json“ geladen, und eine Person zählt nur einmal.',
      );
      // A file over 1 MB: its size with a decimal comma, and now two files (plural).
      await page.setInputFiles('#team-a-files', [asFile('riesig.json', Buffer.alloc(1_300_000, ' '))]);
      await expect.poll(() => status(page)).toBe(`${everyone.length} Ergebnisse geladen. 2 Dateien wurden nicht verwendet; die Gründe stehen in der Liste.`);
      expect(await page.locator('.file-refused .file-reason').allTextContents()).toContain(
        'Die Datei ist 1,2 MB groß; Ergebnisdateien haben höchstens 1 MB. Ist es die richtige Datei?',
      );
      await page.locator('.files-added summary').click();
      expect(await page.locator('.files-added summary').textContent()).toBe(`Verwendete Dateien (${everyone.length})`);
      expect(await page.locator('.file-added .file-message').first().textContent()).toBe('1 Ergebnis hinzugefügt.');
      expect(await englishOn(page)).toEqual([]);
      await page.getByRole('button', { name: 'Fertig: Bericht anzeigen' }).click();
      expect(await status(page)).toContain('2 Dateien wurden nicht verwendet; unter „Ändern“ steht, warum.');

      // The CSV: labels in German, the German instrument's names, figures as on the page.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Zusammenfassung als CSV exportieren' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^team-summary-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv).toContain('Culture First – Teamzusammenfassung');
      expect(csv).toContain('Zahlen sind Bereiche von,25,Punkten');
      expect(csv).toContain(`Gruppe,Gruppe A,Geladene Ergebnisse,${everyone.length}`);
      expect(csv).toContain('Merkmal,Ergebnisse,Median,Unteres Quartil,Oberes Quartil');
      expect(csv).toContain('Rückhalt der Geschäftsleitung,');
      expect(csv).toContain('Nach Rolle: Mediane');
      expect(csv).toContain(`Merkmal,Ganzes Team (${everyone.length}),Obere Führungsebene (${leaders.length}),Führungskräfte mit Team (${managers.length})`);
      for (const e of ['Attribute', 'Median,Lower quartile', 'Results loaded', 'By role', 'Overall band']) expect(csv).not.toContain(e);
    });
  });

  test('two groups in German: default names, the perception gap and a group held back say it in German', async () => {
    await visit(async (page) => {
      await page.getByLabel('Zwei Gruppen vergleichen').check();
      expect(await page.inputValue('#team-a-name')).toBe('Gruppe A');
      expect(await page.locator('#team-b-title').textContent()).toBe('Ergebnisse für Gruppe B');
      await page.setInputFiles('#team-a-files', files.slice(0, MINIMUM));
      await page.setInputFiles('#team-b-files', files.slice(MINIMUM, MINIMUM + 2));
      await expect.poll(() => status(page)).toBe(`Gruppe A: ${MINIMUM} Ergebnisse geladen. Gruppe B: 2 Ergebnisse geladen.`);
      const heldB = (await page.locator('section[aria-labelledby="group-b-title"] .held-back').textContent()) ?? '';
      expect(heldB).toContain(`2 Ergebnisse sind geladen; laden Sie ${MINIMUM - 2} weitere Ergebnisse, um sie zu sehen.`);
      expect(await page.locator('.gap-section .held-back').textContent()).toMatch(/^Vergleiche zu „.+“ erscheinen, sobald in jeder Gruppe mindestens \d+ Personen geantwortet haben/);
      await page.setInputFiles('#team-b-files', files.slice(MINIMUM + 2, 2 * MINIMUM));
      await page.locator('.gap-table').waitFor({ state: 'attached' });
      expect(await page.locator('.gap-table thead th').allTextContents()).toEqual(['Merkmal', 'Median, Gruppe A', 'Median, Gruppe B', 'Unterschied (Gruppe B − Gruppe A)']);
      expect(await page.locator('#gap-title').textContent()).toBe('Wahrnehmungsunterschied');
      expect(await englishOn(page)).toEqual([]);
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe-core finds no violation on the German team page with a report shown, ${theme} theme`, async () => {
      await visit(async (page) => {
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
        await page.setInputFiles('#team-a-files', [...files, asFile('kaputt.json', Buffer.alloc(1_300_000, ' '))]);
        await page.locator('.role-table').waitFor({ state: 'attached' });
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('.team-change').click();
        await page.locator('.files-added summary').click();
        await page.locator('.privacy summary').click();
        expect(await axeViolations(page)).toEqual([]);
        expect(await englishOn(page)).toEqual([]);
      }, theme);
    });
  }
});
