import { findUnreadable } from '../../../../src/domain/storage/unreadable.ts';
import { describe, expect, it } from 'vitest';
import {
  deploymentPrefix,
  documentV0Schema,
  emptyDocument,
  eraseAll,
  loadDocument,
  migrateV0toV1,
  normalizeBasePath,
  saveDocument,
  storageKey,
} from '../../../../src/domain/index.ts';
import { MemoryStorage } from '../fixtures/memory-storage.ts';
import { oneAnswerDocument, STORED_ID, STORED_NOW } from '../fixtures/stored-document.ts';

const ID = STORED_ID;
const KEY = storageKey('/culture-first/', ID);
const NOW = STORED_NOW;
const doc = oneAnswerDocument;

describe('storage keys', () => {
  it('include the base path and the instrument id', () => {
    expect(storageKey('/', ID)).toBe('culture-first:/:learning-culture-readiness');
    expect(storageKey('', ID)).toBe('culture-first:/:learning-culture-readiness');
    expect(KEY).toBe('culture-first:/culture-first:learning-culture-readiness');
    expect(storageKey('teams/north/', ID)).toBe('culture-first:/teams/north:learning-culture-readiness');
  });

  it('keep deployments apart even when a base path holds a colon', () => {
    expect(normalizeBasePath('/a:b')).toBe('/a%3Ab');
    expect(storageKey('/a:b', ID).startsWith(deploymentPrefix('/a'))).toBe(false);
  });
});

describe('loadDocument and saveDocument', () => {
  it('start empty, then read back what was written', () => {
    const storage = new MemoryStorage();
    expect(loadDocument(storage, KEY, ID)).toEqual({ status: 'empty', document: emptyDocument(ID) });
    expect(saveDocument(storage, KEY, doc())).toEqual({ status: 'saved', backupKey: null });
    expect(loadDocument(storage, KEY, ID)).toEqual({ status: 'loaded', document: doc(), migratedFrom: null });
  });

  it('migrate a version 0 document forward', () => {
    const v0 = { answers: { 'trust-1': 4, 'trust-2': null }, savedAt: '2026-01-02T03:04:05.000Z' };
    const storage = new MemoryStorage({ [KEY]: JSON.stringify(v0) });
    const loaded = loadDocument(storage, KEY, ID);
    expect(loaded).toEqual({
      status: 'loaded',
      migratedFrom: 0,
      document: {
        schemaVersion: 1,
        instrumentId: ID,
        draft: { answers: { 'trust-1': 4, 'trust-2': 'dont-know' }, step: 0, startedAt: v0.savedAt, updatedAt: v0.savedAt },
        history: [],
      },
    });
    expect(migrateV0toV1(documentV0Schema.parse(v0), ID)).toEqual(loaded.document);
    // A readable old document is replaced on the next save without a backup.
    expect(saveDocument(storage, KEY, loaded.document)).toEqual({ status: 'saved', backupKey: null });
  });

  it.each([
    ['QuotaExceededError', 'quota-exceeded'],
    ['SecurityError', 'security'],
  ] as const)('report a %s on write as a status and keep the in-memory document intact', (error, reason) => {
    const storage = new MemoryStorage({ [KEY]: JSON.stringify(emptyDocument(ID)) });
    const before = storage.snapshot();
    storage.failWrites = error;
    const mine = doc();
    const copy = structuredClone(mine);
    const outcome = saveDocument(storage, KEY, mine);
    expect(outcome).toMatchObject({ status: 'failed', failure: { reason } });
    expect(mine).toEqual(copy);
    expect(storage.snapshot()).toEqual(before);
  });

  it('report missing storage and failing reads', () => {
    expect(saveDocument(undefined, KEY, doc())).toMatchObject({ status: 'failed', failure: { reason: 'unavailable' } });
    expect(loadDocument(undefined, KEY, ID)).toMatchObject({ status: 'unavailable', document: emptyDocument(ID) });
    const storage = new MemoryStorage();
    storage.failReads = 'SecurityError';
    expect(loadDocument(storage, KEY, ID)).toMatchObject({ status: 'unavailable', failure: { reason: 'security' } });
  });
});

