import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../../src/content-data/catalog-files.ts';
import { compareTeamWithNorm, normYaml } from '../../../src/domain/norms/index.ts';
import { decode, encode, type CodeInstrument, type Refusal } from '../../../src/domain/result-code/index.ts';
import { en, type MessageKey } from '../../../src/i18n/en/index.ts';
import { translator, type Messages } from '../../../src/i18n/translate.ts';
import { normProblemText, pastedSummary, refusalText, teamNormWords, unencodableText } from '../../../src/islands/result-code/code-words.ts';

/**
 * The result-code and norm domain returns codes and values; these are the sentences the pages
 * make of them. English must read exactly as it did when the domain wrote the sentences itself.
 */
const english = translator(en, 'en');
const german = translator(readCatalog('.', 'content/i18n/de.yaml', 'de').messages as Messages, 'de') as typeof english;

const instrument: CodeInstrument = {
  id: 'learning-culture-readiness',
  version: 2,
  items: Array.from({ length: 12 }, (_, i) => ({ id: `s-${i}`, points: 5 })),
};
const made = encode({ instrument: { id: instrument.id, version: 2 }, date: '2026-11-29', answers: { 's-0': 3 } }, instrument);
if (!made.ok) throw new Error(made.problem);
const code = made.code;

function refusal(text: string, i = instrument): Refusal {
  const outcome = decode(text, i);
  if (outcome.ok) throw new Error(`${text} was read`);
  return outcome;
}

describe('why a code is refused, in words', () => {
  const typo = `${code.slice(0, -1)}${code.at(-1) === '0' ? '1' : '0'}`;

  it('reads in English as before', () => {
    expect(refusalText(english, refusal(typo))).toBe('The code has a typo: its check characters do not match. Compare it with the original character by character.');
    expect(refusalText(english, refusal(`${code.slice(0, 5)}U${code.slice(6)}`))).toBe('Character 6, “U” (codes never use U), cannot be part of a result code.');
    expect(refusalText(english, refusal(`${code.slice(0, 9)}*${code.slice(10)}`))).toBe('Character 10, “*”, cannot be part of a result code.');
    expect(refusalText(english, refusal(`XY${code.slice(2)}`))).toBe('A result code starts with “CF”; this one starts with “XY”.');
    expect(refusalText(english, refusal(' - '))).toBe('There is no code to read.');
    expect(refusalText(english, refusal(code.slice(0, 8)))).toBe('The code is cut short: part of it is missing. Copy it again in full.');
    expect(refusalText(english, refusal(code, { ...instrument, version: 1 }))).toBe(
      'The code comes from a newer version of the readiness check (version 2); this site has version 1. It opens once this site is updated.',
    );
    expect(refusalText(english, refusal(code, { ...instrument, version: 3 }))).toBe(
      'The code comes from version 2 of the readiness check. This site asks version 3, whose results cannot be compared with it.',
    );
    const edited = { ...instrument, items: instrument.items.map((item, i) => (i === 0 ? { ...item, id: 's-renamed' } : item)) };
    const layout = refusal(code, edited);
    expect(layout.reason).toBe('other-instrument');
    expect(refusalText(english, layout)).toBe('The code was made with different statements under the same version number (2), so its answers cannot be read here.');
  });

  it('reads in German, with the same values', () => {
    expect(refusalText(german, refusal(typo))).toBe(
      'Der Code enthält einen Tippfehler: Seine Prüfzeichen stimmen nicht. Vergleichen Sie ihn Zeichen für Zeichen mit dem Original.',
    );
    expect(refusalText(german, refusal(`${code.slice(0, 9)}*${code.slice(10)}`))).toBe('Das 10. Zeichen, „*“, kommt in Ergebniscodes nicht vor.');
    expect(refusalText(german, refusal(code, { ...instrument, version: 1 }))).toContain('(Version 2); diese Website hat Version 1.');
  });
});

describe('why a result gets no code, in words', () => {
  it('reads in English as before', () => {
    const other = encode({ instrument: { id: instrument.id, version: 3 }, date: '2026-11-29', answers: {} }, instrument);
    if (other.ok) throw new Error('encoded');
    expect(unencodableText(english, other)).toBe('This result answers learning-culture-readiness version 3; codes are made for the current questions (version 2) only.');
    const offScale = encode({ instrument: { id: instrument.id, version: 2 }, date: '2026-11-29', answers: { 's-1': 9 } }, instrument);
    if (offScale.ok) throw new Error('encoded');
    expect(unencodableText(english, offScale)).toBe('The answer to “s-1” is not on its 5-point scale.');
    expect(unencodableText(german, offScale)).toBe('Die Antwort zu „s-1“ liegt nicht auf ihrer Skala mit 5 Punkten.');
  });
});

