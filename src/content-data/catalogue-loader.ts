import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { loadCatalogues } from './catalogue-files.ts';

/**
 * The interface collection's loader: each language's catalogue from content/i18n/, checked
 * against the English words as it loads, so a missing or misspelled text stops `astro sync`, the
 * dev server and the build with `file:line: key`.
 */
export function catalogueLoader(): Loader {
  return {
    name: 'culture-first:catalogues',
    load: async ({ store, config, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const reload = () => {
        const catalogues = loadCatalogues(root);
        store.clear();
        for (const [lang, messages] of catalogues) store.set({ id: lang, data: { messages } });
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
