import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { $check, openCheck } from '../../assessment/check-store.ts';
import * as storedDocument from '../../assessment/stored-document.ts';
import { adviseFrom } from '../../domain/advice/advise.ts';
import { findAnswerQualityHints } from '../../domain/answer-quality/hints.ts';
import { bandLabel } from '../../domain/instrument/bands.ts';
import { lookup } from '../../domain/instrument/lookup.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { scoreChange } from '../../domain/history/change.ts';
import { previousComparable } from '../../domain/history/comparable.ts';
import { openResult } from '../../domain/history/older-results.ts';
import { ROLE_LABELS } from '../../domain/result/role.ts';
import { outsideCountsInWords, rangeInWords } from '../../domain/scoring/precision.ts';
import type { AttributeScore } from '../../domain/scoring/types.ts';
import { AdviceList } from '../common/AdviceList.tsx';
import { formatDate } from '../common/format.ts';
import { WordsProvider } from '../common/words.tsx';
import type { Messages } from '../../i18n/translate.ts';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { ScoreChart, bandIndexOf, formatChange, type ScoreRow } from './ScoreChart.tsx';
import { ForFacilitator } from './ForFacilitator.tsx';
import { StorageBanner } from './StorageBanner.tsx';
import { ShareAsCode } from '../result-code/ShareAsCode.tsx';
import { NormsWhenSeen } from '../result-code/NormsWhenSeen.tsx';
import type { ResultFile } from './result-files.ts';

