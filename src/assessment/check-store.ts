import { atom, onMount } from 'nanostores';
import { addStepTime, draftFits, goToStep, recordAnswer, setRole, startDraft, stepItems } from '../domain/draft/draft.ts';
import type { Instrument, Item } from '../domain/instrument/schema.ts';
import type { AnswerValue } from '../domain/result/answers.ts';
import type { RoleAnswer } from '../domain/result/role.ts';
import { emptyDocument, type AssessmentDocument } from '../domain/storage/document.ts';
import { storageKey } from '../domain/storage/key.ts';
import { mergeDocuments } from '../domain/storage/merge.ts';
import { eraseAll, loadDocument, saveDocument, type LoadOutcome } from '../domain/storage/persist.ts';
import { interpretStoredText } from '../domain/storage/read.ts';
import { browserStorage, type StorageMode } from './device-storage.ts';

/** A problem with this browser's storage that the person should know about, shown as a banner. */
export interface StorageNotice {
  readonly kind: 'unavailable' | 'save-failed' | 'unreadable-kept' | 'unreadable-stuck' | 'newer-version' | 'import-not-saved' | 'tab-only';
  readonly message: string;
  /** A file to offer back when what it held could not be saved. */
  readonly fileBack?: { readonly name: string; readonly text: string };
}

export interface CheckState {
  readonly instrument: Instrument;
  readonly basePath: string;
  /** Where this deployment keeps this instrument's document. */
  readonly key: string;
  readonly document: AssessmentDocument;
  readonly mode: StorageMode;
  /** Why this tab keeps its answers to itself without having been asked to, if it does. */
  readonly tabOnlyBecause: 'newer-version' | null;
  readonly notices: readonly StorageNotice[];
  /** The result of the last save: what the polite status line says. */
  readonly lastSave: 'none' | 'saved' | 'memory-only';
}

/** The check's state for the page; islands subscribe and call the actions below. */
export const $check = atom<CheckState | null>(null);

/** The session flag lives in sessionStorage, so "only this tab" ends with the tab, as promised. */
const TAB_ONLY_FLAG = 'tab-only';

function update(change: Partial<CheckState>): void {
  const current = $check.get();
  if (current) $check.set({ ...current, ...change });
}

function withNotice(notices: readonly StorageNotice[], notice: StorageNotice): StorageNotice[] {
  return [...notices.filter((n) => n.kind !== notice.kind), notice];
}

function noticeFor(outcome: LoadOutcome): StorageNotice | null {
  switch (outcome.status) {
    case 'backed-up':
      return { kind: 'unreadable-kept', message: outcome.problem.message };
    case 'unreadable-kept':
      return {
        kind: 'unreadable-stuck',
        message: `${outcome.problem.message} It could not be set aside, so nothing will be saved over it. Your answers are kept only in this tab for now. ${outcome.failure.message}`,
      };
    case 'unavailable':
      return { kind: 'unavailable', message: outcome.failure.message };
    default:
      return null;
  }
}

const NEWER_VERSION_NOTICE: StorageNotice = {
  kind: 'newer-version',
  message:
    'The answers saved here were written by a newer version of this site; to keep them, the check runs for this tab only.',
};

function askedForTabOnly(key: string): boolean {
  try {
    return window.sessionStorage.getItem(`${key}:${TAB_ONLY_FLAG}`) === '1';
  } catch {
    return false;
  }
}

/** True when the device holds a document a newer version of the site wrote. */
function newerVersionStored(key: string, instrumentId: string): boolean {
  try {
    const raw = browserStorage('device')?.getItem(key);
    if (raw === null || raw === undefined) return false;
    const read = interpretStoredText(raw, instrumentId);
    return !read.readable && read.problem.reason === 'newer-version';
  } catch {
    return false;
  }
}

/**
 * Another tab saved: combine its document with this tab's answer by answer (never replace this
 * tab's wholesale), and save the combination when it holds answers the stored one lacks.
 */
function followOtherTabs(event: StorageEvent): void {
  const state = $check.get();
  if (!state || state.mode !== 'device' || event.key !== state.key || event.storageArea !== browserStorage('device')) return;
  if (event.newValue === null) {
    // Erased in another tab on purpose (Erase everything): follow it.
    update({ document: emptyDocument(state.instrument.id) });
    return;
  }
  const read = interpretStoredText(event.newValue, state.instrument.id);
  if (!read.readable) return;
  const before = event.oldValue === null ? null : interpretStoredText(event.oldValue, state.instrument.id);
  const merged = mergeDocuments(read.document, state.document, {
    mineWins: state.lastSave === 'memory-only',
    before: before?.readable ? before.document : null,
  });
  if (JSON.stringify(merged) === JSON.stringify(read.document)) {
    update({ document: merged });
    return;
  }
  save(merged);
}

onMount($check, () => {
  window.addEventListener('storage', followOtherTabs);
  return () => window.removeEventListener('storage', followOtherTabs);
});

/** Loads the document for this deployment and instrument; the store follows other tabs while shown. */
export function openCheck(instrument: Instrument, basePath: string): void {
  if ($check.get()) return;
  const key = storageKey(basePath, instrument.id);
  const newer = newerVersionStored(key, instrument.id);
  const mode: StorageMode = newer || askedForTabOnly(key) ? 'tab' : 'device';
  const outcome = loadDocument(browserStorage(mode), key, instrument.id);
  const notice = newer ? NEWER_VERSION_NOTICE : noticeFor(outcome);
  $check.set({
    instrument,
    basePath,
    key,
    document: outcome.document,
    mode,
    tabOnlyBecause: newer ? 'newer-version' : null,
    notices: notice ? [notice] : [],
    lastSave: 'none',
  });
}

