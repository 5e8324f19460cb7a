import { atom, computed } from 'nanostores';
import { importResults } from '../domain/exchange/import.ts';
import { MAX_IMPORT_BYTES } from '../domain/exchange/format.ts';
import type { Instrument } from '../domain/instrument/schema.ts';
import { clampGroupSize } from '../domain/team/group-size.ts';
import type { TeamMemberResult } from '../domain/team/statistics.ts';
import { keptSummaryKey, readKeptSummary, removeKeptSummary, writeKeptSummary, type KeptSummary } from './kept-summary.ts';
import { buildReport, hasFigures, type GroupId, type TeamReport } from '../domain/team/team-report.ts';

export type { GroupId } from '../domain/team/team-report.ts';

/** What the team view holds of a result: which instrument and the answers. Never its label, date or scores. */
interface LoadedResult extends TeamMemberResult {
  readonly id: string;
}

/** One file (or pasted text) and what became of it. Says nothing about the answers inside. */
export interface FileStatus {
  readonly key: number;
  readonly name: string;
  readonly group: GroupId;
  readonly added: number;
  readonly outcome: 'added' | 'refused';
  readonly message: string;
}

export interface TeamState {
  readonly results: Readonly<Record<GroupId, readonly LoadedResult[]>>;
  readonly files: readonly FileStatus[];
  readonly compare: boolean;
  readonly names: Readonly<Record<GroupId, string>>;
  /** "Keep this summary on this device" is ticked. */
  readonly keep: boolean;
  /** The summary kept on an earlier visit, shown while nothing is loaded. */
  readonly kept: KeptSummary | null;
  readonly storageProblem: string | null;
  /** Counts loads, so the view can tell a fresh load has been drawn. */
  readonly loads: number;
  readonly reading: boolean;
}

export const DEFAULT_NAMES: Readonly<Record<GroupId, string>> = { a: 'Group A', b: 'Group B' };

const initial = (): TeamState => ({
  results: { a: [], b: [] },
  files: [],
  compare: false,
  names: DEFAULT_NAMES,
  keep: false,
  kept: null,
  storageProblem: null,
  loads: 0,
  reading: false,
});

/** The team page's state; the island reads it and calls the actions below. */
export const $team = atom<TeamState>(initial());

let instrument: Instrument | undefined;
let minimum = clampGroupSize(undefined);
let key = '';
/** Result id → where it came from, so a second copy is named as a duplicate of the first. */
let seen = new Map<string, { name: string; group: GroupId }>();
let nextFileKey = 1;

/** The aggregate report for what is loaded now; null before the page has opened the store. */
export const $report = computed($team, (state): TeamReport | null => {
  if (!instrument) return null;
  const name = (id: GroupId) => state.names[id].trim() || DEFAULT_NAMES[id];
  const a = { id: 'a' as const, name: name('a'), results: state.results.a };
  const b = { id: 'b' as const, name: name('b'), results: state.results.b };
  return buildReport(instrument, state.compare ? [a, b] : [a], minimum, new Date().toISOString());
});

export function openTeam(active: Instrument, basePath: string, minimumGroupSize: number): void {
  if (instrument) return;
  instrument = active;
  minimum = clampGroupSize(minimumGroupSize);
  key = keptSummaryKey(basePath, active.id);
  const kept = readKeptSummary(key, active.id);
  $team.set({ ...initial(), kept, keep: kept !== null });
}

export function minimumGroupSize(): number {
  return minimum;
}

/** Sets the state and, when the facilitator asked for it, keeps the new summary. */
function commit(next: TeamState): void {
  $team.set(next);
  if (!next.keep) return;
  const report = $report.get();
  if (!report || !hasFigures(report)) return;
  const savedAt = new Date().toISOString();
  const problem = writeKeptSummary(key, report, savedAt);
  $team.set({ ...$team.get(), storageProblem: problem, kept: problem ? $team.get().kept : { savedAt, report } });
}

