import { describe, expect, it } from 'vitest';
import { loadDocument, storageKey, type UnreadableReason } from '../../../../src/domain/index.ts';
import { MemoryStorage } from '../fixtures/memory-storage.ts';

const ID = 'learning-culture-readiness';
const KEY = storageKey('/', ID);
const NOW = '2026-11-28T10:00:00.000Z';
const valid = { schemaVersion: 1, instrumentId: ID, draft: null, history: [] };

const corpus: [string, string, UnreadableReason][] = [
  ['truncated JSON', JSON.stringify(valid).slice(0, 30), 'corrupt-json'],
  ['an empty string', '', 'corrupt-json'],
  ['a 5 MB string', 'x'.repeat(5 * 1024 * 1024), 'corrupt-json'],
  ['a JSON number', '42', 'invalid'],
  ['a JSON array', '[]', 'invalid'],
  ['null', 'null', 'invalid'],
  ['wrong types', JSON.stringify({ ...valid, history: 'none' }), 'invalid'],
  ['a string schemaVersion', JSON.stringify({ ...valid, schemaVersion: '1' }), 'invalid'],
  ['a newer schemaVersion', JSON.stringify({ ...valid, schemaVersion: 9 }), 'newer-version'],
  ['a missing field', JSON.stringify({ schemaVersion: 1, instrumentId: ID, history: [] }), 'invalid'],
  ['another instrument', JSON.stringify({ ...valid, instrumentId: 'other' }), 'invalid'],
  ['an answer out of range', JSON.stringify({ ...valid, draft: { answers: { 'trust-1': 700 }, step: 0, startedAt: NOW, updatedAt: NOW } }), 'invalid'],
  ['a __proto__ answer key', `{"schemaVersion":1,"instrumentId":"${ID}","draft":{"answers":{"__proto__":{"polluted":true},"trust-1":"x"},"step":0,"startedAt":"${NOW}","updatedAt":"${NOW}"},"history":[]}`, 'invalid'],
  ['a bad timestamp', JSON.stringify({ ...valid, draft: { answers: {}, step: 0, startedAt: 'yesterday', updatedAt: NOW } }), 'invalid'],
  ['a v0 document with a wrong type', JSON.stringify({ answers: 'lots', savedAt: NOW }), 'invalid'],
];

describe('hostile stored data', () => {
  it.each(corpus)('%s is reported, backed up byte for byte, and left in place', (_name, raw, reason) => {
    const storage = new MemoryStorage({ [KEY]: raw, unrelated: 'value' });
    const outcome = loadDocument(storage, KEY, ID, { now: NOW });
    expect(outcome).toMatchObject({ status: 'backed-up', problem: { reason }, document: valid });
    expect(storage.snapshot()).toEqual([
      [KEY, raw],
      [`${KEY}:backup:${NOW}`, raw],
      ['unrelated', 'value'],
    ].sort(([a], [b]) => a!.localeCompare(b!)));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps a __proto__ key from reaching any prototype when the rest is valid', () => {
    const raw = `{"schemaVersion":1,"instrumentId":"${ID}","draft":{"answers":{"__proto__":{"polluted":true},"trust-1":4},"step":0,"startedAt":"${NOW}","updatedAt":"${NOW}"},"history":[],"constructor":{"prototype":{"polluted":true}}}`;
    const outcome = loadDocument(new MemoryStorage({ [KEY]: raw }), KEY, ID);
    expect(outcome.status).toBe('loaded');
    expect(outcome.document.draft?.answers).toEqual({ 'trust-1': 4 });
    expect(Object.getPrototypeOf(outcome.document.draft?.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
