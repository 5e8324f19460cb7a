import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dateStamp, downloadText } from '../../assessment/download.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { NormChoice } from '../../domain/norms/markers.ts';
import { hasFigures } from '../../domain/team/report-checks.ts';
import { $engine, $report, $setup, $team, clearAll, groupName, loadEngine, openTeam, removeKept, setCompare, setKeep } from '../../team/team-store.ts';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { formatDate, formatDateTime } from '../common/format.ts';
import { WordsProvider } from '../common/words.tsx';
import type { Messages } from '../../i18n/translate.ts';
import { FileLoader } from './FileLoader.tsx';
import { CodePaste } from '../result-code/CodePaste.tsx';
import { count } from './format.ts';

interface Props {
  instrument: Instrument;
  basePath: string;
  lang: string;
  index: PlaybookIndex;
  team: { readonly minGroupSize: number; readonly spreadMinimum: number };
  /** The organization's norms for this instrument version, from content/norms/ at build time. */
  norms?: readonly NormChoice[];
  /** The page's interface words. */
  messages: Messages;
}

/** A dropped file that misses the drop zone would make the browser open it and lose the session. */
function keepStrayDrops(): () => void {
  const stop = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  window.addEventListener('dragover', stop);
  window.addEventListener('drop', stop);
  return () => {
    window.removeEventListener('dragover', stop);
    window.removeEventListener('drop', stop);
  };
}

function ThreatModel({ minGroupSize, spreadMinimum }: { minGroupSize: number; spreadMinimum: number }) {
  return (
    <ul>
      <li>
        <strong>You, the facilitator,</strong> see each file you are given: one person’s answers, date and any label or role in it. Ask
        people for the “for my facilitator” export, which holds only the answers, the role if given and the day, or for no file at all
        if they prefer. Files are read in this browser and never uploaded.
      </li>
      <li>
        <strong>Anyone who sees the report</strong> (on screen, printed, as CSV or kept on this device) sees figures for the whole group
        only: nothing until {minGroupSize} results are loaded, the middle half of the team only from {spreadMinimum} results, every figure
        as a range of 25 points, no lowest or highest score, and counts under 3 shown as “fewer than 3”. A role is shown apart only
        when it, and everyone left over, reach {minGroupSize} results. Comparing a report with one made after one more person joined
        tells at most that person’s range (and role), never their score.
      </li>
      <li>
        <strong>A file with several results</strong> counts as one person (its latest result), and results with identical answers count
        once, so copies cannot outweigh anyone.
      </li>
      <li>
        <strong>This browser</strong> keeps nothing from this page unless you tick “Keep this summary”, and then only the figures. Stored
        data belongs to the whole host name, so other sites on the same host name could read it; the readiness check is safest on a host
        name of its own.
      </li>
    </ul>
  );
}

/** The facilitator's team view: load exported files, see the team's figures, compare two groups. */
export default function TeamView({ messages, ...props }: Props) {
  return (
    <WordsProvider messages={messages} lang={props.lang}>
      <Team {...props} />
    </WordsProvider>
  );
}

