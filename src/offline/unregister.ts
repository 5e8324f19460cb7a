/**
 * On every page when `offline` is off: a worker installed while it was on is removed, with its
 * caches, so that switching offline use off takes effect for returning visitors too. Only this
 * deployment's worker and caches: another deployment on the same host keeps its own.
 */
import { offlineCachePrefix } from './names.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const scope = new URL(base, location.href).href;
navigator.serviceWorker
  ?.getRegistration(scope)
  .then((registration) => (registration?.scope === scope ? registration.unregister() : false))
  .catch(() => {});
const prefix = offlineCachePrefix(base);
self.caches
  ?.keys()
  .then((names) => Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => caches.delete(name))))
  .catch(() => {});
