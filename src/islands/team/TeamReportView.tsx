import type { Instrument } from '../../domain/instrument/schema.ts';
import type { TeamReport } from '../../domain/team/team-report.ts';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { formatDateTime } from '../common/format.ts';
import { count } from './format.ts';
import { GapChart } from './GapChart.tsx';
import { GroupFigures } from './GroupFigures.tsx';

interface Props {
  instrument: Instrument;
  report: TeamReport;
  index: PlaybookIndex;
  lang: string;
}

/** The report as seen on screen and on paper: when it was made, group sizes, the gap, each group's figures. */
export function TeamReportView({ instrument, report, index, lang }: Props) {
  const [a, b] = report.groups;
  const comparing = report.gaps !== null && a !== undefined && b !== undefined;
  return (
    <div class="team-report">
      <p class="report-meta">
        Team report · {instrument.title} · made <time dateTime={report.madeAt}>{formatDateTime(report.madeAt, lang)}</time> ·{' '}
        {report.groups.map((g, i) => (
          <span key={g.id}>
            {i > 0 && ', '}
            {comparing ? `${g.name}: ` : ''}
            {count(g.loaded, lang, 'result')}
          </span>
        ))}
        {' '}· figures shown from {report.minimumGroupSize} results
      </p>
      {comparing && report.gaps && a && b && (
        <section class="gap-section" aria-labelledby="gap-title">
          <h2 id="gap-title">Perception gap</h2>
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
        <GroupFigures
          key={g.id}
          instrument={instrument}
          group={g}
          title={comparing ? g.name : 'Team figures'}
          minimum={report.minimumGroupSize}
          index={index}
          lang={lang}
        />
      ))}
    </div>
  );
}
