import type { TestProject } from 'vitest/node';
import { SITE_BUILDS, ensureSiteBuilds } from '../support/build-site.ts';
import { serveStatic } from '../../../scripts/static-server.ts';

export const SUB_PATH = SITE_BUILDS.sub.basePath;

declare module 'vitest' {
  export interface ProvidedContext {
    rootSite: string;
    subSite: string;
  }
}

/**
 * Builds the site at the root and under a sub-path (once per test run, shared by the browser and
 * deployment projects) and serves both over HTTP for the browser tests.
 */
export default async function setup(project: TestProject) {
  await ensureSiteBuilds();
  const root = await serveStatic(SITE_BUILDS.root.outDir, SITE_BUILDS.root.basePath);
  const sub = await serveStatic(SITE_BUILDS.sub.outDir, SUB_PATH);
  project.provide('rootSite', `${root.origin}/`);
  project.provide('subSite', `${sub.origin}${SUB_PATH}`);
  return async () => {
    await Promise.all([root.close(), sub.close()]);
  };
}
