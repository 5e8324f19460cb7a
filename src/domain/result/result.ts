// zod/mini: this schema ships to the browser, where the full zod API would triple the bundle.
import * as z from 'zod/mini';
import { hashText } from '../text/hash.ts';
import type { Answers } from './answers.ts';
import { scoresSchema } from './scores-schema.ts';

/** An ISO 8601 timestamp, as `Date.prototype.toISOString()` writes it (an offset is accepted too). */
export const timestampSchema = z.iso.datetime({ offset: true });

/** Which instrument, and which version of its items, a result answered. */
export const instrumentRefSchema = z.object({
  id: z.string().check(z.minLength(1)),
  version: z.int().check(z.positive()),
});

/**
 * Answers as stored on this device. Values are checked loosely here (whole numbers or null);
 * scoring ignores anything outside the instrument's scale, and import checks the exact range
 * so it can name the item.
 */
export const storedAnswersSchema = z.record(
  z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  z.nullable(z.int().check(z.minimum(1), z.maximum(100))),
);

export const completedResultSchema = z.object({
  /** Stable id; see `resultId`. */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  completedAt: timestampSchema,
  /** Optional plain-text label the user gave the result; never filled in automatically. */
  label: z.exactOptional(z.string().check(z.maxLength(400))),
  instrument: instrumentRefSchema,
  answers: storedAnswersSchema,
  /** Scores as computed when the result was completed (or imported). */
  scores: scoresSchema,
});

export type InstrumentRef = z.infer<typeof instrumentRefSchema>;
export type CompletedResult = z.infer<typeof completedResultSchema>;

/** Answers as canonical text: keys sorted, so the same answers always give the same text. */
function canonicalAnswers(answers: Answers): string {
  return JSON.stringify(Object.keys(answers).sort().map((key) => [key, answers[key] ?? null]));
}

/**
 * The content identity of a result: the same completion time and the same answers give the same
 * id, so importing one file twice, or a file exported from another browser, keeps one copy.
 */
export function resultId(completedAt: string, answers: Answers): string {
  return `r-${hashText(`${completedAt}\u0000${canonicalAnswers(answers)}`)}`;
}
