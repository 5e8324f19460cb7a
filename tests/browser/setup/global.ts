import type { TestProject } from 'vitest/node';
import { ensureBuilt } from '../support/build-site.ts';
import { serveStatic } from '../../../scripts/static-server.ts';

export const SUB_PATH = '/intranet/culture/';

declare module 'vitest' {
  export interface ProvidedContext {
    rootSite: string;
    subSite: string;
  }
}

/** Builds the site twice, at the root and under a sub-path, and serves both over HTTP for the browser tests. */
export default async function setup(project: TestProject) {
  ensureBuilt('.test-builds/root', { BASE_PATH: '/' });
  ensureBuilt('.test-builds/sub', { BASE_PATH: SUB_PATH });
  const root = await serveStatic('.test-builds/root', '/');
  const sub = await serveStatic('.test-builds/sub', SUB_PATH);
  project.provide('rootSite', `${root.origin}/`);
  project.provide('subSite', `${sub.origin}${SUB_PATH}`);
  return async () => {
    await Promise.all([root.close(), sub.close()]);
  };
}
