import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { readCatalog } from '../../src/content-data/catalog-files.ts';
import { instrumentFile } from '../../src/content-data/instrument-file.ts';
import { loadInstrumentTranslations } from '../../src/content-data/instrument-translations.ts';
import { addStepTime, recordAnswer, setRole } from '../../src/domain/draft/draft.ts';
import { completeDraft } from '../../src/domain/history/history.ts';
import type { Instrument } from '../../src/domain/instrument/schema.ts';
import type { AnswerValue } from '../../src/domain/result/answers.ts';
import { scoreAnswers } from '../../src/domain/scoring/score.ts';
import { emptyDocument, type AssessmentDocument } from '../../src/domain/storage/document.ts';
import { storageKey } from '../../src/domain/storage/key.ts';
import { results as englishResults } from '../../src/i18n/en/results.ts';
import { numberWords } from '../../src/i18n/number-words.ts';
import { translator, type Message } from '../../src/i18n/translate.ts';
import { axeViolations, browserForFile, expectCleanVisit, openPage, type PageLog } from './support/browser.ts';
import { siteInstrument } from './support/instrument.ts';

/**
 * The result, the history and the chapter's latest-score box on German pages: German words from
 * the catalog, names from the German instrument, German dates, and none of the English texts of
 * src/i18n/en/results.ts.
 */
const site = inject('rootSite');
const origin = new URL(site).origin;
const instrument = siteInstrument();
const de = loadInstrumentTranslations('.', instrumentFile('.'), instrument).get('de') as Instrument;
const words = readCatalog('.', 'content/i18n/de.yaml', 'de').messages;
const t = translator(words, 'de');
const KEY = storageKey('/', instrument.id);

const browser = browserForFile();

/** The answers of the later result: strong everywhere but the critical attribute, with a few answers outside the scale and a mirror pair both agreed with. */
function laterAnswers(): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const item of instrument.items) {
    const weakest = item.dimension === instrument.dimensions.find((d) => d.critical)?.id;
    answers[item.id] = (item.reverse ? !weakest : weakest) ? 1 : 5;
  }
  const resources = instrument.items.filter((i) => i.dimension === 'resources');
  answers[resources[0]!.id] = 'dont-know';
  answers[resources[1]!.id] = 'not-applicable';
  answers['trust-mistakes-open'] = 5;
  answers['trust-mistakes-hidden'] = 5;
  return answers;
}

const earlierAnswers = (): Record<string, AnswerValue> => Object.fromEntries(instrument.items.map((item) => [item.id, 3]));

/** Two completed results, as the site would have saved them: "Vorher" in January, "Nachher" in February. */
function savedDocument(): AssessmentDocument {
  let document = emptyDocument(instrument.id);
  const complete = (answers: Record<string, AnswerValue>, month: string, label: string, extra: (d: AssessmentDocument) => AssessmentDocument) => {
    const at = `2026-${month}-01T09:00:00.000Z`;
    for (const [id, value] of Object.entries(answers)) document = recordAnswer(document, id, value, at);
    document = extra(document);
    const done = completeDraft(document, instrument, { now: `2026-${month}-01T10:00:00.000Z`, label });
    if (!done.ok) throw new Error(done.reason);
    document = done.document;
  };
  complete(earlierAnswers(), '01', 'Vorher', (d) => d);
  complete(laterAnswers(), '02', 'Nachher', (d) => addStepTime(setRole(d, 'people-manager', '2026-02-01T09:00:00.000Z'), 'trust', 1, '2026-02-01T09:30:00.000Z'));
  return document;
}

