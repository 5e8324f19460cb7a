/**
 * Scores of one result under instrument format 2. `method: 2` tells them apart from the scores
 * stored with version-1 results (see `ScoresV1`), which are kept as they were computed.
 */

/** How the answers to one attribute's statements were given. */
export interface AnswerCounts {
  /** Statements the attribute has. */
  readonly statements: number;
  /** Answers on the scale: the only ones that count in the score. */
  readonly scored: number;
  readonly dontKnow: number;
  readonly notApplicable: number;
  /** Statements not reached (absent from the answers). */
  readonly unanswered: number;
}

/**
 * A rough range for a score from the number of scored answers and how far they spread: the
 * mean ± the spread divided by √answers, with a floor of half a scale step so that three equal
 * answers do not look exact. Not a statistical confidence interval; see the About page.
 */
export interface ScoreRange {
  /** 0–100, rounded to whole numbers. */
  readonly low: number;
  readonly high: number;
  /** How closely the answers agree: "close" (a step or less apart), "mixed", "wide" (two steps or more). */
  readonly spread: 'close' | 'mixed' | 'wide';
}

/** An attribute with enough scored answers. */
export interface ScoredAttribute {
  readonly dimension: string;
  readonly status: 'scored';
  /** 0–100, kept to six decimals; round for display only. */
  readonly score: number;
  /** Id of the band the score falls into. */
  readonly band: string;
  /** Null only for version-1 results, which were stored without one. */
  readonly range: ScoreRange | null;
  /** True when the whole range lies inside the score's band. */
  readonly clearBand: boolean;
  readonly counts: AnswerCounts;
}

/** Why an attribute has no score: what most of its unscored statements were answered with. */
export type MissingCause = 'dont-know' | 'not-applicable' | 'unanswered';

/** Fewer than the instrument's minimum of scored answers: no number is given, on purpose. */
export interface UnscoredAttribute {
  readonly dimension: string;
  readonly status: 'not-enough-answers';
  readonly counts: AnswerCounts;
  /** Scored answers needed (the instrument's `scoring.minimumScoredAnswers`). */
  readonly needed: number;
  readonly cause: MissingCause;
}

export type AttributeScore = ScoredAttribute | UnscoredAttribute;

/**
 * The critical gate, one entry per critical attribute:
 * - `clear`: scored and not clearly in the lowest band; nothing changes.
 * - `capped`: its whole range lies in the lowest band; the overall result cannot be in the top band.
 * - `unknown`: it could not be scored; the overall result cannot be in the top band either. With
 *   `cause: 'dont-know'` the results say first that not seeing it is itself a finding.
 */
export type GateCheck =
  | { readonly dimension: string; readonly status: 'clear' }
  | { readonly dimension: string; readonly status: 'capped' }
  | { readonly dimension: string; readonly status: 'unknown'; readonly cause: MissingCause };

/**
 * Why the overall band was lowered by the gate. Its words come from `gate`: each of these
 * attributes is there, `capped` (clearly in the lowest band) or `unknown`.
 */
export interface CriticalCap {
  /** Ids of the critical attributes that lowered it. */
  readonly dimensions: readonly string[];
}

export type OverallScore =
  | {
      readonly status: 'scored';
      /** Weighted mean of the scored attributes, 0–100. */
      readonly score: number;
      /** The band after the gate. */
      readonly band: string;
      /** The band the score alone would give. */
      readonly uncappedBand: string;
      /** Present when the gate lowered the band. */
      readonly cap: CriticalCap | null;
      readonly scoredAttributes: number;
    }
  | {
      /** Fewer attributes scored than `scoring.minimumScoredAttributes`: no overall band, on purpose. */
      readonly status: 'not-enough-attributes';
      readonly scoredAttributes: number;
      readonly needed: number;
      /** Ids of the attributes without a score, in instrument order. */
      readonly missing: readonly string[];
    };

export interface ResultScores {
  readonly method: 2;
  /** In instrument order. */
  readonly attributes: readonly AttributeScore[];
  readonly overall: OverallScore;
  readonly gate: readonly GateCheck[];
  /**
   * Sentences a version-1 result was saved with, shown as they were saved. Results scored now
   * carry none: what limits them is in `gate` and `overall`, put into words by the page.
   */
  readonly notes?: readonly string[];
}

/** Scores as version 1 stored them; kept so that older results open with the numbers they had. */
export interface ScoresV1 {
  /** Absent in what version 1 wrote. */
  readonly method?: 1;
  readonly attributes: readonly (
    | { readonly dimension: string; readonly status: 'scored'; readonly score: number; readonly band: string; readonly answered: number; readonly itemCount: number }
    | { readonly dimension: string; readonly status: 'not-enough-answers'; readonly answered: number; readonly itemCount: number; readonly needed: number }
  )[];
  readonly overall:
    | { readonly status: 'scored'; readonly score: number; readonly band: string; readonly uncappedBand: string; readonly cap: { readonly dimensions: readonly string[]; readonly reason: string } | null }
    | { readonly status: 'not-enough-answers' };
  readonly notes: readonly string[];
}

/** What a stored result may carry. */
export type StoredScores = ResultScores | ScoresV1;
