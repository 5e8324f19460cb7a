import type { Instrument } from '../instrument/schema.ts';
import { draftFits } from '../draft/draft.ts';
import { resultId, type CompletedResult } from '../result/result.ts';
import { roleForResult } from '../result/role.ts';
import { scoreAnswers } from '../scoring/score.ts';
import type { AssessmentDocument } from '../storage/document.ts';
import { cleanLabel } from '../text/label.ts';

export type Completion =
  | { readonly ok: true; readonly document: AssessmentDocument; readonly result: CompletedResult }
  | { readonly ok: false; readonly reason: 'no-draft' | 'different-instrument' }
  /** The draft was begun under another version of the statements (see `draftFits`). */
  | { readonly ok: false; readonly reason: 'other-version'; readonly draftVersion: number; readonly currentVersion: number };

/**
 * Turns the draft into a completed result with its scores, role and step timings, appends it to
 * the history and clears the draft. A draft begun under another version is refused (its answers
 * belong to other statements).
 */
export function completeDraft(
  document: AssessmentDocument,
  instrument: Instrument,
  options: { readonly now: string; readonly label?: string },
): Completion {
  if (document.instrumentId !== instrument.id) {
    return { ok: false, reason: 'different-instrument' };
  }
  const draft = document.draft;
  if (!draft) return { ok: false, reason: 'no-draft' };
  const fit = draftFits(draft, instrument);
  if (!fit.fits) return { ok: false, reason: fit.reason, draftVersion: fit.draftVersion, currentVersion: fit.currentVersion };
  const role = roleForResult(draft.role);
  const label = options.label === undefined ? undefined : cleanLabel(options.label);
  const result: CompletedResult = {
    id: resultId(options.now, draft.answers),
    completedAt: options.now,
    ...(label === undefined ? {} : { label }),
    instrument: { id: instrument.id, version: instrument.version },
    ...(role === undefined ? {} : { role }),
    answers: draft.answers,
    ...(draft.stepSeconds === undefined ? {} : { stepSeconds: draft.stepSeconds }),
    scores: scoreAnswers(instrument, draft.answers),
  };
  return { ok: true, result, document: { ...document, draft: null, history: [...document.history, result] } };
}

export function removeResult(document: AssessmentDocument, id: string): AssessmentDocument {
  return { ...document, history: document.history.filter((result) => result.id !== id) };
}

/** Sets or clears (empty text) a result's label. */
export function relabelResult(document: AssessmentDocument, id: string, label: string): AssessmentDocument {
  const cleaned = cleanLabel(label);
  return {
    ...document,
    history: document.history.map((result) => {
      if (result.id !== id) return result;
      const { label: _old, ...rest } = result;
      return cleaned === undefined ? rest : { ...rest, label: cleaned };
    }),
  };
}

/** Two results are the same when they share an id, or the same completion time and answers. */
function identities(result: CompletedResult): string[] {
  return [result.id, resultId(result.completedAt, result.answers)];
}

export interface Merge {
  readonly document: AssessmentDocument;
  readonly added: readonly CompletedResult[];
  /** Incoming results that were already in the history (or twice in the input); they were skipped. */
  readonly duplicates: readonly CompletedResult[];
}

/** Adds imported results to the history, keeping one copy of each; history stays sorted by completion time. */
export function mergeResults(document: AssessmentDocument, incoming: readonly CompletedResult[]): Merge {
  const seen = new Set(document.history.flatMap(identities));
  const added: CompletedResult[] = [];
  const duplicates: CompletedResult[] = [];
  for (const result of incoming) {
    const ids = identities(result);
    if (ids.some((id) => seen.has(id))) {
      duplicates.push(result);
      continue;
    }
    ids.forEach((id) => seen.add(id));
    added.push(result);
  }
  if (added.length === 0) return { document, added, duplicates };
  const history = [...document.history, ...added].sort((a, b) => Date.parse(a.completedAt) - Date.parse(b.completedAt));
  return { document: { ...document, history }, added, duplicates };
}
