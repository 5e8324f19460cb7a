/** An attribute with enough answers to be scored. */
export interface ScoredAttribute {
  readonly dimension: string;
  readonly status: 'scored';
  /** 0–100, kept to six decimals; round for display only. */
  readonly score: number;
  /** Id of the band the score falls into. */
  readonly band: string;
  /** Items answered on the scale ("Not sure" and skipped items do not count). */
  readonly answered: number;
  readonly itemCount: number;
}

/** Fewer than half of the attribute's items were answered: no number is given, on purpose. */
export interface UnscoredAttribute {
  readonly dimension: string;
  readonly status: 'not-enough-answers';
  readonly answered: number;
  readonly itemCount: number;
  /** How many answers the attribute needs before it can be scored. */
  readonly needed: number;
}

export type AttributeScore = ScoredAttribute | UnscoredAttribute;

/** Why the overall band was lowered by a critical attribute. */
export interface CriticalCap {
  /** Ids of the critical attributes in the lowest band. */
  readonly dimensions: readonly string[];
  /** A sentence for the results page. */
  readonly reason: string;
}

export type OverallScore =
  | {
      readonly status: 'scored';
      /** Weighted mean of the scored attributes, 0–100. */
      readonly score: number;
      /** The band after the critical gate. */
      readonly band: string;
      /** The band the score alone would give. */
      readonly uncappedBand: string;
      /** Present when a critical attribute lowered the band. */
      readonly cap: CriticalCap | null;
    }
  | { readonly status: 'not-enough-answers' };

export interface ResultScores {
  /** In instrument order. */
  readonly attributes: readonly AttributeScore[];
  readonly overall: OverallScore;
  /** Plain sentences about anything that limits the result (e.g. a critical attribute unscored). */
  readonly notes: readonly string[];
}
