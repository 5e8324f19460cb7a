import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $check, openCheck } from '../../assessment/check-store.ts';
import { eraseEverything } from '../../assessment/erase.ts';
import * as storedDocument from '../../assessment/stored-document.ts';
import { deleteResult } from '../../assessment/result-actions.ts';
import { importFile } from '../../assessment/import-file.ts';
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
import { formatChange } from './ScoreChart.tsx';
import { formatDateTime, formatShortDate } from '../common/format.ts';
import { StorageBanner } from './StorageBanner.tsx';
import { TrendChart } from './TrendChart.tsx';

interface Props {
  instrument: Instrument;
  basePath: string;
  lang: string;
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

/** Every result on this device: what changed first, then the trend, the list, export, import and erase. */
export default function History({ instrument, basePath, lang, checkUrl, resultsUrl }: Props) {
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
      title: result.label ? `${when} (${result.label})` : when,
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
  const seriesName = series === OVERALL ? 'Overall score' : (instrument.dimensions.find((d) => d.id === series)?.name ?? series);
  const apart = trendSeries(instrument, state.document.history).reason?.message;
  const versionNote = (r: Row) => (r.otherVersion ? ` · version ${r.result.instrument.version}` : '');

  const onImport = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ ok: false, text: `“${file.name}” is ${(file.size / 1_048_576).toFixed(1)} MB; an exported result file is at most 1 MB. Nothing was imported.` });
    } else {
      const outcome = importFile(await file.text());
      setMessage({ ok: outcome.ok, text: outcome.ok ? outcome.message : `“${file.name}” was not imported: ${outcome.message}` });
    }
    input.value = '';
  };

  const onErase = () => {
    if (!window.confirm('Erase every answer, result and setting this site has stored in this browser? This cannot be undone.')) return;
    const outcome = eraseEverything(basePath);
    setMessage({ ok: outcome.ok, text: outcome.message });
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
      <h1>Your results on this device</h1>
      <p class="lede">Every check you complete is kept here, in this browser only, until you delete it.</p>
      <div role="status" class={`history-message${message && !message.ok ? ' field-error' : ''}`}>
        {message?.text}
      </div>

      {rows.length === 0 && (
        <p>
          No completed checks yet. <a href={checkUrl}>Take the readiness check</a>.
        </p>
      )}

      {rows.length >= 2 && a && b && (
        <section aria-labelledby="compare-title">
          <h2 id="compare-title">What changed</h2>
          <div class="compare-pickers">
            {picker('From', 'compare-from', a.result.id, setFirst)}
            {picker('To', 'compare-to', b.result.id, setSecond)}
          </div>
          {pair && !pair.comparable && (
            <div class="callout note" role="note">
              <p>{pair.message} Pick two results of the same version to see what changed.</p>
            </div>
          )}
          <div class="table-scroll">
            <table class="compare-table">
              <caption class="sr-only">
                Change per attribute from {a.title} to {b.title}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Attribute</th>
                  <th scope="col">From</th>
                  <th scope="col">To</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {[{ id: OVERALL, name: 'Overall' }, ...instrument.dimensions].map((d) => {
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
              </tbody>
            </table>
          </div>
        </section>
      )}

      {rows.length >= 2 && (
        <section aria-labelledby="trend-title">
          <h2 id="trend-title">Over time</h2>
          <div class="picker">
            <label for="trend-series">Show</label>
            <select id="trend-series" class="select" value={series} onChange={(e) => setSeries((e.currentTarget as HTMLSelectElement).value)}>
              <option value={OVERALL}>Overall score</option>
              {instrument.dimensions.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
          <TrendChart
            id="trend"
            caption={`${seriesName} per result, 0 to 100`}
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
          <h2 id="list-title">All results</h2>
          <div class="table-scroll">
            <table class="history-table">
              <caption class="sr-only">Completed checks, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Completed</th>
                  <th scope="col">Overall</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.result.id}>
                    <th scope="row">
                      {r.title}
                      {r.otherVersion && <span class="version-tag">Earlier version of the check (version {r.result.instrument.version})</span>}
                    </th>
                    <td>
                      {r.scores?.overall.status === 'scored'
                        ? `${bandLabel(instrument, r.scores.overall.band)} (${Math.round(r.scores.overall.score)})`
                        : 'No overall band'}
                    </td>
                    <td class="row-actions">
                      <a href={`${resultsUrl}?id=${encodeURIComponent(r.result.id)}`}>
                        View<span class="sr-only"> the result of {r.title}</span>
                      </a>
                      <button
                        type="button"
                        class="button small danger-outline"
                        onClick={() => {
                          if (window.confirm(`Delete the result of ${r.title}?`)) {
                            deleteResult(r.result.id);
                            setMessage({ ok: true, text: `Deleted the result of ${r.title}.` });
                          }
                        }}
                      >
                        Delete<span class="sr-only"> the result of {r.title}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div class="step-actions">
            <button
              type="button"
              class="button secondary"
              onClick={() => downloadText(`readiness-history-${stamp}.json`, exportResultsJson(instrument, state.document.history, new Date().toISOString()), 'application/json')}
            >
              Export all as JSON
            </button>
            <button
              type="button"
              class="button secondary"
              onClick={() => downloadText(`readiness-history-${stamp}.csv`, exportResultsCsv(instrument, state.document.history), 'text/csv')}
            >
              Export all as CSV
            </button>
          </div>
        </section>
      )}

      <section aria-labelledby="import-title">
        <h2 id="import-title">Import a result</h2>
        <p>Bring back a JSON file exported from this site, for example from another browser. A result already here is not added twice.</p>
        <div class="field">
          <label for="import-file">Choose an exported JSON file</label>
          <input id="import-file" class="file-input" type="file" accept=".json,application/json" onChange={(e) => void onImport(e.currentTarget as HTMLInputElement)} />
        </div>
      </section>

      <section class="danger-zone" aria-labelledby="erase-title">
        <h2 id="erase-title">Erase everything on this device</h2>
        <p>Removes every answer, result and preference this site has stored in this browser. Export first if you want to keep a copy.</p>
        <button type="button" class="button danger" onClick={onErase}>
          Erase everything on this device
        </button>
      </section>
    </div>
  );
}
