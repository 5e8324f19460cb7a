/**
 * On every page when `offline` is off: a worker installed while it was on is removed, with its
 * caches, so that switching offline use off takes effect for returning visitors too. Only this
 * deployment's worker and caches: another deployment on the same host keeps its own. It runs once
 * the page has loaded, when the old worker has nothing left to store for it.
 */
import { offlineCachePrefix } from './names.ts';

addEventListener('load', async () => {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const scope = new URL(base, location.href).href;
  try {
    const registration = await navigator.serviceWorker?.getRegistration(scope);
    if (registration?.scope === scope) await registration.unregister();
    const prefix = offlineCachePrefix(base);
    const names = (await self.caches?.keys()) ?? [];
    await Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => caches.delete(name)));
  } catch {
    // Storage blocked or not offered (plain HTTP): there is nothing of ours to remove.
  }
});
