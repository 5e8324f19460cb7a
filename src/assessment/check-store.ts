import { atom } from 'nanostores';
import { addStepTime, draftFits, goToStep, recordAnswer, setRole, startDraft, stepItems } from '../domain/draft/draft.ts';
import type { Instrument, Item } from '../domain/instrument/schema.ts';
import type { AnswerValue } from '../domain/result/answers.ts';
import type { RoleAnswer } from '../domain/result/role.ts';
import { emptyDocument, type AssessmentDocument } from '../domain/storage/document.ts';
import { storageKey } from '../domain/storage/key.ts';
import { eraseAll, loadDocument, saveDocument, type LoadOutcome } from '../domain/storage/persist.ts';
import { interpretStoredText } from '../domain/storage/read.ts';
import { browserStorage, type StorageMode } from './device-storage.ts';

/** A problem with this browser's storage that the person should know about, shown as a banner. */
export interface StorageNotice {
  readonly kind: 'unavailable' | 'save-failed' | 'unreadable-kept' | 'unreadable-stuck';
  readonly message: string;
  /** Where unreadable data was set aside, so it can be downloaded. */
  readonly backupKey?: string;
}

export interface CheckState {
  readonly document: AssessmentDocument;
  readonly mode: StorageMode;
  readonly notices: readonly StorageNotice[];
  /** The result of the last save: what the polite status line says. */
  readonly lastSave: 'none' | 'saved' | 'memory-only';
}

/** The check's state for the page; islands subscribe and call the actions below. */
export const $check = atom<CheckState | null>(null);

/** The session flag lives in sessionStorage, so "only this tab" ends with the tab, as promised. */
const TAB_ONLY_FLAG = 'tab-only';

let instrument: Instrument;
let key = '';

function update(change: Partial<CheckState>): void {
  const current = $check.get();
  if (current) $check.set({ ...current, ...change });
}

function noticeFor(outcome: LoadOutcome): StorageNotice | null {
  switch (outcome.status) {
    case 'backed-up':
      return { kind: 'unreadable-kept', message: `${outcome.problem.message}`, backupKey: outcome.backupKey };
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

function currentMode(): StorageMode {
  try {
    return window.sessionStorage.getItem(`${key}:${TAB_ONLY_FLAG}`) === '1' ? 'tab' : 'device';
  } catch {
    return 'device';
  }
}

/** Loads the document for this deployment and instrument, and follows changes made in other tabs. */
export function openCheck(active: Instrument, basePath: string): void {
  if ($check.get()) return;
  instrument = active;
  key = storageKey(basePath, active.id);
  const mode = currentMode();
  const outcome = loadDocument(browserStorage(mode), key, active.id);
  const notice = noticeFor(outcome);
  $check.set({ document: outcome.document, mode, notices: notice ? [notice] : [], lastSave: 'none' });

  window.addEventListener('storage', (event) => {
    const state = $check.get();
    if (!state || state.mode !== 'device' || event.key !== key || event.storageArea !== browserStorage('device')) return;
    if (event.newValue === null) {
      update({ document: emptyDocument(active.id) });
      return;
    }
    const read = interpretStoredText(event.newValue, active.id);
    if (read.readable) update({ document: read.document });
  });
}

/** Saves a new document and publishes it; on failure the banner explains and the page keeps it in memory. */
export function commit(document: AssessmentDocument): void {
  const state = $check.get();
  if (!state) return;
  const outcome = saveDocument(browserStorage(state.mode), key, document);
  if (outcome.status === 'saved') {
    update({ document, lastSave: 'saved' });
    return;
  }
  const notice: StorageNotice =
    outcome.status === 'refused'
      ? { kind: 'unreadable-stuck', message: `${outcome.problem.message} ${outcome.failure.message}` }
      : { kind: 'save-failed', message: outcome.failure.message };
  const others = state.notices.filter((n) => n.kind !== notice.kind);
  update({ document, lastSave: 'memory-only', notices: [...others, notice] });
}

export const now = () => new Date().toISOString();
export const doc = (): AssessmentDocument => $check.get()?.document ?? emptyDocument(instrument.id);

export function answer(itemId: string, value: AnswerValue): void {
  commit(recordAnswer(doc(), itemId, value, now()));
}

export function showStep(step: number): void {
  commit(goToStep(doc(), step, now()));
}

/** Starts a draft with this person's own statement order, unless one for this version is under way. */
export function startCheck(): void {
  const draft = doc().draft;
  if (draft && draftFits(draft, instrument).fits) return;
  const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  commit(startDraft(doc(), { now: now(), seed, instrument }));
}

export function chooseRole(role: RoleAnswer): void {
  startCheck();
  commit(setRole(doc(), role, now()));
}

/** Adds the seconds a step was shown before Continue, for the "answered very fast" hint. */
export function recordStepTime(dimensionId: string, seconds: number): void {
  commit(addStepTime(doc(), dimensionId, seconds, now()));
}

/** One step's statements in this person's order (instrument order before a draft exists). */
export function stepOrder(dimensionId: string): Item[] {
  const draft = doc().draft;
  return draft ? stepItems(instrument, dimensionId, draft) : instrument.items.filter((i) => i.dimension === dimensionId);
}



/**
 * Switches between keeping answers on this device and only in this tab. Switching to "tab only"
 * moves the document into sessionStorage and removes it from localStorage, so nothing stays behind.
 */
export function setMode(mode: StorageMode): void {
  const state = $check.get();
  if (!state || state.mode === mode) return;
  const from = browserStorage(state.mode);
  try {
    window.sessionStorage.setItem(`${key}:${TAB_ONLY_FLAG}`, mode === 'tab' ? '1' : '0');
  } catch {
    update({ notices: [...state.notices, { kind: 'unavailable', message: 'This browser does not allow the site to remember that choice.' }] });
    return;
  }
  update({ mode });
  commit(state.document);
  if ($check.get()?.lastSave === 'saved') {
    try {
      from?.removeItem(key);
    } catch {
      // The old copy stays; the banner from the storage failure already explains.
    }
  }
}

/** Removes every key of this deployment from both storages; returns how many were removed. */
export function eraseEverything(basePath: string): { ok: boolean; message: string } {
  const results = [eraseAll(browserStorage('device'), basePath), eraseAll(browserStorage('tab'), basePath)];
  const removed = results.reduce((n, r) => n + r.removed.length, 0);
  $check.set({ document: emptyDocument(instrument.id), mode: 'device', notices: [], lastSave: 'none' });
  const failed = results.find((r) => r.status === 'failed');
  if (failed && failed.status === 'failed') return { ok: false, message: failed.failure.message };
  return { ok: true, message: `Erased ${removed} item${removed === 1 ? '' : 's'} this site had stored in this browser.` };
}

export function currentInstrument(): Instrument {
  return instrument;
}
