import { useState } from 'preact/hooks';
import { browserStorage } from '../../assessment/device-storage.ts';
import { downloadText } from '../../assessment/download.ts';
import { findUnreadable } from '../../domain/storage/unreadable.ts';

/** A file name for one kept item: its key, made safe, so two downloads never share a name. */
const fileName = (key: string) => `culture-first-unreadable-${key.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '')}.txt`;

/** Removes one item of unreadable data, after the person asked for it; a refusal leaves it listed. */
function remove(key: string): void {
  try {
    browserStorage('device')?.removeItem(key);
  } catch {
    // Still in storage, so still listed.
  }
}

/**
 * "Data this site could not read": each kept item with download and (after asking) delete. The
 * list is read from storage on every render, so it shows exactly what is kept, for as long as it is.
 */
export function UnreadableData({ basePath }: { basePath: string }) {
  const [asking, setAsking] = useState<string | null>(null);
  const entries = findUnreadable(browserStorage('device'), basePath);
  if (entries.length === 0) return null;
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
                    remove(entry.key);
                    setAsking(null);
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
