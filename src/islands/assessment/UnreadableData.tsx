import { useState } from 'preact/hooks';
import { deleteUnreadable } from '../../assessment/check-store.ts';
import { browserStorage } from '../../assessment/device-storage.ts';
import { downloadText } from '../../assessment/download.ts';
import type { UnreadableEntry } from '../../domain/storage/unreadable.ts';

/** A file name for one kept item: its key, made safe, so two downloads never share a name. */
const fileName = (key: string) => `culture-first-unreadable-${key.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '')}.txt`;

/** "Data this site could not read": each kept item with download and (after asking) delete. */
export function UnreadableData({ entries }: { entries: readonly UnreadableEntry[] }) {
  const [asking, setAsking] = useState<string | null>(null);
  const download = (key: string) => {
    const raw = browserStorage('device')?.getItem(key);
    if (raw !== null && raw !== undefined) downloadText(fileName(key), raw, 'text/plain');
  };
  return (
    <section class="unreadable-data callout" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">Data this site could not read</h2>
      <p>
        This browser holds data of this site that it could not read. It is kept exactly as it was, and stays listed here until you
        delete it. Download it to keep a copy or to send with a bug report.
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key} data-key={entry.key}>
            <span class="unreadable-what">
              {entry.description}
              {entry.keptSince ? ` (${entry.keptSince.slice(0, 10)})` : ''}, {entry.characters.toLocaleString('en')} characters.
            </span>{' '}
            <button type="button" class="link-button" onClick={() => download(entry.key)}>
              Download
            </button>{' '}
            {asking === entry.key ? (
              <span role="group" aria-label="Confirm deletion">
                Delete it from this browser for good?{' '}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    setAsking(null);
                    deleteUnreadable(entry.key);
                  }}
                >
                  Yes, delete it
                </button>{' '}
                <button type="button" class="link-button" onClick={() => setAsking(null)}>
                  No, keep it
                </button>
              </span>
            ) : (
              <button type="button" class="link-button" onClick={() => setAsking(entry.key)}>
                Delete…
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
