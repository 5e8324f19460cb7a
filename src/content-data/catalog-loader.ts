import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadCatalogs } from './catalog-files.ts';

/**
 * The interface collection's loader: each language's catalog from content/i18n/, checked
 * against the English words as it loads, so a missing or misspelled text stops `astro sync`, the
 * dev server and the build with `file:line: key`.
 */
export function catalogLoader(): Loader {
  return {
    name: 'culture-first:catalogs',
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const reload = () => {
        const catalogs = loadCatalogs(root);
        store.clear();
        for (const [lang, messages] of catalogs) store.set({ id: lang, data: { messages } });
      };
      reload();
      const onChange = (path: string) => {
        if (!path.startsWith(root) || !/\/content\/i18n\/[^/]+\.ya?ml$/.test(path)) return;
        try {
          reload();
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher?.on(event, onChange);
    },
  };
}
