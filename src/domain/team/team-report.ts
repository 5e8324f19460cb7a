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
  const spreadMinimum = clampSpreadSize(options.spreadMinimum, minimumGroupSize);
  const instrumentRef = { id: instrument.id, version: instrument.version };
  const [a, b] = groups;
  if (b === undefined) {
    const statistics = teamStatistics(instrument, a.results, options);
    return {
      madeAt,
      instrument: instrumentRef,
      minimumGroupSize,
      spreadMinimum,
      groups: [{ id: a.id, name: a.name, loaded: a.results.length, statistics }],
      gaps: null,
      ...(statistics.status === 'shown' ? { roles: compareRoles(instrument, a.results, options) } : {}),
    };
  }
  const comparison = compareGroups(instrument, a.results, b.results, options);
  if (comparison.status === 'refused') {
    const refused = teamStatistics(instrument, [...a.results, ...b.results], options);
    return {
      madeAt,
      instrument: instrumentRef,
      minimumGroupSize,
      spreadMinimum,
      groups: [
        { id: a.id, name: a.name, loaded: a.results.length, statistics: refused },
        { id: b.id, name: b.name, loaded: b.results.length, statistics: refused },
      ],
      gaps: null,
    };
  }
  return {
    madeAt,
    instrument: instrumentRef,
    minimumGroupSize,
    spreadMinimum,
    groups: [
      { id: a.id, name: a.name, loaded: a.results.length, statistics: comparison.a },
      { id: b.id, name: b.name, loaded: b.results.length, statistics: comparison.b },
    ],
    gaps: comparison.gaps.map((g): PerceptionGap =>
      g.status === 'shown'
        ? { dimension: g.dimension, status: 'shown', gap: g.medianGap }
        : { dimension: g.dimension, status: 'suppressed' },
    ),
  };
}

export { hasFigures, resultsStillNeeded } from './report-checks.ts';
