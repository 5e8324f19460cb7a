import { z } from 'zod';

/**
 * The shape of a readiness instrument (version 2 of the format): one time window, two answer
 * scales (how often something was seen; how far a perception is shared), two answers outside
 * the scale, the statements with what each observes and the play that moves it, the scoring
 * settings, the bands a score falls into and the advice for each attribute in each band.
 *
 * This schema checks structure only. Rules that span fields (every statement points to a known
 * attribute and a play in its chapter, mirror pairs are declared both ways, bands cover 0–100
 * without gaps) live in `validate.ts`, because they need the playbook's chapters and should
 * fail with a sentence an editor understands rather than a zod issue code.
 */

/** Lower-case words joined by hyphens. Also keeps ids such as `__proto__` out of answer maps. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens, like "trust-3".');

export const scalePointSchema = z.object({
  /** The number stored in answers; points run 1, 2, 3 … without holes (checked in validate.ts). */
  value: z.number().int(),
  /** What the respondent sees, e.g. "Often". */
  label: z.string().min(1),
});

/** How a statement is answered: how often something was seen, or how far one agrees with a perception. */
export const FORMATS = ['frequency', 'agreement'] as const;
export const formatSchema = z.enum(FORMATS);

export const scaleSchema = z.object({
  /** The question the scale answers, shown above its points, e.g. "How often?". */
  question: z.string().min(1),
  /** From the weakest (value 1: Never, Strongly disagree) to the strongest. */
  points: z.array(scalePointSchema).min(2),
});

export const scalesSchema = z.object({
  /** For events and behaviour: Never … Always. Required when any statement uses it (validate.ts). */
  frequency: scaleSchema.optional(),
  /** For perceptions: Strongly disagree … Strongly agree. */
  agreement: scaleSchema.optional(),
});

/** The two answers outside the scale. Neither counts in a score; both are counted and shown. */
export const outsideAnswersSchema = z.object({
  /** "Don’t know": the respondent cannot see it. Stored as "dont-know". */
  dontKnow: z.object({ label: z.string().min(1) }),
  /** "Doesn’t apply here / no occasion": nothing happened that the statement could describe. Stored as "not-applicable". */
  notApplicable: z.object({ label: z.string().min(1) }),
});

/** The period every statement is answered for. One window, equal to the playbook's retest interval. */
export const timeWindowSchema = z.object({
  /** As it reads inside a sentence: "the last three months". */
  label: z.string().min(1),
  /** The same period in months, so the playbook can say "retest every 3 months" from it. */
  months: z.number().int().positive(),
});

export const scoringSettingsSchema = z.object({
  /** An attribute gets a score only with at least this many answers on the scale. */
  minimumScoredAnswers: z.number().int().positive().default(3),
  /** The overall band is given only when at least this many attributes are scored. */
  minimumScoredAttributes: z.number().int().positive().default(6),
  /** Seconds per statement below which a step counts as "answered very fast" (a hint, never a penalty). */
  fastAnswerSeconds: z.number().positive().default(2),
});

export const SUBJECTS = ['me', 'team', 'manager', 'senior-leaders'] as const;
/** Whose behaviour a statement is about; each statement keeps to one. */
export const subjectSchema = z.enum(SUBJECTS);

export const dimensionSchema = z.object({
  id: idSchema,
  /** The attribute's name, shown with the results ("Executive buy-in"). */
  name: z.string().min(1),
  /** The neutral heading of its step in the check: a topic, not the ideal ("Senior leaders"). */
  topic: z.string().min(1),
  /** One line shown with the attribute on the results page (never while answering). */
  summary: z.string().min(1),
  /** Slug of the playbook chapter this attribute links to. */
  chapter: z.string().min(1),
  /** Share of the overall score; must be positive (checked in validate.ts with a plain sentence). */
  weight: z.number().default(1),
  /** A critical attribute clearly in the lowest band, or unknown, keeps the overall result out of the top band. */
  critical: z.boolean().default(false),
  /** Play ids (anchors in the chapter) offered with this attribute's advice. */
  plays: z.array(z.string().min(1)).default([]),
});

export const itemSchema = z.object({
  id: idSchema,
  /** Id of the dimension (attribute) this statement measures. */
  dimension: z.string().min(1),
  /** The statement: one observable idea, answered for the instrument's time window. */
  text: z.string().min(1),
  /** Which scale answers it. */
  format: formatSchema,
  /** Whose behaviour it describes. */
  subject: subjectSchema,
  /** True when a high answer signals a weaker culture; the answer is flipped before scoring. */
  reverse: z.boolean().default(false),
  /** Id of the statement that says the opposite, declared on both; only such pairs can "contradict". */
  mirror: idSchema.optional(),
  /** One line: the behaviour the statement observes. */
  observes: z.string().min(1),
  /** Id of the play (in the attribute's chapter) that moves this statement. */
  play: z.string().min(1),
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
  /** Rises whenever statements change; results of different versions are never compared. */
  version: z.number().int().positive(),
  title: z.string().min(1),
  introduction: z.string().min(1),
  estimatedMinutes: z.number().positive(),
  window: timeWindowSchema,
  scales: scalesSchema,
  outsideAnswers: outsideAnswersSchema,
  scoring: scoringSettingsSchema.default({ minimumScoredAnswers: 3, minimumScoredAttributes: 6, fastAnswerSeconds: 2 }),
  dimensions: z.array(dimensionSchema).min(1),
  items: z.array(itemSchema).min(1),
  bands: z.array(bandSchema).min(1),
  advice: z.array(adviceSchema).default([]),
});

export type ScalePoint = z.infer<typeof scalePointSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Format = z.infer<typeof formatSchema>;
export type Subject = z.infer<typeof subjectSchema>;
export type TimeWindow = z.infer<typeof timeWindowSchema>;
export type OutsideAnswers = z.infer<typeof outsideAnswersSchema>;
export type ScoringSettings = z.infer<typeof scoringSettingsSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Band = z.infer<typeof bandSchema>;
export type ChapterLink = z.infer<typeof chapterLinkSchema>;
export type Advice = z.infer<typeof adviceSchema>;
/** A parsed instrument (defaults applied). */
export type Instrument = z.infer<typeof instrumentSchema>;
/** What an author may write before defaults are applied. */
export type InstrumentInput = z.input<typeof instrumentSchema>;
