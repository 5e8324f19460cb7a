import type { AnswerQualityHint } from '../../domain/answer-quality/hints.ts';
import { bandLabel } from '../../domain/instrument/bands.ts';
import { lookup } from '../../domain/instrument/lookup.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { AnswerCounts, GateCheck, OverallScore, ResultScores, ScoreRange } from '../../domain/scoring/types.ts';
import type { MessageKey } from '../../i18n/en/index.ts';
import { andList, inSentence } from '../../i18n/prose.ts';
import type { Translate } from '../../i18n/translate.ts';

/**
 * The engine's scores in words, from the catalog: what the results page says about a range, the
 * gate, a missing overall band and what a figure rests on. The About page's worked example quotes
 * the results page with these same functions, so the two cannot drift apart.
 */
type T = Translate<MessageKey>;

/** An attribute's precision, e.g. "Likely between 41 and 66: 4 answers that vary."; version-1 results have no range and say so. */
export function rangeWords(t: T, range: ScoreRange | null, counts: Pick<AnswerCounts, 'scored'>): string {
  return range
    ? t(`results.range.${range.spread}`, { low: range.low, high: range.high, count: counts.scored })
    : t('results.range.none', { count: counts.scored });
}

/** What an attribute's figure rests on: "4 of 6 on the scale, 1 “Don’t know”, 1 not answered". */
export function basisWords(t: T, instrument: Instrument, counts: AnswerCounts): string {
  const parts = [t('common.basis', { scored: counts.scored, statements: counts.statements })];
  const { dontKnow, notApplicable } = instrument.outsideAnswers;
  if (counts.dontKnow > 0) parts.push(t('common.outsideCount', { count: counts.dontKnow, answer: dontKnow.label }));
  if (counts.notApplicable > 0) parts.push(t('common.outsideCount', { count: counts.notApplicable, answer: notApplicable.label }));
  if (counts.unanswered > 0) parts.push(t('common.notAnswered', { count: counts.unanswered }));
  return parts.join(', ');
}

/** The gate's note about one critical attribute that was clearly in the lowest band or could not be scored. */
export function gateNote(t: T, instrument: Instrument, gate: Exclude<GateCheck, { status: 'clear' }>, lang: string): string {
  const { dimensionsById, bandsInOrder } = lookup(instrument);
  const dimension = dimensionsById.get(gate.dimension);
  const values = { attribute: dimension?.name ?? gate.dimension, top: bandsInOrder.at(-1)?.label ?? '' };
  if (gate.status === 'capped') return t('common.gate.capped', { ...values, lowest: bandsInOrder[0]?.label ?? '' });
  if (gate.cause === 'dont-know') {
    return t('common.gate.unseen', { ...values, topic: inSentence(dimension?.topic ?? '', lang), dontKnow: instrument.outsideAnswers.dontKnow.label });
  }
  return t('common.gate.unscored', values);
}

/**
 * The notes that limit a result, most important first: a critical attribute not known comes
 * first, as it changes how everything else is read; then one clearly weak; then the sentences a
 * version-1 result was saved with.
 */
export function gateNotes(t: T, instrument: Instrument, scores: ResultScores, lang: string): string[] {
  const unknown = scores.gate.filter((g) => g.status === 'unknown');
  const capped = scores.gate.filter((g) => g.status === 'capped');
  return [...[...unknown, ...capped].map((g) => gateNote(t, instrument, g, lang)), ...(scores.notes ?? [])];
}

/** Why there is no overall band: how many attributes it needs and which have no score. */
export function notEnoughWords(t: T, instrument: Instrument, overall: Extract<OverallScore, { status: 'not-enough-attributes' }>): string {
  const { dimensionsById } = lookup(instrument);
  return t('results.overall.notEnough', {
    count: overall.scoredAttributes,
    needed: overall.needed,
    total: instrument.dimensions.length,
    missing: overall.missing.map((id) => dimensionsById.get(id)?.name ?? id).join(', '),
  });
}

/** Why the gate lowered the overall band, or '' when it did not. */
export function capWords(t: T, instrument: Instrument, scores: ResultScores, lang: string): string {
  const overall = scores.overall;
  if (overall.status !== 'scored' || !overall.cap) return '';
  const { dimensionsById } = lookup(instrument);
  const ids = overall.cap.dimensions;
  const clearlyLowest = ids.every((id) => scores.gate.some((g) => g.dimension === id && g.status === 'capped'));
  return t(clearlyLowest ? 'results.cap.capped' : 'results.cap.unknown', {
    count: ids.length,
    uncapped: bandLabel(instrument, overall.uncappedBand),
    band: bandLabel(instrument, overall.band),
    attributes: andList(
      ids.map((id) => dimensionsById.get(id)?.name ?? id),
      lang,
    ),
  });
}

/** A hint about the answers, worded as an invitation. */
export function hintWords(t: T, instrument: Instrument, hint: AnswerQualityHint): string {
  if (hint.kind === 'same-answer-both-ways') {
    return t('results.hints.same-answer-both-ways', { label: hint.label, question: instrument.scales[hint.format]?.question ?? '', count: hint.reverseItems.length });
  }
  if (hint.kind === 'mirror-pair-disagrees') return t('results.hints.mirror-pair-disagrees', { count: hint.pairs.length });
  const topic = instrument.dimensions.find((d) => d.id === hint.steps[0])?.topic ?? '';
  return t('results.hints.answered-very-fast', { count: hint.steps.length, topic, seconds: instrument.scoring.fastAnswerSeconds });
}