export interface ResultsProps {
  instrument: Instrument;
  basePath: string;
  lang: string;
  index: PlaybookIndex;
  checkUrl: string;
  historyUrl: string;
  /** The site's name, printed at the top of the leader's brief. */
  siteTitle: string;
  /** Shows this result instead of the one named in the address (used when it could not be saved). */
  resultId?: string;
  /** Where the organization's norms for this instrument version are (a JSON file); absent when there are none. */
  normsUrl?: string;
  /** The page's interface words; absent when shown inside another island that already provides them. */
  messages?: Messages;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an attribute's figure rests on, in words: "4 of 6 on the scale, 1 “Don’t know”". */
function basis(instrument: Instrument, a: AttributeScore): string {
  const outside = outsideCountsInWords(a.counts, { dontKnow: instrument.outsideAnswers.dontKnow.label, notApplicable: instrument.outsideAnswers.notApplicable.label });
  return `${a.counts.scored} of ${a.counts.statements} on the scale${outside ? `, ${outside}` : ''}`;
}

/** One completed result: what limits it first, the band, the chart, priorities and strengths with advice, hints, and export. */
export default function Results({ messages, ...props }: ResultsProps) {
  if (!messages) return <ResultsView {...props} />;
  return (
    <WordsProvider messages={messages} lang={props.lang}>
      <ResultsView {...props} />
    </WordsProvider>
  );
}

function ResultsView({ instrument, basePath, lang, index, checkUrl, historyUrl, siteTitle, resultId, normsUrl }: Omit<ResultsProps, 'messages'>) {
  useState(() => openCheck(instrument, basePath, storedDocument));
  const state = useStore($check);
  const [wanted] = useState(() => resultId ?? new URLSearchParams(window.location.search).get('id'));
  const [exportFailed, setExportFailed] = useState(false);
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
          <a class="button" href={checkUrl}>
            Take the readiness check
          </a>
        </p>
      </div>
    );
  }

  const opened = openResult(instrument, result);
  if (!opened.ok) return <p role="alert">{opened.message}</p>;
  const { scores, notes } = opened;
  const earlier = opened.otherVersion;
  const bands = lookup(instrument).bandsInOrder;
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const previous = previousComparable(history, result);
  const previousOpened = previous ? openResult(instrument, previous) : undefined;
  const change = previousOpened?.ok ? scoreChange(previousOpened.scores, scores) : undefined;
  const changeFrom = previous && change ? `your result of ${formatDate(previous.completedAt, lang)}` : undefined;

  const advice = adviseFrom(instrument, scores);
  const hints = earlier ? [] : findAnswerQualityHints(instrument, { answers: result.answers, stepSeconds: result.stepSeconds });
  const overall = scores.overall;
  const band = overall.status === 'scored' ? instrument.bands.find((b) => b.id === overall.band) : undefined;
  const unseen = scores.gate.filter((g) => g.status === 'unknown' && g.cause === 'dont-know');
  const totals = scores.attributes.reduce((t, a) => ({ dontKnow: t.dontKnow + a.counts.dontKnow, notApplicable: t.notApplicable + a.counts.notApplicable }), { dontKnow: 0, notApplicable: 0 });
  const exportAs = (kind: ResultFile) =>
    import('./result-files.ts').then(
      (files) => files.downloadResult(kind, instrument, result),
      () => setExportFailed(true),
    );
  const address = `${window.location.origin}${basePath}`;

  const rows: ScoreRow[] = scores.attributes.map((a) => {
    const delta = change?.attributes.get(a.dimension);
    const bandIndex = a.status === 'scored' ? bandIndexOf(bands, a.band) : undefined;
    return {
      id: a.dimension,
      name: names.get(a.dimension) ?? a.dimension,
      basis: basis(instrument, a),
      ...(a.status === 'scored' && bandIndex !== undefined ? { score: a.score, bandIndex } : {}),
      ...(a.status === 'scored' && a.range ? { range: { low: a.range.low, high: a.range.high } } : {}),
      ...(delta === undefined ? {} : { change: delta }),
    };
  });

  return (
    <div class="results">
      <p class="print-only print-head">
        {siteTitle} · {address} · Readiness check, printed {formatDate(new Date().toISOString(), lang)}
      </p>
      <StorageBanner />
      <h1>Your readiness result</h1>
      <p class="result-meta">
        Completed <time dateTime={result.completedAt}>{formatDate(result.completedAt, lang)}</time> · {instrument.title}, version{' '}
        {result.instrument.version}
        {result.role && <> · {ROLE_LABELS[result.role]}</>}
        {result.label && <> · “{result.label}”</>}
      </p>
      {wanted && result.id !== wanted && <p role="alert">That result is not on this device any more; this is your latest one.</p>}
      {earlier && (
        <div class="callout note earlier-version" role="note">
          <span class="callout-title">An earlier version of the check</span>
          <p>
            This result answered version {result.instrument.version} of the questions; the check now asks version{' '}
            {instrument.version}. It is shown as it was scored then, and it is not compared with results of the new
            version, because the statements changed.
          </p>
        </div>
      )}

      {unseen.map((g) => (
        <div class="callout warning finding" role="note" key={g.dimension}>
          <span class="callout-title">First, a finding</span>
          <p>{g.status === 'unknown' ? g.message : ''}</p>
        </div>
      ))}

      <section class="overall" aria-labelledby="overall-title">
        <h2 id="overall-title">
          {overall.status === 'scored' ? (
            <>
              <span class="overall-band">{bandLabel(instrument, overall.band)}</span>{' '}
              <span class="overall-score">
                overall {Math.round(overall.score)} of 100
                {change?.overall !== undefined && changeFrom && (
                  <>
                    {' '}
                    · {formatChange(change.overall)} since {changeFrom}
                  </>
                )}
              </span>
            </>
          ) : (
            'No overall band this time'
          )}
        </h2>
        {overall.status === 'not-enough-attributes' && <p>{overall.message}</p>}
        {band && <p>{band.guidance}</p>}
        {overall.status === 'scored' && overall.cap && (
          <div class="callout warning" role="note">
            <span class="callout-title">Why this band</span>
            <p>{overall.cap.reason}</p>
          </div>
        )}
        {(totals.dontKnow > 0 || totals.notApplicable > 0) && (
          <p class="outside-counts">
            You answered “{instrument.outsideAnswers.dontKnow.label}” to {plural(totals.dontKnow, 'statement', 'statements')} and “
            {instrument.outsideAnswers.notApplicable.label}” to {plural(totals.notApplicable, 'statement', 'statements')}. They
            are not scored; an attribute needs at least {instrument.scoring.minimumScoredAnswers} answers on the scale for a
            score.
          </p>
        )}
        {[...notes, ...scores.notes].map((n) => (
          <p class="note" key={n}>
            {n}
          </p>
        ))}
      </section>

      <section aria-labelledby="scores-title">
        <h2 id="scores-title">Scores per attribute</h2>
        <ScoreChart id="scores" caption="Readiness score per attribute, 0 to 100" bands={bands} rows={rows} {...(changeFrom ? { changeFrom } : {})} />
        <ul class="precision-list">
          {scores.attributes.map((a) => (
            <li key={a.dimension}>
              <strong>{names.get(a.dimension) ?? a.dimension}:</strong>{' '}
              {a.status === 'scored' ? rangeInWords(a.range, a.counts) : `not scored: ${basis(instrument, a)}; a score needs ${a.needed} answers on the scale.`}
            </li>
          ))}
        </ul>
        <details class="attribute-meanings no-print">
          <summary>What each attribute means</summary>
          <dl>
            {instrument.dimensions.map((d) => (
              <div key={d.id}>
                <dt>{d.name}</dt>
                <dd>{d.summary}</dd>
              </div>
            ))}
          </dl>
        </details>
      </section>

      {!earlier && normsUrl && (
        <NormsWhenSeen
          normsUrl={normsUrl}
          names={Object.fromEntries(names)}
          attributes={scores.attributes.map((a) => ({ dimension: a.dimension, status: a.status, ...(a.status === 'scored' ? { score: a.score } : {}) }))}
        />
      )}

      <section aria-labelledby="keep-title" class="no-print">
        <h2 id="keep-title">Keep or share this result</h2>
        <p>
          Files are made in your browser and saved to your device. To share with a facilitator, send them the JSON file
          yourself: nothing is uploaded. The files include your answers, your role if you gave one, and the label.
        </p>
        <div class="step-actions">
          <button type="button" class="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <button type="button" class="button secondary" onClick={() => void exportAs('json')}>
            Export as JSON
          </button>
          <button type="button" class="button secondary" onClick={() => void exportAs('csv')}>
            Export as CSV
          </button>
        </div>
        <ForFacilitator onExport={() => void exportAs('for-facilitator')} />
        {exportFailed && <p role="alert">The file could not be made: part of this page did not load. Reload the page and try again.</p>}
        <p>
          <a href={historyUrl}>See all your results and how they changed</a> · <a href={checkUrl}>Take the check again</a>
        </p>
      </section>
      <ShareAsCode instrument={instrument} result={result} sharedUrl={`${checkUrl}shared/`} />
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

    </div>
  );
}
