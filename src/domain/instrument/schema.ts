import { z } from 'zod';

/**
 * The shape of an assessment instrument: the questions, the scale, the attributes they measure,
 * the bands a score falls into and the advice for each attribute in each band.
 *
 * This schema checks structure only. Rules that span fields (every item points to a known
 * dimension, bands cover 0–100 without gaps, advice links exist in the playbook) live in
 * `validate.ts`, because they need the playbook's chapters and should fail with a sentence an
 * editor understands rather than a zod issue code.
 */

/** Lower-case words joined by hyphens. Also keeps ids such as `__proto__` out of answer maps. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens, like "trust-3".');

export const scalePointSchema = z.object({
  /** The number stored in answers; points run 1, 2, 3 … without holes (checked in validate.ts). */
  value: z.number().int(),
  /** What the respondent sees, e.g. "Strongly agree". */
  label: z.string().min(1),
});

export const scaleSchema = z.object({
  /** Ordered from the strongest disagreement (value 1) to the strongest agreement. */
  points: z.array(scalePointSchema).min(2),
  /**
   * The "Not sure" option. It is stored as `null` in answers and counts as no answer;
   * an item that was never reached is simply absent from the answers.
   */
  notSure: z.object({ label: z.string().min(1) }),
});

export const dimensionSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** One line shown under the attribute's name on the results page. */
  summary: z.string().min(1),
  /** Slug of the playbook chapter this attribute links to. */
  chapter: z.string().min(1),
  /** Share of the overall score; must be positive (checked in validate.ts with a plain sentence). */
  weight: z.number().default(1),
  /** A critical attribute in the lowest band caps the overall band at the lowest band. */
  critical: z.boolean().default(false),
  /** Play ids (anchors in the chapter) offered with this attribute's advice. */
  plays: z.array(z.string().min(1)).default([]),
});

export const itemSchema = z.object({
  id: idSchema,
  /** Id of the dimension (attribute) this statement measures. */
  dimension: z.string().min(1),
  /** The statement, describing observable behaviour in a time frame. */
  text: z.string().min(1),
  /** True when agreeing with the statement signals a weaker culture; the answer is flipped. */
  reverse: z.boolean().default(false),
});

export const bandSchema = z.object({
  id: idSchema,
  /** e.g. "Ready to pilot". */
  label: z.string().min(1),
  /** Inclusive lower bound on the 0–100 scale. */
  min: z.number(),
  /** Exclusive upper bound, except for the band that ends at 100, which includes 100. */
  max: z.number(),
  /** Two or three sentences about what to do in this band. */
  guidance: z.string().min(1),
});

export const chapterLinkSchema = z.object({
  /** Playbook chapter slug. */
  chapter: z.string().min(1),
  /** A play id or heading anchor inside that chapter. */
  anchor: z.string().min(1),
});

export const adviceSchema = z.object({
  dimension: z.string().min(1),
  band: z.string().min(1),
  text: z.string().min(1),
  link: chapterLinkSchema,
});

export const instrumentSchema = z.object({
  id: idSchema,
  /** Rises whenever items change, so stored results can tell which questions they answered. */
  version: z.number().int().positive(),
  title: z.string().min(1),
  introduction: z.string().min(1),
  estimatedMinutes: z.number().positive(),
  scale: scaleSchema,
  dimensions: z.array(dimensionSchema).min(1),
  items: z.array(itemSchema).min(1),
  bands: z.array(bandSchema).min(1),
  advice: z.array(adviceSchema).default([]),
});

export type ScalePoint = z.infer<typeof scalePointSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Band = z.infer<typeof bandSchema>;
export type ChapterLink = z.infer<typeof chapterLinkSchema>;
export type Advice = z.infer<typeof adviceSchema>;
/** A parsed instrument (defaults applied). */
export type Instrument = z.infer<typeof instrumentSchema>;
/** What an author may write before defaults are applied. */
export type InstrumentInput = z.input<typeof instrumentSchema>;
