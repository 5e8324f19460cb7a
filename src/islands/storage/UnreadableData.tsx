import { useState } from 'preact/hooks';
import { browserStorage } from '../../assessment/device-storage.ts';
import { downloadText } from '../../assessment/download.ts';
import { findUnreadable } from '../../domain/storage/unreadable.ts';
import { useWords } from '../common/words.tsx';
import { storageWords } from './notice-text.ts';

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
  const t = storageWords(useWords());
  const entries = findUnreadable(browserStorage('device'), basePath);
  if (entries.length === 0) return null;
  const download = (key: string) => {
    const raw = browserStorage('device')?.getItem(key);
    if (raw !== null && raw !== undefined) downloadText(fileName(key), raw, 'text/plain');
  };
  return (
    <section class="unreadable-data callout" aria-labelledby="unreadable-title">
      <h2 id="unreadable-title">{t('check.storage.list.title')}</h2>
      <p>{t('check.storage.list.intro')}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.key} data-key={entry.key}>
            <span class="unreadable-what">
              {entry.keptSince
                ? t('check.storage.list.entryDated', { what: t(`check.storage.list.${entry.kind}`), date: entry.keptSince.slice(0, 10), count: entry.characters })
                : t('check.storage.list.entry', { what: t(`check.storage.list.${entry.kind}`), count: entry.characters })}
            </span>{' '}
            <button type="button" class="link-button" onClick={() => download(entry.key)}>
              {t('check.storage.list.download')}
            </button>{' '}
            {asking === entry.key ? (
              <span role="group" aria-label={t('check.storage.list.confirmGroup')}>
                {t('check.storage.list.confirm')}{' '}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    remove(entry.key);
                    setAsking(null);
                  }}
                >
                  {t('check.storage.list.yes')}
                </button>{' '}
                <button type="button" class="link-button" onClick={() => setAsking(null)}>
                  {t('check.storage.list.no')}
                </button>
              </span>
            ) : (
              <button type="button" class="link-button" onClick={() => setAsking(entry.key)}>
                {t('check.storage.list.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
