import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { author } from '../../src/i18n/en/author.ts';
import { ensureBuilt } from '../browser/support/build-site.ts';

/**
 * The chapter components and the About page on German pages: German labels, the German
 * instrument's statements and numbers in German words, no English interface word, and links
 * that stay in German; English pages keep their English. One build under a sub-path, so the
 * links also carry the base path (CF_REUSE_BUILD=1 reuses it while iterating).
 */
const OUT = '.test-builds/german';
const BASE = '/intranet/culture/';

const german = parse(readFileSync('content/i18n/de.yaml', 'utf8')) as Record<string, unknown>;
const instrumentDe = parse(readFileSync('content/assessment/de/learning-culture-readiness.yaml', 'utf8')) as {
  items: Record<string, { text: string }>;
};

const html = (path: string): string => readFileSync(join(OUT, path, 'index.html'), 'utf8');
/** The page's main content, without the header, the language switcher and the footer. */
const mainOf = (page: string): string => page.slice(page.indexOf('<main'), page.indexOf('</main>'));
/** The words a reader sees in the page's main content, tags and scripts removed. */
function mainText(page: string): string {
  return mainOf(page)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
}
const ids = (page: string): string[] => [...page.matchAll(/<h[23][^>]* id="([^"]+)"/g)].map((m) => m[1] ?? '');

