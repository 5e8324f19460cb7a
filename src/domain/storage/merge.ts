import type { CompletedResult } from '../result/result.ts';
import type { AssessmentDocument, Draft } from './document.ts';

const byCompletion = (a: CompletedResult, b: CompletedResult) => Date.parse(a.completedAt) - Date.parse(b.completedAt);

/** A draft is finished when the other side holds a result completed after it was started. */
const finishedIn = (draft: Draft, history: readonly CompletedResult[]) =>
  history.some((result) => Date.parse(result.completedAt) >= Date.parse(draft.startedAt));

function mergeDrafts(stored: Draft | null, mine: Draft | null, document: { stored: AssessmentDocument; mine: AssessmentDocument }, mineWins: boolean): Draft | null {
  if (stored && mine) {
    // Version-2 extras (statement order, role, step times) follow the side whose answers win;
    // the order stays the one the earlier draft started with, so no statement moves under the reader.
    const earlier = Date.parse(mine.startedAt) < Date.parse(stored.startedAt) ? mine : stored;
    return {
      ...(mineWins ? stored : mine),
      ...(mineWins ? mine : stored),
      ...(earlier.seed === undefined ? {} : { seed: earlier.seed }),
      answers: mineWins ? { ...stored.answers, ...mine.answers } : { ...mine.answers, ...stored.answers },
      step: mineWins ? mine.step : stored.step,
      // Both are toISOString() timestamps, which sort as text.
      startedAt: mine.startedAt < stored.startedAt ? mine.startedAt : stored.startedAt,
      updatedAt: mine.updatedAt > stored.updatedAt ? mine.updatedAt : stored.updatedAt,
    };
  }
  if (mine) return finishedIn(mine, document.stored.history) ? null : mine;
  if (stored) return finishedIn(stored, document.mine.history) ? null : stored;
  return null;
}

/**
 * Two tabs of one browser write the same document. This combines what is stored with what this
 * tab holds, answer by answer, so that neither tab's answers are lost:
 * - draft answers: every answer of both; for an item both answered, `mineWins` decides (this
 *   tab's answer when it has not been saved yet, the stored one otherwise);
 * - history: every result of both, except those `removed` (deleted in the other tab since
 *   `before`, the value it replaced).
 */
export function mergeDocuments(
  stored: AssessmentDocument,
  mine: AssessmentDocument,
  options: { readonly mineWins: boolean; readonly before?: AssessmentDocument | null },
): AssessmentDocument {
  const storedIds = new Set(stored.history.map((r) => r.id));
  const removed = new Set((options.before?.history ?? []).map((r) => r.id).filter((id) => !storedIds.has(id)));
  const history = [...stored.history, ...mine.history.filter((r) => !storedIds.has(r.id) && !removed.has(r.id))].sort(byCompletion);
  return { ...stored, draft: mergeDrafts(stored.draft, mine.draft, { stored, mine }, options.mineWins), history };
}
