import type { ComponentChildren } from 'preact';
import { adviseFrom } from '../../domain/advice/advise.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { ResultScores, ScoredAttribute } from '../../domain/scoring/types.ts';
import { bandsOfRange, headlineStatements, teamHeadline } from '../../domain/team/headline.ts';
import type { RoleComparison } from '../../domain/team/roles.ts';
import type { AttributeStatistics } from '../../domain/team/statistics.ts';
import { resultsStillNeeded, type GroupReport } from '../../domain/team/team-report.ts';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { figureRange } from '../../domain/team/summary.ts';
import { BandChart } from './BandChart.tsx';
import { BoxPlot } from './BoxPlot.tsx';
import { RoleTable } from './RoleTable.tsx';
import { AdviceList } from '../common/AdviceList.tsx';
import { useWords } from '../common/words.tsx';
import { around } from '../../i18n/translate.ts';
import { bandsOfRangeWords, headlineWords, suppressedWords } from './team-words.ts';

interface Props {
  instrument: Instrument;
  group: GroupReport;
  /** The heading: "Team report" for one group, the group's name when comparing. */
  title: string;
  /** The heading's level: 2 when this group is the whole report, 3 under the report's heading when comparing. */
  level: 2 | 3;
  /** What goes under the heading (the report's date and sizes, when this group is the whole report). */
  meta?: ComponentChildren;
  /** The team by role; only for a single group. */
  roles?: RoleComparison | undefined;
  minimum: number;
  index: PlaybookIndex;
}

/**
 * The team's medians as if they were one result's scores, so the engine's advice can rank them.
 * A median is a 25-point range; when a band edge runs through it, the advice for the lower band
 * is given (the figures cannot rule it out).
 */
function mediansAsScores(instrument: Instrument, attributes: readonly AttributeStatistics[]): ResultScores {
  const scored = attributes.flatMap((a): ScoredAttribute[] => {
    if (a.status !== 'shown') return [];
    const band = bandsOfRange(instrument, a.median)[0]?.id ?? '';
    const counts = { statements: a.n, scored: a.n, dontKnow: 0, notApplicable: 0, unanswered: 0 };
    return [{ dimension: a.dimension, status: 'scored', score: a.median, band, range: null, clearBand: false, counts }];
  });
  const overall = { status: 'not-enough-attributes', scoredAttributes: scored.length, needed: 0, missing: [], message: '' } as const;
  return { method: 2, attributes: scored, overall, gate: [], notes: [] };
}

/**
 * One group's report, or the reason its figures are held back. What to do comes first (the
 * headline, where to start, where people disagree, roles), then the figures behind it.
 */
export function GroupFigures({ instrument, group, title, level, meta, roles, minimum, index }: Props) {
  const t = useWords();
  const id = `group-${group.id}`;
  const stats = group.statistics;
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const Title = `h${level}` as const;
  const Sub = level === 2 ? 'h3' : 'h4';
  const Item = level === 2 ? 'h4' : 'h5';
  const scoreText = (a: { score: number }) => t('team.start.score', { range: figureRange(a.score), bands: bandsOfRangeWords(t, instrument, a.score) });
  const who = level === 2 ? t('team.theTeam') : title;
  return (
    <section class="group-figures" aria-labelledby={`${id}-title`}>
      <Title id={`${id}-title`} tabIndex={level === 2 ? -1 : undefined}>
        {title}
      </Title>
      {meta}
      {stats.status === 'suppressed' && (
        <div class="callout held-back">
          <p>
            <strong>{t('team.held.title')}</strong> {suppressedWords(t, { of: 'team' }, minimum)}
          </p>
          <p>
            {t('team.held.loadMore', {
              loaded: group.loaded === 0 ? t('team.held.none') : t('team.held.loaded', { count: group.loaded }),
              count: resultsStillNeeded(group, minimum),
            })}
          </p>
        </div>
      )}
      {stats.status === 'refused' && <p role="alert">{t('team.refused', { ids: stats.instrumentIds.join(', '), title: instrument.title })}</p>}
      {stats.status === 'shown' &&
        (() => {
          const headline = teamHeadline(instrument, stats);
          const { lead, detail, points } = headlineWords(t, instrument, headlineStatements(instrument, stats, headline));
          const advice = adviseFrom(instrument, mediansAsScores(instrument, stats.attributes));
          const weakest = new Set(headline.weakest);
          const strongest = new Set(headline.strongest);
          const priorities = advice.priorities.filter((a) => weakest.has(a.dimension));
          const strengths = advice.strengths.filter((a) => strongest.has(a.dimension));
          return (
            <>
              <div class="team-headline">
                <p class="headline-lead">
                  <strong>{lead}</strong> {detail}
                </p>
                <ul class="headline-points">
                  {points.map((point) => (
                    <li key={point}>{point}</li>
                  ))}
                </ul>
                <p class="note">{t('team.figuresFrom', { count: stats.respondents })}</p>
              </div>
              {stats.earlierVersion > 0 && <p class="callout version-note">{t('team.earlierVersion', { count: stats.earlierVersion })}</p>}

              {priorities.length > 0 && (
                <div class="team-start">
                  <Sub>{t('team.start.title')}</Sub>
                  <p>{t('team.start.intro')}</p>
                  <AdviceList instrument={instrument} advice={priorities} index={index} heading={Item} scoreText={scoreText} />
                </div>
              )}

              {headline.disagreement.length > 0 && (
                <>
                  <Sub>{t('team.disagree.title')}</Sub>
                  <p>{t('team.disagree.intro')}</p>
                  <ol class="disagreement">
                    {headline.disagreement.map((dimension) => {
                      const figures = stats.attributes.find((a) => a.dimension === dimension);
                      const [before, after] =
                        figures?.status === 'shown' && figures.q1 !== null && figures.q3 !== null
                          ? around(t, 'team.disagree.item', 'name', { low: figureRange(figures.q1), high: figureRange(figures.q3) })
                          : around(t, 'team.disagree.itemName', 'name');
                      return (
                        <li key={dimension}>
                          {before}
                          <strong>{names.get(dimension) ?? dimension}</strong>
                          {after}
                        </li>
                      );
                    })}
                  </ol>
                </>
              )}

              {roles && <RoleTable instrument={instrument} stats={stats} roles={roles} heading={Sub} minimum={minimum} />}

              <Sub>{t('team.scores.title')}</Sub>
              <p class="hint">{t('team.scores.hint', { count: stats.spreadMinimum })}</p>
              <BoxPlot
                instrument={instrument}
                attributes={stats.attributes}
                overall={stats.overall}
                minimum={minimum}
                caption={t('team.box.caption', { who })}
              />

              <Sub>{t('team.bands.title')}</Sub>
              <BandChart
                instrument={instrument}
                bands={stats.bands}
                notEnoughAnswers={stats.notEnoughAnswers}
                caption={t('team.bands.caption', { who })}
                id={`${id}-bands`}
              />

              {strengths.length > 0 && (
                <div class="team-strengths">
                  <Sub>{t('team.strengths.title')}</Sub>
                  <p>{t('team.strengths.intro')}</p>
                  <AdviceList instrument={instrument} advice={strengths} index={index} heading={Item} scoreText={scoreText} />
                </div>
              )}
            </>
          );
        })()}
    </section>
  );
}
