import { deploymentPrefix } from './key.ts';
import type { KeyValueStorage } from './key-value-storage.ts';
import { interpretStoredText } from './read.ts';

/** One item of stored data this site could not read, kept until the person deletes it. */
export interface UnreadableEntry {
  readonly key: string;
  /** What it is: a backup of data that could not be read, or a newer version's document left in place. */
  readonly kind: 'backup' | 'newer-version';
  /** When it was set aside (backups) or null (a newer version's document, still in place). */
  readonly keptSince: string | null;
  readonly characters: number;
}

const BACKUP = ':backup:';
const TEAM_SUMMARY = 'team-summary:';

/**
 * Every backup of unreadable data this deployment holds, and every document of it that cannot be
 * read where it is (a newer version wrote it). Nothing is changed; a refusing storage lists nothing.
 */
export function findUnreadable(storage: KeyValueStorage | undefined, basePath: string): UnreadableEntry[] {
  if (!storage) return [];
  const prefix = deploymentPrefix(basePath);
  const entries: UnreadableEntry[] = [];
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (!key?.startsWith(prefix)) continue;
      const rest = key.slice(prefix.length);
      const raw = storage.getItem(key) ?? '';
      const at = rest.indexOf(BACKUP);
      if (at >= 0) {
        entries.push({ key, kind: 'backup', keptSince: rest.slice(at + BACKUP.length), characters: raw.length });
        continue;
      }
      if (rest.startsWith(TEAM_SUMMARY) || rest.includes(':')) continue;
      const read = interpretStoredText(raw, rest);
      if (!read.readable && read.problem.reason === 'newer-version') {
        entries.push({ key, kind: 'newer-version', keptSince: null, characters: raw.length });
      }
    }
  } catch {
    return entries;
  }
  return entries.sort((a, b) => a.key.localeCompare(b.key));
}
