import type { AnswerValue } from '../result/answers.ts';
import type { AssessmentDocument, Draft } from '../storage/document.ts';

/**
 * Pure updates of the assessment in progress. Each returns a new document and leaves the one
 * passed in unchanged, so an island can keep showing it if saving fails.
 */

function draftOf(document: AssessmentDocument, now: string): Draft {
  return document.draft ?? { answers: {}, step: 0, startedAt: now, updatedAt: now };
}

/** Records one answer (a scale value, or NOT_SURE), starting a draft if there is none. */
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
