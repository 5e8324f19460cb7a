import { adviseFrom } from '../../domain/advice/advise.ts';
import { bandFor } from '../../domain/instrument/bands.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { ResultScores, ScoredAttribute } from '../../domain/scoring/types.ts';
import type { AttributeStatistics } from '../../domain/team/statistics.ts';
import { resultsStillNeeded, type GroupReport } from '../../domain/team/team-report.ts';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { figureRange } from '../../domain/team/summary.ts';
import { BandChart } from './BandChart.tsx';
import { BoxPlot } from './BoxPlot.tsx';
import { count } from './format.ts';
import { AdviceList } from '../common/AdviceList.tsx';
import { WordsProvider } from '../common/words.tsx';
import { commonAdvice } from '../../i18n/en/results.ts';

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
    const counts = { statements: a.n, scored: a.n, dontKnow: 0, notApplicable: 0, unanswered: 0 };
    return [{ dimension: a.dimension, status: 'scored', score: a.median, band, range: null, clearBand: false, counts }];
  });
  const overall = { status: 'not-enough-attributes', scoredAttributes: scored.length, needed: 0, missing: [], message: '' } as const;
  return { method: 2, attributes: scored, overall, gate: [], notes: [] };
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
            <p class="hint">
              The thick mark is the median; the box holds the middle half of the team, shown from {count(stats.spreadMinimum, lang, 'result')}.
              Figures are ranges of 25 points and no lowest or highest score is shown, so no one’s own score can be picked out.
            </p>
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
                        <strong>{names.get(d.dimension) ?? d.dimension}</strong>
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
            {advice.strengths.length > 0 && (
              <>
                <h3>Shared strengths</h3>
                <p>The attributes with the highest medians: what a first social-learning pilot can lean on.</p>
                <WordsProvider messages={commonAdvice} lang="en">
                  <AdviceList instrument={instrument} advice={advice.strengths} index={index} heading="h4" figure="median" />
                </WordsProvider>
              </>
            )}
            {priorities.length > 0 && (
              <>
                <h3>Shared priorities</h3>
                <p>The attributes with the lowest medians, with plays to try together.</p>
                <WordsProvider messages={commonAdvice} lang="en">
                  <AdviceList instrument={instrument} advice={priorities} index={index} heading="h4" figure="median" />
                </WordsProvider>
              </>
            )}
          </>
        );
      })()}
    </section>
  );
}
