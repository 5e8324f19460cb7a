import { useStore } from '@nanostores/preact';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { $check } from '../../assessment/check-store.ts';
import { downloadText } from '../../assessment/download.ts';
import { useWords } from '../common/words.tsx';
import { noticeText, storageWords } from './notice-text.ts';
import { holdsBackups } from './StorageBanner.tsx';

type UnreadableList = FunctionComponent<{ basePath: string }>;

/**
 * Says plainly when this browser's storage let the person down, and what to do about it; and
 * lists the data this site could not read for as long as it is kept.
 */
export function StorageNotices() {
  const state = useStore($check);
  const t = storageWords(useWords());
  // The list is loaded only on the rare page that needs it, to keep the check's pages small.
  const [List, setList] = useState<UnreadableList | null>(null);
  const needsList = state !== null && (state.tabOnlyBecause === 'newer-version' || holdsBackups(state.basePath));
  useEffect(() => {
    if (needsList && !List) void import('./UnreadableData.tsx').then((m) => setList(() => m.UnreadableData));
  }, [needsList, List]);
  if (!state) return null;
  return (
    <>
      {state.notices.length > 0 && (
        <div class="storage-banner" role="alert">
          <h2>{t('check.storage.title')}</h2>
          {state.notices.map((notice) => (
            <p key={notice.kind}>
              {noticeText(notice, t)}{' '}
              {notice.kind === 'import-not-saved' && (
                <button type="button" class="link-button" onClick={() => downloadText(notice.fileBack.name, notice.fileBack.text, 'application/json')}>
                  {t('check.storage.downloadAgain')}
                </button>
              )}
            </p>
          ))}
          <p>{t('check.storage.stillWorks')}</p>
        </div>
      )}
      {needsList && List && <List basePath={state.basePath} />}
    </>
  );
}