interface Source {
  readonly name: string;
  /** The text, or null when the file was too large to read. */
  readonly text: string | null;
  readonly bytes: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Checks each source on its own and adds the valid results to the group, all in one update. */
function ingest(group: GroupId, sources: readonly Source[]): void {
  const active = instrument;
  if (!active) return;
  const state = $team.get();
  const added: LoadedResult[] = [];
  const files: FileStatus[] = [];
  const groupName = (id: GroupId) => state.names[id].trim() || DEFAULT_NAMES[id];
  for (const source of sources) {
    const status = (outcome: FileStatus['outcome'], message: string, count = 0): FileStatus => ({
      key: nextFileKey++,
      name: source.name,
      group,
      added: count,
      outcome,
      message,
    });
    if (source.text === null) {
      files.push(status('refused', `The file is ${(source.bytes / 1_048_576).toFixed(1)} MB; results files are at most 1 MB. Is it the right file?`));
      continue;
    }
    const outcome = importResults(source.text, active);
    if (!outcome.ok) {
      files.push(status('refused', outcome.error.message));
      continue;
    }
    if (outcome.results.length === 0) {
      files.push(status('refused', 'The file is a results export, but it holds no results.'));
      continue;
    }
    let fresh = 0;
    let firstCopy: { name: string; group: GroupId } | undefined;
    for (const result of outcome.results) {
      const earlier = seen.get(result.id);
      if (earlier) {
        firstCopy ??= earlier;
        continue;
      }
      seen.set(result.id, { name: source.name, group });
      // Only the instrument and the answers are kept: labels and dates stay in the file.
      added.push({ id: result.id, instrument: result.instrument, answers: result.answers });
      fresh += 1;
    }
    const where = (copy: { name: string; group: GroupId }) =>
      `“${copy.name}”${state.compare ? ` in ${groupName(copy.group)}` : ''}`;
    if (fresh === 0 && firstCopy) {
      files.push(
        status(
          'refused',
          outcome.results.length === 1
            ? `Duplicate: the same result is already loaded from ${where(firstCopy)}.`
            : `Duplicate: all ${outcome.results.length} results in it are already loaded (from ${where(firstCopy)}).`,
        ),
      );
      continue;
    }
    const skipped = outcome.results.length - fresh;
    files.push(
      status(
        'added',
        `${plural(fresh, 'result')} added` + (skipped > 0 ? `; ${plural(skipped, 'result was', 'results were')} already loaded and skipped.` : '.'),
        fresh,
      ),
    );
  }
  performance.mark('team:checked');
  commit({
    ...state,
    reading: false,
    results: { ...state.results, [group]: [...state.results[group], ...added] },
    files: [...state.files, ...files],
    loads: state.loads + 1,
  });
}

/** Reads one file on its own; an unreadable file becomes empty text, which import refuses with a reason. */
async function readOne(file: File): Promise<Source> {
  if (file.size > MAX_IMPORT_BYTES) return { name: file.name, text: null, bytes: file.size };
  try {
    return { name: file.name, text: await file.text(), bytes: file.size };
  } catch {
    return { name: file.name, text: '', bytes: file.size };
  }
}

/**
 * Reads many files in one go: the browser hands over one buffer for all of them (a thousand
 * separate reads cost more than checking the files), which is then cut at each file's size.
 */
async function readAll(files: readonly File[]): Promise<Source[]> {
  const small = files.filter((f) => f.size <= MAX_IMPORT_BYTES);
  try {
    const buffer = new Uint8Array(await new Blob(small).arrayBuffer());
    const decoder = new TextDecoder();
    let offset = 0;
    const texts = new Map<File, string>();
    for (const file of small) {
      texts.set(file, decoder.decode(buffer.subarray(offset, offset + file.size)));
      offset += file.size;
    }
    return files.map((file) => ({ name: file.name, text: texts.get(file) ?? null, bytes: file.size }));
  } catch {
    // One unreadable file (moved or deleted since it was chosen) fails the whole read: read them one by one.
    return Promise.all(files.map(readOne));
  }
}

/** Reads the files and adds them; each file is checked on its own, so one bad file does not stop the others. */
export async function addFiles(group: GroupId, files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  $team.set({ ...$team.get(), reading: true });
  const sources = files.length === 1 ? [await readOne(files[0]!)] : await readAll(files);
  performance.mark('team:files-read');
  ingest(group, sources);
}

let pastes = 0;
/** Adds pasted export text as if it were one more file. */
export function addPasted(group: GroupId, text: string): void {
  if (!text.trim()) return;
  pastes += 1;
  ingest(group, [{ name: `Pasted text ${pastes}`, text, bytes: text.length }]);
}

export function setCompare(compare: boolean): void {
  commit({ ...$team.get(), compare });
}

export function setGroupName(group: GroupId, name: string): void {
  const state = $team.get();
  commit({ ...state, names: { ...state.names, [group]: name.slice(0, 80) } });
}

/** Ticking keeps the summary now (once it has figures); unticking removes any kept summary. */
export function setKeep(keep: boolean): void {
  if (!keep) {
    removeKeptSummary(key);
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
  removeKeptSummary(key);
  seen = new Map();
  const { loads } = $team.get();
  $team.set({ ...initial(), loads: loads + 1 });
}