describe('the status line after reading pasted codes', () => {
  it('reads in English as before, with plurals', () => {
    expect(pastedSummary(english, { found: 7, read: 5, refused: 1, repeated: 1 })).toBe('7 codes found: 5 results read, 1 code refused, 1 repeat counted once.');
    expect(pastedSummary(english, { found: 1, read: 1, refused: 0, repeated: 0 })).toBe('1 code found: 1 result read.');
    expect(pastedSummary(english, { found: 4, read: 0, refused: 2, repeated: 2 })).toBe('4 codes found: 0 results read, 2 codes refused, 2 repeats counted once.');
    expect(pastedSummary(english, { found: 0, read: 0, refused: 0, repeated: 0 })).toBe('No result code was found in the text. Codes start with “CF”, like CF2-7K3M-….');
  });

  it('reads in German, with German plurals', () => {
    expect(pastedSummary(german, { found: 3, read: 2, refused: 1, repeated: 0 })).toBe('3 Codes gefunden: 2 Ergebnisse gelesen, 1 Code abgelehnt.');
    expect(pastedSummary(german, { found: 1, read: 1, refused: 0, repeated: 0 })).toBe('1 Code gefunden: 1 Ergebnis gelesen.');
  });
});

describe('a team against a norm, in words', () => {
  const norm = {
    key: 'n',
    label: 'Norm',
    markers: [
      { dimension: 'trust', median: 60 },
      { dimension: 'resources', median: 40 },
      { dimension: 'transparency', median: 50 },
      { dimension: 'learner-focus', median: 45 },
    ],
  };
  const shown = (dimension: string, median: number) => ({ dimension, status: 'shown', n: 8, median, q1: null, q3: null }) as const;
  const rows = compareTeamWithNorm(
    [shown('trust', 62.5), shown('resources', 62.5), shown('transparency', 37.5), { dimension: 'learner-focus', status: 'suppressed' }],
    norm,
  );

  it('reads in English as before', () => {
    expect(rows.map((row) => teamNormWords(english, row))).toEqual([
      'Same range: the norm’s median (60) lies in the team’s range 50–75, so these figures cannot tell the two apart.',
      'Higher: the team’s median lies in 50–75, above the norm’s median (40).',
      'Lower: the team’s median lies in 25–50, below the norm’s median (50).',
      'Held back: too few results answered this attribute to show the team’s figure.',
    ]);
  });

  it('reads in German', () => {
    expect(teamNormWords(german, rows[1]!)).toBe('Höher: Der Median des Teams liegt bei 50–75, über dem Median der Vergleichswerte (40).');
  });
});

describe('why no norm file was made, in words', () => {
  const report = { instrument: { id: instrument.id, version: 2 }, n: 4, attributes: [{ id: 'trust', median: 60 }] };
  const problem = (name: string, date = '2026-11-20', n = 4) => {
    const text = normYaml({ ...report, n }, { name, date }, { minGroupSize: 5, spreadMinimum: 10 });
    if (text.ok) throw new Error('made');
    return text;
  };

  it('reads in English as before', () => {
    expect(normProblemText(english, problem('Engineering'))).toBe('A norm needs at least 5 results; this report has 4.');
    expect(normProblemText(english, problem(' '))).toBe('Give the norm a name, such as “Whole organization, Q3”.');
    expect(normProblemText(english, problem('x'.repeat(81)))).toBe('Keep the name to 80 characters.');
    expect(normProblemText(english, problem('Engineering', '20.11.2026', 8))).toBe('The date must be written as YYYY-MM-DD.');
  });

  it('reads in German', () => {
    expect(normProblemText(german, problem('Engineering'))).toBe('Vergleichswerte brauchen mindestens 5 Ergebnisse; dieser Bericht hat 4.');
  });
});

describe('the catalog', () => {
  it('has a sentence for every refusal, encoding problem, reading and norm problem the domain can return', () => {
    const keys = Object.keys(en) as MessageKey[];
    const wordings = ['empty', 'bad-character', 'bad-character-u', 'not-a-code', 'truncated', 'overlong', 'checksum', 'other-instrument', 'other-statements', 'newer-version', 'older-version', 'impossible'];
    for (const w of wordings) expect(keys).toContain(`code.refused.${w}`);
    expect(keys.filter((k) => k.startsWith('code.refused.'))).toHaveLength(wordings.length);
  });
});