async function withSeededContext(body: (page: Page, log: PageLog, context: BrowserContext) => Promise<void>, seed = true) {
  const context = await browser.newContext({ acceptDownloads: true });
  try {
    if (seed) {
      await context.addInitScript(
        ([key, text]) => {
          if (!sessionStorage.getItem('seeded')) {
            localStorage.setItem(key, text);
            sessionStorage.setItem('seeded', '1');
          }
        },
        [KEY, JSON.stringify(savedDocument())] as const,
      );
    }
    const { page, log } = await openPage(context);
    await body(page, log, context);
    expectCleanVisit(log, origin);
  } finally {
    await context.close();
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The English texts of the results catalog that a page could show as they are (no placeholder). */
const englishTexts = Object.entries(englishResults as Record<string, Message>)
  .flatMap(([key, message]) => (typeof message === 'string' ? [[key, message]] : Object.entries(message).map(([form, text]) => [`${key}.${form}`, text])))
  .filter(([, text]) => !/\{\w+\}/.test(text ?? ''));

/** Every English text of the area that the page shows, as a whole phrase ("To" is not found in "Total"). */
async function englishOn(page: Page): Promise<string[]> {
  // Open every disclosure, so the figures' tables are read too, and add what only assistive technology reads.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  // The result-code panel, the norm comparison and the storage notices are other islands with words of their own.
  const text = await page.evaluate(() => {
    const others = [...document.querySelectorAll<HTMLElement>('.share-code, .norm-markers, .storage-banner')];
    others.forEach((el) => (el.style.display = 'none'));
    const labels = [...document.querySelectorAll('[aria-label]')].filter((el) => !others.some((o) => o.contains(el))).map((el) => el.getAttribute('aria-label'));
    const seen = [document.title, document.body.innerText, ...labels].join('\n');
    others.forEach((el) => (el.style.display = ''));
    return seen;
  });
  return englishTexts.filter(([, english]) => new RegExp(`(^|[^\\p{L}])${escape(english ?? '')}([^\\p{L}]|$)`, 'u').test(text)).map(([key, english]) => `${key}: ${english}`);
}

const dayInGerman = /^\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}$/;

describe('the result in German', () => {
  test('speaks German: headings, the German instrument’s bands and attributes, German dates and advice, and no English of its own', async () => {
    await withSeededContext(async (page) => {
      await page.goto(`${site}de/assessment/results/`);
      await page.locator('.score-table').waitFor({ state: 'attached' });
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      expect(await page.locator('h1').textContent()).toBe(t('results.title'));
      expect(await page.title()).toMatch(/^Ihr Ergebnis vom 1\. Februar 2026 · /);

      const later = scoreAnswers(instrument, laterAnswers());
      if (later.overall.status !== 'scored') throw new Error('the later result has an overall score');
      const germanBand = (id: string) => de.bands.find((b) => b.id === id)?.label ?? '';
      expect(await page.locator('.overall-band').textContent()).toBe(germanBand(later.overall.band));
      expect(await page.locator('.overall-score').textContent()).toMatch(new RegExp(`^gesamt ${Math.round(later.overall.score)} von 100 · [+−]?\\d+ seit Ihrem Ergebnis vom 1\\. Januar 2026$`));

      // The meta line: a German date, the German role name and the label in German quotes.
      const meta = (await page.locator('.result-meta').textContent()) ?? '';
      expect(await page.locator('.result-meta time').textContent()).toMatch(dayInGerman);
      expect(meta).toMatch(/^Abgeschlossen am 1\. Februar 2026 · Readiness-Check, Version \d+ · Führungskraft mit Team · „Nachher“$/);

      // The gate: why the band was lowered, and the note, with the German instrument's names.
      const cap = page.locator('.overall .callout.warning');
      expect(await cap.locator('.callout-title').textContent()).toBe('Warum diese Stufe');
      const critical = de.dimensions.find((d) => d.critical)?.name ?? '';
      expect(await cap.locator('p').textContent()).toContain(`„${critical}“`);
      expect(await cap.locator('p').textContent()).toContain(`„${germanBand(later.overall.uncappedBand)}“`);
      expect(await page.locator('.overall .note').first().textContent()).toMatch(new RegExp(`^Das Merkmal „${escape(critical)}“ liegt mit seinem gesamten Bereich in der Stufe „${escape(de.bands[0]!.label)}“`));
      expect(await page.locator('.outside-counts').textContent()).toBe(
        `Sie haben bei 1 Aussage „${de.outsideAnswers.dontKnow.label}“ und bei 1 Aussage „${de.outsideAnswers.notApplicable.label}“ geantwortet. Diese Antworten werden nicht bewertet; ein Merkmal braucht mindestens ${de.scoring.minimumScoredAnswers} Antworten auf der Skala, um einen Wert zu erhalten.`,
      );

      // The chart and its figures: German attribute names and band zones.
      const rows = await page.locator('.score-table tbody th').allTextContents();
      expect(rows).toEqual(de.dimensions.map((d) => d.name));
      expect(await page.locator('.score-table thead').textContent()).toBe('MerkmalWertStufeWahrscheinlich zwischenAntwortenVeränderung');
      const zones = await page.locator('.score-chart .chart-zone-label').allTextContents();
      expect(zones.join(' ')).toContain(de.bands[0]!.label.split(' ')[0]);
      expect(await page.locator('.score-chart .chart-box svg').getAttribute('aria-label')).toBe(
        'Readiness-Wert je Merkmal, 0 bis 100. Die Zahlen stehen in der Tabelle unter „Zahlen anzeigen“.',
      );
      expect(await page.locator('.precision-list li').first().textContent()).toMatch(/^.+: (Wahrscheinlich zwischen \d+ und \d+: \d+ Antworten?|nicht bewertet)/);

      // Advice from the German instrument, with German links into the German chapters.
      const first = page.locator('.advice').first();
      const advised = de.advice.filter((a) => a.text).map((a) => a.text);
      expect(advised).toContain(await first.locator('p').first().textContent());
      expect(await first.locator('.advice-links a').first().textContent()).toMatch(/^(„.+“ lesen|Maßnahme ausprobieren: „.+“)$/);
      expect(await first.locator('.advice-links a').first().getAttribute('href')).toMatch(/^\/de\/playbook\//);

      // The hints about the answers, in German.
      const hints = await page.locator('.hints li').allTextContents();
      expect(hints).toContain(
        'Zwei Aussagen sagen das Gegenteil voneinander, doch Ihre Antworten weisen in dieselbe Richtung. Wenn bei Ihnen beides zutrifft, ist nichts zu ändern; sonst lohnt es sich vielleicht, die beiden noch einmal zu lesen.',
      );
      const trustTopic = de.dimensions.find((d) => d.id === 'trust')?.topic ?? '';
      expect(hints.some((h) => h.startsWith(`Den Schritt zum Thema „${trustTopic}“ haben Sie in weniger als`))).toBe(true);

      for (const key of ['results.keep.title', 'results.priorities.title', 'results.facilitator.export', 'results.keep.json'] as const) {
        expect(await page.locator('main').textContent()).toContain(t(key));
      }
      expect(await englishOn(page)).toEqual([]);
    });
  });

  test('prints in German: the header, the headings and the chart', async () => {
    await withSeededContext(async (page) => {
      await page.goto(`${site}de/assessment/results/`);
      await page.locator('.score-table').waitFor({ state: 'attached' });
      await page.emulateMedia({ media: 'print' });
      const head = (await page.locator('.print-head').textContent()) ?? '';
      expect(await page.locator('.print-head').isVisible()).toBe(true);
      expect(head).toMatch(new RegExp(`^.+ · ${escape(site)} · Readiness-Check, gedruckt am \\d{1,2}\\. \\S+ \\d{4}$`));
      const dir = mkdtempSync(join(tmpdir(), 'cf-pdf-de-'));
      writeFileSync(join(dir, 'A4.pdf'), await page.pdf({ format: 'A4' }));
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'A4.pdf'), '-'], { encoding: 'utf8' });
      for (const german of ['Readiness-Check, gedruckt am', 'Ihr Readiness-Ergebnis', 'Werte je Merkmal', 'Ihre Prioritäten', de.dimensions[0]!.name, de.bands[0]!.label.split(' ')[0]!]) {
        expect(text, german).toContain(german);
      }
      for (const english of ['printed', 'Scores per attribute', 'Your priorities', 'Your readiness result', 'Likely between', 'Zahlen anzeigen']) {
        expect(text, english).not.toContain(english);
      }
    });
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`passes axe-core on the German results and history pages (${theme})`, async () => {
      await withSeededContext(async (page) => {
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(`${site}de/assessment/results/`);
        await page.locator('.score-table').waitFor({ state: 'attached' });
        expect(await axeViolations(page), 'results').toEqual([]);
        await page.goto(`${site}de/assessment/history/`);
        await page.locator('.history-table').waitFor();
        expect(await axeViolations(page), 'history').toEqual([]);
      });
    });
  }
});

