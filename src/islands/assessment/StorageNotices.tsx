import { useStore } from '@nanostores/preact';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { $check } from '../../assessment/check-store.ts';
import { downloadText } from '../../assessment/download.ts';
import { noticeText } from './notice-text.ts';
import { holdsBackups } from './StorageBanner.tsx';

type UnreadableList = FunctionComponent<{ basePath: string }>;

/**
 * Says plainly when this browser's storage let the person down, and what to do about it; and
 * lists the data this site could not read for as long as it is kept.
 */
export function StorageNotices() {
  const state = useStore($check);
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
          <h2>Your answers are not being saved in this browser as usual</h2>
          {state.notices.map((notice) => (
            <p key={notice.kind}>
              {noticeText(notice)}{' '}
              {notice.kind === 'import-not-saved' && (
                <button type="button" class="link-button" onClick={() => downloadText(notice.fileBack.name, notice.fileBack.text, 'application/json')}>
                  Download the file again
                </button>
              )}
            </p>
          ))}
          <p>The check still works. Export your results when you finish so you keep a copy.</p>
        </div>
      )}
      {needsList && List && <List basePath={state.basePath} />}
    </>
  );
}
