import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $check, openCheck } from '../../assessment/check-store.ts';
import { dateStamp, downloadText } from '../../assessment/download.ts';
import { adviseFrom } from '../../domain/advice/advise.ts';
import { findAnswerQualityHints } from '../../domain/answer-quality/hints.ts';
import { bandLabel } from '../../domain/instrument/bands.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { exportResultsCsv } from '../../domain/exchange/export-csv.ts';
import { exportResultsJson } from '../../domain/exchange/export-json.ts';
import { openResult } from '../../domain/history/older-results.ts';
import { AdviceList } from './AdviceList.tsx';
import { formatDate } from './format.ts';
import type { PlaybookIndex } from './links.ts';
import { ScoreChart } from './ScoreChart.tsx';
import { ForFacilitator } from './ForFacilitator.tsx';
import { StorageBanner } from './StorageBanner.tsx';

export interface ResultsProps {
  instrument: Instrument;
  basePath: string;
  lang: string;
  index: PlaybookIndex;
  checkUrl: string;
  historyUrl: string;
  /** Shows this result instead of the one named in the address (used when it could not be saved). */
  resultId?: string;
}

/** One completed result: the band, the chart, priorities and strengths with advice, hints, and export. */
export default function Results({ instrument, basePath, lang, index, checkUrl, historyUrl, resultId }: ResultsProps) {
  useState(() => openCheck(instrument, basePath));
  const state = useStore($check);
  const [wanted] = useState(() => resultId ?? new URLSearchParams(window.location.search).get('id'));
  const history = state?.document.history ?? [];
  const result = (wanted ? history.find((r) => r.id === wanted) : undefined) ?? history.at(-1);

  useEffect(() => {
    if (result) document.title = `Your result, ${formatDate(result.completedAt, lang)} · ${document.title.split(' · ').slice(-1)[0]}`;
  }, [result?.id]);

  if (!state) return null;
  if (!result) {
    return (
      <div class="results">
        <StorageBanner />
        <h1>Your readiness result</h1>
        <p>There is no completed check in this browser yet{wanted ? ' with that link' : ''}.</p>
        <p>
          <a class="button" href={checkUrl}>Take the readiness check</a>
        </p>
      </div>
    );
  }

  const opened = openResult(instrument, result);
  if (!opened.ok) return <p role="alert">{opened.message}</p>;
  const { scores, notes } = opened;
  const advice = adviseFrom(instrument, scores);
  const hints = findAnswerQualityHints(instrument, result.answers);
  const overall = scores.overall;
  const band = overall.status === 'scored' ? instrument.bands.find((b) => b.id === overall.band) : undefined;
  const stamp = dateStamp(result.completedAt);

  return (
    <div class="results">
      <StorageBanner />
      <h1>Your readiness result</h1>
      <p class="result-meta">
        Completed <time dateTime={result.completedAt}>{formatDate(result.completedAt, lang)}</time> · {instrument.title},
        version {result.instrument.version}
        {result.label && <> · “{result.label}”</>}
      </p>
      {wanted && result.id !== wanted && <p role="alert">That result is not on this device any more; this is your latest one.</p>}

      <section class="overall" aria-labelledby="overall-title">
        <h2 id="overall-title">
          {overall.status === 'scored' ? (
            <>
              <span class="overall-band">{bandLabel(instrument, overall.band)}</span>{' '}
              <span class="overall-score">overall {Math.round(overall.score)} of 100</span>
            </>
          ) : (
            'Not enough answers for an overall result'
          )}
        </h2>
        {band && <p>{band.guidance}</p>}
        {overall.status === 'scored' && overall.cap && (
          <div class="callout warning" role="note">
            <span class="callout-title">Why this band</span>
            <p>{overall.cap.reason}</p>
          </div>
        )}
        {[...notes, ...scores.notes].map((n) => (
          <p class="note" key={n}>
            {n}
          </p>
        ))}
      </section>

      <section aria-labelledby="scores-title">
        <h2 id="scores-title">Scores per attribute</h2>
        <ScoreChart instrument={instrument} scores={scores} caption="Readiness score per attribute, 0 to 100" />
      </section>

      {advice.priorities.length > 0 && (
        <section aria-labelledby="priorities-title">
          <h2 id="priorities-title">Your priorities</h2>
          <p>Start with the weakest attribute. Each one links to its chapter and to plays you can run.</p>
          <AdviceList instrument={instrument} advice={advice.priorities.slice(0, 3)} index={index} />
        </section>
      )}
      {advice.strengths.length > 0 && (
        <section aria-labelledby="strengths-title">
          <h2 id="strengths-title">Your strengths</h2>
          <p>Build on these: they are what a first social-learning pilot can lean on.</p>
          <AdviceList instrument={instrument} advice={advice.strengths} index={index} />
        </section>
      )}
      {hints.length > 0 && (
        <section aria-labelledby="hints-title" class="hints">
          <h2 id="hints-title">About your answers</h2>
          <ul>
            {hints.map((h) => (
              <li key={h.message}>{h.message}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="keep-title" class="no-print">
        <h2 id="keep-title">Keep or share this result</h2>
        <p>
          Files are made in your browser and saved to your device. To share with a facilitator, send them the JSON file
          yourself: nothing is uploaded.
        </p>
        <div class="step-actions">
          <button type="button" class="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={() => downloadText(`readiness-${stamp}.json`, exportResultsJson(instrument, [result], new Date().toISOString()), 'application/json')}
          >
            Export as JSON
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={() => downloadText(`readiness-${stamp}.csv`, exportResultsCsv(instrument, [result]), 'text/csv')}
          >
            Export as CSV
          </button>
        </div>
        <ForFacilitator result={result} />
        <p>
          <a href={historyUrl}>See all your results and how they changed</a> · <a href={checkUrl}>Take the check again</a>
        </p>
      </section>
    </div>
  );
}
