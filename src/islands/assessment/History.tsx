import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $check, openCheck } from '../../assessment/check-store.ts';
import { eraseEverything } from '../../assessment/erase.ts';
import * as storedDocument from '../../assessment/stored-document.ts';
import { deleteResult } from '../../assessment/result-actions.ts';
import { importFile, type ImportFileOutcome } from '../../assessment/import-file.ts';
import { dateStamp, downloadText } from '../../assessment/download.ts';
import { bandLabel } from '../../domain/instrument/bands.ts';
import { lookup } from '../../domain/instrument/lookup.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { exportResultsCsv } from '../../domain/exchange/export-csv.ts';
import { exportResultsJson } from '../../domain/exchange/export-json.ts';
import { MAX_IMPORT_BYTES } from '../../domain/exchange/format.ts';
import { scoreChange } from '../../domain/history/change.ts';
import { comparability, trendSeries } from '../../domain/history/comparable.ts';
import { openResult } from '../../domain/history/older-results.ts';
import type { CompletedResult } from '../../domain/result/result.ts';
import type { ResultScores } from '../../domain/scoring/types.ts';
import type { MessageKey } from '../../i18n/en/index.ts';
import { around, type Messages, type Translate } from '../../i18n/translate.ts';
import { formatChange, formatDateTime, formatShortDate } from '../common/format.ts';
import { megabytes, refusalWords } from '../common/import-words.ts';
import { useWords, withWords } from '../common/words.tsx';
import { StorageBanner } from '../storage/StorageBanner.tsx';
import { TrendChart } from './TrendChart.tsx';
import { FiguresTable } from '../charts/FiguresTable.tsx';

interface Props {
  instrument: Instrument;
  basePath: string;
  lang: string;
  /** The interface words of the page's language (`results.*`, `common.*` and the storage notices'). */
  messages: Messages;
  checkUrl: string;
  resultsUrl: string;
}

interface Row {
  result: CompletedResult;
  scores: ResultScores | undefined;
  title: string;
  /** Answered another version of the statements: marked, and never joined to a trend line. */
  otherVersion: boolean;
}

const OVERALL = 'overall';

function scoreOf(scores: ResultScores | undefined, dimension: string): number | undefined {
  if (dimension === OVERALL) return scores?.overall.status === 'scored' ? scores.overall.score : undefined;
  const a = scores?.attributes.find((x) => x.dimension === dimension);
  return a?.status === 'scored' ? a.score : undefined;
}

const shown = (score: number | undefined) => (score === undefined ? '—' : String(Math.round(score)));

