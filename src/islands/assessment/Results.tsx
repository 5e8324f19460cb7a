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
import { isScoresV1, openResult } from '../../domain/history/older-results.ts';
import { around, type Messages } from '../../i18n/translate.ts';
import { AdviceList } from '../common/AdviceList.tsx';
import { formatChange, formatDate } from '../common/format.ts';
import { GateNotes } from '../common/GateNotes.tsx';
import { basisWords, capWords, gateNote, hintWords, notEnoughWords, rangeWords } from '../common/score-words.ts';
import { useWords, withWords } from '../common/words.tsx';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { ScoreChart, bandIndexOf, type ScoreRow } from './ScoreChart.tsx';
import { ForFacilitator } from './ForFacilitator.tsx';
import { StorageBanner } from '../storage/StorageBanner.tsx';
import { ShareAsCode } from '../result-code/ShareAsCode.tsx';
import { NormsWhenSeen } from '../result-code/NormsWhenSeen.tsx';
import { RoleName } from '../result-code/roles.tsx';
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
  /** The page's interface words (`results.*`, `common.*` and those of the islands inside); absent when shown inside another island that already provides them. */
  messages?: Messages;
}

/** One completed result: what limits it first, the band, the chart, priorities and strengths with advice, hints, and export. */
const Results = withWords(ResultsView);
export default Results;

