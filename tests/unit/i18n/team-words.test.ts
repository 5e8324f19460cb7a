import { describe, expect, test } from 'vitest';
import { readCatalog } from '../../../src/content-data/catalog-files.ts';
import { instrumentFile, loadInstrument } from '../../../src/content-data/instrument-file.ts';
import { loadInstrumentTranslations } from '../../../src/content-data/instrument-translations.ts';
import type { Instrument } from '../../../src/domain/instrument/schema.ts';
import { ROLES } from '../../../src/domain/result/role.ts';
import { buildReport } from '../../../src/domain/team/team-report.ts';
import { en, type MessageKey } from '../../../src/i18n/en/index.ts';
import { team } from '../../../src/i18n/en/team.ts';
import { translator, type Message, type Translate } from '../../../src/i18n/translate.ts';
import { teamSummaryCsv } from '../../../src/islands/team/team-csv.ts';
import { fileWords, megabytes } from '../../../src/islands/team/file-words.ts';
import { bandsOfRangeWords, headlinePointWords, listWords, roleGroupKey, shownCount, suppressedWords } from '../../../src/islands/team/team-words.ts';
import type { FileNote } from '../../../src/team/team-state.ts';

/** The team view's words: English as the domain used to write it, German from the catalog, numbers as each language writes them. */
const english = translator(en, 'en') as Translate<MessageKey>;
const { messages: de, problems } = readCatalog('.', 'content/i18n/de.yaml', 'de');
const german = translator(de, 'de') as Translate<MessageKey>;
const instrument = loadInstrument();
const deutsch = loadInstrumentTranslations('.', instrumentFile('.'), instrument).get('de') as Instrument;
const groupName = (t: Translate<MessageKey>) => (g: 'a' | 'b') => t(g === 'a' ? 'team.group.a' : 'team.group.b');

describe('the team view’s catalog', () => {
  test('German has every team text, each different from the English where a German reader would notice', () => {
    expect(problems.filter((p) => p.includes(' team.'))).toEqual([]);
    const same = Object.entries<Message>(team).filter(
      ([key, value]) => typeof value === 'string' && de[key] === value && /[a-z]{3}/.test(value.replace(/\{\w+\}/g, '')),
    );
    // Words German writes the same way (the statistician's "Median").
    expect(same.map(([key]) => key)).toEqual(['team.median', 'team.gap.medianOf']);
  });
});

