import type { GroupReport, TeamReport } from './team-report.ts';

// Apart from team-report.ts so the team page can ask these before the statistics code loads.

/** True when any figure at all would be shown (what is worth keeping or exporting). */
export function hasFigures(report: TeamReport): boolean {
  return report.groups.some((g) => g.statistics.status === 'shown');
}

/** How many more results a group needs before its figures appear (0 when they are shown). */
export function resultsStillNeeded(group: GroupReport, minimum: number): number {
  return Math.max(0, minimum - group.loaded);
}
