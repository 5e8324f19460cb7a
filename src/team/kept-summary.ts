import { deploymentPrefix } from '../domain/storage/key.ts';
import { isRole } from '../domain/result/role.ts';
import type { TeamReport } from '../domain/team/team-report.ts';
import type { StorageProblem } from './team-state.ts';

/**
 * The team summary a facilitator chose to keep on this device: aggregate figures only, in a
 * versioned envelope so a later version of the page can tell what it is reading.
 */
const KEPT_FORMAT = 'culture-first/team-summary';
/**
 * Version 1 held lowest and highest scores: it is not shown again; keeping a new summary or Clear
 * everything replaces it. Version 2 held English sentences where figures were held back (and a note
 * for results of an earlier version); it is read as version 3, which holds only codes and counts.
 */
const KEPT_VERSION = 3;
const READ_VERSIONS: readonly unknown[] = [2, KEPT_VERSION];

// Checked by hand rather than with zod/mini: schemas the check's pages do not use would land in
// the chunk the team page shares with them, and every page of the check would load them.
type Shape = Record<string, unknown>;
const isShape = (v: unknown): v is Shape => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFigure = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): boolean => typeof v === 'string';
const listOf = (v: unknown, each: (item: unknown) => boolean): boolean => Array.isArray(v) && v.every(each);
const isFigureOrHeldBack = (v: unknown): boolean => v === null || isFigure(v);

/** A figure that is either shown (with every number of a summary) or held back. */
function isFigures(v: unknown, extra: (s: Shape) => boolean = () => true): boolean {
  if (!isShape(v) || !extra(v)) return false;
  if (v.status === 'suppressed') return true;
  return v.status === 'shown' && isFigure(v.n) && isFigure(v.median) && isFigureOrHeldBack(v.q1) && isFigureOrHeldBack(v.q3);
}

function isStatistics(v: unknown): boolean {
  if (!isShape(v)) return false;
  if (v.status === 'suppressed') return true;
  return (
    v.status === 'shown' &&
    isFigure(v.respondents) &&
    isFigureOrHeldBack(v.notEnoughAnswers) &&
    isFigure(v.spreadMinimum) &&
    listOf(v.attributes, (a) => isFigures(a, (s) => isText(s.dimension))) &&
    isFigures(v.overall) &&
    listOf(v.bands, (b) => isShape(b) && isText(b.band) && isFigureOrHeldBack(b.count)) &&
    listOf(v.spreadRanking, (r) => isShape(r) && isText(r.dimension) && isFigure(r.iqr)) &&
    (isFigure(v.earlierVersion) || listOf(v.notes, isText))
  );
}

function isGap(v: unknown): boolean {
  if (!isShape(v) || !isText(v.dimension)) return false;
  return v.status === 'shown' ? isFigure(v.gap) : v.status === 'suppressed';
}

const isRoleCell = (v: unknown): boolean =>
  isShape(v) && isText(v.dimension) && (v.status === 'held-back' || (v.status === 'shown' && isFigure(v.median)));

/** The comparison by role: shown roles with medians only, or the reason it is not shown. */
function isRoles(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isShape(v)) return false;
  if (v.status === 'not-shown') return true;
  return (
    v.status === 'shown' &&
    listOf(v.roles, (r) => isShape(r) && isRole(r.role) && isFigure(r.n) && listOf(r.attributes, isRoleCell) && isRoleCell(r.overall))
  );
}

function isReport(v: unknown, instrumentId: string): v is TeamReport {
  return (
    isShape(v) &&
    isText(v.madeAt) &&
    isShape(v.instrument) &&
    v.instrument.id === instrumentId &&
    isFigure(v.instrument.version) &&
    isFigure(v.minimumGroupSize) &&
    isFigure(v.spreadMinimum) &&
    Array.isArray(v.groups) &&
    v.groups.length >= 1 &&
    v.groups.length <= 2 &&
    v.groups.every(
      (g) => isShape(g) && (g.id === 'a' || g.id === 'b') && isText(g.name) && isFigure(g.loaded) && isStatistics(g.statistics),
    ) &&
    (v.gaps === null || listOf(v.gaps, isGap)) &&
    isRoles(v.roles)
  );
}

/**
 * A version-2 summary as version 3: its sentences dropped (the page words held-back figures
 * itself), its note on results of an earlier version read back as their count.
 */
function upgrade(report: TeamReport): TeamReport {
  const groups = report.groups.map((group) => {
    const stats = group.statistics as TeamReport['groups'][number]['statistics'] & { notes?: unknown };
    if (stats.status !== 'shown' || !Array.isArray(stats.notes)) return group;
    const { notes, ...rest } = stats;
    const counted = notes.map((note) => Number(/^\d+/.exec(String(note))?.[0] ?? 0));
    return { ...group, statistics: { ...rest, earlierVersion: Math.max(0, ...counted) } };
  });
  return { ...report, groups };
}

export interface KeptSummary {
  readonly savedAt: string;
  readonly report: TeamReport;
}

/** `culture-first:<base path>:team-summary:<instrument id>`: apart from the check's own key and from other deployments. */
export function keptSummaryKey(basePath: string, instrumentId: string): string {
  return `${deploymentPrefix(basePath)}team-summary:${instrumentId}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The kept summary, or null when there is none, it cannot be read, or it is for another instrument. */
export function readKeptSummary(key: string, instrumentId: string): KeptSummary | null {
  let text: string | null = null;
  try {
    text = storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const data: unknown = JSON.parse(text);
    if (!isShape(data) || data.format !== KEPT_FORMAT || !READ_VERSIONS.includes(data.version) || typeof data.savedAt !== 'string') return null;
    if (!isReport(data.report, instrumentId)) return null;
    return { savedAt: data.savedAt, report: data.version === KEPT_VERSION ? data.report : upgrade(data.report) };
  } catch {
    return null;
  }
}

/** Saves the summary; says why when this browser would not keep it. */
export function writeKeptSummary(key: string, report: TeamReport, savedAt: string): StorageProblem | null {
  const store = storage();
  if (!store) return 'unavailable';
  try {
    store.setItem(key, JSON.stringify({ format: KEPT_FORMAT, version: KEPT_VERSION, savedAt, report }));
    return null;
  } catch {
    return 'refused';
  }
}

export function removeKeptSummary(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing could be stored either, so there is nothing to remove.
  }
}