describe('the history in German', () => {
  test('compares, draws the trend, lists, deletes and imports in German, with German dates and no English of its own', async () => {
    await withSeededContext(async (page) => {
      await page.goto(`${site}de/assessment/history/`);
      const rows = page.locator('.history-table tbody tr');
      await rows.first().waitFor();
      expect(await page.locator('h1').textContent()).toBe('Ihre Ergebnisse auf diesem Gerät');
      expect(await page.locator('h2').allTextContents()).toEqual(
        expect.arrayContaining(['Was sich verändert hat', 'Im Zeitverlauf', 'Alle Ergebnisse', 'Ein Ergebnis importieren', 'Alles auf diesem Gerät löschen']),
      );
      // German dates: "1. Jan. 2026, 11:00 (Vorher)" in the list, "1. Jan. 2026" under the trend.
      const titles = await rows.locator('th').allTextContents();
      expect(titles).toEqual([expect.stringMatching(/^1\. Jan\. 2026, \d\d:\d\d \(Vorher\)$/), expect.stringMatching(/^1\. Feb\. 2026, \d\d:\d\d \(Nachher\)$/)]);
      expect(await page.locator('.trend-chart .chart-axis').allTextContents()).toEqual(expect.arrayContaining(['1. Jan. 2026', '1. Feb. 2026']));
      const later = scoreAnswers(instrument, laterAnswers());
      if (later.overall.status !== 'scored') throw new Error('scored');
      expect(await rows.nth(1).locator('td').first().textContent()).toBe(`${de.bands.find((b) => b.id === (later.overall as { band: string }).band)?.label} (${Math.round(later.overall.score)})`);

      // The comparison names the German attributes; the trend's band zones are the German bands.
      const compared = await page.locator('.compare-table tbody th').allTextContents();
      expect(compared).toEqual(['Gesamt', ...de.dimensions.map((d) => d.name)]);
      expect(await page.locator('.compare-table thead').textContent()).toBe('MerkmalVonBisVeränderung');
      expect(await page.locator('.trend-chart .chart-zone-label').allTextContents()).toEqual(de.bands.map((b) => b.label));
      expect(await page.locator('.trend-chart figcaption').textContent()).toBe('Gesamtwert je Ergebnis, 0 bis 100');

      // The keyboard picks another series: the caption names the German attribute.
      await page.locator('#trend-series').focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => page.locator('.trend-chart figcaption').textContent()).toBe(`${de.dimensions[0]!.name} je Ergebnis, 0 bis 100`);

      expect(await englishOn(page)).toEqual([]);

      // A broken file is refused in German.
      const dir = mkdtempSync(join(tmpdir(), 'cf-import-de-'));
      writeFileSync(join(dir, 'kaputt.json'), '{"format": "culture-first/results", "results": [');
      await page.locator('#import-file').setInputFiles(join(dir, 'kaputt.json'));
      await expect.poll(() => page.locator('.history-message').textContent()).toMatch(/^„kaputt\.json“ wurde nicht importiert: Die Datei enthält kein gültiges JSON/);

      // Delete by keyboard: the question and the answer are German.
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.accept();
      });
      const remove = rows.first().getByRole('button', { name: /^Löschen/ });
      await remove.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => rows.count()).toBe(1);
      expect(dialogs).toEqual([expect.stringMatching(/^Das Ergebnis vom 1\. Jan\. 2026, \d\d:\d\d \(Vorher\) löschen\?$/)]);
      expect(await page.locator('.history-message').textContent()).toMatch(/^Das Ergebnis vom 1\. Jan\. 2026, .* wurde gelöscht\.$/);

      // Erase everything, in German.
      await page.getByRole('button', { name: 'Alles auf diesem Gerät löschen' }).click();
      await expect.poll(() => page.locator('.history-message').textContent()).toMatch(/^(1 Eintrag dieser Website wurde|\d+ Einträge dieser Website wurden) aus diesem Browser gelöscht\.$/);
      expect(dialogs[1]).toBe(t('results.erase.confirm'));
      expect(await page.locator('main').textContent()).toContain('Noch keine abgeschlossenen Checks. Readiness-Check ausfüllen.');
    });
  });
});