function Team({ instrument, basePath, lang, index, team, norms = [] }: Omit<Props, 'messages'>) {
  useState(() => openTeam(instrument, basePath, team));
  const setup = useStore($setup);
  const minGroupSize = setup?.minimum ?? team.minGroupSize;
  const spreadMinimum = setup?.spreadMinimum ?? team.spreadMinimum;
  const state = useStore($team);
  const report = useStore($report);
  /** What the status line says after Clear or Remove, until the next load. */
  const [notice, setNotice] = useState('');
  /** Said when an action's code could not be loaded. */
  const [actionProblem, setActionProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const change = useRef<HTMLButtonElement>(null);

  useEffect(keepStrayDrops, []);

  const displayName = (group: 'a' | 'b') => groupName(state, group);
  const loadedA = state.results.a.length;
  const loadedB = state.results.b.length;
  const anythingLoaded = loadedA + loadedB > 0 || state.files.length > 0;
  const refusedCount = state.files.filter((f) => f.outcome === 'refused' && (state.compare || f.group === 'a')).length;
  const shownReport = !anythingLoaded && state.kept ? state.kept.report : report && anythingLoaded ? report : null;
  const showKept = shownReport !== null && shownReport === state.kept?.report;
  const withFigures = shownReport !== null && hasFigures(shownReport);
  /** The report takes over the page: figures for every group loaded now (not a kept summary). */
  const live = anythingLoaded && report !== null && report.groups.every((g) => g.statistics.status === 'shown');
  const [expanded, setExpanded] = useState(false);
  const collapsed = live && !expanded;
  const status = state.reading
    ? 'Reading the files…'
    : !anythingLoaded
      ? notice
      : (state.compare
            ? `${displayName('a')}: ${count(loadedA, lang, 'result')} loaded. ${displayName('b')}: ${count(loadedB, lang, 'result')} loaded.`
            : `${count(loadedA, lang, 'result')} loaded.`) +
          (refusedCount > 0
            ? ` ${count(refusedCount, lang, 'file was', 'files were')} not used; ${collapsed ? 'Change shows why' : 'the reasons are listed'}.`
            : '');

  // The report, its charts and the norm tools come with the code that reads files (one module,
  // loaded with the first file); a kept summary shown before any file loads it here.
  const parts = useStore($engine);
  const [partsFailed, setPartsFailed] = useState(false);
  const wantParts = shownReport !== null && parts === null;
  useEffect(() => {
    if (!wantParts) return;
    setPartsFailed(false);
    loadEngine().catch(() => setPartsFailed(true));
  }, [wantParts]);
  const Report = parts?.TeamReportView;
  const TeamNorms = parts?.TeamNorms;

  // When the report first takes over, the loaders fold away and focus moves to the report's
  // heading (the control that loaded the last file is now hidden). Folding back is the
  // facilitator's choice, and focus stays on the button that did it.
  const wasLive = useRef(live);
  const focusReport = useRef(false);
  useEffect(() => {
    if (live && !wasLive.current) focusReport.current = true;
    if (!live) setExpanded(false);
    wasLive.current = live;
  }, [live]);
  useEffect(() => {
    if (!focusReport.current || !Report) return;
    const title = document.querySelector<HTMLElement>('.team-report h2');
    if (title) {
      focusReport.current = false;
      title.focus();
    }
  });

  const threatModel = <ThreatModel minGroupSize={minGroupSize} spreadMinimum={spreadMinimum} />;
  return (
    <div class={live ? 'team live' : 'team'}>
      <h1 tabIndex={-1} ref={heading}>
        Team view
      </h1>
      <p class="lede">
        Combine the exported results of a team in this browser. Nothing is uploaded: the files are read here and forgotten when you
        close the page.
      </p>
      {live ? (
        <details class="privacy threat-model no-print">
          <summary>Who can learn what from this report</summary>
          {threatModel}
        </details>
      ) : (
        <section class="privacy threat-model no-print" aria-labelledby="team-privacy-title">
          <h2 id="team-privacy-title">Who can learn what</h2>
          {threatModel}
        </section>
      )}

      <div class="team-loaded">
        <p class="team-status" role="status">
          {status}
        </p>
        {live && (
          <>
            <span class="team-loaded-dot no-print" aria-hidden="true">
              ·
            </span>
            <button
              type="button"
              ref={change}
              class="link-button team-change no-print"
              aria-expanded={expanded}
              aria-controls="team-setup"
              onClick={() => setExpanded(!expanded)}
            >
              Change<span class="sr-only"> the files and codes loaded</span>
              <span aria-hidden="true">{expanded ? ' ▴' : ' ▾'}</span>
            </button>
          </>
        )}
      </div>
      {state.loadProblem && <p role="alert">{state.loadProblem}</p>}

      <div id="team-setup" class="no-print team-setup" hidden={collapsed}>
        <p class="checkbox">
          <input id="team-compare" type="checkbox" checked={state.compare} onChange={(e) => setCompare(e.currentTarget.checked)} />
          <label for="team-compare">
            Compare two groups <span class="hint">(for example leaders and everyone else; each group needs {minGroupSize} results)</span>
          </label>
        </p>
        <div class={state.compare ? 'loaders two' : 'loaders'}>
          <FileLoader
            group="a"
            name={state.names.a}
            displayName={displayName('a')}
            compare={state.compare}
            files={state.files.filter((f) => f.group === 'a')}
          />
          {state.compare && (
            <FileLoader group="b" name={state.names.b} displayName={displayName('b')} compare files={state.files.filter((f) => f.group === 'b')} />
          )}
        </div>
        <CodePaste instrument={instrument} groups={(state.compare ? (['a', 'b'] as const) : (['a'] as const)).map((id) => ({ id, name: displayName(id) }))} />
        {!state.compare && loadedB > 0 && (
          <p class="note">{count(loadedB, lang, 'result')} loaded for {displayName('b')} are set aside while you are not comparing two groups.</p>
        )}
        {live && (
          <p>
            <button type="button" class="button secondary" onClick={() => { setExpanded(false); change.current?.focus(); }}>
              Done: show the report
            </button>
          </p>
        )}
      </div>

      {showKept && state.kept && (
        <div class="callout kept-note">
          <p>
            This summary was kept on this device on <time dateTime={state.kept.savedAt}>{formatDateTime(state.kept.savedAt, lang)}</time>.
            It holds the figures only, no result or answer.{' '}
            <button
              type="button"
              class="link-button no-print"
              onClick={() => {
                removeKept();
                setNotice('The kept summary was removed from this device.');
                // The button goes away with the summary; the heading is the next sensible place for focus.
                heading.current?.focus();
              }}
            >
              Remove it from this device
            </button>
          </p>
        </div>
      )}
      {!showKept && state.kept && (
        <p class="note no-print">
          A summary from {formatDate(state.kept.savedAt, lang)} is kept on this device; it is replaced once the results loaded now show
          figures.
        </p>
      )}

      {shownReport && Report && <Report instrument={instrument} report={shownReport} index={index} lang={lang} />}
      {shownReport && !parts && !partsFailed && <p class="note">Drawing the report…</p>}
      {shownReport && partsFailed && (
        <p role="alert">The report could not be drawn: its code did not load. Reload the page to try again; nothing was uploaded.</p>
      )}
      {withFigures && shownReport && TeamNorms && (
        <TeamNorms
          instrument={instrument}
          report={shownReport}
          norms={norms}
          minGroupSize={Math.max(team.minGroupSize, minGroupSize)}
          spreadMinimum={Math.max(team.spreadMinimum, spreadMinimum)}
        />
      )}

      <section class="no-print team-actions" aria-labelledby="team-actions-title">
        <h2 id="team-actions-title">Share, keep or clear</h2>
        <div class="step-actions">
          {withFigures && !showKept && report && (
            <>
              <button type="button" class="button" onClick={() => window.print()}>
                Print the team report
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() =>
                  void loadEngine().then(
                    ({ teamSummaryCsv }) => downloadText(`team-summary-${dateStamp(report.madeAt)}.csv`, teamSummaryCsv(instrument, report), 'text/csv'),
                    () => setActionProblem('The CSV export could not be loaded. Reload the page to try again.'),
                  )
                }
              >
                Export the summary as CSV
              </button>
            </>
          )}
          <button
            type="button"
            class="button secondary danger-outline"
            onClick={() => {
              clearAll();
              setNotice('Everything was cleared. Nothing from this page is kept.');
            }}
          >
            Clear everything
          </button>
        </div>
        <p class="checkbox">
          <input id="team-keep" type="checkbox" checked={state.keep} aria-describedby="team-keep-hint" onChange={(e) => setKeep(e.currentTarget.checked)} />
          <label for="team-keep">Keep this summary on this device</label>
        </p>
        <p class="hint" id="team-keep-hint">
          Only the figures are kept (medians, quartiles, counts per band, medians per role, as the report shows them), never a file, a
          result or an answer. Untick to remove it. Clear everything also removes it.
          {state.keep && !withFigures && ' Nothing is kept until figures are shown.'}
        </p>
        {state.storageProblem && <p role="alert">{state.storageProblem}</p>}
        {actionProblem && <p role="alert">{actionProblem}</p>}
      </section>
    </div>
  );
}
