// Loaded once there is a report to show: the team page itself carries none of the charts.
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { TeamReport } from '../../domain/team/team-report.ts';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { formatDateTime } from '../common/format.ts';
import { count } from './format.ts';
import { GapChart } from './GapChart.tsx';
import { GroupFigures } from './GroupFigures.tsx';

export interface TeamReportProps {
  instrument: Instrument;
  report: TeamReport;
  index: PlaybookIndex;
  lang: string;
}

/**
 * The report as seen on screen and on paper. One group: its report under one heading, the
 * headline first. Two groups: the perception gap, then each group's report.
 */
export default function TeamReportView({ instrument, report, index, lang }: TeamReportProps) {
  const [a, b] = report.groups;
  const single = b === undefined;
  const meta = (
    <p class="report-meta">
      {instrument.title} · made <time dateTime={report.madeAt}>{formatDateTime(report.madeAt, lang)}</time> ·{' '}
      {report.groups.map((g, i) => (
        <span key={g.id}>
          {i > 0 && ', '}
          {single ? '' : `${g.name}: `}
          {count(g.loaded, lang, 'result')}
        </span>
      ))}{' '}
      · no figure for fewer than {report.minimumGroupSize} people
    </p>
  );
  if (single) {
    return (
      <div class="team-report">
        {a && (
          <GroupFigures
            instrument={instrument}
            group={a}
            title="Team report"
            level={2}
            meta={meta}
            roles={report.roles}
            minimum={report.minimumGroupSize}
            index={index}
            lang={lang}
          />
        )}
      </div>
    );
  }
  return (
    <section class="team-report" aria-labelledby="team-report-title">
      <h2 id="team-report-title" tabIndex={-1}>
        Team report
      </h2>
      {meta}
      {report.gaps && a && b && (
        <section class="gap-section" aria-labelledby="gap-title">
          <h3 id="gap-title">Perception gap</h3>
          <p>
            How {b.name} sees each attribute next to {a.name}: the median of {b.name} minus the median of {a.name}, in points. Above
            zero, {b.name} rates it higher.
          </p>
          {report.gaps.some((g) => g.status === 'shown') ? (
            <GapChart
              instrument={instrument}
              gaps={report.gaps}
              a={{ name: a.name, attributes: a.statistics.status === 'shown' ? a.statistics.attributes : undefined }}
              b={{ name: b.name, attributes: b.statistics.status === 'shown' ? b.statistics.attributes : undefined }}
            />
          ) : (
            <p class="callout held-back">{report.gaps[0]?.status === 'suppressed' ? report.gaps[0].message : 'No gap can be shown yet.'}</p>
          )}
        </section>
      )}
      {report.groups.map((g) => (
        <GroupFigures key={g.id} instrument={instrument} group={g} title={g.name} level={3} minimum={report.minimumGroupSize} index={index} lang={lang} />
      ))}
      <p class="note no-print">
        Roles are compared within one group only (roles inside chosen groups would split them further): untick “Compare two groups”
        to see the team by role.
      </p>
    </section>
  );
}
