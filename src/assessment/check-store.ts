import { atom, onMount } from 'nanostores';
import { addStepTime, draftFits, goToStep, recordAnswer, setRole, startDraft, stepItems } from '../domain/draft/draft.ts';
import type { Instrument, Item } from '../domain/instrument/schema.ts';
import type { AnswerValue } from '../domain/result/answers.ts';
import type { RoleAnswer } from '../domain/result/role.ts';
import type { AssessmentDocument } from '../domain/storage/document.ts';
import { emptyDocument } from '../domain/storage/empty-document.ts';
import { storageKey } from '../domain/storage/key.ts';
import type { StorageFailure } from '../domain/storage/key-value-storage.ts';
import type { LoadOutcome } from '../domain/storage/persist.ts';
import type { UnreadableData } from '../domain/storage/read.ts';
import { browserStorage, type StorageMode } from './device-storage.ts';

/** The code that reads, checks and writes the stored document (stored-document.ts). */
export type StoredDocumentCode = typeof import('./stored-document.ts');

/**
 * A problem with this browser's storage that the person should know about, shown as a banner.
 * The store keeps what happened (the engine's findings, this page's facts); the banner puts it
 * into words (islands/storage/notice-text.ts), so the check's page carries no sentence for
 * a case most people never meet.
 */
export type StorageNotice =
  /** Storage refused to be read, or to be written. */
  | { readonly kind: 'unavailable' | 'save-failed'; readonly failure: StorageFailure }
  /** "Only this tab" could not be remembered for the tab. */
  | { readonly kind: 'choice-not-kept' }
  /** Unreadable data was set aside under a backup key. */
  | { readonly kind: 'unreadable-kept'; readonly problem: UnreadableData }
  /** Unreadable data could not be set aside when the page opened, or stood in the way of a save. */
  | { readonly kind: 'unreadable-stuck'; readonly problem: UnreadableData; readonly failure: StorageFailure; readonly when: 'open' | 'save' }
  /** A newer version of the site wrote what is stored, so this tab keeps its answers to itself. */
  | { readonly kind: 'newer-version' }
  /** Switched to "only this tab" while earlier results stay on the device. */
  | { readonly kind: 'tab-only'; readonly earlier: number }
  /** Imported results could not be saved: the file is offered back. */
  | { readonly kind: 'import-not-saved'; readonly fileBack: { readonly name: string; readonly text: string } }
  /** The code that saves could not be loaded (the site was updated while the page was open, say). */
  | { readonly kind: 'code-not-loaded' };

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
  /**
   * The result of the last save: what the polite status line says. `pending`: changed in this tab
   * and saved as soon as the storage code has loaded.
   */
  readonly lastSave: 'none' | 'saved' | 'memory-only' | 'pending';
}

/** The check's state for the page; islands subscribe and call the actions below. */
export const $check = atom<CheckState | null>(null);

/** The storage code once a page has it: handed to `openCheck`, or loaded when first needed. */
export const $storedDocumentCode = atom<StoredDocumentCode | null>(null);

/** Loads the storage code (the browser fetches it once, however often this is called). */
async function loadStorageCode(): Promise<StoredDocumentCode> {
  const code = await import('./stored-document.ts');
  $storedDocumentCode.set(code);
  return code;
}

/**
 * Starts loading the storage code when the reader reaches for the check (a press or focus in it),
 * so that on a first visit the first save seldom has to wait for it.
 */
export function prepareToSave(): void {
  if (!$storedDocumentCode.get()) void loadStorageCode().catch(() => undefined);
}

/**
 * Starts loading the storage code at once when this browser holds a document under the key the
 * check will read (a returning visitor), so that reading it waits for neither the instrument nor
 * the check's first render. The same test as openCheck's: a first visit loads nothing more.
 */
export function prepareToRead(basePath: string, instrumentId: string): void {
  if (!nothingStored(storageKey(basePath, instrumentId))) prepareToSave();
}

/** Changes this tab holds that are not stored yet: they win when merged with what is stored. */
const unsaved = (state: CheckState) => state.lastSave === 'memory-only' || state.lastSave === 'pending';

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
      return { kind: 'unreadable-kept', problem: outcome.problem };
    case 'unreadable-kept':
      return { kind: 'unreadable-stuck', problem: outcome.problem, failure: outcome.failure, when: 'open' };
    case 'unavailable':
      return { kind: 'unavailable', failure: outcome.failure };
    default:
      return null;
  }
}

function askedForTabOnly(key: string): boolean {
  try {
    return window.sessionStorage.getItem(`${key}:${TAB_ONLY_FLAG}`) === '1';
  } catch {
    return false;
  }
}

/** True when the device holds a document a newer version of the site wrote. */
function newerVersionStored(code: StoredDocumentCode, key: string, instrumentId: string): boolean {
  try {
    const raw = browserStorage('device')?.getItem(key);
    if (raw === null || raw === undefined) return false;
    const read = code.interpretStoredText(raw, instrumentId);
    return !read.readable && read.problem.reason === 'newer-version';
  } catch {
    return false;
  }
}

