import * as z from 'zod/mini';
import type { StoredScores } from '../scoring/types.ts';

const score = z.number().check(z.minimum(0), z.maximum(100));
const count = z.int().check(z.minimum(0));
const id = z.string().check(z.minLength(1));

const countsSchema = z.object({ statements: count, scored: count, dontKnow: count, notApplicable: count, unanswered: count });
const rangeSchema = z.object({ low: score, high: score, spread: z.enum(['close', 'mixed', 'wide']) });
const causeSchema = z.enum(['dont-know', 'not-applicable', 'unanswered']);

const attributeV2 = z.discriminatedUnion('status', [
  z.object({ dimension: id, status: z.literal('scored'), score, band: z.string(), range: z.nullable(rangeSchema), clearBand: z.boolean(), counts: countsSchema }),
  z.object({ dimension: id, status: z.literal('not-enough-answers'), counts: countsSchema, needed: count, cause: causeSchema }),
]);

/** Results saved before the engine returned codes also hold sentences (`reason`, `message`, `notes`): they are read and left out. */
const capSchema = z.nullable(z.object({ dimensions: z.array(z.string()) }));
/** Version 1 kept its sentence with the cap, and shows it as saved. */
const capV1Schema = z.nullable(z.object({ dimensions: z.array(z.string()), reason: z.string() }));

const overallV2 = z.discriminatedUnion('status', [
  z.object({ status: z.literal('scored'), score, band: z.string(), uncappedBand: z.string(), cap: capSchema, scoredAttributes: count }),
  z.object({ status: z.literal('not-enough-attributes'), scoredAttributes: count, needed: count, missing: z.array(z.string()) }),
]);

const gateSchema = z.discriminatedUnion('status', [
  z.object({ dimension: id, status: z.literal('clear') }),
  z.object({ dimension: id, status: z.literal('capped') }),
  z.object({ dimension: id, status: z.literal('unknown'), cause: causeSchema }),
]);

const scoresV2Schema = z.object({
  method: z.literal(2),
  attributes: z.array(attributeV2),
  overall: overallV2,
  gate: z.array(gateSchema),
});

/** The scores version 1 stored (without `method`); still read so that older results keep their numbers. */
const scoresV1Schema = z.object({
  method: z.exactOptional(z.literal(1)),
  attributes: z.array(
    z.discriminatedUnion('status', [
      z.object({ dimension: id, status: z.literal('scored'), score, band: z.string(), answered: count, itemCount: count }),
      z.object({ dimension: id, status: z.literal('not-enough-answers'), answered: count, itemCount: count, needed: count }),
    ]),
  ),
  overall: z.discriminatedUnion('status', [
    z.object({ status: z.literal('scored'), score, band: z.string(), uncappedBand: z.string(), cap: capV1Schema }),
    z.object({ status: z.literal('not-enough-answers') }),
  ]),
  notes: z.array(z.string()),
});

/**
 * Checks stored or imported scores of either method, so a damaged number never reaches the
 * results page. Told apart by `method`, so a problem is reported at the field that has it.
 */
export const scoresSchema: z.ZodMiniType<StoredScores> = z.discriminatedUnion('method', [scoresV2Schema, scoresV1Schema]);