/** What the components themselves write: a play's labels, callout titles, table headers and the statements' notes. */
function componentWords(page: string): string[] {
  const main = mainOf(page);
  const inner = (pattern: RegExp): string[] => [...main.matchAll(pattern)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').trim());
  const plays = [...main.matchAll(/<section class="play"[\s\S]*?<\/section>/g)].map((m) => m[0]).join('');
  return [
    ...inner(/<span class="play-label"[^>]*>([^<]*)</g),
    ...[...plays.matchAll(/<dt[^>]*>([^<]*)<\/dt>/g)].map((m) => m[1] ?? ''),
    ...inner(/<p class="play-steps-title"[^>]*>([^<]*)</g),
    ...inner(/<p class="play-worked"[^>]*><strong[^>]*>([^<]*)</g),
    ...inner(/<span class="callout-title"[^>]*>([^<]*)</g),
    ...inner(/<th scope="col"[^>]*>([^<]*)</g),
    ...inner(/<caption[^>]*>([^<]*)</g),
    ...inner(/<p class="check-statement-meta"[^>]*>([\s\S]*?)<\/p>/g),
  ];
}

/** English words of the components that must not show on a German page (whole words, so “Playbook” is no “Play”). */
const ENGLISH_LABELS: string[] = [
  ...Object.values<unknown>(author).filter((m): m is string => typeof m === 'string' && /^[A-Z][a-z ]+$/.test(m)),
  'Answered how often',
  'Answered how far you agree',
  author['author.statements.reverse'],
  'the mirror of',
  'Observes:',
  'Moved by',
  'to just under',
].filter((label) => label !== 'Hybrid');
const englishIn = (page: string): string[] => {
  const words = componentWords(page).join(' | ');
  const whole = (label: string) => new RegExp(`(?<![\\p{L}-])${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'u');
  return ENGLISH_LABELS.filter((label) => whole(label).test(words));
};

beforeAll(() => {
  ensureBuilt(OUT, { BASE_PATH: BASE });
}, 300_000);

describe('the German trust chapter', () => {
  const page = () => html('de/playbook/trust');

  test('labels its plays in German', () => {
    const text = mainText(page());
    const words = componentWords(page());
    expect(german['author.play.label']).toBe('Maßnahme');
    for (const key of ['label', 'purpose', 'who', 'time', 'steps', 'settings', 'remote', 'hybrid', 'frontline', 'worked'] as const) {
      expect(words, key).toContain(german[`author.play.${key}`]);
    }
    expect(text).toContain('Maßnahme Review ohne Schuldzuweisung Ziel Ein Scheitern in gemeinsames Lernen verwandeln');
    expect(text).toContain('Wenn nicht alle in einem Raum sind Virtuell Erstellen Sie die Zeitleiste');
    expect(text).toContain('Die Maßnahme hat gewirkt, wenn die Beteiligten den nächsten Beinahe-Fehler früher');
  });

  test('lists the German statements of the check, in German quotation marks, with German notes', () => {
    const text = mainText(page());
    const trust = Object.entries(instrumentDe.items).filter(([id]) => id.startsWith('trust-'));
    expect(trust.length).toBeGreaterThanOrEqual(6);
    for (const [id, { text: statement }] of trust) {
      expect(page()).toContain(`id="statement-${id}"`);
      expect(text).toContain(`„${statement}“`);
    }
    expect(text).toContain('Skala: wie oft (Nie … Immer)');
    expect(text).toContain('umgekehrt formuliert');
    expect(text).toMatch(/Passende Maßnahme: Review ohne Schuldzuweisung/);
    expect(page()).toContain(`href="${BASE}de/playbook/trust/#blameless-review"`);
  });

  test('puts the check’s numbers and time window in German words', () => {
    expect(mainText(page())).toContain('Der Readiness-Check enthält sechs Aussagen');
    expect(mainText(page())).toContain('bezieht sich auf die letzten drei Monate');
  });

  test('shows no English component label', () => {
    expect(englishIn(page())).toEqual([]);
  });
});

describe('every translated German chapter', () => {
  test.each(['executive-buy-in', 'business-alignment', 'transparency', 'learner-focus', 'tangible-rewards', 'manager-engagement', 'resources'])(
    '%s shows no English component label',
    (slug) => {
      expect(englishIn(html(`de/playbook/${slug}`))).toEqual([]);
    },
  );
});

describe('English pages keep their English', () => {
  test('the trust chapter', () => {
    const text = mainText(html('playbook/trust'));
    expect(text).toContain('You will know it worked when people report the next near miss sooner');
    expect(text).toMatch(/Answered how often \(Never … Always\); worded the other way round, so a high answer lowers the score/);
    expect(text).toContain('The readiness check has six statements');
    // The same detector that finds nothing on the German pages finds every English label here.
    expect(englishIn(html('playbook/trust'))).toEqual(
      expect.arrayContaining(['Play', 'Purpose', 'Who', 'Time', 'Steps', 'Remote', 'Frontline', 'You will know it worked when', 'Observes:', 'Moved by']),
    );
  });

  test('a chapter shown in English on a German page keeps English labels inside its English text', () => {
    const page = html('de/playbook/reading-your-results');
    expect(page).toContain('class="translation-note"');
    expect(page).toMatch(/<article[^>]* lang="en"/);
    expect(mainText(page)).toContain('The readiness check’s bands Band Scores What it suggests');
  });
});

describe('About the readiness check in German', () => {
  const page = () => html('de/assessment/about');

  test('is the German text, with German title, tables and worked example', () => {
    const text = mainText(page());
    expect(page()).toContain('<title>Über den Readiness-Check');
    expect(text).toContain('Er umfasst 48 Aussagen, je sechs zu jedem der acht Merkmale');
    expect(text).toContain('Die Stufen des Readiness-Checks Stufe Werte Was sie nahelegt');
    expect(text).toContain('Ein Rechenbeispiel');
    expect(text).toContain('Nehmen Sie nun an, alle Antworten zum Thema „Obere Führungsebene“');
    expect(text).not.toMatch(/\b(A worked example|What it measures|Take the readiness check|Likely between|Overall \d)/);
    expect(page()).not.toContain('class="translation-note"');
  });

  test('keeps the English page’s heading ids', () => {
    expect(ids(page())).toEqual(ids(html('assessment/about')));
    expect(ids(page())).toEqual(expect.arrayContaining(['what-it-measures', 'how-it-scores', 'the-gate', 'worked-example', 'versions']));
  });

  test('links stay in German, under the base path', () => {
    const main = mainOf(page());
    expect(main).toContain(`href="${BASE}de/assessment/"`);
    expect(main).toContain(`href="${BASE}de/playbook/trust/#how-to-measure-it"`);
    expect(main).toContain(`href="${BASE}de/playbook/references/#watkins-marsick-1993"`);
    expect(main).not.toMatch(new RegExp(`href="${BASE}(playbook|assessment)/`));
  });

  test('the English page is unchanged in wording', () => {
    const text = mainText(html('assessment/about'));
    expect(text).toContain('It has 48 statements, six for each of the eight attributes');
    expect(text).toContain('On the results page this reads: “Likely between');
    expect(text).toContain('Now suppose every answer about senior leaders had been the weakest one');
  });
});
