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
      /** True when the result answered another version: show it marked so, and never join it to a trend. */
      readonly otherVersion: boolean;
      /** Plain sentences, e.g. that the result was saved under an earlier version. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly reason: 'different-instrument'; readonly message: string };

export function isScoresV1(scores: StoredScores): scores is ScoresV1 {
  return scores.method !== 2;
}

/**
 * Version-1 scores in today's shape, numbers and bands unchanged. Version 1 had no range, no
 * "Doesn’t apply" and no coverage rule: its "Not sure" answers are counted as "Don’t know", and
 * an overall score it could not give is reported as missing every attribute it could not score.
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
      ? { status: 'scored', score: stored.overall.score, band: stored.overall.band, uncappedBand: stored.overall.uncappedBand, cap: stored.overall.cap, scoredAttributes: scored }
      : {
          status: 'not-enough-attributes',
          scoredAttributes: scored,
          needed: 1,
          missing: attributes.filter((a) => a.status !== 'scored').map((a) => a.dimension),
          message: 'This earlier result had too few answers for an overall score.',
        };
  return { method: 2, attributes, overall, gate: [], notes: stored.notes };
}

/**
 * Opens a stored result. A result of the current version is scored now. A result of another
 * version opens with the scores it was saved with, marked as such: its statements differ from
 * today's, so rescoring it with today's statements would invent answers it never gave.
 */
export function openResult(instrument: Instrument, result: CompletedResult): OpenedResult {
  if (result.instrument.id !== instrument.id) {
    return {
      ok: false,
      reason: 'different-instrument',
      message: `This result answers “${result.instrument.id}”, not “${instrument.title}”, so it cannot be shown here.`,
    };
  }
  if (result.instrument.version === instrument.version) {
    return { ok: true, result, scores: scoreAnswers(instrument, result.answers), otherVersion: false, notes: [] };
  }
  const stored = result.scores;
  const scores = isScoresV1(stored) ? scoresFromV1(stored) : stored;
  const when = result.instrument.version < instrument.version ? 'an earlier' : 'a later';
  return {
    ok: true,
    result,
    scores,
    otherVersion: true,
    notes: [
      `This result was saved under ${when} version of the readiness check (version ${result.instrument.version}; the check is now at version ${instrument.version}). ` +
        'It shows the scores it was saved with. Its statements and scoring differ from today’s, so it is not compared with results of the current version.',
    ],
  };
}
