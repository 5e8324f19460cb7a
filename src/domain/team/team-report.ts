import { compareGroups } from './compare.ts';
import { clampSpreadSize } from './group-size.ts';
import { compareRoles, type RoleComparison, type RoledResult } from './roles.ts';
import { teamStatistics, type Suppressed, type TeamStatistics } from './statistics.ts';
import type { Instrument } from '../instrument/schema.ts';
import type { InstrumentRef } from '../result/result.ts';

export type GroupId = 'a' | 'b';

/** One group's figures as the page shows them: aggregates only, never a result. */
export interface GroupReport {
  readonly id: GroupId;
  readonly name: string;
  /** How many results were loaded into the group (said even when figures are held back). */
  readonly loaded: number;
  readonly statistics: TeamStatistics;
}

/** How differently group B sees an attribute than group A: median B − median A, in points. */
export type PerceptionGap = { readonly dimension: string } & ({ readonly status: 'shown'; readonly gap: number } | Suppressed);

/** Everything the team view shows, prints, exports and may keep: nothing in it belongs to one person. */
export interface TeamReport {
  readonly madeAt: string;
  readonly instrument: InstrumentRef;
  readonly minimumGroupSize: number;
  /** Results a group needs before its quartiles are shown. */
  readonly spreadMinimum: number;
  /** One group, or two when comparing (A first). */
  readonly groups: readonly GroupReport[];
  /** Present when comparing two groups. */
  readonly gaps: readonly PerceptionGap[] | null;
  /**
   * The team by role, for one group whose figures are shown (never when two groups are compared:
   * roles within chosen groups would split them further). Absent in summaries kept before roles.
   */
  readonly roles?: RoleComparison;
}

export interface GroupInput {
  readonly id: GroupId;
  readonly name: string;
  readonly results: readonly RoledResult[];
}

/** The report for one group, or for two groups and the gap between them (median B − median A). */
export function buildReport(
  instrument: Instrument,
  groups: readonly [GroupInput] | readonly [GroupInput, GroupInput],
  options: { readonly minimumGroupSize: number; readonly spreadMinimum: number },
  madeAt: string,
): TeamReport {
  const { minimumGroupSize } = options;
  const header = {
    madeAt,
    instrument: { id: instrument.id, version: instrument.version },
    minimumGroupSize,
    spreadMinimum: clampSpreadSize(options.spreadMinimum, minimumGroupSize),
  };
  const report = (group: GroupInput, statistics: TeamStatistics): GroupReport => ({ id: group.id, name: group.name, loaded: group.results.length, statistics });
  const [a, b] = groups;
  if (b === undefined) {
    const statistics = teamStatistics(instrument, a.results, options);
    return {
      ...header,
      groups: [report(a, statistics)],
      gaps: null,
      ...(statistics.status === 'shown' ? { roles: compareRoles(instrument, a.results, options) } : {}),
    };
  }
  const comparison = compareGroups(instrument, a.results, b.results, options);
  if (comparison.status === 'refused') {
    // Neither group is shown alone: the figures are those of both together, or held back.
    const together = teamStatistics(instrument, [...a.results, ...b.results], options);
    return { ...header, groups: [report(a, together), report(b, together)], gaps: null };
  }
  return {
    ...header,
    groups: [report(a, comparison.a), report(b, comparison.b)],
    gaps: comparison.gaps.map((g): PerceptionGap =>
      g.status === 'shown'
        ? { dimension: g.dimension, status: 'shown', gap: g.medianGap }
        : { dimension: g.dimension, status: 'suppressed' },
    ),
  };
}

export { hasFigures, resultsStillNeeded } from './report-checks.ts';
