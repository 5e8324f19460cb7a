import { atom, computed } from 'nanostores';
import { decodeExportBytes } from '../domain/exchange/decode-text.ts';
import { readTeamFile } from '../domain/exchange/for-facilitator.ts';
import { MAX_IMPORT_BYTES } from '../domain/exchange/format.ts';
import type { Instrument } from '../domain/instrument/schema.ts';
import { clampGroupSize, clampSpreadSize } from '../domain/team/group-size.ts';
import { contentKey, latestOfFile } from '../domain/team/one-person.ts';
import type { TeamMemberResult } from '../domain/team/statistics.ts';
import { buildReport, hasFigures, type GroupId, type TeamReport } from '../domain/team/team-report.ts';
import { MAX_LABEL_LENGTH } from '../domain/text/label.ts';
import { commonImport } from '../i18n/en/results.ts';
import { translator } from '../i18n/translate.ts';
import { refusalWords } from '../islands/common/import-words.ts';
import { keptSummaryKey, readKeptSummary, removeKeptSummary, writeKeptSummary, type KeptSummary } from './kept-summary.ts';

/** Why a file was refused, in English until the team view takes its words from the catalog. */
const english = translator(commonImport, 'en');

export type { GroupId } from '../domain/team/team-report.ts';

/** What the team view holds of a result: which instrument and the answers. Never its label, date or scores. */
interface LoadedResult extends TeamMemberResult {
  /** Its content (see `contentKey`), so a copy with another id still counts once. */
  readonly key: string;
  /** The file it came from and its group, to name them when a copy arrives. */
  readonly from: string;
  readonly group: GroupId;
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
  /** Files and pastes taken in so far: numbers their statuses and pasted texts. */
  readonly received: number;
  readonly reading: boolean;
}

/** What the page was opened with; set once. */
export interface TeamSetup {
  readonly instrument: Instrument;
  readonly minimum: number;
  readonly spreadMinimum: number;
  /** Where a kept summary lives. */
  readonly key: string;
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
  received: 0,
  reading: false,
});

export const $setup = atom<TeamSetup | null>(null);
/** The team page's state; the island reads it and calls the actions below. */
export const $team = atom<TeamState>(initial());

/** The aggregate report for what is loaded now; null before the page has opened the store. */
export const $report = computed([$team, $setup], (state, setup): TeamReport | null => {
  if (!setup) return null;
  const name = (id: GroupId) => state.names[id].trim() || DEFAULT_NAMES[id];
  const a = { id: 'a' as const, name: name('a'), results: state.results.a };
  const b = { id: 'b' as const, name: name('b'), results: state.results.b };
  const options = { minimumGroupSize: setup.minimum, spreadMinimum: setup.spreadMinimum };
  return buildReport(setup.instrument, state.compare ? [a, b] : [a], options, new Date().toISOString());
});

