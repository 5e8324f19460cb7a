/**
 * What the check says about this browser's storage (keys `check.storage.*`): the notices and the
 * list of data the site could not read. They appear on every page that reads or saves answers
 * (the check, the result, the history, a shared result), so each of those pages passes
 * 'check.storage.' in its areas. Kept in a file of its own so that code still speaking English
 * (adapters, see src/assessment/erase.ts) can import these texts without the rest of the check's.
 */
export const checkStorage = {
  'check.storage.title': 'Your answers are not being saved in this browser as usual',
  'check.storage.stillWorks': 'The check still works. Export your results when you finish so you keep a copy.',
  'check.storage.downloadAgain': 'Download the file again',
  // Why storage could not be read or written (StorageFailureReason in src/domain/storage/key-value-storage.ts).
  'check.storage.failure.quota-exceeded':
    "This browser's storage for the site is full, so your latest answers are kept only in this tab for now. Export your results to keep a copy.",
  'check.storage.failure.security':
    'This browser does not allow the site to store data (private mode or a privacy setting), so your answers are kept only in this tab. Export your results to keep a copy.',
  'check.storage.failure.unavailable':
    'Storage is not available in this browser, so your answers are kept only in this tab. Export your results to keep a copy.',
  'check.storage.failure.unknown':
    'Your answers could not be saved in this browser, so they are kept only in this tab for now. Export your results to keep a copy.',
  'check.storage.failure.backup-not-confirmed': 'A backup of the saved answers could not be confirmed, so nothing was changed.',
  'check.storage.failure.failed-safety-check': 'The answers were not saved because they did not pass a safety check. Please report this.',
  'check.storage.failure.newer-version-kept': 'Nothing was saved over it.',
  // Why stored answers could not be read (UnreadableReason in src/domain/storage/read.ts).
  'check.storage.unreadable.corrupt-json':
    'The saved answers in this browser are damaged and could not be read. Your earlier answers were kept in a backup in this browser and can be recovered.',
  'check.storage.unreadable.invalid':
    'The saved answers in this browser are not in a form this site understands. Your earlier answers were kept in a backup in this browser and can be recovered.',
  'check.storage.unreadable.newer-version':
    'The saved answers were written by a newer version of this site. Your earlier answers were kept in a backup in this browser and can be recovered. They will open again once this site is updated.',
  'check.storage.notSetAside': 'It could not be set aside, so nothing will be saved over it. Your answers are kept only in this tab for now.',
  'check.storage.choiceNotKept': 'This browser does not allow the site to remember that choice.',
  'check.storage.newerVersion':
    'The answers saved here were written by a newer version of this site; to keep them, the check runs for this tab only.',
  'check.storage.tabOnly': {
    one: '{count} earlier result stays saved on this device; nothing was removed. New answers are kept in this tab only.',
    other: '{count} earlier results stay saved on this device; nothing was removed. New answers are kept in this tab only.',
  },
  'check.storage.importNotSaved':
    'The results from “{file}” could not be saved in this browser, so they are shown in this tab only and will be gone when it closes. Keep the file.',
  'check.storage.codeNotLoaded':
    'The part of this site that saves answers could not be loaded, so your answers are kept only in this tab for now. Reload the page to try again.',
  // The list of data this site could not read.
  'check.storage.list.title': 'Data this site could not read',
  'check.storage.list.intro':
    'This browser holds data of this site that it could not read. It is kept exactly as it was, and stays listed here until you delete it. Download it to keep a copy or to send with a bug report.',
  'check.storage.list.backup': 'Saved answers that could not be read, set aside',
  'check.storage.list.newer-version': 'Saved answers written by a newer version of this site',
  'check.storage.list.entry': { one: '{what}, {count} character.', other: '{what}, {count} characters.' },
  'check.storage.list.entryDated': { one: '{what} ({date}), {count} character.', other: '{what} ({date}), {count} characters.' },
  'check.storage.list.download': 'Download',
  'check.storage.list.delete': 'Delete…',
  'check.storage.list.confirmGroup': 'Confirm deletion',
  'check.storage.list.confirm': 'Delete it from this browser for good?',
  'check.storage.list.yes': 'Yes, delete it',
  'check.storage.list.no': 'No, keep it',
} as const;
