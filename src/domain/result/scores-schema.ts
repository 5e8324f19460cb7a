import { z } from 'zod';
import type { ResultScores } from '../scoring/types.ts';

const score = z.number().min(0).max(100);
const count = z.number().int().min(0);

const attributeScoreSchema = z.discriminatedUnion('status', [
  z.object({
    dimension: z.string().min(1),
    status: z.literal('scored'),
    score,
    band: z.string(),
    answered: count,
    itemCount: count,
  }),
  z.object({
    dimension: z.string().min(1),
    status: z.literal('not-enough-answers'),
    answered: count,
    itemCount: count,
    needed: count,
  }),
]);

const overallScoreSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('scored'),
    score,
    band: z.string(),
    uncappedBand: z.string(),
    cap: z.object({ dimensions: z.array(z.string()), reason: z.string() }).nullable(),
  }),
  z.object({ status: z.literal('not-enough-answers') }),
]);

/** Checks stored or imported scores, so a damaged number never reaches the results page. */
export const scoresSchema: z.ZodType<ResultScores> = z.object({
  attributes: z.array(attributeScoreSchema),
  overall: overallScoreSchema,
  notes: z.array(z.string()),
});