/** True when neither this device nor this tab holds a document under `key`: nothing to read or check. */
function nothingStored(key: string): boolean {
  try {
    return window.localStorage.getItem(key) === null && window.sessionStorage.getItem(key) === null;
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
  const code = $storedDocumentCode.get();
  if (!code) {
    void loadStorageCode().then(() => followOtherTabs(event), () => undefined);
    return;
  }
  const read = code.interpretStoredText(event.newValue, state.instrument.id);
  if (!read.readable) return;
  const before = event.oldValue === null ? null : code.interpretStoredText(event.oldValue, state.instrument.id);
  const merged = code.mergeDocuments(read.document, state.document, {
    mineWins: unsaved(state),
    before: before?.readable ? before.document : null,
  });
  if (JSON.stringify(merged) === JSON.stringify(read.document)) {
    update({ document: merged });
    return;
  }
  save(code, merged);
}

onMount($check, () => {
  window.addEventListener('storage', followOtherTabs);
  return () => window.removeEventListener('storage', followOtherTabs);
});

/** Reads what is stored for this deployment and instrument, with the storage code at hand. */
function open(code: StoredDocumentCode, instrument: Instrument, basePath: string, key: string): void {
  const newer = newerVersionStored(code, key, instrument.id);
  const mode: StorageMode = newer || askedForTabOnly(key) ? 'tab' : 'device';
  const outcome = code.loadDocument(browserStorage(mode), key, instrument.id);
  const notice: StorageNotice | null = newer ? { kind: 'newer-version' } : noticeFor(outcome);
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

/**
 * Loads the document for this deployment and instrument; the store follows other tabs while shown.
 * Pages that always read stored results pass the storage code (`code`). Without it, a first visit
 * (nothing stored) opens at once with an empty document and loads the code with the first change;
 * anything stored is read once the code has loaded, so `$check` stays null until then.
 */
export function openCheck(instrument: Instrument, basePath: string, code?: StoredDocumentCode): void {
  if (code) $storedDocumentCode.set(code);
  if ($check.get()) return;
  const key = storageKey(basePath, instrument.id);
  const loaded = $storedDocumentCode.get();
  if (loaded) {
    open(loaded, instrument, basePath, key);
  } else if (nothingStored(key)) {
    const mode: StorageMode = askedForTabOnly(key) ? 'tab' : 'device';
    $check.set({ instrument, basePath, key, document: emptyDocument(instrument.id), mode, tabOnlyBecause: null, notices: [], lastSave: 'none' });
  } else {
    void loadStorageCode().then(
      (loadedCode) => {
        if (!$check.get()) open(loadedCode, instrument, basePath, key);
      },
      () => {
        // Nothing stored can be read without the code: the check runs in this tab and says so.
        if (!$check.get()) {
          const notices: StorageNotice[] = [{ kind: 'code-not-loaded' }];
          $check.set({ instrument, basePath, key, document: emptyDocument(instrument.id), mode: 'tab', tabOnlyBecause: null, notices, lastSave: 'memory-only' });
        }
      },
    );
  }
}

/** Writes `document` as it is (already combined with what is stored); on failure it stays in memory and the banner explains. */
function save(code: StoredDocumentCode, document: AssessmentDocument): boolean {
  const state = $check.get();
  if (!state) return false;
  const outcome = code.saveDocument(browserStorage(state.mode), state.key, document);
  if (outcome.status === 'saved') {
    update({ document, lastSave: 'saved' });
    return true;
  }
  const notice: StorageNotice =
    outcome.status === 'refused'
      ? { kind: 'unreadable-stuck', problem: outcome.problem, failure: outcome.failure, when: 'save' }
      : { kind: 'save-failed', failure: outcome.failure };
  update({ document, lastSave: 'memory-only', notices: withNotice(state.notices, notice) });
  return false;
}

/** Saves what this tab holds once the storage code is here, if it has not been saved meanwhile. */
function saveWhenLoaded(): void {
  void loadStorageCode().then(
    () => {
      const state = $check.get();
      if (state && unsaved(state)) change((d) => d);
    },
    () => {
      const state = $check.get();
      if (state) update({ lastSave: 'memory-only', notices: withNotice(state.notices, { kind: 'code-not-loaded' }) });
    },
  );
}

/**
 * Applies a change to the freshest document: what is stored now (another tab may have saved a
 * moment ago) combined with this tab's, then saves. Returns whether the change was saved. On a
 * first visit the storage code may not be here yet: the change is kept in this tab at once and
 * saved when the code arrives (false is returned).
 */
export function change(apply: (document: AssessmentDocument) => AssessmentDocument): boolean {
  const state = $check.get();
  if (!state) return false;
  const code = $storedDocumentCode.get();
  if (!code) {
    update({ document: apply(state.document), lastSave: state.lastSave === 'memory-only' ? 'memory-only' : 'pending' });
    saveWhenLoaded();
    return false;
  }
  let base = state.document;
  try {
    const raw = browserStorage(state.mode)?.getItem(state.key);
    const read = raw === null || raw === undefined ? null : code.interpretStoredText(raw, state.instrument.id);
    if (read?.readable) {
      const mine = unsaved(state);
      base = code.mergeDocuments(read.document, state.document, { mineWins: mine, before: mine ? null : state.document });
    }
  } catch {
    // Storage refused to be read: this tab's document is the best there is; saving will say what went wrong.
  }
  return save(code, apply(base));
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

/** Shows `notice` in the banner, in place of an earlier one of its kind. */
export function addNotice(notice: StorageNotice): void {
  const state = $check.get();
  if (state) update({ notices: withNotice(state.notices, notice) });
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
    update({ notices: withNotice(state.notices, { kind: 'choice-not-kept' }) });
    return;
  }
  const from = browserStorage(state.mode);
  const earlier = state.document.history.length;
  const others = state.notices.filter((n) => n.kind !== 'tab-only');
  update({
    mode,
    notices:
      mode === 'tab' && earlier > 0
        ? withNotice(others, { kind: 'tab-only', earlier })
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
