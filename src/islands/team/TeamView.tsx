import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { dateStamp, downloadText } from '../../assessment/download.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { NormChoice } from '../../domain/norms/markers.ts';
import { hasFigures } from '../../domain/team/report-checks.ts';
import { $engine, $report, $setup, $team, clearAll, groupName, loadEngine, openTeam, removeKept, setCompare, setKeep } from '../../team/team-store.ts';
import type { PlaybookIndex } from '../../routing/playbook-links.ts';
import { formatDate, formatDateTime } from '../common/format.ts';
import { useWords, withWords } from '../common/words.tsx';
import { around, type Messages } from '../../i18n/translate.ts';
import type { MessageKey } from '../../i18n/en/index.ts';
import { FileLoader } from './FileLoader.tsx';
import { CodePaste } from '../result-code/CodePaste.tsx';

interface Props {
  instrument: Instrument;
  basePath: string;
  lang: string;
  index: PlaybookIndex;
  team: { readonly minGroupSize: number; readonly spreadMinimum: number };
  /** The organization's norms for this instrument version, from content/norms/ at build time. */
  norms?: readonly NormChoice[];
  /** The page's interface words (`team.*`, and `code.*` and `common.*` for the parts it shares). */
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

/** One point of the threat model: who, in bold, then what they can learn. */
function Point({ who, says, values = {} }: { who: MessageKey; says: MessageKey; values?: Record<string, string | number> }) {
  const t = useWords();
  const [before, after] = around(t, says, 'who', values);
  return (
    <li>
      {before}
      <strong>{t(who)}</strong>
      {after}
    </li>
  );
}

function ThreatModel({ minGroupSize, spreadMinimum }: { minGroupSize: number; spreadMinimum: number }) {
  const t = useWords();
  return (
    <ul>
      <Point who="team.threat.facilitatorWho" says="team.threat.facilitator" />
      <Point who="team.threat.audienceWho" says="team.threat.audience" values={{ minimum: minGroupSize, spread: spreadMinimum }} />
      <Point who="team.threat.fileWho" says="team.threat.file" />
      <Point who="team.threat.browserWho" says="team.threat.browser" values={{ keep: t('team.keepShort') }} />
    </ul>
  );
}

/** The facilitator's team view: load exported files, see the team's figures, compare two groups. */
export default withWords(Team);

function Team({ instrument, basePath, lang, index, team, norms = [] }: Omit<Props, 'messages'>) {
  const t = useWords();
  useState(() => openTeam(instrument, basePath, team, { a: t('team.group.a'), b: t('team.group.b') }));
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
    ? t('team.status.reading')
    : !anythingLoaded
      ? notice
      : (state.compare
            ? `${t('team.status.loadedIn', { group: displayName('a'), count: loadedA })} ${t('team.status.loadedIn', { group: displayName('b'), count: loadedB })}`
            : t('team.status.loaded', { count: loadedA })) +
          (refusedCount > 0 ? ` ${t(collapsed ? 'team.status.notUsedFolded' : 'team.status.notUsedListed', { count: refusedCount })}` : '');

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
  const savedOn = around(t, 'team.kept.savedOn', 'date');
  return (
    <div class={live ? 'team live' : 'team'}>
      <h1 tabIndex={-1} ref={heading}>
        {t('team.title')}
      </h1>
      <p class="lede">{t('team.lede')}</p>
      {live ? (
        <details class="privacy threat-model no-print">
          <summary>{t('team.threat.summary')}</summary>
          {threatModel}
        </details>
      ) : (
        <section class="privacy threat-model no-print" aria-labelledby="team-privacy-title">
          <h2 id="team-privacy-title">{t('team.threat.title')}</h2>
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
              {t('team.change')}<span class="sr-only"> {t('team.changeWhat')}</span>
              <span aria-hidden="true">{expanded ? ' ▴' : ' ▾'}</span>
            </button>
          </>
        )}
      </div>
      {state.loadProblem && <p role="alert">{t('team.loadProblem')}</p>}

      <div id="team-setup" class="no-print team-setup" hidden={collapsed}>
        <p class="checkbox">
          <input id="team-compare" type="checkbox" checked={state.compare} onChange={(e) => setCompare(e.currentTarget.checked)} />
          <label for="team-compare">
            {t('team.compare')} <span class="hint">{t('team.compareHint', { minimum: minGroupSize })}</span>
          </label>
        </p>
        <div class={state.compare ? 'loaders two' : 'loaders'}>
          <FileLoader
            group="a"
            name={state.names.a}
            displayName={displayName('a')}
            compare={state.compare}
            files={state.files.filter((f) => f.group === 'a')}
            instrument={instrument}
            lang={lang}
            nameOf={displayName}
          />
          {state.compare && (
            <FileLoader
              group="b"
              name={state.names.b}
              displayName={displayName('b')}
              compare
              files={state.files.filter((f) => f.group === 'b')}
              instrument={instrument}
              lang={lang}
              nameOf={displayName}
            />
          )}
        </div>
        <CodePaste instrument={instrument} groups={(state.compare ? (['a', 'b'] as const) : (['a'] as const)).map((id) => ({ id, name: displayName(id) }))} />
        {!state.compare && loadedB > 0 && (
          <p class="note">{t('team.setAside', { count: loadedB, group: displayName('b') })}</p>
        )}
        {live && (
          <p>
            <button type="button" class="button secondary" onClick={() => { setExpanded(false); change.current?.focus(); }}>
              {t('team.done')}
            </button>
          </p>
        )}
      </div>

      {showKept && state.kept && (
        <div class="callout kept-note">
          <p>
            {savedOn[0]}
            <time dateTime={state.kept.savedAt}>{formatDateTime(state.kept.savedAt, lang)}</time>
            {savedOn[1]} {t('team.kept.figuresOnly')}{' '}
            <button
              type="button"
              class="link-button no-print"
              onClick={() => {
                removeKept();
                setNotice(t('team.status.keptRemoved'));
                // The button goes away with the summary; the heading is the next sensible place for focus.
                heading.current?.focus();
              }}
            >
              {t('team.kept.remove')}
            </button>
          </p>
        </div>
      )}
      {!showKept && state.kept && <p class="note no-print">{t('team.kept.older', { date: formatDate(state.kept.savedAt, lang) })}</p>}

      {shownReport && Report && <Report instrument={instrument} report={shownReport} index={index} lang={lang} />}
      {shownReport && !parts && !partsFailed && <p class="note">{t('team.drawing')}</p>}
      {shownReport && partsFailed && <p role="alert">{t('team.drawFailed')}</p>}
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
        <h2 id="team-actions-title">{t('team.actions.title')}</h2>
        <div class="step-actions">
          {withFigures && !showKept && report && (
            <>
              <button type="button" class="button" onClick={() => window.print()}>
                {t('team.actions.print')}
              </button>
              <button
                type="button"
                class="button secondary"
                onClick={() =>
                  void loadEngine().then(
                    // The file's name stays the same in every language, like the site's other export files.
                    ({ teamSummaryCsv }) => downloadText(`team-summary-${dateStamp(report.madeAt)}.csv`, teamSummaryCsv(instrument, report, t), 'text/csv'),
                    () => setActionProblem(t('team.actions.csvFailed')),
                  )
                }
              >
                {t('team.actions.csv')}
              </button>
            </>
          )}
          <button
            type="button"
            class="button secondary danger-outline"
            onClick={() => {
              clearAll();
              setNotice(t('team.status.cleared'));
            }}
          >
            {t('team.actions.clear')}
          </button>
        </div>
        <p class="checkbox">
          <input id="team-keep" type="checkbox" checked={state.keep} aria-describedby="team-keep-hint" onChange={(e) => setKeep(e.currentTarget.checked)} />
          <label for="team-keep">{t('team.actions.keep')}</label>
        </p>
        <p class="hint" id="team-keep-hint">
          {t('team.actions.keepHint')}
          {state.keep && !withFigures && ` ${t('team.actions.keepNothingYet')}`}
        </p>
        {state.storageProblem && <p role="alert">{t(state.storageProblem === 'unavailable' ? 'team.storage.unavailable' : 'team.storage.refused')}</p>}
        {actionProblem && <p role="alert">{actionProblem}</p>}
      </section>
    </div>
  );
}
