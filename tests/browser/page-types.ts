import type { BrowserContext, Page } from 'playwright-core';
import { exportResultsJson } from '../../src/domain/exchange/export-json.ts';
import type { Instrument } from '../../src/domain/instrument/schema.ts';
import type { CompletedResult } from '../../src/domain/result/result.ts';
import { scoredResult } from '../../src/domain/result/scored-result.ts';
import { emptyDocument } from '../../src/domain/storage/document.ts';
import { storageKey } from '../../src/domain/storage/key.ts';
import { answersFor } from './support/check-driver.ts';

/**
 * Every kind of page the site has, with the data that makes the data-driven ones look as they do
 * for a real user: results and history read three stored results, the team view ten exported files.
 * The overflow test and `npm run screenshots` both walk this list.
 */
export interface PageType {
  name: string;
  /** Path under the site's base, without a leading slash. */
  path: string;
  /** Stored results to put in localStorage before the page loads. */
  storedResults?: boolean;
  /** Result files to load through the page's file input once it is shown. */
  teamFiles?: boolean;
  /** The page answers with this HTTP status. */
  status?: number;
}

export const PAGE_TYPES: readonly PageType[] = [
  { name: 'home', path: '' },
  { name: 'playbook-index', path: 'playbook/' },
  { name: 'chapter', path: 'playbook/trust/' },
  { name: 'check', path: 'assessment/' },
  { name: 'results', path: 'assessment/results/', storedResults: true },
  { name: 'history', path: 'assessment/history/', storedResults: true },
  { name: 'team', path: 'team/', teamFiles: true },
  { name: 'not-found', path: 'no-such-page/', status: 404 },
  // What the offline worker shows for a page never kept on the device; here it is opened online.
  { name: 'offline', path: 'offline/' },
];

/** A deterministic spread of answers, different for each seed. */
function sampleResult(instrument: Instrument, seed: number, completedAt: string): CompletedResult {
  const answers = answersFor(instrument, (i) => (i * 7 + seed * 3 + (i % (seed + 2))) % (instrument.scales.frequency?.points.length ?? 5));
  return scoredResult(instrument, answers, completedAt);
}

/** Three results a quarter apart, oldest first, as one person retaking the check would have. */
export function sampleHistory(instrument: Instrument): CompletedResult[] {
  return ['2026-05-04T09:30:00.000Z', '2026-08-03T10:00:00.000Z', '2026-11-02T08:45:00.000Z'].map((at, i) =>
    sampleResult(instrument, i + 1, at),
  );
}

/**
 * Ten people's exported files, five people managers and five individual contributors: enough for
 * the team view to show figures, quartiles and the comparison by role.
 */
export function sampleTeamFiles(instrument: Instrument): { name: string; mimeType: string; buffer: Buffer }[] {
  return Array.from({ length: 10 }, (_, i) => {
    const role = i < 5 ? ('people-manager' as const) : ('individual-contributor' as const);
    const result = { ...sampleResult(instrument, i + 4, new Date(Date.UTC(2026, 9, 1 + i, 9)).toISOString()), role };
    const text = exportResultsJson(instrument, [result], '2026-11-01T12:00:00.000Z');
    return { name: `person-${i + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(text) };
  });
}

/** Stores the sample history for the site at `basePath` before any page of the context loads. */
export async function storeSampleHistory(context: BrowserContext, instrument: Instrument, basePath: string): Promise<void> {
  const document = { ...emptyDocument(instrument.id), history: sampleHistory(instrument) };
  await context.addInitScript(
    ([key, value]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
    },
    [storageKey(basePath, instrument.id), JSON.stringify(document)] as const,
  );
}

/** Waits until the page's islands have rendered and its main content stops changing. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Islands that hydrate on load have rendered once Astro drops their `ssr` mark; `client:visible` ones wait for scrolling.
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]:is([client="only"], [client="load"])').length === 0);
  let before = '';
  for (let i = 0; i < 20; i++) {
    const now = await page.evaluate(() => `${document.querySelector('main')?.innerHTML.length}`);
    if (now === before) return;
    before = now;
    await page.waitForTimeout(150);
  }
}

/**
 * Scrolls to the end of the page and back, so that what loads when it comes into view (the latest
 * score on a chapter, the norm comparison on a result) is there too.
 */
async function showEverything(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await settle(page);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Opens a page type with its data in place, everything shown, ready to be measured or photographed. */
export async function openPageType(page: Page, site: string, type: PageType, instrument: Instrument): Promise<number | undefined> {
  if (type.storedResults) await storeSampleHistory(page.context(), instrument, new URL(site).pathname);
  const response = await page.goto(`${site}${type.path}`);
  await settle(page);
  if (type.teamFiles) {
    await page.locator('main input[type="file"]').first().setInputFiles(sampleTeamFiles(instrument));
    await settle(page);
  }
  await showEverything(page);
  return response?.status();
}
