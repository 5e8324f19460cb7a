import { describe, expect, it } from 'vitest';
import { emptyDocument, recordAnswer, saveDocument, storageKey } from '../../../../src/domain/index.ts';
import { mergeDocuments } from '../../../../src/domain/storage/merge.ts';
import { findUnreadable } from '../../../../src/domain/storage/unreadable.ts';
import { MemoryStorage } from '../fixtures/memory-storage.ts';

const ID = 'learning-culture-readiness';
const t = (minute: number) => `2026-11-28T10:${String(minute).padStart(2, '0')}:00.000Z`;
const base = recordAnswer(emptyDocument(ID), 'trust-1', 3, t(0));

describe('two tabs, one document', () => {
  it('keeps both tabs’ answers; the stored one wins a conflict unless this tab’s is unsaved', () => {
    const stored = recordAnswer(recordAnswer(base, 'trust-2', 5, t(1)), 'trust-3', 1, t(1));
    const mine = recordAnswer(recordAnswer(base, 'trust-4', 2, t(1)), 'trust-3', 4, t(1));
    expect(mergeDocuments(stored, mine, { mineWins: false }).draft?.answers).toEqual({ 'trust-1': 3, 'trust-2': 5, 'trust-3': 1, 'trust-4': 2 });
    expect(mergeDocuments(stored, mine, { mineWins: true }).draft?.answers['trust-3']).toBe(4);
  });

  it('follows a result deleted in the other tab, and keeps one this tab added', () => {
    const result = (id: string, minute: number) => ({ id, completedAt: t(minute) }) as never;
    const before = { ...emptyDocument(ID), history: [result('a', 1), result('b', 2)] };
    const stored = { ...emptyDocument(ID), history: [result('b', 2)] };
    const mine = { ...emptyDocument(ID), history: [result('a', 1), result('b', 2), result('c', 3)] };
    expect(mergeDocuments(stored, mine, { mineWins: false, before }).history.map((r) => r.id)).toEqual(['b', 'c']);
  });

  it('drops a draft the other tab finished', () => {
    const finished = { ...emptyDocument(ID), history: [{ id: 'r', completedAt: t(5) } as never] };
    expect(mergeDocuments(finished, base, { mineWins: false }).draft).toBeNull();
  });
});

describe('a newer version’s document', () => {
  it('is never saved over, and is listed as data this site could not read', () => {
    const key = storageKey('/', ID);
    const newer = JSON.stringify({ schemaVersion: 7, instrumentId: ID });
    const storage = new MemoryStorage({ [key]: newer });
    expect(saveDocument(storage, key, base).status).toBe('refused');
    expect(storage.getItem(key)).toBe(newer);
    expect(storage.length).toBe(1);
    expect(findUnreadable(storage, '/')).toEqual([
      { key, kind: 'newer-version', keptSince: null, characters: newer.length },
    ]);
  });
});
