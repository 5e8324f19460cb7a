import * as z from 'zod/mini';
import type { ResultScores } from '../scoring/types.ts';

const score = z.number().check(z.minimum(0), z.maximum(100));
const count = z.int().check(z.minimum(0));

const attributeScoreSchema = z.discriminatedUnion('status', [
  z.object({
    dimension: z.string().check(z.minLength(1)),
    status: z.literal('scored'),
    score,
    band: z.string(),
    answered: count,
    itemCount: count,
  }),
  z.object({
    dimension: z.string().check(z.minLength(1)),
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
    cap: z.nullable(z.object({ dimensions: z.array(z.string()), reason: z.string() })),
  }),
  z.object({ status: z.literal('not-enough-answers') }),
]);

/** Checks stored or imported scores, so a damaged number never reaches the results page. */
export const scoresSchema: z.ZodMiniType<ResultScores> = z.object({
  attributes: z.array(attributeScoreSchema),
  overall: overallScoreSchema,
  notes: z.array(z.string()),
});
