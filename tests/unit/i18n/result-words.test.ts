import { describe, expect, it } from 'vitest';
import { loadInstrument, instrumentFile } from '../../../src/content-data/instrument-file.ts';
import { loadInstrumentTranslations } from '../../../src/content-data/instrument-translations.ts';
import { readCatalog } from '../../../src/content-data/catalog-files.ts';
import { DONT_KNOW, findAnswerQualityHints, scoreAnswers, type Answers, type AnswerValue, type Instrument, type ScoredAttribute } from '../../../src/domain/index.ts';
import { en, type MessageKey } from '../../../src/i18n/en/index.ts';
import { translator, type Translate } from '../../../src/i18n/translate.ts';
import { megabytes, refusalWords } from '../../../src/islands/common/import-words.ts';
import { basisWords, capWords, gateNotes, hintWords, notEnoughWords, rangeWords } from '../../../src/islands/common/score-words.ts';
import { answerAll, answerConsistently } from '../domain/fixtures/answers.ts';
import { smallInstrument } from '../domain/fixtures/small-instrument.ts';

// The engine returns codes and numbers; these are the sentences the results page makes of them,
// in English exactly as before the words moved into the catalog, and in German.
const english = translator(en, 'en') as Translate<MessageKey>;
const german = translator(readCatalog('.', 'content/i18n/de.yaml', 'de').messages, 'de') as Translate<MessageKey>;
const site = loadInstrument();
const siteDe = loadInstrumentTranslations('.', instrumentFile('.'), site).get('de') as Instrument;
const small = smallInstrument();

const scored = (instrument: Instrument, answers: Parameters<typeof scoreAnswers>[1], id: string): ScoredAttribute => {
  const a = scoreAnswers(instrument, answers).attributes.find((x) => x.dimension === id);
  if (a?.status !== 'scored') throw new Error(`${id} is not scored`);
  return a;
};

/** The default instrument with the critical attribute's answers all weakest, everything else strongest. */
function weakCritical(): Record<string, number> {
  const answers: Record<string, number> = { ...answerConsistently(site, 5) };
  for (const item of site.items.filter((i) => i.dimension === 'executive-buy-in')) answers[item.id] = item.reverse ? 5 : 1;
  return answers;
}

/** The same, with most of the critical attribute's answers "Don't know". */
function unseenCritical(): Answers {
  const answers: Record<string, AnswerValue> = { ...answerConsistently(site, 5) };
  site.items.filter((i) => i.dimension === 'executive-buy-in').slice(0, 4).forEach((item) => (answers[item.id] = DONT_KNOW));
  return answers;
}

describe('a range in words', () => {
  const close = scored(small, { 'beta-1': 4, 'beta-2': 4, 'beta-3': 4 }, 'beta');
  const wide = scored(small, { 'beta-1': 1, 'beta-2': 5, 'beta-3': 3 }, 'beta');

  it('says how many answers and how closely they agree', () => {
    expect(rangeWords(english, close.range, close.counts)).toBe('Likely between 68 and 82: 3 answers that agree closely.');
    expect(rangeWords(english, wide.range, wide.counts)).toBe('Likely between 21 and 79: 3 answers that vary widely.');
    expect(rangeWords(german, close.range, close.counts)).toBe('Wahrscheinlich zwischen 68 und 82: 3 Antworten, die eng beieinanderliegen.');
    expect(rangeWords(german, wide.range, wide.counts)).toBe('Wahrscheinlich zwischen 21 und 79: 3 Antworten, die weit auseinandergehen.');
  });

  it('says that a version-1 result has none', () => {
    expect(rangeWords(english, null, { scored: 1 })).toBe('From 1 answer; results saved under version 1 have no range.');
    expect(rangeWords(german, null, { scored: 4 })).toBe('Aus 4 Antworten; Ergebnisse aus Version 1 haben keinen Bereich.');
  });
});