test('the look-out for English finds it on the English page, so its silence on the German pages means something', async () => {
  await withSeededContext(async (page) => {
    await page.goto(`${site}assessment/history/`);
    await page.locator('.history-table').waitFor();
    expect(await englishOn(page)).toEqual(expect.arrayContaining(['results.history.title: Your results on this device', 'common.chart.show: Show the figures']));
  });
});

describe('the latest-score box on a German attribute chapter', () => {
  test('invites in German, with the check’s length from the instrument, then shows the latest score in German', async () => {
    await withSeededContext(async (page) => {
      await page.goto(`${site}de/playbook/trust/`);
      const box = page.locator('.latest-score');
      await box.scrollIntoViewIfNeeded();
      await expect.poll(() => box.textContent()).toContain('Wo steht Ihre Organisation beim Merkmal „Vertrauen“?');
      expect(await box.textContent()).toContain(`Dauer etwa ${numberWords(de.estimatedMinutes, 'de')} Minuten, und Ihre Antworten verlassen diesen Browser nie.`);
      expect(await box.locator('a').getAttribute('href')).toBe('/de/assessment/');
    }, false);

    await withSeededContext(async (page) => {
      await page.goto(`${site}de/playbook/trust/`);
      const box = page.locator('.latest-score');
      await box.scrollIntoViewIfNeeded();
      const trust = scoreAnswers(instrument, laterAnswers()).attributes.find((a) => a.dimension === 'trust');
      if (trust?.status !== 'scored') throw new Error('trust should be scored');
      const band = de.bands.find((b) => b.id === trust.band)?.label ?? '';
      await expect.poll(() => box.locator('p').textContent()).toBe(
        `In Ihrem letzten Readiness-Check (1. Februar 2026) erreichte das Merkmal „Vertrauen“ ${Math.round(trust.score)} von 100: ${band}. Dieses Ergebnis ansehen.`,
      );
      expect(await box.locator('a').getAttribute('href')).toMatch(/^\/de\/assessment\/results\/\?id=/);
    });
  });
});