/** What an import did, in words. */
function importWords(t: Translate<MessageKey>, instrument: Instrument, lang: string, file: string, outcome: ImportFileOutcome): string {
  if (outcome.ok) {
    return [
      t('results.import.imported', { count: outcome.added }),
      outcome.duplicates > 0 ? t('results.import.skipped', { count: outcome.duplicates }) : '',
      outcome.earlier > 0 ? t('results.import.earlier', { count: outcome.earlier }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  if (outcome.reason === 'not-loaded') return t('results.import.notLoaded');
  if (outcome.reason === 'not-saved') return t('results.import.notSaved', { count: outcome.added });
  return t('results.import.refused', { file, reason: refusalWords(t, outcome.refusal, instrument, lang) });
}

/** Every result on this device: what changed first, then the trend, the list, export, import and erase. */
export default withWords(HistoryView);

function HistoryView({ instrument, basePath, lang, checkUrl, resultsUrl }: Omit<Props, 'messages'>) {
  const t = useWords();
  useState(() => openCheck(instrument, basePath, storedDocument));
  const state = useStore($check);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [series, setSeries] = useState(OVERALL);
  if (!state) return null;

  const bands = lookup(instrument).bandsInOrder;
  const rows: Row[] = state.document.history.map((result) => {
    const opened = openResult(instrument, result);
    const when = formatDateTime(result.completedAt, lang);
    return {
      result,
      scores: opened.ok ? opened.scores : undefined,
      title: result.label ? t('results.history.labeled', { when, label: result.label }) : when,
      otherVersion: !opened.ok || opened.otherVersion,
    };
  });
  const b = rows.find((r) => r.result.id === second) ?? rows.at(-1);
  // By default, compare the latest result with the one before it that answered the same questions.
  const a =
    rows.find((r) => r.result.id === first) ??
    (b ? [...rows].reverse().find((r) => r.result.id !== b.result.id && comparability(r.result.instrument, b.result.instrument).comparable) : undefined) ??
    rows.at(-2);
  const pair = a && b ? comparability(a.result.instrument, b.result.instrument) : undefined;
  const change = a?.scores && b?.scores && pair?.comparable ? scoreChange(a.scores, b.scores) : undefined;
  const seriesName = series === OVERALL ? t('results.history.trend.overall') : (instrument.dimensions.find((d) => d.id === series)?.name ?? series);
  const apartCount = trendSeries(instrument, state.document.history).reason?.count;
  const apart = apartCount === undefined ? undefined : t('results.history.trend.apart', { count: apartCount });
  const versionNote = (r: Row) => (r.otherVersion ? ` · ${t('results.history.version', { version: r.result.instrument.version })}` : '');
  const which = (r: Row) => t('results.history.list.which', { title: r.title });
  const [noneBefore, noneAfter] = around(t, 'results.history.none', 'link');

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ ok: false, text: t('results.import.tooLarge', { file: file.name, size: megabytes(file.size, lang), limit: MAX_IMPORT_BYTES / 1_048_576 }) });
    } else {
      const outcome = importFile(await file.text());
      setMessage({ ok: outcome.ok, text: importWords(t, instrument, lang, file.name, outcome) });
    }
    input.value = '';
  };

  const onErase = () => {
    if (!window.confirm(t('results.erase.confirm'))) return;
    const outcome = eraseEverything(basePath);
    if (outcome.ok) {
      setMessage({ ok: true, text: t('results.erase.done', { count: outcome.removed }) });
      return;
    }
    // The storage's words (check.storage.failure.*) come with the storage notices; English until they are in the catalog.
    const key = `check.storage.failure.${outcome.failure}` as MessageKey;
    const said = t(key);
    setMessage({ ok: false, text: said === key ? outcome.message : said });
  };

  const picker = (label: string, id: string, value: string, set: (v: string) => void) => (
    <div class="picker">
      <label for={id}>{label}</label>
      <select id={id} class="select" value={value} onChange={(e) => set((e.currentTarget as HTMLSelectElement).value)}>
        {rows.map((r) => (
          <option key={r.result.id} value={r.result.id}>
            {r.title}
            {versionNote(r)}
          </option>
        ))}
      </select>
    </div>
  );

  const stamp = dateStamp(new Date().toISOString());
  return (
    <div class="results history">
      <StorageBanner />
      <h1>{t('results.history.title')}</h1>
      <p class="lede">{t('results.history.lede')}</p>
      <div role="status" class={`history-message${message && !message.ok ? ' field-error' : ''}`}>
        {message?.text}
      </div>

      {rows.length === 0 && (
        <p>
          {noneBefore}
          <a href={checkUrl}>{t('results.take')}</a>
          {noneAfter}
        </p>
      )}

      {rows.length >= 2 && a && b && (
        <section aria-labelledby="compare-title">
          <h2 id="compare-title">{t('results.history.compare.title')}</h2>
          <div class="compare-pickers">
            {picker(t('results.history.compare.from'), 'compare-from', a.result.id, setFirst)}
            {picker(t('results.history.compare.to'), 'compare-to', b.result.id, setSecond)}
          </div>
          {pair && !pair.comparable && (
            <div class="callout note" role="note">
              <p>
                {pair.reason === 'different-version'
                  ? t('results.history.compare.different-version', { older: pair.older, newer: pair.newer })
                  : t('results.history.compare.different-instrument')}{' '}
                {t('results.history.compare.pick')}
              </p>
            </div>
          )}
          <div class="table-scroll">
            <FiguresTable
              class="compare-table"
              caption={t('results.history.compare.caption', { from: a.title, to: b.title })}
              captionHidden
              columns={[t('common.attribute'), t('results.history.compare.from'), t('results.history.compare.to'), t('common.change')]}
            >
              {[{ id: OVERALL, name: t('common.overall') }, ...instrument.dimensions].map((d) => {
                const delta = change ? (d.id === OVERALL ? change.overall : change.attributes.get(d.id)) : undefined;
                return (
                  <tr key={d.id} data-dimension={d.id} class={d.id === OVERALL ? 'overall-row' : undefined}>
                    <th scope="row">{d.name}</th>
                    <td>{shown(scoreOf(a.scores, d.id))}</td>
                    <td>{shown(scoreOf(b.scores, d.id))}</td>
                    <td class={delta === undefined || delta === 0 ? '' : delta > 0 ? 'change-up' : 'change-down'}>
                      {delta === undefined ? '—' : formatChange(delta)}
                    </td>
                  </tr>
                );
              })}
            </FiguresTable>
          </div>
        </section>
      )}

      {rows.length >= 2 && (
        <section aria-labelledby="trend-title">
          <h2 id="trend-title">{t('results.history.trend.title')}</h2>
          <div class="picker">
            <label for="trend-series">{t('results.history.trend.show')}</label>
            <select id="trend-series" class="select" value={series} onChange={(e) => setSeries((e.currentTarget as HTMLSelectElement).value)}>
              <option value={OVERALL}>{t('results.history.trend.overall')}</option>
              {instrument.dimensions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <TrendChart
            id="trend"
            caption={t('results.history.trend.caption', { series: seriesName })}
            bands={bands}
            currentVersion={instrument.version}
            {...(apart ? { apart } : {})}
            points={rows.map((r) => {
              const score = scoreOf(r.scores, series);
              return {
                id: r.result.id,
                dateLabel: formatShortDate(r.result.completedAt, lang),
                title: r.title,
                version: r.result.instrument.version,
                ...(score === undefined ? {} : { score }),
              };
            })}
          />
        </section>
      )}

      {rows.length > 0 && (
        <section aria-labelledby="list-title">
          <h2 id="list-title">{t('results.history.list.title')}</h2>
          <div class="table-scroll">
            <FiguresTable
              class="history-table"
              caption={t('results.history.list.caption')}
              captionHidden
              columns={[t('results.history.list.completed'), t('common.overall'), t('results.history.list.actions')]}
            >
              {rows.map((r) => (
                <tr key={r.result.id}>
                  <th scope="row">
                    {r.title}
                    {r.otherVersion && <span class="version-tag">{t('results.history.list.earlier', { version: r.result.instrument.version })}</span>}
                  </th>
                  <td>
                    {r.scores?.overall.status === 'scored'
                      ? t('results.history.list.overall', { band: bandLabel(instrument, r.scores.overall.band), score: Math.round(r.scores.overall.score) })
                      : t('results.history.list.noOverall')}
                  </td>
                  <td class="row-actions">
                    <a href={`${resultsUrl}?id=${encodeURIComponent(r.result.id)}`}>
                      {t('results.history.list.view')}
                      <span class="sr-only"> {which(r)}</span>
                    </a>
                    <button
                      type="button"
                      class="button small danger-outline"
                      onClick={() => {
                        if (window.confirm(t('results.history.list.confirmDelete', { title: r.title }))) {
                          deleteResult(r.result.id);
                          setMessage({ ok: true, text: t('results.history.list.deleted', { title: r.title }) });
                        }
                      }}
                    >
                      {t('results.history.list.delete')}
                      <span class="sr-only"> {which(r)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </FiguresTable>
          </div>
          <div class="step-actions">
            <button
              type="button"
              class="button secondary"
              onClick={() => downloadText(`readiness-history-${stamp}.json`, exportResultsJson(instrument, state.document.history, new Date().toISOString()), 'application/json')}
            >
              {t('results.history.exportJson')}
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => downloadText(`readiness-history-${stamp}.csv`, exportResultsCsv(instrument, state.document.history), 'text/csv')}
            >
              {t('results.history.exportCsv')}
            </button>
          </div>
        </section>
      )}

      <section aria-labelledby="import-title">
        <h2 id="import-title">{t('results.import.title')}</h2>
        <p>{t('results.import.text')}</p>
        <div class="field">
          <label for="import-file">{t('results.import.label')}</label>
          <input id="import-file" class="file-input" type="file" accept=".json,application/json" onChange={(e) => void onImport(e.currentTarget as HTMLInputElement)} />
        </div>
      </section>

      <section class="danger-zone" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('results.erase.title')}</h2>
        <p>{t('results.erase.text')}</p>
        <button type="button" class="button danger" onClick={onErase}>
          {t('results.erase.title')}
        </button>
      </section>
    </div>
  );
}
