// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { loadSettings } from './src/settings/load.ts';
import { cultureFirst } from './src/integrations/culture-first.ts';

// Vite reads BASE_URL from the environment and would let it override the base path; a CI system
// that happens to set it would ship a site whose links all point outside its sub-path.
delete process.env.BASE_URL;
const settings = loadSettings('content/site.yaml');
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  base: settings.basePath,
  trailingSlash: 'always',
  outDir,
  // One content cache per output folder and per copy of the project, so builds side by side
  // (the test suite builds several) never read each other's content store.
  cacheDir: `./.astro/cache/${outDir.replace(/[^A-Za-z0-9]+/g, '-')}`,
  build: { format: 'directory' },
  integrations: [mdx(), preact(), cultureFirst(settings)],
  // Shiki colours code with inline styles, which the strict CSP forbids; chapters rarely show code.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
