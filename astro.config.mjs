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
  // Pages render a few at a time, so one page's chapter module loads while another renders: a
  // 1,000-chapter build renders in three quarters of the time it takes one page at a time.
  build: { format: 'directory', concurrency: 8 },
  // Only .tsx files hold JSX. Without `include`, the Preact integration runs Babel over every
  // .ts file as well, which cost a 1,000-chapter build about three seconds.
  integrations: [mdx(), preact({ include: ['**/*.tsx'] }), cultureFirst(settings)],
  // Shiki colours code with inline styles, which the strict CSP forbids; chapters rarely show code.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
});
