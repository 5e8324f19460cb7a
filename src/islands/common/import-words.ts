import type { ImportRefusal } from '../../domain/exchange/import.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { commonImport } from '../../i18n/en/results.ts';
import type { Translate } from '../../i18n/translate.ts';

type ImportKey = keyof typeof commonImport;

const MEGABYTE = 1_048_576;

/** A size in megabytes with one decimal, as the language writes it: "1.5", "1,5". */
export function megabytes(bytes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / MEGABYTE);
}

/**
 * Why a results file was refused, in words (`common.import.*`): on the history page's import and
 * in the team view, which both read files with the same rules.
 */
export function refusalWords(t: Translate<ImportKey>, refusal: ImportRefusal, instrument: Instrument, lang: string): string {
  switch (refusal.reason) {
    case 'too-large':
      return t('common.import.too-large', { size: megabytes(refusal.bytes, lang), limit: refusal.limit / MEGABYTE });
    case 'not-json':
      return refusal.position === null ? t('common.import.not-json') : t('common.import.not-jsonAt', { position: String(refusal.position + 1) });
    case 'unsupported-format-version':
      return t(refusal.file === 'export' ? 'common.import.unsupported-format-version' : 'common.import.unsupported-format-versionOfFile', {
        found: JSON.stringify(refusal.found) ?? t('common.import.noVersion'),
        supported: refusal.supported,
      });
    case 'unknown-instrument':
      return refusal.result === undefined
        ? t('common.import.unknown-instrument', { found: refusal.found, title: instrument.title })
        : t('common.import.unknown-instrumentOfResult', { found: refusal.found, title: instrument.title, result: refusal.result });
    case 'newer-instrument-version':
      return t('common.import.newer-instrument-version', { result: refusal.result, found: refusal.found, current: instrument.version });
    case 'unknown-items':
      return t('common.import.unknown-items', { count: refusal.itemIds.length, ids: refusal.itemIds.join(', ') });
    case 'value-out-of-range':
      return t('common.import.value-out-of-range', {
        result: refusal.result,
        item: refusal.itemId,
        value: String(refusal.value),
        points: refusal.points,
        dontKnow: instrument.outsideAnswers.dontKnow.label,
        notApplicable: instrument.outsideAnswers.notApplicable.label,
      });
    case 'missing-field':
      return t('common.import.missing-field', { path: refusal.path });
    case 'wrong-type':
      return t('common.import.wrong-type', { path: refusal.path, detail: refusal.detail });
    case 'wrong-format':
    case 'no-completion-day':
      return t(`common.import.${refusal.reason}`);
  }
}
