import { decode, type DecodeOutcome } from './codec.ts';
import { HEADER_CHARS, PREFIX, type CodedResult, type CodeInstrument } from './layout.ts';

/** One code-looking token in a text, and what reading it gave. */
export interface FoundCode {
  /** The token as it stands in the text. */
  readonly text: string;
  /** Where it starts in the text (0-based, in UTF-16 units). */
  readonly index: number;
  readonly outcome: DecodeOutcome;
  /** Index (in `codes`) of an earlier token with the same content; the repeat is not counted again. */
  readonly duplicateOf?: number;
}

export interface FoundCodes {
  /** Every token, in the order they stand in the text. */
  readonly codes: readonly FoundCode[];
  /** The distinct results carried by valid codes. */
  readonly results: readonly CodedResult[];
  /** Tokens that could not be read, each once (a repeated bad token is one refusal). */
  readonly refused: readonly FoundCode[];
  /** How many tokens repeated one counted before. */
  readonly duplicates: number;
}

/**
 * A token that looks like a code: it starts with "CF" (and goes on with letters, digits and
 * hyphens), or it has the grouped shape of one (three characters, then groups of four) and starts
 * with something a single slip away from "CF", so a typo in the prefix is reported, not missed.
 */
const TOKEN = /(?<![0-9A-Za-z])(?:[Cc][Ff][0-9A-Za-z]*(?:[\-‐‑–—][0-9A-Za-z]+)*|[0-9A-Za-z]{3}(?:[\-‐‑–—][0-9A-Za-z]{4}){2,}(?:[\-‐‑–—][0-9A-Za-z]{1,4})?)(?![0-9A-Za-z])/g;
/** A group typed after a space ("CF2 7K3M …"): taken only while the code is still too short. */
const SPACED_GROUP = /[ \t]+([0-9A-Za-z]{1,4})(?![0-9A-Za-z])/y;

/** The prefix and the header: anything shorter is too little of a code to report. */
const MIN_CHARS = PREFIX.length + HEADER_CHARS;

function nearPrefix(token: string): boolean {
  const head = token.replace(/[\s\-‐‑–—]/g, '').slice(0, 2).toUpperCase();
  return head[0] === 'C' || head[1] === 'F' || head === 'FC';
}

/** Extends a code typed with spaces between its groups, as long as that makes it more complete. */
function withSpacedGroups(text: string, start: number, token: string, instrument: CodeInstrument): { token: string; outcome: DecodeOutcome } {
  let current = token;
  let outcome = decode(current, instrument);
  let end = start + token.length;
  while (!outcome.ok && outcome.reason === 'truncated') {
    SPACED_GROUP.lastIndex = end;
    const next = SPACED_GROUP.exec(text);
    if (!next) break;
    const longer = text.slice(start, SPACED_GROUP.lastIndex);
    const tried = decode(longer, instrument);
    if (!tried.ok && tried.reason !== 'truncated' && tried.reason !== 'checksum') break;
    current = longer;
    outcome = tried;
    end = SPACED_GROUP.lastIndex;
  }
  return { token: current, outcome };
}

/** Every code in any text (chat, e-mail, a spreadsheet column), each read or refused with its reason. */
export function findCodes(text: string, instrument: CodeInstrument): FoundCodes {
  const codes: FoundCode[] = [];
  const results: CodedResult[] = [];
  const refused: FoundCode[] = [];
  const firstByContent = new Map<string, number>();
  let duplicates = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const raw = match[0];
    const startsWithPrefix = /^[Cc][Ff]/.test(raw);
    if (!startsWithPrefix && !nearPrefix(raw)) continue;
    const { token, outcome } = withSpacedGroups(text, match.index, raw, instrument);
    // "CFO", "cfg": words that merely start like a code are not reported as broken codes.
    if (token.replace(/[\s\-‐‑–—]/g, '').length < MIN_CHARS) continue;
    TOKEN.lastIndex = match.index + token.length;
    const content = outcome.ok ? outcome.normalized : `refused:${token.toUpperCase().replace(/[\s\-‐‑–—]/g, '')}`;
    const earlier = firstByContent.get(content);
    if (earlier !== undefined) {
      duplicates += 1;
      codes.push({ text: token, index: match.index, outcome, duplicateOf: earlier });
      continue;
    }
    firstByContent.set(content, codes.length);
    const found: FoundCode = { text: token, index: match.index, outcome };
    codes.push(found);
    if (outcome.ok) results.push(outcome.result);
    else refused.push(found);
  }
  return { codes, results, refused, duplicates };
}
