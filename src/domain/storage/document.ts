import * as z from 'zod/mini';
import { completedResultSchema, storedAnswersSchema, timestampSchema } from '../result/result.ts';
import { draftExtrasShape } from '../draft/draft-schema.ts';
import { CURRENT_SCHEMA_VERSION } from './empty-document.ts';

export { CURRENT_SCHEMA_VERSION, emptyDocument } from './empty-document.ts';

export const draftSchema = z.object({
  answers: storedAnswersSchema,
  /** Index of the step (page) the respondent was on, so they can resume where they left off. */
  step: z.int().check(z.minimum(0)),
  startedAt: timestampSchema,
  updatedAt: timestampSchema,
  ...draftExtrasShape,
});

export const assessmentDocumentSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  instrumentId: z.string().check(z.minLength(1)),
  /** The assessment in progress, or null between assessments. */
  draft: z.nullable(draftSchema),
  /** Completed results, oldest first. */
  history: z.array(completedResultSchema),
});

export type Draft = z.infer<typeof draftSchema>;
export type AssessmentDocument = z.infer<typeof assessmentDocumentSchema>;
