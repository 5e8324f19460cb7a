import type * as z from 'zod/mini';
import { mergeResults, type Merge } from '../history/history.ts';
import { lookup } from '../instrument/lookup.ts';
import type { Instrument } from '../instrument/schema.ts';
import { DONT_KNOW, isOutsideAnswer, isScaleValue, type AnswerValue } from '../result/answers.ts';
import type { CompletedResult } from '../result/result.ts';
import { scoreAnswers } from '../scoring/score.ts';
import type { AssessmentDocument } from '../storage/document.ts';
import { cleanLabel } from '../text/label.ts';
import { jsonErrorPosition } from '../text/json-error-position.ts';
import { parseJsonSafely } from '../text/safe-json.ts';
import { formatPath } from '../instrument/problem.ts';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportFileSchema, MAX_IMPORT_BYTES } from './format.ts';

/**
 * Why a file was refused, with what the page needs to say so. `result` is the 1-based position
 * of the result in the file when one result was the problem.
 */
export type ImportRefusal =
  | { readonly reason: 'too-large'; readonly bytes: number; readonly limit: number }
  /** `position`: the 0-based character where the JSON breaks, when the parser said. */
  | { readonly reason: 'not-json'; readonly position: number | null }
  | { readonly reason: 'wrong-format' }
  /** `supported`: the format version this site reads for that `file`: a results export or a "for my facilitator" file. */
  | { readonly reason: 'unsupported-format-version'; readonly found: unknown; readonly supported: number; readonly file: 'export' | 'for-facilitator' }
  /** The file, or its result number `result`, answers the instrument `found` rather than this one. */
  | { readonly reason: 'unknown-instrument'; readonly found: string; readonly result?: number }
  /** Result number `result` answered version `found`, newer than the instrument's. */
  | { readonly reason: 'newer-instrument-version'; readonly found: number; readonly result: number }
  | { readonly reason: 'unknown-items'; readonly itemIds: readonly string[] }
  /** Result number `result` answers `itemId` with `value`; a scale answer is a whole number from 1 to `points`. */
  | { readonly reason: 'value-out-of-range'; readonly path: string; readonly itemId: string; readonly value: unknown; readonly result: number; readonly points: number }
  | { readonly reason: 'missing-field'; readonly path: string }
  /** `detail`: what the schema library said, for whoever looks into the file (its words, not the catalog's). */
  | { readonly reason: 'wrong-type'; readonly path: string; readonly detail: string }
  /** A "for my facilitator" file without its completion day (`completedOn`). */
  | { readonly reason: 'no-completion-day' };

export type ImportOutcome =
  /** `earlier`: how many of the results answered an earlier version (kept with the scores of their time). */
  | { readonly ok: true; readonly results: readonly CompletedResult[]; readonly earlier: number }
  | { readonly ok: false; readonly error: ImportRefusal };

/**
 * UTF-8 size of a string without encoding it: a 5 MB paste is refused in one comparison. Each
 * UTF-16 unit is at least one byte and at most three, which settles most texts without counting.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** The size in bytes when it is over the limit; undefined when the text is small enough. */