describe('held-back figures and file outcomes in words', () => {
  test('English keeps the sentences the domain used to write', () => {
    expect(suppressedWords(english, { of: 'team' }, 5)).toBe('Team figures appear once at least 5 people have answered, so that no one’s answers can be singled out.');
    expect(suppressedWords(english, { of: 'attribute', name: 'Trust' }, 5)).toBe(
      'Figures for Trust appear once at least 5 people have answered, so that no one’s answers can be singled out.',
    );
    expect(suppressedWords(english, { of: 'gap', name: 'Trust' }, 6)).toBe(
      'Comparisons for Trust appear once at least 6 people in each group have answered, so that no one’s answers can be singled out.',
    );
    expect(shownCount(english, null)).toBe('fewer than 3');
    expect(shownCount(english, 7)).toBe(7);
    expect(listWords(english, ['A', 'B', 'C'])).toBe('A, B and C');
    const notes: FileNote[] = [
      { code: 'added', held: 1 },
      { code: 'added', held: 2 },
      { code: 'added', held: 3 },
      { code: 'too-large', bytes: 1_300_000, limit: 1_048_576 },
      { code: 'empty' },
      { code: 'duplicate', from: 'leader-1.json', group: null },
      { code: 'duplicate', from: 'leader-1.json', group: 'a' },
    ];
    expect(notes.map((n) => fileWords(english, n, instrument, 'en', groupName(english)))).toEqual([
      '1 result added.',
      '1 result added: the file holds 2 results of one person, so only the latest counts and 1 earlier one was left out.',
      '1 result added: the file holds 3 results of one person, so only the latest counts and 2 earlier ones were left out.',
      'The file is 1.2 MB; results files are at most 1 MB. Is it the right file?',
      'The file is a results export, but it holds no results.',
      'Duplicate: the same answers are already loaded from “leader-1.json”, and one person counts once.',
      'Duplicate: the same answers are already loaded from “leader-1.json” in Group A, and one person counts once.',
    ]);
  });

  test('German says the same in German, with its plurals, quotation marks and decimal comma', () => {
    expect(suppressedWords(german, { of: 'attribute', name: 'Vertrauen' }, 5)).toBe(
      'Zahlen zu „Vertrauen“ erscheinen, sobald mindestens 5 Personen geantwortet haben, damit sich keine Antworten einzelnen Personen zuordnen lassen.',
    );
    expect(shownCount(german, null)).toBe('weniger als 3');
    expect(listWords(german, ['A', 'B', 'C'])).toBe('A, B und C');
    expect(megabytes(1_300_000, 'de')).toBe('1,2');
    expect(fileWords(german, { code: 'added', held: 2 }, deutsch, 'de', groupName(german))).toBe(
      '1 Ergebnis hinzugefügt: Die Datei enthält 2 Ergebnisse einer Person. Nur das neueste zählt; 1 früheres blieb unberücksichtigt.',
    );
    expect(fileWords(german, { code: 'added', held: 4 }, deutsch, 'de', groupName(german))).toContain('3 frühere blieben unberücksichtigt.');
    expect(fileWords(german, { code: 'too-large', bytes: 1_300_000, limit: 1_048_576 }, deutsch, 'de', groupName(german))).toBe(
      'Die Datei ist 1,2 MB groß; Ergebnisdateien haben höchstens 1 MB. Ist es die richtige Datei?',
    );
    expect(fileWords(german, { code: 'duplicate', from: 'a.json', group: 'b' }, deutsch, 'de', groupName(german))).toBe(
      'Doppelt: Dieselben Antworten sind bereits aus „a.json“ in Gruppe B geladen, und eine Person zählt nur einmal.',
    );
    expect(german('team.status.loaded', { count: 1 })).toBe('1 Ergebnis geladen.');
    expect(german('team.status.loaded', { count: 1200 })).toBe('1.200 Ergebnisse geladen.');
    expect(german('team.status.notUsedFolded', { count: 1 })).toBe('1 Datei wurde nicht verwendet; unter „Ändern“ steht, warum.');
    expect(german('team.status.notUsedFolded', { count: 2 })).toBe('2 Dateien wurden nicht verwendet; unter „Ändern“ steht, warum.');
  });

  test('the headline names German bands and attributes from the German instrument', () => {
    expect(bandsOfRangeWords(german, deutsch, 62.5)).toMatch(/^„.+“( oder „.+“)?$/);
    expect(headlinePointWords(german, deutsch, { code: 'most-in-band', band: 'pilot', count: 4, of: 6 })).toBe(
      'Die meisten Ergebnisse (4 von 6) liegen bei „Bereit für ein Pilotprojekt“.',
    );
    expect(headlinePointWords(german, deutsch, { code: 'disagree', dimensions: ['trust', 'resources'] })).toBe(
      'Am weitesten gehen die Meinungen bei „Vertrauen“ und „Ressourcen“ auseinander: Darüber lohnt es sich zu sprechen, bevor Sie auf Grundlage der Mediane handeln.',
    );
    expect(
      headlinePointWords(german, deutsch, { code: 'start-with', weakest: ['trust'], range: '25–50', highest: { code: 'the-others', count: 7, range: '50–75' } }),
    ).toBe('Beginnen Sie mit „Vertrauen“: Der Median liegt bei 25–50, dem niedrigsten Bereich in diesem Bericht. Die übrigen 7 liegen bei 50–75.');
    expect(headlinePointWords(english, instrument, { code: 'start-with', weakest: ['trust', 'resources'], range: '25–50', highest: null })).toBe(
      'Start with Trust and Resources: their medians lie in 25–50, the lowest range in this report.',
    );
  });
});

describe('the team summary as CSV', () => {
  const member = (points: number, i: number) => ({
    instrument: { id: instrument.id, version: instrument.version },
    answers: Object.fromEntries(instrument.items.map((item) => [item.id, item.reverse ? 6 - points : points])),
    role: ROLES[i % 2],
  });
  const results = Array.from({ length: 10 }, (_, i) => member(1 + (i % 5), i));
  const report = buildReport(instrument, [{ id: 'a', name: 'Team', results }], { minimumGroupSize: 5, spreadMinimum: 10 }, '2026-11-29T08:00:00.000Z');

  test('English keeps its labels; German labels its rows and columns in German, with the same figures', () => {
    const csvEn = teamSummaryCsv(instrument, report, english);
    const csvDe = teamSummaryCsv(deutsch, report, german);
    expect(csvEn).toContain('Attribute,Results,Median,Lower quartile,Upper quartile');
    expect(csvEn).toContain(`Attribute,Whole team (10),${english(roleGroupKey('senior-leader'))} (5),People managers (5)`);
    expect(csvDe).toContain('Merkmal,Ergebnisse,Median,Unteres Quartil,Oberes Quartil');
    expect(csvDe).toContain('Merkmal,Ganzes Team (10),Obere Führungsebene (5),Führungskräfte mit Team (5)');
    expect(csvDe).toContain('Vertrauen,10,');
    // The figures are the same cells in both.
    const figures = (csv: string) => csv.split('\n').map((line) => line.split(',').filter((cell) => /^\d/.test(cell)));
    expect(figures(csvDe)).toEqual(figures(csvEn));
  });
});
