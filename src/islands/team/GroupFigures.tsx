import { adviseFrom } from '../../domain/advice/advise.ts';
import { bandFor } from '../../domain/instrument/bands.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { ResultScores, ScoredAttribute } from '../../domain/scoring/types.ts';
import type { AttributeStatistics } from '../../domain/team/statistics.ts';
import { resultsStillNeeded, type GroupReport } from '../../team/team-report.ts';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { BandChart } from './BandChart.tsx';
import { BoxPlot } from './BoxPlot.tsx';
import { count, whole } from './format.ts';
import { AdviceList } from '../shared/AdviceList.tsx';

interface Props {
  instrument: Instrument;
  group: GroupReport;
  /** The heading: "Team figures" for one group, the group's name when comparing. */
  title: string;
  minimum: number;
  index: PlaybookIndex;
  lang: string;
}

/** The team's medians as if they were one result's scores, so the engine's advice can rank them. */
function mediansAsScores(instrument: Instrument, attributes: readonly AttributeStatistics[]): ResultScores {
  const scored = attributes.flatMap((a): ScoredAttribute[] => {
    if (a.status !== 'shown') return [];
    const band = bandFor(instrument, a.median)?.id ?? '';
    return [{ dimension: a.dimension, status: 'scored', score: a.median, band, answered: a.n, itemCount: a.n }];
  });
  return { attributes: scored, overall: { status: 'not-enough-answers' }, notes: [] };
}

/** One group's figures, or the reason they are held back. */
export function GroupFigures({ instrument, group, title, minimum, index, lang }: Props) {
  const id = `group-${group.id}`;
  const stats = group.statistics;
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  return (
    <section class="group-figures" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
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
      {stats.status === 'shown' && (() => {
        const advice = adviseFrom(instrument, mediansAsScores(instrument, stats.attributes));
        const disagreement = stats.spreadRanking.slice(0, 3);
        // An attribute named as a strength is not also a priority, even when most medians are alike.
        const strong = new Set(advice.strengths.map((a) => a.dimension));
        const priorities = advice.priorities.filter((a) => !strong.has(a.dimension)).slice(0, 3);
        return (
          <>
            <p class="result-meta">Figures from {count(stats.respondents, lang, 'result')}.</p>
            {stats.notes.map((note) => (
              <p class="callout version-note" key={note}>
                {note}
              </p>
            ))}
            <h3>Scores per attribute</h3>
            <p class="hint">The line runs from the lowest to the highest score, the box holds the middle half of the team, the thick mark is the median.</p>
            <BoxPlot instrument={instrument} attributes={stats.attributes} overall={stats.overall} caption={`${title}: spread of scores per attribute, 0 to 100`} />

            <h3>Overall bands</h3>
            <BandChart instrument={instrument} bands={stats.bands} notEnoughAnswers={stats.notEnoughAnswers} caption={`${title}: results per overall band`} />

            {disagreement.length > 0 && (
              <>
                <h3>Where the team disagrees</h3>
                <p>The attributes where the middle half of the team is furthest apart: worth talking about first.</p>
                <ol class="disagreement">
                  {disagreement.map((d) => {
                    const figures = stats.attributes.find((a) => a.dimension === d.dimension);
                    return (
                      <li key={d.dimension}>
                        <strong>{names.get(d.dimension) ?? d.dimension}</strong>: the middle half spans {whole(d.iqr)} points
                        {figures?.status === 'shown' && (
                          <>
                            {' '}
                            (from {whole(figures.q1)} to {whole(figures.q3)})
                          </>
                        )}
                        .
                      </li>
                    );
                  })}
                </ol>
              </>
            )}
            {advice.strengths.length > 0 && (
              <>
                <h3>Shared strengths</h3>
                <p>The attributes with the highest medians: what a first social-learning pilot can lean on.</p>
                <AdviceList instrument={instrument} advice={advice.strengths} index={index} heading="h4" figure="median" />
              </>
            )}
            {priorities.length > 0 && (
              <>
                <h3>Shared priorities</h3>
                <p>The attributes with the lowest medians, with plays to try together.</p>
                <AdviceList instrument={instrument} advice={priorities} index={index} heading="h4" figure="median" />
              </>
            )}
          </>
        );
      })()}
    </section>
  );
}
