import { backupKey } from './key.ts';
import { describeStorageError, type KeyValueStorage, type StorageFailure } from './key-value-storage.ts';

export type BackupOutcome =
  | { readonly ok: true; readonly backupKey: string }
  | { readonly ok: false; readonly failure: StorageFailure };

/** Existing backups of `key` that hold exactly `raw`, so a reload does not pile up copies. */
function findIdenticalBackup(storage: KeyValueStorage, key: string, raw: string): string | undefined {
  const prefix = `${key}:backup:`;
  for (let i = 0; i < storage.length; i += 1) {
    const candidate = storage.key(i);
    if (candidate?.startsWith(prefix) && storage.getItem(candidate) === raw) return candidate;
  }
  return undefined;
}

/**
 * Copies `raw` to `<key>:backup:<now>` and reads it back before reporting success. The original
 * key is not touched here; only once this succeeds may anything replace it.
 */
export function backUp(storage: KeyValueStorage, key: string, raw: string, now: string): BackupOutcome {
  try {
    const existing = findIdenticalBackup(storage, key, raw);
    if (existing) return { ok: true, backupKey: existing };
    let target = backupKey(key, now);
    for (let n = 2; storage.getItem(target) !== null; n += 1) target = `${backupKey(key, now)}-${n}`;
    storage.setItem(target, raw);
    if (storage.getItem(target) !== raw) {
      return { ok: false, failure: { reason: 'backup-not-confirmed' } };
    }
    return { ok: true, backupKey: target };
  } catch (error) {
    return { ok: false, failure: describeStorageError(error) };
  }
}
