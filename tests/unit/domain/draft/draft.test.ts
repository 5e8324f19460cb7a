import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftFits, emptyDocument, interpretStoredText, permutation, recordAnswer, startDraft, stepItems } from '../../../../src/domain/index.ts';
import { defaultInstrument } from '../fixtures/default-instrument.ts';

const seed = fc.integer({ min: 0, max: 0xffffffff });

describe('the order of statements within a step', () => {
  it('is a permutation of every statement', () => {
    fc.assert(
      fc.property(seed, fc.integer({ min: 0, max: 40 }), fc.string(), (s, length, salt) => {
        const order = permutation(s, length, salt);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length }, (_, i) => i));
      }),
    );
  });

  it('is the same every time for the same seed and step', () => {
    fc.assert(
      fc.property(seed, fc.string(), (s, salt) => {
        expect(permutation(s, 12, salt)).toEqual(permutation(s, 12, salt));
      }),
    );
  });

  it('differs between people: seeds spread over the possible orders', () => {
    const orders = new Set(Array.from({ length: 2000 }, (_, s) => permutation(s * 2654435761, 6, 'trust').join(',')));
    // 720 orders of six statements; 2,000 seeds should reach most of them.
    expect(orders.size).toBeGreaterThan(500);
  });

  it('is stable for one person across a reload and on resume, and differs between steps', () => {
    const instrument = defaultInstrument();
    const now = '2026-12-01T09:00:00.000Z';
    let document = startDraft(emptyDocument(instrument.id), { now, seed: 123456789, instrument });
    const before = instrument.dimensions.map((d) => stepItems(instrument, d.id, document.draft!).map((i) => i.id));
    document = recordAnswer(document, 'trust-blame', 2, now);
    const reloaded = interpretStoredText(JSON.stringify(document), instrument.id);
    if (!reloaded.readable) throw new Error(reloaded.problem.detail);
    const after = instrument.dimensions.map((d) => stepItems(instrument, d.id, reloaded.document.draft!).map((i) => i.id));
    expect(after).toEqual(before);
    for (const [index, d] of instrument.dimensions.entries()) {
      expect([...before[index]!].sort()).toEqual(instrument.items.filter((i) => i.dimension === d.id).map((i) => i.id).sort());
    }
    // Not the file order everywhere: the point is to break the fixed order.
    expect(before.some((ids, index) => ids.join() !== instrument.items.filter((i) => i.dimension === instrument.dimensions[index]!.id).map((i) => i.id).join())).toBe(true);
  });

  it('stays stable for a draft saved before drafts had a seed, from its start time', () => {
    const instrument = defaultInstrument();
    const draft = { answers: {}, step: 0, startedAt: '2026-10-20T08:00:00.000Z', updatedAt: '2026-10-20T08:00:00.000Z' };
    expect(stepItems(instrument, 'trust', draft)).toEqual(stepItems(instrument, 'trust', { ...draft, updatedAt: '2026-10-21T08:00:00.000Z' }));
  });
});

describe('whether a draft can be finished with today’s statements', () => {
  const instrument = defaultInstrument();
  const now = '2026-12-01T09:00:00.000Z';

  it('fits when begun under this version, or without a version but answering only today’s statements', () => {
    expect(draftFits(startDraft(emptyDocument(instrument.id), { now, seed: 1, instrument }).draft!, instrument)).toEqual({ fits: true });
    expect(draftFits(recordAnswer(emptyDocument(instrument.id), 'trust-blame', 2, now).draft!, instrument)).toEqual({ fits: true });
  });

  it('does not fit when begun under another version, or answering statements that are gone', () => {
    const other = startDraft(emptyDocument(instrument.id), { now, seed: 1, instrument: { ...instrument, version: 1 } }).draft!;
    // A code and the two versions, never a sentence: the page words it in its own language.
    expect(draftFits(other, instrument)).toEqual({ fits: false, reason: 'other-version', draftVersion: 1, currentVersion: instrument.version });
    // A draft saved before drafts recorded their version counts as version 1.
    expect(draftFits(recordAnswer(emptyDocument(instrument.id), 'trust-1', 2, now).draft!, instrument)).toEqual({
      fits: false,
      reason: 'other-version',
      draftVersion: 1,
      currentVersion: instrument.version,
    });
  });
});
