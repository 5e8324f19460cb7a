import { z } from 'zod';
import { SUPPRESSED } from './limits.ts';

/**
 * An organization norm: the disclosure-controlled figures of one team report, kept in
 * content/norms/*.yaml and shown on results as reference points. It never holds an individual
 * result: only n, medians, quartiles (from the spread minimum) and band counts with small cells
 * suppressed. Rules that need the site (instrument, thresholds) are in `validate.ts`.
 */

export { SMALLEST_SHOWN_COUNT, SPREAD_MINIMUM, SUPPRESSED } from './limits.ts';

const score = z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100');
const idText = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens');

export const normAttributeSchema = z
  .object({
    /** The attribute’s id in the instrument. */
    id: idText,
    median: score,
    /** First and third quartile: the middle half of the team. Only when n reaches the spread minimum. */
    quartiles: z.tuple([score, score]).optional(),
    /** How many results had this attribute in each band; counts under 3 are written as "fewer than 3". */
    bands: z.record(idText, z.union([z.number().int('must be a whole number'), z.literal(SUPPRESSED)])).default({}),
  })
  .strict();

/** YAML readers differ: an unquoted 2026-09-30 may arrive as a Date. Either way it becomes YYYY-MM-DD. */
const dateText = z.union([z.string(), z.date()]).transform((value) => (value instanceof Date ? (Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10)) : value));

export const normSchema = z
  .object({
    /** Shown in the choice between norms, e.g. "Whole organization, Q3". */
    name: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
    /** The day the team report was made (no time of day). */
    date: dateText,
    /** Results behind the figures. */
    n: z.number().int('must be a whole number'),
    instrument: z.object({ id: idText, version: z.number().int().positive() }).strict(),
    /** Where the figures come from, or that they are illustrative. */
    note: z.string().max(400).optional(),
    attributes: z.array(normAttributeSchema).min(1, 'must list at least one attribute'),
  })
  .strict();

export type NormAttribute = z.infer<typeof normAttributeSchema>;
export type Norm = z.infer<typeof normSchema>;

/**
 * The content collection only takes the file as a map: the full check runs in
 * src/norms/site-norms.ts, which can name the line of each problem (a collection schema cannot).
 */
export const normFileSchema = z.record(z.string(), z.unknown());
