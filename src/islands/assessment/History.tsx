import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $check, deleteResult, eraseEverything, openCheck } from '../../assessment/check-store.ts';
import { importFile } from '../../assessment/import-file.ts';
import { dateStamp, downloadText } from '../../assessment/download.ts';
import { bandLabel } from '../../domain/instrument/bands.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { exportResultsCsv } from '../../domain/exchange/export-csv.ts';
import { exportResultsJson } from '../../domain/exchange/export-json.ts';
import { MAX_IMPORT_BYTES } from '../../domain/exchange/format.ts';
import { openResult } from '../../domain/history/older-results.ts';
import type { CompletedResult } from '../../domain/result/result.ts';
import type { ResultScores } from '../../domain/scoring/types.ts';
import { formatDateTime } from '../shared/format.ts';
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
}

function scoreOf(scores: ResultScores | undefined, dimension: string): number | undefined {
  const a = scores?.attributes.find((x) => x.dimension === dimension);
  return a?.status === 'scored' ? a.score : undefined;
}

/** Every result on this device: trend per attribute, comparison of two, import, delete, erase. */
export default function History({ instrument, basePath, lang, checkUrl, resultsUrl }: Props) {
  useState(() => openCheck(instrument, basePath));
  const state = useStore($check);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  if (!state) return null;

  const rows: Row[] = state.document.history.map((result) => {
    const opened = openResult(instrument, result);
    const when = formatDateTime(result.completedAt, lang);
    return { result, scores: opened.ok ? opened.scores : undefined, title: result.label ? `${when} (${result.label})` : when };
  });
  const a = rows.find((r) => r.result.id === first) ?? rows.at(-2);
  const b = rows.find((r) => r.result.id === second) ?? rows.at(-1);

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

  const stamp = dateStamp(new Date().toISOString());
  return (
    <div class="results">
      <StorageBanner />
      <h1>Your results on this device</h1>
      <p class="lede">Every check you complete is kept here, in this browser only, until you delete it.</p>
      <div role="status" class={`history-message${message && !message.ok ? ' field-error' : ''}`}>
        {message?.text}
      </div>

      {rows.length === 0 ? (
        <p>
          No completed checks yet. <a href={checkUrl}>Take the readiness check</a>.
        </p>
      ) : (
        <>
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
                  <th scope="row">{r.title}</th>
                  <td>
                    {r.scores?.overall.status === 'scored'
                      ? `${bandLabel(instrument, r.scores.overall.band)} (${Math.round(r.scores.overall.score)})`
                      : 'Not enough answers'}
                  </td>
                  <td>
                    <a href={`${resultsUrl}?id=${encodeURIComponent(r.result.id)}`}>
                      View<span class="sr-only"> the result of {r.title}</span>
                    </a>{' '}
                    ·{' '}
                    <button
                      type="button"
                      class="link-button"
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

          {rows.length >= 2 && (
            <section aria-labelledby="trend-title">
              <h2 id="trend-title">How each attribute changed</h2>
              <div class="trend-grid">
                {instrument.dimensions.map((d) => (
                  <TrendChart
                    key={d.id}
                    name={d.name}
                    points={rows.map((r) => ({
                      date: r.result.completedAt,
                      label: r.title,
                      score: r.scores?.attributes.find((x) => x.dimension === d.id),
                    }))}
                  />
                ))}
              </div>
            </section>
          )}

          {rows.length >= 2 && a && b && (
            <section aria-labelledby="compare-title">
              <h2 id="compare-title">Compare two results</h2>
              <div class="compare-pickers">
                <label>
                  From{' '}
                  <select value={a.result.id} onChange={(e) => setFirst((e.currentTarget as HTMLSelectElement).value)}>
                    {rows.map((r) => (
                      <option key={r.result.id} value={r.result.id}>{r.title}</option>
                    ))}
                  </select>
                </label>{' '}
                <label>
                  to{' '}
                  <select value={b.result.id} onChange={(e) => setSecond((e.currentTarget as HTMLSelectElement).value)}>
                    {rows.map((r) => (
                      <option key={r.result.id} value={r.result.id}>{r.title}</option>
                    ))}
                  </select>
                </label>
              </div>
              <table class="compare-table">
                <caption class="sr-only">Change per attribute from {a.title} to {b.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">Attribute</th>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col">Change</th>
                  </tr>
                </thead>
                <tbody>
                  {instrument.dimensions.map((d) => {
                    const from = scoreOf(a.scores, d.id);
                    const to = scoreOf(b.scores, d.id);
                    const change = from !== undefined && to !== undefined ? Math.round(to) - Math.round(from) : undefined;
                    return (
                      <tr key={d.id} data-dimension={d.id}>
                        <th scope="row">{d.name}</th>
                        <td>{from === undefined ? '—' : Math.round(from)}</td>
                        <td>{to === undefined ? '—' : Math.round(to)}</td>
                        <td class={change === undefined || change === 0 ? '' : change > 0 ? 'change-up' : 'change-down'}>
                          {change === undefined ? '—' : change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0'}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </section>
          )}

          <section aria-labelledby="export-title">
            <h2 id="export-title">Export everything</h2>
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
        </>
      )}

      <section aria-labelledby="import-title">
        <h2 id="import-title">Import a result</h2>
        <p>Bring back a JSON file exported from this site, for example from another browser. A result already here is not added twice.</p>
        <div class="field">
          <label for="import-file">Choose an exported JSON file</label>
          <input id="import-file" type="file" accept=".json,application/json" onChange={(e) => void onImport(e.currentTarget as HTMLInputElement)} />
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
