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

/** One file (or pasted text, or code) and what became of it. Says nothing about the answers inside. */
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
  /** Set when the code that reads files could not be loaded (offline after an update, say). */
  readonly loadProblem: string | null;
  /** Counts loads, so the view can tell a fresh load has been drawn. */
  readonly loads: number;
  /** Files and pastes taken in so far: numbers their statuses and pasted texts. */
  readonly received: number;
  readonly reading: boolean;
}

export const DEFAULT_NAMES: Readonly<Record<GroupId, string>> = { a: 'Group A', b: 'Group B' };

export const initialState = (): TeamState => ({
  results: { a: [], b: [] },
  files: [],
  compare: false,
  names: DEFAULT_NAMES,
  keep: false,
  kept: null,
  storageProblem: null,
  loadProblem: null,
  loads: 0,
  received: 0,
  reading: false,
});
