import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Instrument, type Role } from '../../../../src/domain/index.ts';
import { compareRoles, publishableParts, roleDifferences, type RoledResult } from '../../../../src/domain/team/roles.ts';
import { smallInstrument } from '../fixtures/small-instrument.ts';

const small = smallInstrument();
const MINIMUM = 5;

function member(instrument: Instrument, points: number, role?: Role, blank: readonly string[] = []): RoledResult {
  const answers = Object.fromEntries(
    instrument.items.map((item) => [item.id, blank.includes(item.dimension) ? 'dont-know' : item.reverse ? 6 - points : points] as const),
  );
  return { instrument: { id: instrument.id, version: instrument.version }, answers, ...(role ? { role } : {}) };
}

/** `counts` results per role (senior leader, people manager, individual contributor), then `none` without a role. */
function team(counts: readonly [number, number, number], none = 0, points = (i: number) => 1 + (i % 5)): RoledResult[] {
  let i = 0;
  const out: RoledResult[] = [];
  ROLES.forEach((role, r) => {
    for (let k = 0; k < (counts[r] ?? 0); k++) out.push(member(small, points(i++), role));
  });
  for (let k = 0; k < none; k++) out.push(member(small, points(i++)));
  return out;
}

const shownRoles = (results: readonly RoledResult[]) => {
  const comparison = compareRoles(small, results, { minimumGroupSize: MINIMUM });
  return comparison.status === 'shown' ? comparison.roles.map((r) => [r.role, r.n]) : comparison.status;
};

/**
 * What an attacker who sees the report can work out by subtraction: the whole team's count minus
 * every role shown. That group is known to exist and its size is known, so it must be empty or
 * reach the minimum, exactly like a group shown on purpose.
 */
function derivableRest(total: number, shown: readonly number[]): number {
  return shown.reduce((left, n) => left - n, total);
}

