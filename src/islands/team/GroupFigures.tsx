import type { ComponentChildren } from 'preact';
import { adviseFrom } from '../../domain/advice/advise.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { ResultScores, ScoredAttribute } from '../../domain/scoring/types.ts';
import { bandsOfRange, bandsOfRangeText, headlineSentences, teamHeadline } from '../../domain/team/headline.ts';
import type { RoleComparison } from '../../domain/team/roles.ts';
import type { AttributeStatistics } from '../../domain/team/statistics.ts';
import { resultsStillNeeded, type GroupReport } from '../../domain/team/team-report.ts';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { figureRange } from '../../domain/team/summary.ts';
import { BandChart } from './BandChart.tsx';
import { BoxPlot } from './BoxPlot.tsx';
import { count } from './format.ts';
import { RoleTable } from './RoleTable.tsx';
import { AdviceList } from '../common/AdviceList.tsx';

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
  lang: string;
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
export function GroupFigures({ instrument, group, title, level, meta, roles, minimum, index, lang }: Props) {
  const id = `group-${group.id}`;
  const stats = group.statistics;
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const Title = `h${level}` as const;
  const Sub = level === 2 ? 'h3' : 'h4';
  const Item = level === 2 ? 'h4' : 'h5';
  const scoreText = (a: { score: number }) => `median ${figureRange(a.score)} · ${bandsOfRangeText(instrument, a.score)}`;
  return (
    <section class="group-figures" aria-labelledby={`${id}-title`}>
      <Title id={`${id}-title`} tabIndex={level === 2 ? -1 : undefined}>
        {title}
      </Title>
      {meta}
      {stats.status === 'suppressed' && (
        <div class="callout held-back">
          <p>
            <strong>No figures yet.</strong> {stats.message}
          </p>
          <p>
            {group.loaded === 0 ? 'No results are loaded' : `${count(group.loaded, lang, 'result is', 'results are')} loaded`}; load{' '}
            {count(resultsStillNeeded(group, minimum), lang, 'more result')} to see them.
          </p>
        </div>
      )}
      {stats.status === 'refused' && <p role="alert">{stats.message}</p>}
      {stats.status === 'shown' &&
        (() => {
          const headline = teamHeadline(instrument, stats);
          const { lead, detail, points } = headlineSentences(instrument, stats, headline);
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
                <p class="note">
                  Figures from {count(stats.respondents, lang, 'result')}, each a range of 25 points on the 0–100 scale.
                </p>
              </div>
              {stats.notes.map((note) => (
                <p class="callout version-note" key={note}>
                  {note}
                </p>
              ))}

              {priorities.length > 0 && (
                <div class="team-start">
                  <Sub>Where to start</Sub>
                  <p>The attributes with the lowest medians, with plays to try together.</p>
                  <AdviceList instrument={instrument} advice={priorities} index={index} heading={Item} scoreText={scoreText} />
                </div>
              )}

              {headline.disagreement.length > 0 && (
                <>
                  <Sub>Where people disagree</Sub>
                  <p>The attributes where the middle half of the team is furthest apart: worth talking about first.</p>
                  <ol class="disagreement">
                    {headline.disagreement.map((dimension) => {
                      const figures = stats.attributes.find((a) => a.dimension === dimension);
                      return (
                        <li key={dimension}>
                          <strong>{names.get(dimension) ?? dimension}</strong>
                          {figures?.status === 'shown' && figures.q1 !== null && figures.q3 !== null && (
                            <>: the middle half runs from {figureRange(figures.q1)} to {figureRange(figures.q3)}</>
                          )}
                          .
                        </li>
                      );
                    })}
                  </ol>
                </>
              )}

              {roles && <RoleTable instrument={instrument} stats={stats} roles={roles} heading={Sub} />}

              <Sub>Scores per attribute</Sub>
              <p class="hint">
                The middle half of the team is shown from {count(stats.spreadMinimum, lang, 'result')}. Figures are ranges of 25 points and
                no lowest or highest score is shown, so no one’s own score can be picked out.
              </p>
              <BoxPlot instrument={instrument} attributes={stats.attributes} overall={stats.overall} caption={`${level === 2 ? 'The team' : title}: median and middle half per attribute, 0 to 100`} />

              <Sub>Overall bands</Sub>
              <BandChart
                instrument={instrument}
                bands={stats.bands}
                notEnoughAnswers={stats.notEnoughAnswers}
                caption={`${level === 2 ? 'The team' : title}: results per overall band`}
                id={`${id}-bands`}
              />

              {strengths.length > 0 && (
                <div class="team-strengths">
                  <Sub>What the team can build on</Sub>
                  <p>The attributes with the highest medians: what a first social-learning pilot can lean on.</p>
                  <AdviceList instrument={instrument} advice={strengths} index={index} heading={Item} scoreText={scoreText} />
                </div>
              )}
            </>
          );
        })()}
    </section>
  );
}
