import { atom, computed } from 'nanostores';
import type { Instrument } from '../domain/instrument/schema.ts';
import { clampGroupSize, clampSpreadSize } from '../domain/team/group-size.ts';
import { hasFigures } from '../domain/team/report-checks.ts';
import type { TeamReport } from '../domain/team/team-report.ts';
import { MAX_LABEL_LENGTH } from '../domain/text/label.ts';
import { keptSummaryKey, readKeptSummary, removeKeptSummary, writeKeptSummary } from './kept-summary.ts';
import { initialState, type GroupId, type GroupNames, type TeamState } from './team-state.ts';

export type { FileNote, FileStatus, GroupId, GroupNames, StorageProblem, TeamState } from './team-state.ts';

/** What the page was opened with; set once. */
export interface TeamSetup {
  readonly instrument: Instrument;
  readonly minimum: number;
  readonly spreadMinimum: number;
  /** Where a kept summary lives. */
  readonly key: string;
  /** What groups are called until they are named, in the page's language. */
  readonly names: GroupNames;
}

/** The team view's code for reading files and showing a report (see team-lazy.ts). */
export type LazyParts = typeof import('./team-lazy.ts');
type Engine = LazyParts;

export const $setup = atom<TeamSetup | null>(null);
/** The team page's state; the island reads it and calls the actions below. */
export const $team = atom<TeamState>(initialState({ a: '', b: '' }));
/** The file checks, scoring, statistics and the report's views: loaded with the first file, paste or code, or a kept summary (see `loadEngine`). */
export const $engine = atom<Engine | null>(null);

/** The aggregate report for what is loaded now; null until there is something to report on. */
export const $report = computed([$team, $setup, $engine], (state, setup, engine): TeamReport | null => {
  if (!setup || !engine) return null;
  const options = { minimumGroupSize: setup.minimum, spreadMinimum: setup.spreadMinimum };
  return engine.report(setup.instrument, state, options, new Date().toISOString(), setup.names);
});

let loading: Promise<Engine> | null = null;

/** Loads the engine once; a failed load is tried again next time. */
export function loadEngine(): Promise<Engine> {
  const ready = $engine.get();
  if (ready) return Promise.resolve(ready);
  loading ??= import('./team-lazy.ts').then(
    (engine) => {
      $engine.set(engine);
      return engine;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Sets the page up once; `names` are what the groups are called until they are named ("Group A"), in the page's language. */
export function openTeam(active: Instrument, basePath: string, settings: { minGroupSize: number; spreadMinimum?: number }, names: GroupNames): void {
  if ($setup.get()) return;
  const minimum = clampGroupSize(settings.minGroupSize);
  const key = keptSummaryKey(basePath, active.id);
  $setup.set({ instrument: active, minimum, spreadMinimum: clampSpreadSize(settings.spreadMinimum, minimum), key, names });
  const kept = readKeptSummary(key, active.id);
  $team.set({ ...initialState(names), kept, keep: kept !== null });
}

/** Sets the state and, when the facilitator asked for it, keeps the new summary. */
function commit(next: TeamState): void {
  $team.set(next);
  const setup = $setup.get();
  if (!next.keep || !setup) return;
  const report = $report.get();
  if (!report || !hasFigures(report)) return;
  const savedAt = new Date().toISOString();
  const problem = writeKeptSummary(setup.key, report, savedAt);
  $team.set({ ...$team.get(), storageProblem: problem, kept: problem ? $team.get().kept : { savedAt, report } });
}

/** Loads the engine, reads what `read` returns with it, and adds it to the group in one update. */
async function take(group: GroupId, read: (engine: Engine) => Promise<readonly { name: string; text: string | null; bytes: number }[]>): Promise<void> {
  const setup = $setup.get();
  if (!setup) return;
  $team.set({ ...$team.get(), reading: true, loadProblem: false });
  let engine: Engine;
  try {
    engine = await loadEngine();
  } catch {
    $team.set({ ...$team.get(), reading: false, loadProblem: true });
    return;
  }
  const sources = await read(engine);
  commit(engine.ingest($team.get(), setup.instrument, group, sources));
}

/** Reads the files and adds them; each file is checked on its own, so one bad file does not stop the others. */
export function addFiles(group: GroupId, files: readonly File[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  return take(group, (engine) => engine.readFiles(files));
}

/** Adds pasted export text as if it were one more file, named by `nameOf` its number ("Pasted text 3"). */
export function addPasted(group: GroupId, text: string, nameOf: (number: number) => string): Promise<void> {
  if (!text.trim()) return Promise.resolve();
  return take(group, async () => [{ name: nameOf($team.get().received + 1), text, bytes: text.length }]);
}

/** Adds results read from pasted codes, one source per code: each code is one person’s result. */
export function addCodes(group: GroupId, sources: readonly { name: string; text: string }[]): Promise<void> {
  if (sources.length === 0) return Promise.resolve();
  return take(group, async () => sources.map((source) => ({ ...source, bytes: source.text.length })));
}

/** Takes one file's (or code's) result out of the report again, and forgets the file. */
export function removeSource(key: number): void {
  const state = $team.get();
  const keepOthers = <T extends { readonly source: number }>(results: readonly T[]) => results.filter((r) => r.source !== key);
  commit({
    ...state,
    results: { a: keepOthers(state.results.a), b: keepOthers(state.results.b) },
    files: state.files.filter((f) => f.key !== key),
    loads: state.loads + 1,
  });
}

export function setCompare(compare: boolean): void {
  commit({ ...$team.get(), compare });
}

export function setGroupName(group: GroupId, name: string): void {
  const state = $team.get();
  commit({ ...state, names: { ...state.names, [group]: [...name].slice(0, MAX_LABEL_LENGTH).join('') } });
}

/** Ticking keeps the summary now (once it has figures); unticking removes any kept summary. */
export function setKeep(keep: boolean): void {
  const setup = $setup.get();
  if (!keep) {
    if (setup) removeKeptSummary(setup.key);
    commit({ ...$team.get(), keep: false, kept: null, storageProblem: null });
    return;
  }
  commit({ ...$team.get(), keep: true });
}

export function removeKept(): void {
  setKeep(false);
}

/** Forgets every loaded file and result, and any summary kept on this device. */
export function clearAll(): void {
  const setup = $setup.get();
  if (setup) removeKeptSummary(setup.key);
  const { loads } = $team.get();
  $team.set({ ...initialState(setup?.names ?? { a: '', b: '' }), loads: loads + 1 });
}

/** What a group is called: its name as typed, or its default name when left empty. */
export const groupName = (state: TeamState, group: GroupId): string => state.names[group].trim() || ($setup.get()?.names[group] ?? '');