describe('publishableParts (primary and secondary suppression)', () => {
  it('holds back parts below the minimum', () => {
    expect(publishableParts(15, [5, 6, 4], 5)).toEqual([false, true, false]);
  });

  it('holds back one more part when the rest could be worked out by subtraction', () => {
    // Two of three roles shown beside the total would give away the third (2 results).
    expect(publishableParts(12, [5, 5, 2], 5)).toEqual([false, true, false]);
    // The rest is empty: nothing to work out, everything can be shown.
    expect(publishableParts(15, [5, 5, 5], 5)).toEqual([true, true, true]);
    // The rest reaches the minimum: fine.
    expect(publishableParts(15, [5, 5, 0], 5)).toEqual([true, true, false]);
    // Results without a role count in the rest too.
    expect(publishableParts(11, [5, 5, 0], 5)).toEqual([false, true, false]);
  });

  it('never leaves a rest between 1 and the minimum, and never shows a part below it (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { minLength: 1, maxLength: 5 }), fc.nat(30), fc.integer({ min: 3, max: 12 }), (parts, extra, minimum) => {
        const total = parts.reduce((a, b) => a + b, 0) + extra;
        const shown = publishableParts(total, parts, minimum);
        const published = parts.filter((_, i) => shown[i]);
        expect(published.every((n) => n >= minimum)).toBe(true);
        // With nothing published beside the total, the rest is the total itself: no subtraction to fear.
        const rest = derivableRest(total, published);
        if (published.length > 0) expect(rest === 0 || rest >= minimum).toBe(true);
        // Nothing is held back without need: every part at or above the minimum is shown unless the rest forced it back.
        if (parts.every((n) => n === 0 || n >= minimum) && (extra === 0 || extra >= minimum)) expect(published.length).toBe(parts.filter((n) => n >= minimum).length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('compareRoles', () => {
  it('compares roles that each reach the minimum, with medians as 25-point ranges and nothing else', () => {
    const results = team([5, 6, 5]);
    const comparison = compareRoles(small, results, { minimumGroupSize: MINIMUM });
    if (comparison.status !== 'shown') throw new Error(comparison.status);
    expect(comparison.roles.map((r) => [r.role, r.n])).toEqual([
      ['senior-leader', 5],
      ['people-manager', 6],
      ['individual-contributor', 5],
    ]);
    for (const role of comparison.roles) {
      for (const cell of [...role.attributes, role.overall]) {
        expect(cell.status).toBe('shown');
        if (cell.status === 'shown') expect([12.5, 37.5, 62.5, 87.5]).toContain(cell.median);
        expect(Object.keys(cell).sort()).toEqual(cell.status === 'shown' ? ['dimension', 'median', 'status'] : ['dimension', 'status']);
      }
    }
  });

  it('shows nothing by role when no two groups can be told apart', () => {
    expect(shownRoles(team([4, 4, 4]))).toBe('not-shown');
    // One role and nothing else: that role is the whole team.
    expect(shownRoles(team([0, 0, 8]))).toBe('not-shown');
    // One role and a rest below the minimum: the rest would be known by subtraction.
    expect(shownRoles(team([0, 6, 0], 2))).toBe('not-shown');
    // Nothing but the status: no role and no count (the page states the rule with the minimum).
    expect(compareRoles(small, team([4, 4, 4]), { minimumGroupSize: MINIMUM })).toEqual({ status: 'not-shown' });
  });

  it('never shows two roles beside the team when the third is small: it would be the difference', () => {
    // 5 senior leaders, 6 people managers, 2 individual contributors: showing the first two and the whole
    // team (13) would tell the two contributors' figures apart. Only one role is shown, with 7 left over.
    expect(shownRoles(team([5, 6, 2]))).toEqual([['people-manager', 6]]);
    // With a rest of exactly the minimum both can be shown.
    expect(shownRoles(team([5, 6, 5]))).toEqual([
      ['senior-leader', 5],
      ['people-manager', 6],
      ['individual-contributor', 5],
    ]);
    expect(shownRoles(team([5, 6, 0], 5))).toEqual([
      ['senior-leader', 5],
      ['people-manager', 6],
    ]);
    expect(shownRoles(team([5, 6, 0], 1))).toEqual([['people-manager', 6]]);
  });

  it('applies the same rule per attribute, to the results that could score it', () => {
    // 5 senior leaders, 5 people managers, 5 contributors; two contributors answered “Don’t know” to all of gamma,
    // so gamma is scored by 5 + 5 + 3 = 13. Contributors' gamma is held back (3), and then the rest of gamma (3)
    // would be the difference of the whole team and the two other roles: one of those is held back too.
    const results = [...team([5, 5, 0]), ...Array.from({ length: 5 }, (_, i) => member(small, 2 + (i % 3), 'individual-contributor', i < 2 ? ['gamma'] : []))];
    const comparison = compareRoles(small, results, { minimumGroupSize: MINIMUM });
    if (comparison.status !== 'shown') throw new Error(comparison.status);
    const gamma = comparison.roles.map((r) => r.attributes.find((a) => a.dimension === 'gamma')?.status);
    expect(gamma.filter((s) => s === 'shown').length).toBe(1);
    expect(comparison.roles.map((r) => r.attributes.find((a) => a.dimension === 'alpha')?.status)).toEqual(['shown', 'shown', 'shown']);
  });

  it('an attacker who subtracts shown counts from the whole team never finds a group below the minimum (property)', () => {
    fc.assert(
      fc.property(fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9)), fc.nat(7), (counts, none) => {
        const results = team(counts, none);
        const comparison = compareRoles(small, results, { minimumGroupSize: MINIMUM });
        if (comparison.status !== 'shown') return;
        const rest = derivableRest(
          results.length,
          comparison.roles.map((r) => r.n),
        );
        expect(rest === 0 || rest >= MINIMUM).toBe(true);
        expect(comparison.roles.every((r) => r.n >= MINIMUM)).toBe(true);
        // At least two groups can be told apart (two roles, or one role and a large enough rest).
        expect(comparison.roles.length >= 2 || rest >= MINIMUM).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('roleDifferences', () => {
  it('names attributes the roles place in different ranges, widest first, and never those in one range', () => {
    // Senior leaders score 100 on every attribute (75–100), managers and contributors 50 (50–75): equal gaps keep instrument order.
    const results = [
      ...Array.from({ length: 5 }, () => member(small, 5, 'senior-leader')),
      ...Array.from({ length: 5 }, () => member(small, 3, 'people-manager')),
      ...Array.from({ length: 5 }, () => member(small, 3, 'individual-contributor')),
    ];
    const differences = roleDifferences(compareRoles(small, results, { minimumGroupSize: MINIMUM }));
    expect(differences.map((d) => d.dimension)).toEqual(['alpha', 'beta', 'gamma']);
    expect(differences[0]).toEqual({
      dimension: 'alpha',
      highest: { roles: ['senior-leader'], median: 87.5 },
      lowest: { roles: ['people-manager', 'individual-contributor'], median: 62.5 },
    });
    const alike = [...Array.from({ length: 5 }, () => member(small, 3, 'senior-leader')), ...Array.from({ length: 5 }, () => member(small, 3, 'people-manager'))];
    expect(roleDifferences(compareRoles(small, alike, { minimumGroupSize: MINIMUM }))).toEqual([]);
  });
});