describe('unreadable data is never overwritten', () => {
  it('backs up corrupt data and leaves the original in place until it is safely copied', () => {
    const storage = new MemoryStorage({ [KEY]: '{"schemaVersion":1,"draft":' });
    const loaded = loadDocument(storage, KEY, ID, { now: NOW });
    expect(loaded).toMatchObject({ status: 'backed-up', backupKey: `${KEY}:backup:${NOW}`, problem: { reason: 'corrupt-json' } });
    expect(storage.getItem(KEY)).toBe('{"schemaVersion":1,"draft":');
    expect(storage.getItem(`${KEY}:backup:${NOW}`)).toBe('{"schemaVersion":1,"draft":');
    // Loading again does not pile up copies.
    expect(loadDocument(storage, KEY, ID, { now: '2026-11-29T00:00:00.000Z' })).toMatchObject({ backupKey: `${KEY}:backup:${NOW}` });
    expect(findUnreadable(storage, '/culture-first').map((u) => u.key)).toEqual([`${KEY}:backup:${NOW}`]);
    // Now that a copy exists, saving may replace the original.
    expect(saveDocument(storage, KEY, doc(), { now: NOW })).toEqual({ status: 'saved', backupKey: `${KEY}:backup:${NOW}` });
    expect(loadDocument(storage, KEY, ID)).toMatchObject({ status: 'loaded', document: doc() });
  });

  it('keeps a document from a newer version of the site', () => {
    const newer = JSON.stringify({ schemaVersion: 2, instrumentId: ID, whatever: true });
    const storage = new MemoryStorage({ [KEY]: newer });
    expect(loadDocument(storage, KEY, ID, { now: NOW })).toMatchObject({ status: 'backed-up', problem: { reason: 'newer-version' } });
    expect(storage.getItem(`${KEY}:backup:${NOW}`)).toBe(newer);
  });

  it('refuses to save over unreadable data whose backup failed, and changes nothing', () => {
    const storage = new MemoryStorage({ [KEY]: 'not json at all' });
    storage.failWritesTo = { prefix: `${KEY}:backup:`, error: 'QuotaExceededError' };
    expect(loadDocument(storage, KEY, ID, { now: NOW })).toMatchObject({ status: 'unreadable-kept', failure: { reason: 'quota-exceeded' } });
    const before = storage.snapshot();
    expect(saveDocument(storage, KEY, doc(), { now: NOW })).toMatchObject({ status: 'refused', problem: { reason: 'corrupt-json' } });
    expect(storage.snapshot()).toEqual(before);
  });

  it('backs up unreadable data even when a caller saves without loading first', () => {
    const storage = new MemoryStorage({ [KEY]: '{"schemaVersion":1}' });
    expect(saveDocument(storage, KEY, doc(), { now: NOW })).toEqual({ status: 'saved', backupKey: `${KEY}:backup:${NOW}` });
    expect(storage.getItem(`${KEY}:backup:${NOW}`)).toBe('{"schemaVersion":1}');
  });
});

describe('eraseAll', () => {
  it("removes every key of this deployment and nothing of another deployment's", () => {
    const storage = new MemoryStorage({
      [storageKey('/a', ID)]: '{}',
      [`${storageKey('/a', ID)}:backup:${NOW}`]: 'x',
      [storageKey('/a', 'other-instrument')]: '{}',
      [storageKey('/ab', ID)]: 'keep',
      [storageKey('/', ID)]: 'keep',
      theme: 'dark',
    });
    const outcome = eraseAll(storage, '/a/');
    expect(outcome.status).toBe('erased');
    expect(outcome.removed).toHaveLength(3);
    expect(storage.snapshot()).toEqual([
      ['culture-first:/:learning-culture-readiness', 'keep'],
      ['culture-first:/ab:learning-culture-readiness', 'keep'],
      ['theme', 'dark'],
    ]);
  });

  it('reports a failure as a status', () => {
    const storage = new MemoryStorage({ [KEY]: '{}' });
    storage.failWrites = 'SecurityError';
    expect(eraseAll(storage, '/culture-first')).toMatchObject({ status: 'failed', failure: { reason: 'security' } });
    expect(eraseAll(undefined, '/')).toMatchObject({ status: 'failed', failure: { reason: 'unavailable' } });
  });
});
