import type { StorageNotice } from '../../assessment/check-store.ts';

/**
 * A storage notice in words. The store keeps only what happened; the sentences live here, with
 * the banner that is loaded only when there is a problem to explain.
 */
export function noticeText(notice: StorageNotice): string {
  switch (notice.kind) {
    case 'unavailable':
    case 'save-failed':
      return notice.failure.message;
    case 'choice-not-kept':
      return 'This browser does not allow the site to remember that choice.';
    case 'unreadable-kept':
      return notice.problem.message;
    case 'unreadable-stuck':
      return notice.when === 'open'
        ? `${notice.problem.message} It could not be set aside, so nothing will be saved over it. Your answers are kept only in this tab for now. ${notice.failure.message}`
        : `${notice.problem.message} ${notice.failure.message}`;
    case 'newer-version':
      return 'The answers saved here were written by a newer version of this site; to keep them, the check runs for this tab only.';
    case 'tab-only':
      return `${notice.earlier} earlier result${notice.earlier === 1 ? '' : 's'} stay saved on this device; nothing was removed. New answers are kept in this tab only.`;
    case 'import-not-saved':
      return `The results from “${notice.fileBack.name}” could not be saved in this browser, so they are shown in this tab only and will be gone when it closes. Keep the file.`;
    case 'code-not-loaded':
      return 'The part of this site that saves answers could not be loaded, so your answers are kept only in this tab for now. Reload the page to try again.';
  }
}