describe('what a figure rests on', () => {
  it('counts answers on the scale and each kind outside it, with the instrument’s labels', () => {
    const counts = { statements: 6, scored: 3, dontKnow: 1, notApplicable: 1, unanswered: 1 };
    expect(basisWords(english, site, counts)).toBe('3 of 6 on the scale, 1 “Don’t know”, 1 “Doesn’t apply here / no occasion”, 1 not answered');
    expect(basisWords(german, siteDe, counts)).toBe('3 von 6 auf der Skala, 1-mal „Weiß nicht“, 1-mal „Entfällt hier / kein Anlass“, 1 nicht beantwortet');
    expect(basisWords(english, site, { ...counts, dontKnow: 0, notApplicable: 0, unanswered: 0 })).toBe('3 of 6 on the scale');
  });
});

describe('the gate in words', () => {
  it('says why the band was lowered, naming the bands and the attribute in the page’s language', () => {
    const scores = scoreAnswers(site, weakCritical());
    expect(capWords(english, site, scores, 'en')).toBe(
      'The overall score alone would give “Ready to scale”; it is “Ready to pilot” because Executive buy-in is critical and clearly in the lowest band.',
    );
    expect(capWords(german, siteDe, scores, 'de')).toBe(
      'Der Gesamtwert allein ergäbe „Bereit für die Ausweitung“. Das Ergebnis lautet „Bereit für ein Pilotprojekt“, weil das Merkmal „Rückhalt der Geschäftsleitung“ kritisch ist und klar in der untersten Stufe liegt.',
    );
    expect(capWords(english, site, scoreAnswers(site, answerConsistently(site, 5)), 'en')).toBe('');
  });

  it('says a critical attribute not known is not known, or clearly weak', () => {
    const scores = scoreAnswers(site, unseenCritical());
    expect(capWords(english, site, scores, 'en')).toMatch(/because Executive buy-in is critical and not known or clearly in the lowest band\.$/);
  });

  it('notes a clearly weak critical attribute', () => {
    const scores = scoreAnswers(site, weakCritical());
    expect(gateNotes(english, site, scores, 'en')).toEqual([
      'Executive buy-in is clearly in “Build the foundation first”: its whole range lies there. Because it is critical, the overall result cannot be “Ready to scale” until that changes.',
    ]);
    expect(gateNotes(german, siteDe, scores, 'de')[0]).toMatch(/^Das Merkmal „Rückhalt der Geschäftsleitung“ liegt mit seinem gesamten Bereich in der Stufe „Erst das Fundament legen“/);
  });

  it('says first that senior leaders could not be seen, in a sentence that keeps German nouns capitalised', () => {
    const scores = scoreAnswers(site, unseenCritical());
    const [note] = gateNotes(english, site, scores, 'en');
    expect(note).toMatch(/^You could not see enough of what happens with senior leaders to score Executive buy-in: most of those answers were “Don’t know”\./);
    expect(note).toContain('That is itself a finding');
    expect(gateNotes(german, siteDe, scores, 'de')[0]).toMatch(/^Sie konnten zu wenig davon sehen, was beim Thema „Obere Führungsebene“ geschieht, um das Merkmal „Rückhalt der Geschäftsleitung“ zu bewerten: Die meisten dieser Antworten lauteten „Weiß nicht“\./);
  });

  it('keeps the notes a version-1 result was saved with, after any of today’s', () => {
    const scores = { ...scoreAnswers(site, answerConsistently(site, 5)), notes: ['Saved then.'] };
    expect(gateNotes(english, site, scores, 'en')).toEqual(['Saved then.']);
  });
});

describe('no overall band', () => {
  it('says how many attributes it needs and which have no score', () => {
    const overall = scoreAnswers(small, { 'beta-1': 5, 'beta-2': 5, 'beta-3': 5 }).overall;
    if (overall.status !== 'not-enough-attributes') throw new Error('scored');
    expect(notEnoughWords(english, small, overall)).toBe(
      'An overall band needs at least 2 of 3 attributes scored; 1 is. Not scored: Alpha, Gamma. The attribute scores below still stand on their own.',
    );
    expect(notEnoughWords(german, small, { ...overall, scoredAttributes: 0 })).toBe(
      'Eine Gesamtstufe braucht Werte für mindestens 2 von 3 Merkmalen; 0 haben einen. Ohne Wert: Alpha, Gamma. Die Werte der einzelnen Merkmale gelten trotzdem.',
    );
  });
});

