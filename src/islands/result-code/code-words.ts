import type { MessageKey } from '../../i18n/en/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { EncodeOutcome, Refusal } from '../../domain/result-code/codec.ts';
import type { PastedCount } from '../../domain/result-code/paste.ts';
import type { TeamNormRow } from '../../domain/norms/compare-team.ts';
import type { NormText } from '../../domain/norms/from-report.ts';

/**
 * The sentences for what the result-code and norm domain reports as codes and values. The domain
 * says what happened; the words come from the page's catalog (keys `code.*`).
 */
type T = Translate<MessageKey>;

/** Why a typed or pasted code cannot be used. */
export function refusalText(t: T, refusal: Refusal): string {
  return t(`code.refused.${refusal.wording}`, refusal.values);
}

/** Why a stored result gets no code. */
export function unencodableText(t: T, outcome: Extract<EncodeOutcome, { ok: false }>): string {
  return t(`code.unencodable.${outcome.problem}`, outcome.values);
}

/** The status line after reading pasted text: "7 codes found: 5 results read, 1 code refused, 1 repeat counted once." */
export function pastedSummary(t: T, count: PastedCount): string {
  if (count.found === 0) return t('code.paste.none');
  return t('code.paste.summary', {
    found: t('code.paste.found', { count: count.found }),
    read: t('code.paste.readCount', { count: count.read }),
    refused: count.refused > 0 ? t('code.paste.refusedCount', { count: count.refused }) : '',
    repeated: count.repeated > 0 ? t('code.paste.repeatedCount', { count: count.repeated }) : '',
  });
}

/** What a team's figures against a norm allow, for one attribute. */
export function teamNormWords(t: T, row: TeamNormRow): string {
  return t(`code.teamNorm.${row.reading}`, { median: row.normMedian, range: row.teamRange ?? '' });
}

/** Why no norm file was made. */
export function normProblemText(t: T, made: Extract<NormText, { ok: false }>): string {
  return t(`code.saveNorm.problem.${made.problem}`, made.values);
}
