import type { Instrument } from '../instrument/schema.ts';
import { scoreAnswers } from '../scoring/score.ts';
import type { Answers } from './answers.ts';
import { resultId, type CompletedResult } from './result.ts';

/** A completed result of `answers` given at `completedAt`, scored by `instrument`: what the history keeps. */
export function scoredResult(instrument: Instrument, answers: Answers, completedAt: string): CompletedResult {
  return {
    id: resultId(completedAt, answers),
    completedAt,
    instrument: { id: instrument.id, version: instrument.version },
    answers,
    scores: scoreAnswers(instrument, answers),
  };
}
