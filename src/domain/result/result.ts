// zod/mini: this schema ships to the browser, where the full zod API would triple the bundle.
import * as z from 'zod/mini';
import { hashText } from '../text/hash.ts';
import { DONT_KNOW, NOT_APPLICABLE, type Answers, type AnswerValue } from './answers.ts';
import { ROLES } from './role.ts';
import { scoresSchema } from './scores-schema.ts';

/** An ISO 8601 timestamp, as `Date.prototype.toISOString()` writes it (an offset is accepted too). */
export const timestampSchema = z.iso.datetime({ offset: true });

/** Which instrument, and which version of its items, a result answered. */
export const instrumentRefSchema = z.object({
  id: z.string().check(z.minLength(1)),
  version: z.int().check(z.positive()),
});

/**
 * One stored answer. Values are checked loosely here (whole numbers or an outside answer);
 * scoring ignores anything outside the statement's scale, and import checks the exact range so
 * it can name the statement. Version 1 stored "Not sure" as `null`: it is read as "dont-know".
 */
export const storedAnswerSchema = z.pipe(
  z.union([z.int().check(z.minimum(1), z.maximum(100)), z.literal(DONT_KNOW), z.literal(NOT_APPLICABLE), z.null()]),
  z.transform((value): AnswerValue => value ?? DONT_KNOW),
);

/** Answers as stored on this device or in an exported file. */
export const storedAnswersSchema = z.record(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)), storedAnswerSchema);

export const roleSchema = z.enum(ROLES);

/** Seconds spent on each step of the check, keyed by attribute id; for the "answered very fast" hint only. */
export const stepSecondsSchema = z.record(z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)), z.number().check(z.minimum(0)));

export const completedResultSchema = z.object({
  /** Stable id; see `resultId`. */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  completedAt: timestampSchema,
  /** Optional plain-text label the user gave the result; never filled in automatically. */
  label: z.exactOptional(z.string().check(z.maxLength(400))),
  instrument: instrumentRefSchema,
  /** Absent when the person did not say or preferred not to. */
  role: z.exactOptional(roleSchema),
  answers: storedAnswersSchema,
  stepSeconds: z.exactOptional(stepSecondsSchema),
  /** Scores as computed when the result was completed (or imported); version-1 results keep theirs. */
  scores: scoresSchema,
});

export type InstrumentRef = z.infer<typeof instrumentRefSchema>;
export type CompletedResult = z.infer<typeof completedResultSchema>;
export type StepSeconds = z.infer<typeof stepSecondsSchema>;

/**
 * Answers as canonical text: keys sorted, so the same answers always give the same text.
 * "Don’t know" is written as version 1 wrote "Not sure" (null), so a version-1 result read
 * today still has the id it was saved with.
 */
function canonicalAnswers(answers: Answers): string {
  return JSON.stringify(Object.keys(answers).sort().map((key) => [key, answers[key] === DONT_KNOW ? null : (answers[key] ?? null)]));
}

/**
 * The content identity of a result: the same completion time and the same answers give the same
 * id, so importing one file twice, or a file exported from another browser, keeps one copy.
 */
export function resultId(completedAt: string, answers: Answers): string {
  return `r-${hashText(`${completedAt}\u0000${canonicalAnswers(answers)}`)}`;
}