/** Writes `document` as it is (already combined with what is stored); on failure it stays in memory and the banner explains. */
function save(document: AssessmentDocument): boolean {
  const state = $check.get();
  if (!state) return false;
  const outcome = saveDocument(browserStorage(state.mode), state.key, document);
  if (outcome.status === 'saved') {
    update({ document, lastSave: 'saved' });
    return true;
  }
  const notice: StorageNotice =
    outcome.status === 'refused'
      ? { kind: 'unreadable-stuck', message: `${outcome.problem.message} ${outcome.failure.message}` }
      : { kind: 'save-failed', message: outcome.failure.message };
  update({ document, lastSave: 'memory-only', notices: withNotice(state.notices, notice) });
  return false;
}

/**
 * Applies a change to the freshest document: what is stored now (another tab may have saved a
 * moment ago) combined with this tab's, then saves. Returns whether the change was saved.
 */
export function change(apply: (document: AssessmentDocument) => AssessmentDocument): boolean {
  const state = $check.get();
  if (!state) return false;
  let base = state.document;
  try {
    const raw = browserStorage(state.mode)?.getItem(state.key);
    const read = raw === null || raw === undefined ? null : interpretStoredText(raw, state.instrument.id);
    if (read?.readable) {
      const saved = state.lastSave !== 'memory-only';
      base = mergeDocuments(read.document, state.document, { mineWins: !saved, before: saved ? state.document : null });
    }
  } catch {
    // Storage refused to be read: this tab's document is the best there is; saving will say what went wrong.
  }
  return save(apply(base));
}

export const now = () => new Date().toISOString();

export function answer(itemId: string, value: AnswerValue): void {
  change((d) => recordAnswer(d, itemId, value, now()));
}

export function showStep(step: number): void {
  change((d) => goToStep(d, step, now()));
}

/** Starts a draft with this person's own statement order, unless one for this version is under way. */
export function startCheck(): void {
  const state = $check.get();
  if (!state) return;
  const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  change((d) => (d.draft && draftFits(d.draft, state.instrument).fits ? d : startDraft(d, { now: now(), seed, instrument: state.instrument })));
}

export function chooseRole(role: RoleAnswer): void {
  startCheck();
  change((d) => setRole(d, role, now()));
}

/** Adds the seconds a step was shown before Continue, for the "answered very fast" hint. */
export function recordStepTime(dimensionId: string, seconds: number): void {
  change((d) => addStepTime(d, dimensionId, seconds, now()));
}

/** One step's statements in this person's order (instrument order before a draft exists). */
export function stepOrder(dimensionId: string): Item[] {
  const state = $check.get();
  if (!state) return [];
  const draft = state.document.draft;
  return draft ? stepItems(state.instrument, dimensionId, draft) : state.instrument.items.filter((i) => i.dimension === dimensionId);
}

/** Adds imported results; when they cannot be saved, `notice` says so (with the file to offer back). */
export function addImported(apply: (document: AssessmentDocument) => AssessmentDocument, notice: StorageNotice): boolean {
  if (change(apply)) return true;
  const state = $check.get();
  if (state) update({ notices: withNotice(state.notices, notice) });
  return false;
}

/**
 * Switches between keeping answers on this device and only in this tab. Switching to "tab only"
 * copies the document into this tab and leaves what is saved on the device untouched: earlier
 * results are never removed without asking (Erase on the history page does that, after asking).
 */
export function setMode(mode: StorageMode): void {
  const state = $check.get();
  if (!state || state.mode === mode || state.tabOnlyBecause) return;
  try {
    window.sessionStorage.setItem(`${state.key}:${TAB_ONLY_FLAG}`, mode === 'tab' ? '1' : '0');
  } catch {
    update({ notices: withNotice(state.notices, { kind: 'unavailable', message: 'This browser does not allow the site to remember that choice.' }) });
    return;
  }
  const from = browserStorage(state.mode);
  const earlier = state.document.history.length;
  const others = state.notices.filter((n) => n.kind !== 'tab-only');
  update({
    mode,
    notices:
      mode === 'tab' && earlier > 0
        ? withNotice(others, {
            kind: 'tab-only',
            message: `${earlier} earlier result${earlier === 1 ? '' : 's'} stay saved on this device; nothing was removed. New answers are kept in this tab only.`,
          })
        : others,
  });
  if (change((d) => d) && mode === 'device') {
    try {
      // The tab's copy now lives on the device, merged with what was there.
      from?.removeItem(state.key);
    } catch {
      // It ends with the tab anyway.
    }
  }
}

/** Removes every key of this deployment from both storages; returns how many were removed. */
export function eraseEverything(basePath: string): { ok: boolean; message: string } {
  const results = [eraseAll(browserStorage('device'), basePath), eraseAll(browserStorage('tab'), basePath)];
  const removed = results.reduce((n, r) => n + r.removed.length, 0);
  const state = $check.get();
  if (state) {
    $check.set({ ...state, document: emptyDocument(state.instrument.id), mode: 'device', tabOnlyBecause: null, notices: [], lastSave: 'none' });
  }
  const failed = results.find((r) => r.status === 'failed');
  if (failed && failed.status === 'failed') return { ok: false, message: failed.failure.message };
  return { ok: true, message: `Erased ${removed} item${removed === 1 ? '' : 's'} this site had stored in this browser.` };
}
