// Loaded once there is a report to show: the team page itself carries none of the charts.
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { TeamReport } from '../../domain/team/team-report.ts';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { around } from '../../i18n/translate.ts';
import { formatDateTime } from '../common/format.ts';
import { useWords } from '../common/words.tsx';
import { GapChart } from './GapChart.tsx';
import { GroupFigures } from './GroupFigures.tsx';
import { suppressedWords } from './team-words.ts';

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
  const t = useWords();
  const [a, b] = report.groups;
  const single = b === undefined;
  const minimum = report.minimumGroupSize;
  const [madeBefore, madeAfter] = around(t, 'team.report.made', 'date');
  const meta = (
    <p class="report-meta">
      {instrument.title} · {madeBefore}
      <time dateTime={report.madeAt}>{formatDateTime(report.madeAt, lang)}</time>
      {madeAfter} ·{' '}
      {report.groups.map((g, i) => (
        <span key={g.id}>
          {i > 0 && ', '}
          {single ? '' : `${g.name}: `}
          {t('team.report.results', { count: g.loaded })}
        </span>
      ))}{' '}
      · {t('team.report.minimum', { minimum })}
    </p>
  );
  /** Why no gap is shown: the first attribute's reason (each says the same minimum), or that none can be shown yet. */
  const gapHeldBack = (dimension: string | undefined) => {
    const first = report.gaps?.[0];
    if (first?.status !== 'suppressed' || dimension === undefined) return t('team.gap.none');
    return suppressedWords(t, { of: 'gap', name: instrument.dimensions.find((d) => d.id === dimension)?.name ?? dimension }, minimum);
  };
  if (single) {
    return (
      <div class="team-report">
        {a && (
          <GroupFigures
            instrument={instrument}
            group={a}
            title={t('team.report.title')}
            level={2}
            meta={meta}
            roles={report.roles}
            minimum={minimum}
            index={index}
          />
        )}
      </div>
    );
  }
  return (
    <section class="team-report" aria-labelledby="team-report-title">
      <h2 id="team-report-title" tabIndex={-1}>
        {t('team.report.title')}
      </h2>
      {meta}
      {report.gaps && a && b && (
        <section class="gap-section" aria-labelledby="gap-title">
          <h3 id="gap-title">{t('team.gap.title')}</h3>
          <p>{t('team.gap.intro', { a: a.name, b: b.name })}</p>
          {report.gaps.some((g) => g.status === 'shown') ? (
            <GapChart
              instrument={instrument}
              gaps={report.gaps}
              a={{ name: a.name, attributes: a.statistics.status === 'shown' ? a.statistics.attributes : undefined }}
              b={{ name: b.name, attributes: b.statistics.status === 'shown' ? b.statistics.attributes : undefined }}
              minimum={minimum}
            />
          ) : (
            <p class="callout held-back">{gapHeldBack(report.gaps[0]?.dimension)}</p>
          )}
        </section>
      )}
      {report.groups.map((g) => (
        <GroupFigures key={g.id} instrument={instrument} group={g} title={g.name} level={3} minimum={minimum} index={index} />
      ))}
      <p class="note no-print">{t('team.roles.oneGroup', { compare: t('team.compare') })}</p>
    </section>
  );
}
