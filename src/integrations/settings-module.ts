import type { SiteSettings } from '../settings/schema.ts';

const SETTINGS = 'virtual:culture-first/settings';
const ACCENT = 'virtual:culture-first/accent.css';

/**
 * A Vite plugin that hands the validated settings to pages as a module, and the accent colours to
 * the stylesheet as CSS (a bundled file, so the strict CSP needs no inline style).
 */
export function settingsModule(settings: SiteSettings) {
  return {
    name: 'culture-first:settings',
    resolveId(id: string) {
      return id === SETTINGS || id === ACCENT ? `\0${id}` : undefined;
    },
    load(id: string) {
      if (id === `\0${SETTINGS}`) return `export default ${JSON.stringify(settings)};`;
      if (id === `\0${ACCENT}`) return `:root { --accent: light-dark(${settings.accent.light}, ${settings.accent.dark}); }\n`;
      return undefined;
    },
  };
}
