import { describe, expect, test } from 'vitest';
import type { StorageNotice } from '../../../src/assessment/check-store.ts';
import { readCatalog } from '../../../src/content-data/catalog-files.ts';
import { en, type MessageKey } from '../../../src/i18n/en/index.ts';
import { translator, type Translate } from '../../../src/i18n/translate.ts';
import { noticeText, storageWords } from '../../../src/islands/storage/notice-text.ts';

/** Every kind of storage notice, each with the codes the engine gives. */
const notices: readonly StorageNotice[] = [
  { kind: 'unavailable', failure: { reason: 'security' } },
  { kind: 'save-failed', failure: { reason: 'quota-exceeded' } },
  { kind: 'choice-not-kept' },
  { kind: 'unreadable-kept', problem: { reason: 'corrupt-json', detail: '' } },
  { kind: 'unreadable-stuck', problem: { reason: 'invalid', detail: '' }, failure: { reason: 'unknown' }, when: 'open' },
  { kind: 'unreadable-stuck', problem: { reason: 'newer-version', detail: '' }, failure: { reason: 'newer-version-kept' }, when: 'save' },
  { kind: 'newer-version' },
  { kind: 'tab-only', earlier: 1 },
  { kind: 'tab-only', earlier: 2 },
  { kind: 'import-not-saved', fileBack: { name: 'mine.json', text: '{}' } },
  { kind: 'code-not-loaded' },
];

const english = translator(en, 'en') as Translate<MessageKey>;
const { messages } = readCatalog('.', 'content/i18n/de.yaml', 'de');
const german = translator(messages, 'de') as Translate<MessageKey>;

describe('storage notices in words', () => {
  test('English keeps the sentences the engine used to write', () => {
    expect(notices.map((n) => noticeText(n, english))).toEqual([
      'This browser does not allow the site to store data (private mode or a privacy setting), so your answers are kept only in this tab. Export your results to keep a copy.',
      "This browser's storage for the site is full, so your latest answers are kept only in this tab for now. Export your results to keep a copy.",
      'This browser does not allow the site to remember that choice.',
      'The saved answers in this browser are damaged and could not be read. Your earlier answers were kept in a backup in this browser and can be recovered.',
      'The saved answers in this browser are not in a form this site understands. Your earlier answers were kept in a backup in this browser and can be recovered. It could not be set aside, so nothing will be saved over it. Your answers are kept only in this tab for now. Your answers could not be saved in this browser, so they are kept only in this tab for now. Export your results to keep a copy.',
      'The saved answers were written by a newer version of this site. Your earlier answers were kept in a backup in this browser and can be recovered. They will open again once this site is updated. Nothing was saved over it.',
      'The answers saved here were written by a newer version of this site; to keep them, the check runs for this tab only.',
      '1 earlier result stays saved on this device; nothing was removed. New answers are kept in this tab only.',
      '2 earlier results stay saved on this device; nothing was removed. New answers are kept in this tab only.',
      'The results from “mine.json” could not be saved in this browser, so they are shown in this tab only and will be gone when it closes. Keep the file.',
      'The part of this site that saves answers could not be loaded, so your answers are kept only in this tab for now. Reload the page to try again.',
    ]);
  });

  test('without the page’s words (code not converted yet) a notice is in English', () => {
    expect(noticeText({ kind: 'tab-only', earlier: 3 })).toBe(noticeText({ kind: 'tab-only', earlier: 3 }, english));
    // An island outside WordsProvider translates every key to itself: the notices fall back to English.
    const keysOnly = ((key: string) => key) as Translate<MessageKey>;
    expect(storageWords(keysOnly)('check.storage.list.title')).toBe('Data this site could not read');
    expect(storageWords(german)('check.storage.list.title')).toBe('Daten, die diese Website nicht lesen konnte');
  });

  test('German words every notice in German, with no English text of the check left in it', () => {
    const englishTexts = Object.entries(en)
      .filter(([key, value]) => key.startsWith('check.') && typeof value === 'string' && !value.includes('{'))
      .map(([, value]) => value as string)
      .filter((value) => value.length > 12);
    for (const notice of notices) {
      const text = noticeText(notice, german);
      expect(text).not.toMatch(/check\.storage\./);
      for (const sentence of englishTexts) expect(text).not.toContain(sentence);
    }
    expect(noticeText({ kind: 'tab-only', earlier: 1 }, german)).toBe(
      '1 früheres Ergebnis bleibt auf diesem Gerät gespeichert; es wurde nichts entfernt. Neue Antworten werden nur in diesem Tab gespeichert.',
    );
    expect(noticeText({ kind: 'tab-only', earlier: 1200 }, german)).toMatch(/^1\.200 frühere Ergebnisse bleiben/);
    expect(noticeText({ kind: 'import-not-saved', fileBack: { name: 'x.json', text: '' } }, german)).toContain('„x.json“');
  });
});