function oversize(text: string): number | undefined {
  if (text.length * 3 <= MAX_IMPORT_BYTES) return undefined;
  const bytes = utf8ByteLength(text);
  return bytes > MAX_IMPORT_BYTES ? bytes : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function schemaRefusal(issue: z.core.$ZodIssue): ImportRefusal {
  const path = formatPath(issue.path);
  const input: unknown = 'input' in issue ? issue.input : undefined;
  if (issue.code === 'invalid_type' && input === undefined) {
    return { reason: 'missing-field', path };
  }
  return { reason: 'wrong-type', path, detail: issue.message };
}

/**
 * Reads an export file's text and returns the results it holds, or the precise reason it was
 * refused. Nothing is stored here: the caller merges the results (see `importIntoDocument`).
 */
export function importResults(text: string, instrument: Instrument): ImportOutcome {
  const refuse = (error: ImportRefusal): ImportOutcome => ({ ok: false, error });

  const bytes = oversize(text);
  if (bytes !== undefined) {
    return refuse({ reason: 'too-large', bytes, limit: MAX_IMPORT_BYTES });
  }

  const parsed = parseJsonSafely(text);
  if (!parsed.ok) {
    const position = jsonErrorPosition(text, parsed.message);
    return refuse({ reason: 'not-json', position: position ?? null });
  }
  const data = parsed.value;
  if (!isRecord(data) || data.format !== EXPORT_FORMAT) {
    return refuse({ reason: 'wrong-format' });
  }
  if (data.formatVersion !== EXPORT_FORMAT_VERSION) {
    return refuse({ reason: 'unsupported-format-version', found: data.formatVersion, supported: EXPORT_FORMAT_VERSION, file: 'export' });
  }
  if (isRecord(data.instrument) && typeof data.instrument.id === 'string' && data.instrument.id !== instrument.id) {
    return refuse({ reason: 'unknown-instrument', found: data.instrument.id });
  }
  const checked = exportFileSchema.safeParse(data, { reportInput: true });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return refuse(issue ? schemaRefusal(issue) : { reason: 'wrong-format' });
  }

  const { pointsByFormat, itemsById } = lookup(instrument);
  const unknownItems = new Set<string>();
  for (const [index, result] of checked.data.results.entries()) {
    if (result.instrument.id !== instrument.id) {
      return refuse({ reason: 'unknown-instrument', found: result.instrument.id, result: index + 1 });
    }
    if (result.instrument.version > instrument.version) {
      return refuse({ reason: 'newer-instrument-version', found: result.instrument.version, result: index + 1 });
    }
    const current = result.instrument.version === instrument.version;
    for (const [itemId, value] of Object.entries(result.answers)) {
      // Results of older versions answered other statements; they are kept with their own scores.
      const item = itemsById.get(itemId);
      if (!item && current) unknownItems.add(itemId);
      // A version-1 file wrote "Not sure" as null; later versions write "dont-know" or "not-applicable".
      if (value === null || isOutsideAnswer(value)) continue;
      const points = current && item ? pointsByFormat[item.format] : 100;
      if (!isScaleValue(value, points)) {
        return refuse({ reason: 'value-out-of-range', path: `results[${index}].answers.${itemId}`, itemId, value, result: index + 1, points });
      }
    }
  }
  if (unknownItems.size > 0) {
    return refuse({ reason: 'unknown-items', itemIds: [...unknownItems] });
  }

  const results = checked.data.results.map((result): CompletedResult => {
    const label = result.label === undefined ? undefined : cleanLabel(result.label);
    const current = result.instrument.version === instrument.version;
    const answers: Record<string, AnswerValue> = {};
    for (const [itemId, value] of Object.entries(result.answers)) answers[itemId] = value ?? DONT_KNOW;
    return {
      id: result.id,
      completedAt: result.completedAt,
      ...(label === undefined ? {} : { label }),
      instrument: result.instrument,
      ...(result.role === undefined ? {} : { role: result.role }),
      answers,
      // Scores are recomputed for the current version so a hand-edited number never shows;
      // results of other versions keep the scores of their time (their statements differ).
      scores: current ? scoreAnswers(instrument, answers) : result.scores,
    };
  });
  return { ok: true, results, earlier: results.filter((r) => r.instrument.version !== instrument.version).length };
}

export type DocumentImport =
  | { readonly ok: true; readonly merge: Merge; readonly earlier: number }
  | { readonly ok: false; readonly error: ImportRefusal };

/** Import then merge into the history, keeping one copy of a result imported twice. */
export function importIntoDocument(document: AssessmentDocument, text: string, instrument: Instrument): DocumentImport {
  const outcome = importResults(text, instrument);
  if (!outcome.ok) return outcome;
  return { ok: true, merge: mergeResults(document, outcome.results), earlier: outcome.earlier };
}
