import { useStore } from '@nanostores/preact';
import { $check } from '../../assessment/check-store.ts';
import { downloadText } from '../../assessment/download.ts';
import { UnreadableData } from './UnreadableData.tsx';

/**
 * Says plainly when this browser's storage let the person down, and what to do about it; and
 * lists the data this site could not read for as long as it is kept.
 */
export function StorageBanner() {
  const state = useStore($check);
  if (!state) return null;
  return (
    <>
      {state.notices.length > 0 && (
        <div class="storage-banner" role="alert">
          <h2>{state.mode === 'tab' ? 'Your answers are kept in this tab only' : 'Your answers are not being saved in this browser as usual'}</h2>
          {state.notices.map((notice) => (
            <p key={notice.kind}>
              {notice.message}{' '}
              {notice.fileBack && (
                <button
                  type="button"
                  class="link-button"
                  onClick={() => notice.fileBack && downloadText(notice.fileBack.name, notice.fileBack.text, 'application/json')}
                >
                  Download the file again
                </button>
              )}
            </p>
          ))}
          <p>The check still works. Export your results when you finish so you keep a copy.</p>
        </div>
      )}
      {state.unreadable.length > 0 && <UnreadableData entries={state.unreadable} />}
    </>
  );
}
