import { strengthThreshold } from '../instrument/bands.ts';
import { lookup } from '../instrument/lookup.ts';
import type { ChapterLink, Instrument } from '../instrument/schema.ts';
import type { ResultScores, ScoredAttribute } from '../scoring/types.ts';

/** What to read and try next for one attribute. */
export interface AttributeAdvice {
  readonly dimension: string;
  readonly name: string;
  readonly score: number;
  readonly band: string;
  /** The instrument's paragraph for this attribute in this band ('' if the author left it out). */
  readonly text: string;
  /** The chapter about the attribute, opened at its plays. */
  readonly chapter: ChapterLink;
  /** The link the advice itself points to (a play, usually). */
  readonly link: ChapterLink;
  /** Every play listed for the attribute, as links into its chapter. */
  readonly plays: readonly ChapterLink[];
}

export interface AdviceReport {
  /** Every scored attribute, weakest first; ties keep the instrument's order. */
  readonly priorities: readonly AttributeAdvice[];
  /** Up to `maxStrengths` attributes at or above the strength threshold, strongest first. */
  readonly strengths: readonly AttributeAdvice[];
  /** Attributes with too few answers to advise on, in instrument order. */
  readonly notScored: readonly string[];
}

export interface AdviceOptions {
  /** How many strengths to name. Default 3. */
  readonly maxStrengths?: number;
}

export function adviseFrom(instrument: Instrument, scores: ResultScores, options: AdviceOptions = {}): AdviceReport {
  const { dimensionsById } = lookup(instrument);
  const order = new Map(instrument.dimensions.map((d, index) => [d.id, index]));
  const scored = scores.attributes.filter(
    (a): a is ScoredAttribute => a.status === 'scored' && dimensionsById.has(a.dimension),
  );

  const toAdvice = (attribute: ScoredAttribute): AttributeAdvice => {
    const dimension = dimensionsById.get(attribute.dimension);
    const chapter = dimension?.chapter ?? attribute.dimension;
    const entry = instrument.advice.find((a) => a.dimension === attribute.dimension && a.band === attribute.band);
    const chapterLink = { chapter, anchor: 'plays' };
    return {
      dimension: attribute.dimension,
      name: dimension?.name ?? attribute.dimension,
      score: attribute.score,
      band: attribute.band,
      text: entry?.text ?? '',
      chapter: chapterLink,
      link: entry?.link ?? chapterLink,
      plays: (dimension?.plays ?? []).map((anchor) => ({ chapter, anchor })),
    };
  };
  const position = (a: ScoredAttribute): number => order.get(a.dimension) ?? 0;

  // Array.prototype.sort is stable, but the explicit tie-break keeps the rule visible.
  const weakestFirst = [...scored].sort((a, b) => a.score - b.score || position(a) - position(b));
  const threshold = strengthThreshold(instrument);
  const strongestFirst = scored
    .filter((a) => a.score >= threshold)
    .sort((a, b) => b.score - a.score || position(a) - position(b))
    .slice(0, options.maxStrengths ?? 3);

  return {
    priorities: weakestFirst.map(toAdvice),
    strengths: strongestFirst.map(toAdvice),
    notScored: scores.attributes.filter((a) => a.status !== 'scored').map((a) => a.dimension),
  };
}
