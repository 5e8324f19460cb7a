/**
 * On every page when `offline` is on: registers the offline worker and, when a newer version of
 * the site is waiting, loads the announcement (./announce.ts), which is all a page needs until
 * then. Budget: 1 kB gzip with the announcement's markup (scripts/page-weight/budgets.ts).
 */
import { WORKER_FILE } from './worker-file.ts';

const workers = navigator.serviceWorker;
if (workers) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  addEventListener('load', () => {
    // Offline, or a host that refuses the worker: the site works as before, without offline use.
    workers.register(`${base}${WORKER_FILE}`, { scope: base }).catch(() => {});
    void workers.ready.then((registration) => {
      const announce = () => {
        if (registration.waiting && workers.controller) void import('./announce.ts').then((m) => m.announce(registration));
      };
      const watch = () => registration.installing?.addEventListener('statechange', announce);
      announce();
      watch();
      registration.addEventListener('updatefound', watch);
      // A tab left open notices a new version when the reader comes back to it.
      document.addEventListener('visibilitychange', () => {
        if (!document.hidden) registration.update().catch(() => {});
      });
    });
  });
}
