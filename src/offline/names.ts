import { deploymentPrefix } from '../domain/storage/key.ts';

/**
 * Names of the offline caches. Cache Storage belongs to the origin, not to a path, so two
 * deployments of the site on one host share it (as they share localStorage): every name starts
 * with the deployment's own prefix, `culture-first:<base path>:offline:`, and a worker only ever
 * removes caches under its own prefix. The build's version ends each name, so a new build's
 * worker starts with empty caches and removes the previous build's when it takes over.
 */
export type CacheKind = 'precache' | 'runtime';

export function offlineCachePrefix(basePath: string): string {
  return `${deploymentPrefix(basePath)}offline:`;
}

export function offlineCacheName(basePath: string, kind: CacheKind, version: string): string {
  return `${offlineCachePrefix(basePath)}${kind}:${version}`;
}

/** True for a cache of this deployment that the build `version` does not use: one to remove. */
export function isStaleOfflineCache(name: string, basePath: string, version: string): boolean {
  const prefix = offlineCachePrefix(basePath);
  if (!name.startsWith(prefix)) return false;
  return name !== offlineCacheName(basePath, 'precache', version) && name !== offlineCacheName(basePath, 'runtime', version);
}
