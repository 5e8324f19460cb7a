import { refusalWords } from '../common/import-words.ts';
import type { ImportRefusal } from '../../domain/exchange/import.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { MessageKey } from '../../i18n/en/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { FileNote, GroupId } from '../../team/team-state.ts';

/**
 * What became of each file, pasted text or code given to the team view, in the page's language
 * (`team.file.*`). Apart from the report's words (team-words.ts) because the loaders need it
 * before any report is drawn, and the page loads nothing more than that up front.
 */
type T = Translate<MessageKey>;

/** The size of a file in megabytes with one decimal, as the language writes it: "1.5", "1,5". */
export function megabytes(bytes: number, lang: string): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / 1_048_576);
}

/** Why the file checks refused a file, in the words the history page's import uses too (`common.import.*`). */
export function refusalText(t: T, refusal: ImportRefusal, instrument: Instrument, lang: string): string {
  return refusalWords(t, refusal, instrument, lang);
}

/** What became of one file, pasted text or code. `groupName` names a group as the page does now. */
export function fileWords(t: T, note: FileNote, instrument: Instrument, lang: string, groupName: (group: GroupId) => string): string {
  switch (note.code) {
    case 'added':
      return note.held <= 1 ? t('team.file.added') : t('team.file.addedLatest', { held: note.held, count: note.held - 1 });
    case 'too-large':
      return t('team.file.tooLarge', { size: megabytes(note.bytes, lang), limit: note.limit / 1_048_576 });
    case 'empty':
      return t('team.file.empty');
    case 'duplicate':
      return note.group === null
        ? t('team.file.duplicate', { file: note.from })
        : t('team.file.duplicateIn', { file: note.from, group: groupName(note.group) });
    case 'refused':
      return refusalText(t, note.refusal, instrument, lang);
  }
}
