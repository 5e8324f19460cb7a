import { describe, expect, it } from 'vitest';
import {
  backUp,
  describeStorageError,
  interpretStoredText,
  loadDocument,
  saveDocument,
  storageKey,
  storageUnavailable,
  type AssessmentDocument,
  type KeyValueStorage,
} from '../../../../src/domain/index.ts';
import { findUnreadable } from '../../../../src/domain/storage/unreadable.ts';
import { MemoryStorage } from '../fixtures/memory-storage.ts';
import { oneAnswerDocument, STORED_ID, STORED_NOW } from '../fixtures/stored-document.ts';

/**
 * The storage engine says what went wrong with codes, never with sentences: the page puts each
 * code into words in its own language (the `check.storage.*` texts of the catalog).
 */
const ID = STORED_ID;
const KEY = storageKey('/', ID);
const NOW = STORED_NOW;
const doc = oneAnswerDocument;

describe('storage failures are codes', () => {
  it('classifies what storage threw, and nothing more', () => {
    expect(describeStorageError(Object.assign(new Error('full'), { name: 'QuotaExceededError' }))).toEqual({ reason: 'quota-exceeded' });
    expect(describeStorageError({ code: 22 })).toEqual({ reason: 'quota-exceeded' });
    expect(describeStorageError(Object.assign(new Error('denied'), { name: 'SecurityError' }))).toEqual({ reason: 'security' });
    expect(describeStorageError(new TypeError('odd'))).toEqual({ reason: 'unknown' });
    expect(storageUnavailable()).toEqual({ reason: 'unavailable' });
  });

  it('says a document that fails its schema was not saved, as a code', () => {
    const broken = { ...doc(), history: 'none' } as unknown as AssessmentDocument;
    expect(saveDocument(new MemoryStorage(), KEY, broken)).toEqual({ status: 'failed', failure: { reason: 'failed-safety-check' } });
  });

  it('says nothing was saved over a newer version’s document, as a code', () => {
    const newer = JSON.stringify({ schemaVersion: 99, instrumentId: ID });
    const storage = new MemoryStorage({ [KEY]: newer });
    expect(saveDocument(storage, KEY, doc(), { now: NOW })).toEqual({
      status: 'refused',
      problem: { reason: 'newer-version', detail: 'schemaVersion 99 is newer than 1.' },
      failure: { reason: 'newer-version-kept' },
    });
    expect(storage.getItem(KEY)).toBe(newer);
  });

  it('says a backup that does not read back was not confirmed, as a code', () => {
    const storage = new MemoryStorage();
    const forgetful: KeyValueStorage = {
      get length() {
        return storage.length;
      },
      key: (i) => storage.key(i),
      getItem: (k) => storage.getItem(k),
      setItem: (k, v) => storage.setItem(k, `${v}, changed`),
      removeItem: (k) => storage.removeItem(k),
    };
    expect(backUp(forgetful, KEY, 'not json', NOW)).toEqual({ ok: false, failure: { reason: 'backup-not-confirmed' } });
  });
});

describe('unreadable data is described by codes', () => {
  it('gives the reason and a detail for a bug report, no sentence for the person', () => {
    const damaged = interpretStoredText('{"schemaVersion":1,', ID);
    expect(damaged.readable).toBe(false);
    if (!damaged.readable) expect(Object.keys(damaged.problem).sort()).toEqual(['detail', 'reason']);
    expect(interpretStoredText('{"schemaVersion":1}', ID)).toMatchObject({ readable: false, problem: { reason: 'invalid' } });
    expect(loadDocument(new MemoryStorage({ [KEY]: '[' }), KEY, ID, { now: NOW })).toMatchObject({ status: 'backed-up', problem: { reason: 'corrupt-json' } });
  });

  it('lists kept data by kind: a backup, or a newer version’s document in place', () => {
    const newer = JSON.stringify({ schemaVersion: 99, instrumentId: ID });
    const storage = new MemoryStorage({ [`${KEY}:backup:${NOW}`]: 'broken', [storageKey('/', 'other-instrument')]: newer });
    expect(findUnreadable(storage, '/')).toEqual([
      { key: `${KEY}:backup:${NOW}`, kind: 'backup', keptSince: NOW, characters: 6 },
      { key: storageKey('/', 'other-instrument'), kind: 'newer-version', keptSince: null, characters: newer.length },
    ]);
  });
});
