/**
 * Announces a newer version of the site in the page's live region, with a Reload button. The new
 * version takes over only when the reader clicks Reload; nothing reloads on its own. A draft cannot
 * be lost by it: the check writes every answer to storage the moment it is given
 * (src/assessment/check-store.ts saves synchronously; there is no pending save to flush), and the
 * reload happens only after the click, once the new version is in charge.
 */
import { UPDATE_MESSAGE } from './update-message.ts';

let asked = false;

export function announce(registration: ServiceWorkerRegistration): void {
  const notice = document.querySelector('[data-update-notice]');
  const template = notice?.querySelector('template');
  if (!notice || !template || notice.querySelector('button')) return;
  notice.append(template.content.cloneNode(true));
  notice.querySelector('button')?.addEventListener('click', () => {
    asked = true;
    // Another tab may have let the new version in already; then a reload is all that is left.
    if (registration.waiting) registration.waiting.postMessage(UPDATE_MESSAGE);
    else location.reload();
  });
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (asked) location.reload();
  });
}
