/**
 * British spellings the project refuses, each with the American form to use instead. A pattern
 * matches whole words, case-insensitively, so “Organisation” and “organisations” are both caught.
 * Add a word here when one slips through; keep the American form in the message short.
 */
export const BRITISH_SPELLINGS: readonly (readonly [pattern: string, american: string])[] = [
  ['organis(e|es|ed|ing|ation|ations|ational|ationally|er|ers)', 'organiz…'],
  ['recognis(e|es|ed|ing|able|ably)', 'recogniz…'],
  ['realis(e|es|ed|ing|ation)', 'realiz…'],
  ['prioritis(e|es|ed|ing|ation)', 'prioritiz…'],
  ['summaris(e|es|ed|ing)', 'summariz…'],
  ['emphasis(e|es|ed|ing)', 'emphasiz…'],
  ['criticis(e|es|ed|ing)', 'criticiz…'],
  ['apologis(e|es|ed|ing)', 'apologiz…'],
  ['minimis(e|es|ed|ing)', 'minimiz…'],
  ['maximis(e|es|ed|ing)', 'maximiz…'],
  ['optimis(e|es|ed|ing|ation)', 'optimiz…'],
  ['standardis(e|es|ed|ing|ation)', 'standardiz…'],
  ['categoris(e|es|ed|ing|ation)', 'categoriz…'],
  ['characteris(e|es|ed|ing|ation)', 'characteriz…'],
  ['specialis(e|es|ed|ing|ation)', 'specializ…'],
  ['customis(e|es|ed|ing|ation)', 'customiz…'],
  ['personalis(e|es|ed|ing|ation)', 'personaliz…'],
  ['visualis(e|es|ed|ing|ation)', 'visualiz…'],
  ['utilis(e|es|ed|ing|ation)', 'utiliz…'],
  ['familiaris(e|es|ed|ing)', 'familiariz…'],
  ['memoris(e|es|ed|ing)', 'memoriz…'],
  ['authoris(e|es|ed|ing|ation)', 'authoriz…'],
  ['analys(e|ed|ing)', 'analyz…'],
  ['behaviour(s|al|ally)?', 'behavior'],
  ['colour(s|ed|ful|ing)?', 'color'],
  ['favour(s|ed|ing|able|ably|ite|ites)?', 'favor'],
  ['honour(s|ed|ing|able)?', 'honor'],
  ['labour(s|ed|ing)?', 'labor'],
  ['neighbour(s|hood|ing)?', 'neighbor'],
  ['humour', 'humor'],
  ['rumour(s)?', 'rumor'],
  ['endeavour(s|ed|ing)?', 'endeavor'],
  ['programme(s)?', 'program'],
  ['centre(s|d)?', 'center'],
  ['catalogue(s|d)?', 'catalog'],
  ['licence(s)?', 'license'],
  ['defence(s)?', 'defense'],
  ['offence(s)?', 'offense'],
  ['practis(e|es|ed|ing)', 'practice (verb too)'],
  ['judgement(s|al)?', 'judgment'],
  ['acknowledgement(s)?', 'acknowledgment'],
  ['fulfil(s|ment)?', 'fulfill'],
  ['enrol(s|ment|ments)?', 'enroll'],
  ['skilful(ly)?', 'skillful'],
  ['(cancel|label|model|travel|signal|level|fuel|counsel)l(ed|ing)', 'one l: canceled, labeled, modeled…'],
  ['grey', 'gray'],
  ['whilst', 'while'],
  ['amongst', 'among'],
  ['learnt', 'learned'],
  ['fortnight(s|ly)?', 'two weeks, every other week'],
];

const PATTERN = new RegExp(`\\b(?:${BRITISH_SPELLINGS.map(([p]) => p).join('|')})\\b`, 'gi');

/** The American form to suggest for a British word that PATTERN matched. */
function americanFor(word: string): string {
  const entry = BRITISH_SPELLINGS.find(([p]) => new RegExp(`^(?:${p})$`, 'i').test(word));
  return entry?.[1] ?? 'the American spelling';
}

/** Every British spelling in `text`, as "file:line: “word” (use …)". Lines count from 1. */
export function britishSpellings(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(PATTERN)) {
      found.push(`${file}:${index + 1}: “${match[0]}” (use ${americanFor(match[0])})`);
    }
  });
  return found;
}
