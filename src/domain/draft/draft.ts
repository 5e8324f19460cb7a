import { lookup } from '../instrument/lookup.ts';
import type { Instrument, Item } from '../instrument/schema.ts';
import type { AnswerValue } from '../result/answers.ts';
import type { RoleAnswer } from '../result/role.ts';
import type { AssessmentDocument, Draft } from '../storage/document.ts';
import { seedFromText, shuffled } from './shuffle.ts';

/**
 * Pure updates of the check in progress. Each returns a new document and leaves the one passed
 * in unchanged, so an island can keep showing it if saving fails.
 */

export interface DraftStart {
  readonly now: string;
  /** A random whole number 0 … 2³² − 1 (the island draws it); it fixes the order of statements. */
  readonly seed: number;
  readonly instrument: Instrument;
}

/** Starts a new draft for this instrument version, replacing any draft there was. */
export function startDraft(document: AssessmentDocument, start: DraftStart): AssessmentDocument {
  const draft: Draft = {
    answers: {},
    step: 0,
    startedAt: start.now,
    updatedAt: start.now,
    instrumentVersion: start.instrument.version,
    seed: start.seed >>> 0,
  };
  return { ...document, draft };
}

function draftOf(document: AssessmentDocument, now: string): Draft {
  return document.draft ?? { answers: {}, step: 0, startedAt: now, updatedAt: now };
}

/** Records one answer (a scale value or an outside answer), starting a draft if there is none. */
export function recordAnswer(document: AssessmentDocument, itemId: string, value: AnswerValue, now: string): AssessmentDocument {
  const draft = draftOf(document, now);
  return { ...document, draft: { ...draft, answers: { ...draft.answers, [itemId]: value }, updatedAt: now } };
}

/** Takes an answer back, so the item counts as not reached. */
export function clearAnswer(document: AssessmentDocument, itemId: string, now: string): AssessmentDocument {
  if (!document.draft) return document;
  const answers = Object.fromEntries(Object.entries(document.draft.answers).filter(([id]) => id !== itemId));
  return { ...document, draft: { ...document.draft, answers, updatedAt: now } };
}

/** Remembers which step the respondent is on, so a reload resumes there. */
export function goToStep(document: AssessmentDocument, step: number, now: string): AssessmentDocument {
  const draft = draftOf(document, now);
  return { ...document, draft: { ...draft, step: Math.max(0, Math.floor(step)), updatedAt: now } };
}

/** Records the answer to the optional role question ("prefer-not-to-say" included). */
export function setRole(document: AssessmentDocument, role: RoleAnswer, now: string): AssessmentDocument {
  const draft = draftOf(document, now);
  return { ...document, draft: { ...draft, role, updatedAt: now } };
}

/**
 * Adds time spent on one step (seconds, as the island measured it while the step was shown).
 * Time adds up, so leaving a step and coming back counts both visits.
 */
export function addStepTime(document: AssessmentDocument, dimensionId: string, seconds: number, now: string): AssessmentDocument {
  if (!(seconds > 0) || !Number.isFinite(seconds)) return document;
  const draft = draftOf(document, now);
  const stepSeconds = { ...draft.stepSeconds, [dimensionId]: (draft.stepSeconds?.[dimensionId] ?? 0) + seconds };
  return { ...document, draft: { ...draft, stepSeconds, updatedAt: now } };
}

/** The seed a draft's order comes from: its own, or one derived from its start time for older drafts. */
export function draftSeed(draft: Draft): number {
  return draft.seed ?? seedFromText(draft.startedAt);
}

/** One step's statements in this person's order: shuffled by the draft's seed, the same on every reload. */
export function stepItems(instrument: Instrument, dimensionId: string, draft: Draft): Item[] {
  return shuffled(lookup(instrument).itemsByDimension.get(dimensionId) ?? [], draftSeed(draft), dimensionId);
}

export type DraftFit =
  | { readonly fits: true }
  /** Begun under version `draftVersion` of the statements; they are at `currentVersion` now. */
  | { readonly fits: false; readonly reason: 'other-version'; readonly draftVersion: number; readonly currentVersion: number };

/**
 * Whether a draft can be resumed with this instrument. A draft started under another version
 * answered other statements; it cannot be finished, only discarded (its answers are not scored).
 * A draft without a recorded version (saved before drafts had one, or begun by a first answer)
 * fits when every statement it answers is one of today’s.
 */
export function draftFits(draft: Draft, instrument: Instrument): DraftFit {
  const { itemsById } = lookup(instrument);
  const fits =
    draft.instrumentVersion === undefined
      ? Object.keys(draft.answers).every((id) => itemsById.has(id))
      : draft.instrumentVersion === instrument.version;
  if (fits) return { fits: true };
  return { fits: false, reason: 'other-version', draftVersion: draft.instrumentVersion ?? 1, currentVersion: instrument.version };
}