describe('hints about the answers', () => {
  it('are worded as invitations, with the instrument’s scale and topic', () => {
    const same = findAnswerQualityHints(site, { answers: answerAll(site, 4) }).find((h) => h.kind === 'same-answer-both-ways' && h.format === 'frequency');
    if (!same) throw new Error('no hint');
    expect(hintWords(english, site, same)).toMatch(/^You answered “Often” to every statement on the “How often\?” scale, including \d+ that are worded the other way round\. If that is what you see/);
    expect(hintWords(german, siteDe, { ...same, label: 'Oft' } as typeof same)).toMatch(/^Sie haben jede Aussage der Skala „Wie oft\?“ mit „Oft“ beantwortet, auch \d+ Aussagen, die umgekehrt formuliert sind\./);

    const answers = { ...answerConsistently(site, 4), 'trust-mistakes-open': 5, 'trust-mistakes-hidden': 4 };
    const [mirror] = findAnswerQualityHints(site, { answers });
    if (!mirror) throw new Error('no hint');
    expect(hintWords(english, site, mirror)).toBe(
      'Two statements say the opposite of each other, yet the answers point the same way. If both are true where you work, nothing needs to change; otherwise it may be worth reading them once more.',
    );
    expect(hintWords(english, site, { kind: 'mirror-pair-disagrees', pairs: [['a', 'b'], ['c', 'd']] })).toMatch(/^2 pairs of statements say the opposite/);

    const [fast] = findAnswerQualityHints(site, { answers: answerConsistently(site, 4), stepSeconds: { trust: 11.9 } });
    if (!fast) throw new Error('no hint');
    expect(hintWords(english, site, fast)).toBe(
      'The step on Mistakes and speaking up went by in under 2 seconds a statement. Quick answers can be right; if some were guesses, going over them again may make the result more useful.',
    );
    expect(hintWords(german, siteDe, fast)).toMatch(/^Den Schritt zum Thema „Umgang mit Fehlern und Problemen“ haben Sie in weniger als 2 Sekunden pro Aussage beantwortet\./);
  });
});

describe('a refused file', () => {
  it('says why, with sizes and numbers as the language writes them', () => {
    expect(megabytes(1_572_864, 'de')).toBe('1,5');
    expect(refusalWords(english, { reason: 'too-large', bytes: 1_572_864, limit: 1_048_576 }, site, 'en')).toBe(
      'The file is 1.5 MB; results files are at most 1 MB. Is it the right file?',
    );
    expect(refusalWords(german, { reason: 'too-large', bytes: 1_572_864, limit: 1_048_576 }, siteDe, 'de')).toBe(
      'Die Datei ist 1,5 MB groß; Ergebnisdateien haben höchstens 1 MB. Ist es die richtige Datei?',
    );
    expect(refusalWords(english, { reason: 'not-json', position: 41 }, site, 'en')).toBe('The file is not valid JSON (it breaks at character 42). It may be damaged or cut short.');
    expect(refusalWords(english, { reason: 'unsupported-format-version', found: undefined, supported: 1, file: 'for-facilitator' }, site, 'en')).toBe(
      'This file uses format version none; this site reads version 1. It may come from a newer version of the site.',
    );
    expect(refusalWords(german, { reason: 'unknown-instrument', found: 'onboarding-survey' }, siteDe, 'de')).toBe(
      'Diese Datei enthält Ergebnisse für „onboarding-survey“, nicht für „Readiness-Check“.',
    );
    expect(refusalWords(english, { reason: 'no-completion-day' }, site, 'en')).toBe('The file has no completion day ("completedOn", as 2026-01-31), so it cannot be used.');
  });
});
