import type { Instrument } from '../instrument/schema.ts';
import { ROLES, type Role } from '../result/role.ts';
import { scoreFigures } from '../scoring/score.ts';
import { clampGroupSize } from './group-size.ts';
import type { TeamMemberResult } from './statistics.ts';
import { publishFigures } from './summary.ts';

/** A team member's result with the role the person gave in the check, if any. */
export interface RoledResult extends TeamMemberResult {
  readonly role?: Role | undefined;
}

/** One published cell of the role comparison: a median as a 25-point range, or held back. */
export type RoleCell = { readonly dimension: string } & ({ readonly status: 'shown'; readonly median: number } | { readonly status: 'held-back' });

export interface RoleFigures {
  readonly role: Role;
  /** Results of this role (shown only because this role, and what is left over, are large enough). */
  readonly n: number;
  /** Per attribute, in instrument order. */
  readonly attributes: readonly RoleCell[];
  readonly overall: RoleCell;
}

export type RoleComparison =
  | { readonly status: 'shown'; readonly roles: readonly RoleFigures[] }
  /** No two groups can be told apart; says nothing about which roles took part or how many (the page states the rule). */
  | { readonly status: 'not-shown' };

/**
 * Which of several disjoint parts of a published total may be published too. Primary
 * suppression: a part below `minimum` is held back. Secondary (complementary) suppression: the
 * total minus every published part is what an attacker gets by subtraction, so that rest must be
 * empty or reach `minimum` as well; while it does not, the smallest published part is held back
 * with it. (With two of three roles shown next to the whole team, the third would otherwise be
 * the difference.) Ties hold back the earlier part.
 */
export function publishableParts(total: number, parts: readonly number[], minimum: number): boolean[] {
  const shown = parts.map((n) => n >= minimum);
  const rest = () => parts.reduce((left, n, i) => left - (shown[i] ? n : 0), total);
  for (let left = rest(); left > 0 && left < minimum; left = rest()) {
    let smallest = -1;
    shown.forEach((on, i) => {
      if (on && (smallest < 0 || (parts[i] ?? 0) < (parts[smallest] ?? 0))) smallest = i;
    });
    if (smallest < 0) break;
    shown[smallest] = false;
  }
  return shown;
}

/**
 * The team's medians per role (senior leader, people manager, individual contributor), as
 * published next to the whole team's figures. Only roles that reach the minimum group size are
 * shown, and only when what is left over cannot single anyone out (see `publishableParts`); the
 * same rule holds again per attribute, for the results that could score it. Medians are 25-point
 * ranges like every team figure; no quartiles, band counts or lowest and highest scores per role.
 */
export function compareRoles(instrument: Instrument, results: readonly RoledResult[], options: { readonly minimumGroupSize?: number } = {}): RoleComparison {
  const minimum = clampGroupSize(options.minimumGroupSize);
  const notShown: RoleComparison = { status: 'not-shown' };
  const counts = ROLES.map((role) => results.filter((r) => r.role === role).length);
  const shownRoles = publishableParts(results.length, counts, minimum);
  const picked = ROLES.filter((_, i) => shownRoles[i]);
  const left = results.length - picked.reduce((sum, role) => sum + (counts[ROLES.indexOf(role)] ?? 0), 0);
  // One role with nothing left over is the whole team again: there is nothing to compare.
  if (picked.length === 0 || (picked.length === 1 && left === 0)) return notShown;

  const dimensions = instrument.dimensions;
  // Scores per attribute (and overall, last) for everyone, and for each picked role.
  const everyone = dimensions.map(() => 0).concat(0);
  const perRole = picked.map(() => [...dimensions.map((): number[] => []), [] as number[]]);
  for (const result of results) {
    const figures = scoreFigures(instrument, result.answers);
    const scores = [...figures.tallies.map((t) => t.score), figures.overall];
    const at = result.role === undefined ? -1 : picked.indexOf(result.role);
    scores.forEach((score, i) => {
      if (score === undefined) return;
      everyone[i] = (everyone[i] ?? 0) + 1;
      if (at >= 0) perRole[at]?.[i]?.push(score);
    });
  }
  const cells = everyone.map((total, i) =>
    publishableParts(
      total,
      perRole.map((columns) => columns[i]?.length ?? 0),
      minimum,
    ),
  );
  const cell = (r: number, i: number, dimension: string): RoleCell => {
    const values = perRole[r]?.[i] ?? [];
    return cells[i]?.[r] && values.length > 0
      ? { dimension, status: 'shown', median: publishFigures(values, Number.POSITIVE_INFINITY).median }
      : { dimension, status: 'held-back' };
  };
  return {
    status: 'shown',
    roles: picked.map((role, r) => ({
      role,
      n: counts[ROLES.indexOf(role)] ?? 0,
      attributes: dimensions.map((d, i) => cell(r, i, d.id)),
      overall: cell(r, dimensions.length, 'overall'),
    })),
  };
}

/** An attribute the roles shown place in different ranges: who sees it highest, who lowest. */
export interface RoleDifference {
  readonly dimension: string;
  readonly highest: { readonly roles: readonly Role[]; readonly median: number };
  readonly lowest: { readonly roles: readonly Role[]; readonly median: number };
}

/**
 * Attributes whose medians differ between the roles shown, the widest difference first (ties in
 * instrument order). Medians are 25-point ranges, so roles in one range are never called different.
 */
export function roleDifferences(comparison: RoleComparison): RoleDifference[] {
  if (comparison.status !== 'shown') return [];
  const first = comparison.roles[0];
  if (!first) return [];
  const differences: (RoleDifference & { readonly gap: number; readonly order: number })[] = [];
  first.attributes.forEach((attribute, index) => {
    const cells = comparison.roles.flatMap((r) => {
      const c = r.attributes[index];
      return c?.status === 'shown' ? [{ role: r.role, median: c.median }] : [];
    });
    if (cells.length < 2) return;
    const high = Math.max(...cells.map((c) => c.median));
    const low = Math.min(...cells.map((c) => c.median));
    if (high === low) return;
    differences.push({
      dimension: attribute.dimension,
      highest: { roles: cells.filter((c) => c.median === high).map((c) => c.role), median: high },
      lowest: { roles: cells.filter((c) => c.median === low).map((c) => c.role), median: low },
      gap: high - low,
      order: index,
    });
  });
  return differences.sort((a, b) => b.gap - a.gap || a.order - b.order).map(({ dimension, highest, lowest }) => ({ dimension, highest, lowest }));
}
