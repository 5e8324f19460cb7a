import type { StorageNotice } from '../../assessment/check-store.ts';
import type { MessageKey } from '../../i18n/en/index.ts';
import { checkStorage } from '../../i18n/en/check-storage.ts';
import { translator, type Translate } from '../../i18n/translate.ts';

const english = translator(checkStorage, 'en') as Translate<MessageKey>;

/**
 * The words for storage notices: the page's (`check.storage.*`), or English where the island
 * showing the notices does not provide them yet. An adapter: the results, history and shared
 * result pages show these notices inside islands converted separately; once each wraps its root
 * in WordsProvider with the page's 'check.storage.' words, the page's words are used.
 */
export function storageWords(t: Translate<MessageKey>): Translate<MessageKey> {
  return t('check.storage.title') === 'check.storage.title' ? english : t;
}

/**
 * A storage notice in words (the `check.storage.*` texts). The store keeps only what happened;
 * the sentences are picked here, with the banner that is loaded only when there is a problem to
 * explain. Without `t` the notice is in English: an adapter for code that does not take the
 * page's words yet (src/islands/result-code/save-shared.ts).
 */
export function noticeText(notice: StorageNotice, t: Translate<MessageKey> = english): string {
  switch (notice.kind) {
    case 'unavailable':
    case 'save-failed':
      return t(`check.storage.failure.${notice.failure.reason}`);
    case 'choice-not-kept':
      return t('check.storage.choiceNotKept');
    case 'unreadable-kept':
      return t(`check.storage.unreadable.${notice.problem.reason}`);
    case 'unreadable-stuck': {
      const problem = t(`check.storage.unreadable.${notice.problem.reason}`);
      const failure = t(`check.storage.failure.${notice.failure.reason}`);
      return notice.when === 'open' ? `${problem} ${t('check.storage.notSetAside')} ${failure}` : `${problem} ${failure}`;
    }
    case 'newer-version':
      return t('check.storage.newerVersion');
    case 'tab-only':
      return t('check.storage.tabOnly', { count: notice.earlier });
    case 'import-not-saved':
      return t('check.storage.importNotSaved', { file: notice.fileBack.name });
    case 'code-not-loaded':
      return t('check.storage.codeNotLoaded');
  }
}
