import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The browser and deployment projects test the two built sites in real Chromium (and nginx).
 * They share one global setup, which builds both sites once per run.
 */
const againstBuiltSites: TestProjectInlineConfiguration['test'] = {
  environment: 'node',
  globalSetup: ['tests/browser/setup/global.ts'],
  // A busy machine makes a real browser slow, not wrong: a poll waits up to 10 s for what the
  // page will do (Vitest's default is 1 s) and still fails when it never happens.
  expect: { poll: { timeout: 10_000 } },
  testTimeout: 120_000,
  hookTimeout: 240_000,
  fileParallelism: false,
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // The files share one module cache instead of loading the domain afresh each: the project
          // ran in 30 s, two thirds of it imports, and runs in 9. Nothing here keeps state between files.
          isolate: false,
          // Property tests run hundreds of cases; on a shared 2-core machine 5 s was not always enough.
          testTimeout: 30_000,
        },
      },
      // Checks pinned to the playbook this project ships (chapter count, chapter shape, its sources).
      // An organization with its own chapters deletes this one line; every other rule still runs.
      { test: { name: 'shipped-content', include: ['tests/shipped-content/**/*.test.ts'], environment: 'node', isolate: false } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 300_000,
        },
      },
      { test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], ...againstBuiltSites } },
      { test: { name: 'deploy', include: ['tests/deploy/**/*.test.ts'], ...againstBuiltSites } },
    ],
  },
});
