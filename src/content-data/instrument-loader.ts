import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { instrumentFile, loadInstrument } from './instrument-file.ts';
import { loadInstrumentTranslations } from './instrument-translations.ts';

/**
 * The assessment collection's loader: the one instrument file, checked by every rule of the
 * instrument as the content loads, so `astro sync` and `npm run dev` stop on a broken instrument
 * (with `file:line`) instead of a full build finding it later. In dev it reloads when the
 * instrument, a translation or a chapter changes, since its links point into the chapters. Each
 * translation is stored as `<id>@<language>`.
 */
export function instrumentLoader(): Loader {
  return {
    name: 'culture-first:instrument',
    load: async ({ store, config, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const reload = async () => {
        const file = instrumentFile(root);
        const instrument = loadInstrument(root);
        const data = await parseData({ id: instrument.id, data: instrument as unknown as Record<string, unknown>, filePath: file });
        const translations = loadInstrumentTranslations(root, file, instrument);
        store.clear();
        store.set({ id: instrument.id, data, filePath: file, digest: generateDigest(data) });
        for (const [lang, translated] of translations) {
          const words = await parseData({ id: `${instrument.id}@${lang}`, data: translated as unknown as Record<string, unknown> });
          store.set({ id: `${instrument.id}@${lang}`, data: words, digest: generateDigest(words) });
        }
      };
      await reload();
      const onChange = (path: string) => {
        if (!path.startsWith(root) || !/\/content\/(assessment\/.*\.ya?ml|playbook\/.*\.mdx)$/.test(path)) return;
        reload().catch((error: unknown) => logger.error(error instanceof Error ? error.message : String(error)));
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher?.on(event, onChange);
    },
  };
}
