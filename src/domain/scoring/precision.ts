import type { AnswerCounts, ScoreRange } from './types.ts';

const SPREAD_WORDS: Readonly<Record<ScoreRange['spread'], string>> = {
  close: 'that agree closely',
  mixed: 'that vary',
  wide: 'that vary widely',
};

/**
 * An attribute's precision in plain words, e.g. "Likely between 41 and 66: 4 answers that vary."
 * Version-1 results have no range and say so.
 */
export function rangeInWords(range: ScoreRange | null, counts: Pick<AnswerCounts, 'scored'>): string {
  const answers = `${counts.scored} answer${counts.scored === 1 ? '' : 's'}`;
  if (!range) return `From ${answers}; results saved under version 1 have no range.`;
  return `Likely between ${range.low} and ${range.high}: ${answers} ${SPREAD_WORDS[range.spread]}.`;
}

/** The counts outside the score in plain words, e.g. "2 “Don’t know”, 1 “Doesn’t apply”"; '' when there are none. */
export function outsideCountsInWords(counts: AnswerCounts, labels: { readonly dontKnow: string; readonly notApplicable: string }): string {
  const parts: string[] = [];
  if (counts.dontKnow > 0) parts.push(`${counts.dontKnow} “${labels.dontKnow}”`);
  if (counts.notApplicable > 0) parts.push(`${counts.notApplicable} “${labels.notApplicable}”`);
  if (counts.unanswered > 0) parts.push(`${counts.unanswered} not answered`);
  return parts.join(', ');
}
