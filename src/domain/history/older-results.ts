import { lookup } from '../instrument/lookup.ts';
import type { Instrument } from '../instrument/schema.ts';
import type { Answers } from '../result/answers.ts';
import type { CompletedResult } from '../result/result.ts';
import { scoreAnswers } from '../scoring/score.ts';
import type { ResultScores } from '../scoring/types.ts';

export type OpenedResult =
  | {
      readonly ok: true;
      readonly result: CompletedResult;
      /** Scores under the current instrument (items, weights and bands as they are now). */
      readonly scores: ResultScores;
      /** Answers to items the current instrument no longer has; they are not counted. */
      readonly droppedItems: readonly string[];
      /** Plain sentences, e.g. that the result was recomputed for a newer version. */
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly reason: 'different-instrument'; readonly message: string };

/** Only the answers to items that still exist; item ids are stable across versions. */
export function answersForCurrentItems(instrument: Instrument, answers: Answers): { kept: Answers; dropped: string[] } {
  const { itemsById } = lookup(instrument);
  const kept: Record<string, number | null> = {};
  const dropped: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    if (itemsById.has(id)) kept[id] = value;
    else dropped.push(id);
  }
  return { kept, dropped };
}

/**
 * Opens a stored result under the current instrument. A result saved under another version
 * still opens: its scores are recomputed from the items that still exist, and a note says so.
 */
export function openResult(instrument: Instrument, result: CompletedResult): OpenedResult {
  if (result.instrument.id !== instrument.id) {
    return {
      ok: false,
      reason: 'different-instrument',
      message: `This result answers "${result.instrument.id}", not "${instrument.title}", so it cannot be shown here.`,
    };
  }
  const { kept, dropped } = answersForCurrentItems(instrument, result.answers);
  const scores = scoreAnswers(instrument, kept);
  const notes: string[] = [];
  if (result.instrument.version !== instrument.version) {
    const unanswered = instrument.items.filter((item) => !(item.id in kept)).length;
    notes.push(
      `This result was saved with version ${result.instrument.version} of the questions; they are now at version ${instrument.version}. ` +
        'Its scores were recomputed from the questions that still exist' +
        (dropped.length > 0 ? `; ${dropped.length} answer${dropped.length === 1 ? '' : 's'} to removed questions ${dropped.length === 1 ? 'is' : 'are'} not counted` : '') +
        (unanswered > 0 ? `, and ${unanswered} newer question${unanswered === 1 ? ' was' : 's were'} not part of it` : '') +
        '.',
    );
  }
  return { ok: true, result, scores, droppedItems: dropped, notes };
}
