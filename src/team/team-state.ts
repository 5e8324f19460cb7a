import type { ImportRefusal } from '../domain/exchange/import.ts';
import type { Role } from '../domain/result/role.ts';
import type { TeamMemberResult } from '../domain/team/statistics.ts';
import type { GroupId } from '../domain/team/team-report.ts';
import type { KeptSummary } from './kept-summary.ts';

export type { GroupId } from '../domain/team/team-report.ts';

/** What the team view holds of a result: which instrument, the answers and the role. Never its label, date or scores. */
export interface LoadedResult extends TeamMemberResult {
  /** Its content (see `contentKey`), so a copy with another id still counts once. */
  readonly key: string;
  /** The file it came from and its group, to name them when a copy arrives. */
  readonly from: string;
  /** The key of that file's status, so removing the file removes its result. */
  readonly source: number;
  readonly group: GroupId;
  /** The role the person gave in the check, if any; the report compares roles with it. */
  readonly role?: Role;
}

/** What became of a file, as a code and its values; the page says it in its language (islands/team/team-words.ts). */
export type FileNote =
  /** Its result was added; `held` is how many results the file held (only the latest counts). */
  | { readonly code: 'added'; readonly held: number }
  /** Too large to read: `bytes`, over the `limit`. */
  | { readonly code: 'too-large'; readonly bytes: number; readonly limit: number }
  /** A results export with no result in it. */
  | { readonly code: 'empty' }
  /** The same answers came already from the file `from`, in `group` when two groups are compared. */
  | { readonly code: 'duplicate'; readonly from: string; readonly group: GroupId | null }
  /** The file checks refused it. */
  | { readonly code: 'refused'; readonly refusal: ImportRefusal };

/** One file (or pasted text, or code) and what became of it. Says nothing about the answers inside. */
export interface FileStatus {
  readonly key: number;
  readonly name: string;
  readonly group: GroupId;
  readonly added: number;
  readonly outcome: 'added' | 'refused';
  readonly note: FileNote;
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
  /** Set when this browser would not keep the summary (see `writeKeptSummary`). */
  readonly storageProblem: StorageProblem | null;
  /** Set when the code that reads files could not be loaded (offline after an update, say). */
  readonly loadProblem: boolean;
  /** Counts loads, so the view can tell a fresh load has been drawn. */
  readonly loads: number;
  /** Files and pastes taken in so far: numbers their statuses and pasted texts. */
  readonly received: number;
  readonly reading: boolean;
}

/** Why a summary was not kept: the browser allows no storage to this page, or it refused this write. */
export type StorageProblem = 'unavailable' | 'refused';

/** The names groups have until the facilitator types others: "Group A", "Group B" in the page's language. */
export type GroupNames = Readonly<Record<GroupId, string>>;

export const initialState = (names: GroupNames): TeamState => ({
  results: { a: [], b: [] },
  files: [],
  compare: false,
  names,
  keep: false,
  kept: null,
  storageProblem: null,
  loadProblem: false,
  loads: 0,
  received: 0,
  reading: false,
});
