import type { Instrument } from '../instrument/schema.ts';
import type { CompletedResult } from '../result/result.ts';
import { scoreAnswers } from '../scoring/score.ts';
import type { AttributeScore, OverallScore, ResultScores, ScoresV1, StoredScores } from '../scoring/types.ts';

export type OpenedResult =
  | {
      readonly ok: true;
      readonly result: CompletedResult;
      /**
       * Scores to show. For the current version they are computed now; a result of another
       * version keeps the scores stored with it (a version-1 result's in today's shape, with no range).
       */
      readonly scores: ResultScores;
      /**
       * True when the result answered another version (`result.instrument.version`, earlier or
       * later than the instrument's): show it marked so, and never join it to a trend.
       */
      readonly otherVersion: boolean;
    }
  /** The result answers another instrument, whose id is `found`: it cannot be shown with this one. */
  | { readonly ok: false; readonly reason: 'different-instrument'; readonly found: string };

export function isScoresV1(scores: StoredScores): scores is ScoresV1 {
  return scores.method !== 2;
}

/**
 * Version-1 scores in today's shape, numbers and bands unchanged. Version 1 had no range, no
 * "Doesn’t apply" and no coverage rule: its "Not sure" answers are counted as "Don’t know", and
 * an overall score it could not give is reported as missing every attribute it could not score
 * (with `needed: 1`, which the page reads as "too few answers for an overall score"). Its notes
 * are the sentences it was saved with.
 */
export function scoresFromV1(stored: ScoresV1): ResultScores {
  const attributes: AttributeScore[] = stored.attributes.map((a) => {
    const counts = { statements: a.itemCount, scored: a.answered, dontKnow: Math.max(0, a.itemCount - a.answered), notApplicable: 0, unanswered: 0 };
    return a.status === 'scored'
      ? { dimension: a.dimension, status: 'scored', score: a.score, band: a.band, range: null, clearBand: false, counts }
      : { dimension: a.dimension, status: 'not-enough-answers', counts, needed: a.needed, cause: 'dont-know' };
  });
  const scored = attributes.filter((a) => a.status === 'scored').length;
  const overall: OverallScore =
    stored.overall.status === 'scored'
      ? {
          status: 'scored',
          score: stored.overall.score,
          band: stored.overall.band,
          uncappedBand: stored.overall.uncappedBand,
          cap: stored.overall.cap && { dimensions: stored.overall.cap.dimensions },
          scoredAttributes: scored,
        }
      : { status: 'not-enough-attributes', scoredAttributes: scored, needed: 1, missing: attributes.filter((a) => a.status !== 'scored').map((a) => a.dimension) };
  return { method: 2, attributes, overall, gate: [], notes: stored.notes };
}

/**
 * Opens a stored result. A result of the current version is scored now. A result of another
 * version opens with the scores it was saved with, marked as such: its statements differ from
 * today's, so rescoring it with today's statements would invent answers it never gave.
 */
export function openResult(instrument: Instrument, result: CompletedResult): OpenedResult {
  if (result.instrument.id !== instrument.id) {
    return { ok: false, reason: 'different-instrument', found: result.instrument.id };
  }
  if (result.instrument.version === instrument.version) {
    return { ok: true, result, scores: scoreAnswers(instrument, result.answers), otherVersion: false };
  }
  const stored = result.scores;
  return { ok: true, result, scores: isScoresV1(stored) ? scoresFromV1(stored) : stored, otherVersion: true };
}