export function openTeam(active: Instrument, basePath: string, settings: { minGroupSize: number; spreadMinimum?: number }): void {
  if ($setup.get()) return;
  const minimum = clampGroupSize(settings.minGroupSize);
  const key = keptSummaryKey(basePath, active.id);
  $setup.set({ instrument: active, minimum, spreadMinimum: clampSpreadSize(settings.spreadMinimum, minimum), key });
  const kept = readKeptSummary(key, active.id);
  $team.set({ ...initial(), kept, keep: kept !== null });
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

interface Source {
  readonly name: string;
  /** The text, or null when the file was too large to read. */
  readonly text: string | null;
  readonly bytes: number;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Checks each source on its own and adds what it holds to the group, all in one update. */
function ingest(group: GroupId, sources: readonly Source[]): void {
  const setup = $setup.get();
  if (!setup) return;
  const state = $team.get();
  const loaded = new Map([...state.results.a, ...state.results.b].map((r) => [r.key, r]));
  const added: LoadedResult[] = [];
  const files: FileStatus[] = [];
  let received = state.received;
  const groupName = (id: GroupId) => state.names[id].trim() || DEFAULT_NAMES[id];
  for (const source of sources) {
    received += 1;
    const status = (outcome: FileStatus['outcome'], message: string, count = 0): FileStatus => ({
      key: received,
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
    const outcome = readTeamFile(source.text, setup.instrument);
    if (!outcome.ok) {
      files.push(status('refused', refusalWords(english, outcome.error, setup.instrument, 'en')));
      continue;
    }
    const picked = latestOfFile(outcome.results);
    if (!picked) {
      files.push(status('refused', 'The file is a results export, but it holds no results.'));
      continue;
    }
    const { latest, leftOut } = picked;
    const key = contentKey(latest);
    const earlier = loaded.get(key);
    if (earlier) {
      const where = `“${earlier.from}”${state.compare ? ` in ${groupName(earlier.group)}` : ''}`;
      files.push(status('refused', `Duplicate: the same answers are already loaded from ${where}, and one person counts once.`));
      continue;
    }
    // Only the instrument and the answers are kept: labels, dates and ids stay in the file.
    const result: LoadedResult = { key, from: source.name, group, instrument: latest.instrument, answers: latest.answers };
    loaded.set(key, result);
    added.push(result);
    files.push(
      status(
        'added',
        leftOut === 0
          ? '1 result added.'
          : `1 result added: the file holds ${plural(outcome.results.length, 'result')} of one person, so only the latest counts and ${plural(leftOut, 'earlier one was', 'earlier ones were')} left out.`,
        1,
      ),
    );
  }
  commit({
    ...state,
    reading: false,
    received,
    results: { ...state.results, [group]: [...state.results[group], ...added] },
    files: [...state.files, ...files],
    loads: state.loads + 1,
  });
}

async function readOne(file: File): Promise<Source> {
  if (file.size > MAX_IMPORT_BYTES) return { name: file.name, text: null, bytes: file.size };
  try {
    return { name: file.name, text: decodeExportBytes(new Uint8Array(await file.arrayBuffer())), bytes: file.size };
  } catch {
    // Moved or deleted since it was chosen: empty text, which import refuses with a reason.
    return { name: file.name, text: '', bytes: file.size };
  }
}

/**
 * Reads many files in one go: the browser hands over one buffer for all of them (a thousand
 * separate reads cost more than checking the files), which is then cut at each file's size and
 * decoded file by file, so a UTF-16 file among UTF-8 ones still reads.
 */
async function readAll(files: readonly File[]): Promise<Source[]> {
  const small = files.filter((f) => f.size <= MAX_IMPORT_BYTES);
  try {
    const buffer = new Uint8Array(await new Blob(small).arrayBuffer());
    let offset = 0;
    const texts = new Map<File, string>();
    for (const file of small) {
      texts.set(file, decodeExportBytes(buffer.subarray(offset, offset + file.size)));
      offset += file.size;
    }
    return files.map((file) => ({ name: file.name, text: texts.get(file) ?? null, bytes: file.size }));
  } catch {
    // One unreadable file fails the whole read: read them one by one.
    return Promise.all(files.map(readOne));
  }
}

/** Reads the files and adds them; each file is checked on its own, so one bad file does not stop the others. */
export async function addFiles(group: GroupId, files: readonly File[]): Promise<void> {
  if (files.length === 0) return;
  $team.set({ ...$team.get(), reading: true });
  ingest(group, files.length === 1 ? [await readOne(files[0]!)] : await readAll(files));
}

/** Adds pasted export text as if it were one more file. */
export function addPasted(group: GroupId, text: string): void {
  if (!text.trim()) return;
  ingest(group, [{ name: `Pasted text ${$team.get().received + 1}`, text, bytes: text.length }]);
}

/** Adds results read from pasted codes, one source per code: each code is one person’s result. */
export function addCodes(group: GroupId, sources: readonly { name: string; text: string }[]): void {
  if (sources.length === 0) return;
  ingest(group, sources.map((source) => ({ ...source, bytes: source.text.length })));
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
  $team.set({ ...initial(), loads: loads + 1 });
}
