import { useStore } from '@nanostores/preact';
import { $check } from '../../assessment/check-store.ts';
import { downloadText } from '../../assessment/download.ts';
import { browserStorage } from '../../assessment/device-storage.ts';

/** Says plainly when this browser's storage let the person down, and what to do about it. */
export function StorageBanner() {
  const state = useStore($check);
  if (!state || state.notices.length === 0) return null;
  const saveBackup = (key: string) => {
    const raw = browserStorage(state.mode)?.getItem(key);
    if (raw) downloadText('culture-first-unreadable-data.txt', raw, 'text/plain');
  };
  return (
    <div class="storage-banner" role="alert">
      <h2>Your answers are not being saved in this browser as usual</h2>
      {state.notices.map((notice) => (
        <p key={notice.kind}>
          {notice.message}{' '}
          {notice.backupKey && (
            <button type="button" class="link-button" onClick={() => saveBackup(notice.backupKey ?? '')}>
              Download the data that could not be read
            </button>
          )}
        </p>
      ))}
      <p>The check still works. Export your results when you finish so you keep a copy.</p>
    </div>
  );
}
