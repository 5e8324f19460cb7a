import { useStore } from '@nanostores/preact';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { $check } from '../../assessment/check-store.ts';
import { deploymentPrefix } from '../../domain/storage/key.ts';

/** True when this deployment keeps a backup of unreadable data. Cheap: key names only. */
export function holdsBackups(basePath: string): boolean {
  const prefix = deploymentPrefix(basePath);
  try {
    return Object.keys(window.localStorage).some((key) => key.startsWith(prefix) && key.includes(':backup:'));
  } catch {
    return false;
  }
}

/**
 * Storage problems are rare, so the banner that explains them (and lists data this site could not
 * read) loads only when there is something to say: the check's pages stay light for everyone else.
 */
export function StorageBanner() {
  const state = useStore($check);
  const [Notices, setNotices] = useState<FunctionComponent | null>(null);
  const needed = state !== null && (state.notices.length > 0 || state.tabOnlyBecause === 'newer-version' || holdsBackups(state.basePath));
  useEffect(() => {
    if (needed && !Notices) void import('./StorageNotices.tsx').then((m) => setNotices(() => m.StorageNotices));
  }, [needed, Notices]);
  return needed && Notices ? <Notices /> : null;
}
