import type { GroupId, TeamReport } from '../team/team-report.ts';
import type { ReportFigures } from './from-report.ts';

/**
 * What a norm may keep of one group of a team report: the figures the team view publishes (n,
 * each shown attribute's median and quartiles, already 25-point ranges), never a score. The
 * report counts bands for the overall result only, so a norm made here has no per-attribute band
 * counts. Null while the group shows no attribute's figures.
 */
export function teamReportFigures(report: TeamReport, group: GroupId = 'a'): ReportFigures | null {
  const statistics = report.groups.find((g) => g.id === group)?.statistics;
  if (statistics?.status !== 'shown') return null;
  const attributes = statistics.attributes.flatMap((a) =>
    a.status === 'shown'
      ? [{ id: a.dimension, median: a.median, ...(a.q1 !== null && a.q3 !== null ? { quartiles: [a.q1, a.q3] as const } : {}) }]
      : [],
  );
  if (attributes.length === 0) return null;
  return { instrument: report.instrument, n: statistics.respondents, attributes };
}