function ResultsView({ instrument, basePath, lang, index, checkUrl, historyUrl, siteTitle, resultId, normsUrl }: Omit<ResultsProps, 'messages'>) {
  const t = useWords();
  useState(() => openCheck(instrument, basePath, storedDocument));
  const state = useStore($check);
  const [wanted] = useState(() => resultId ?? new URLSearchParams(window.location.search).get('id'));
  const [exportFailed, setExportFailed] = useState(false);
  const history = state?.document.history ?? [];
  const result = (wanted ? history.find((r) => r.id === wanted) : undefined) ?? history.at(-1);

  useEffect(() => {
    if (result) document.title = `${t('results.documentTitle', { date: formatDate(result.completedAt, lang) })} · ${document.title.split(' · ').slice(-1)[0]}`;
  }, [result?.id]);

  if (!state) return null;
  if (!result) {
    return (
      <div class="results">
        <StorageBanner />
        <h1>{t('results.title')}</h1>
        <p>{t(wanted ? 'results.noneWithLink' : 'results.none')}</p>
        <p>
          <a class="button" href={checkUrl}>
            {t('results.take')}
          </a>
        </p>
      </div>
    );
  }

  const opened = openResult(instrument, result);
  if (!opened.ok) return <p role="alert">{t('results.differentInstrument', { found: opened.found, title: instrument.title })}</p>;
  const { scores } = opened;
  const earlier = opened.otherVersion;
  const version = result.instrument.version;
  const bands = lookup(instrument).bandsInOrder;
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const previous = previousComparable(history, result);
  const previousOpened = previous ? openResult(instrument, previous) : undefined;
  const change = previousOpened?.ok ? scoreChange(previousOpened.scores, scores) : undefined;
  const changeFrom = previous && change ? t('results.changeFrom', { date: formatDate(previous.completedAt, lang) }) : undefined;

  const advice = adviseFrom(instrument, scores);
  const hints = earlier ? [] : findAnswerQualityHints(instrument, { answers: result.answers, stepSeconds: result.stepSeconds });
  const overall = scores.overall;
  const band = overall.status === 'scored' ? instrument.bands.find((b) => b.id === overall.band) : undefined;
  const unseen = scores.gate.filter((g) => g.status === 'unknown' && g.cause === 'dont-know');
  const totals = scores.attributes.reduce((n, a) => ({ dontKnow: n.dontKnow + a.counts.dontKnow, notApplicable: n.notApplicable + a.counts.notApplicable }), { dontKnow: 0, notApplicable: 0 });
  const cap = capWords(t, instrument, scores, lang);
  const exportAs = (kind: ResultFile) =>
    import('./result-files.ts').then(
      (files) => files.downloadResult(kind, instrument, result),
      () => setExportFailed(true),
    );
  const address = `${window.location.origin}${basePath}`;
  const [completedBefore, completedAfter] = around(t, 'results.meta.completed', 'date');

  const rows: ScoreRow[] = scores.attributes.map((a) => {
    const delta = change?.attributes.get(a.dimension);
    const bandIndex = a.status === 'scored' ? bandIndexOf(bands, a.band) : undefined;
    return {
      id: a.dimension,
      name: names.get(a.dimension) ?? a.dimension,
      basis: basisWords(t, instrument, a.counts),
      ...(a.status === 'scored' && bandIndex !== undefined ? { score: a.score, bandIndex } : {}),
      ...(a.status === 'scored' && a.range ? { range: { low: a.range.low, high: a.range.high } } : {}),
      ...(delta === undefined ? {} : { change: delta }),
    };
  });

  return (
    <div class="results">
      <p class="print-only print-head">
        {t('results.printHead', { site: siteTitle, address, date: formatDate(new Date().toISOString(), lang) })}
      </p>
      <StorageBanner />
      <h1>{t('results.title')}</h1>
      <p class="result-meta">
        {completedBefore}
        <time dateTime={result.completedAt}>{formatDate(result.completedAt, lang)}</time>
        {completedAfter} · {t('results.meta.version', { title: instrument.title, version })}
        {result.role && (
          <>
            {' · '}
            <RoleName role={result.role} />
          </>
        )}
        {result.label && <> · {t('results.meta.label', { label: result.label })}</>}
      </p>
      {wanted && result.id !== wanted && <p role="alert">{t('results.notHere')}</p>}
      {earlier && (
        <div class="callout note earlier-version" role="note">
          <span class="callout-title">{t('results.earlier.title')}</span>
          <p>{t('results.earlier.text', { version, current: instrument.version })}</p>
        </div>
      )}

      {unseen.map((g) => (
        <div class="callout warning finding" role="note" key={g.dimension}>
          <span class="callout-title">{t('results.finding')}</span>
          <p>{g.status === 'unknown' ? gateNote(t, instrument, g, lang) : ''}</p>
        </div>
      ))}

      <section class="overall" aria-labelledby="overall-title">
        <h2 id="overall-title">
          {overall.status === 'scored' ? (
            <>
              <span class="overall-band">{bandLabel(instrument, overall.band)}</span>{' '}
              <span class="overall-score">
                {t('results.overall.score', { score: Math.round(overall.score) })}
                {change?.overall !== undefined && changeFrom && <> · {t('results.overall.change', { change: formatChange(change.overall), from: changeFrom })}</>}
              </span>
            </>
          ) : (
            t('results.overall.none')
          )}
        </h2>
        {overall.status === 'not-enough-attributes' && (
          <p>{isScoresV1(result.scores) ? t('results.overall.notEnoughV1') : notEnoughWords(t, instrument, overall)}</p>
        )}
        {band && <p>{band.guidance}</p>}
        {cap && (
          <div class="callout warning" role="note">
            <span class="callout-title">{t('results.cap.title')}</span>
            <p>{cap}</p>
          </div>
        )}
        {(totals.dontKnow > 0 || totals.notApplicable > 0) && (
          <p class="outside-counts">
            {t('results.outside', {
              dontKnow: instrument.outsideAnswers.dontKnow.label,
              dontKnowCount: t('results.outside.statements', { count: totals.dontKnow }),
              notApplicable: instrument.outsideAnswers.notApplicable.label,
              notApplicableCount: t('results.outside.statements', { count: totals.notApplicable }),
              minimum: instrument.scoring.minimumScoredAnswers,
            })}
          </p>
        )}
        {earlier && (
          <p class="note">
            {t(version < instrument.version ? 'results.otherVersion.earlier' : 'results.otherVersion.later', { version, current: instrument.version })}
          </p>
        )}
        <GateNotes instrument={instrument} scores={scores} lang={lang} />
      </section>

      <section aria-labelledby="scores-title">
        <h2 id="scores-title">{t('results.scores.title')}</h2>
        <ScoreChart id="scores" caption={t('results.scores.caption')} bands={bands} rows={rows} {...(changeFrom ? { changeFrom } : {})} />
        <ul class="precision-list">
          {scores.attributes.map((a) => (
            <li key={a.dimension}>
              <strong>{names.get(a.dimension) ?? a.dimension}:</strong>{' '}
              {a.status === 'scored' ? rangeWords(t, a.range, a.counts) : t('results.notScored', { basis: basisWords(t, instrument, a.counts), needed: a.needed })}
            </li>
          ))}
        </ul>
        <details class="attribute-meanings no-print">
          <summary>{t('results.meanings')}</summary>
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
        <h2 id="keep-title">{t('results.keep.title')}</h2>
        <p>{t('results.keep.text')}</p>
        <div class="step-actions">
          <button type="button" class="button" onClick={() => window.print()}>
            {t('results.keep.print')}
          </button>
          <button type="button" class="button secondary" onClick={() => void exportAs('json')}>
            {t('results.keep.json')}
          </button>
          <button type="button" class="button secondary" onClick={() => void exportAs('csv')}>
            {t('results.keep.csv')}
          </button>
        </div>
        <ForFacilitator onExport={() => void exportAs('for-facilitator')} />
        {exportFailed && <p role="alert">{t('results.keep.failed')}</p>}
        <p>
          <a href={historyUrl}>{t('results.keep.history')}</a> · <a href={checkUrl}>{t('results.keep.again')}</a>
        </p>
      </section>
      <ShareAsCode instrument={instrument} result={result} sharedUrl={`${checkUrl}shared/`} />
      {advice.priorities.length > 0 && (
        <section aria-labelledby="priorities-title">
          <h2 id="priorities-title">{t('results.priorities.title')}</h2>
          <p>{t('results.priorities.text')}</p>
          <AdviceList instrument={instrument} advice={advice.priorities.slice(0, 3)} index={index} />
        </section>
      )}
      {advice.strengths.length > 0 && (
        <section aria-labelledby="strengths-title">
          <h2 id="strengths-title">{t('results.strengths.title')}</h2>
          <p>{t('results.strengths.text')}</p>
          <AdviceList instrument={instrument} advice={advice.strengths} index={index} />
        </section>
      )}
      {hints.length > 0 && (
        <section aria-labelledby="hints-title" class="hints">
          <h2 id="hints-title">{t('results.hints.title')}</h2>
          <ul>
            {hints.map((h) => (
              <li key={h.kind === 'same-answer-both-ways' ? h.format : h.kind}>{hintWords(t, instrument, h)}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
