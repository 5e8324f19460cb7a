/**
 * Storage keys. localStorage belongs to the origin, not the path, so two deployments of the site
 * under different base paths of one host share it; the base path in the key keeps them apart.
 *
 * Format: `culture-first:<basePath>:<instrumentId>`, e.g. `culture-first:/:learning-culture-readiness`
 * or `culture-first:/teams/north:learning-culture-readiness`. Backups of unreadable data live at
 * `<key>:backup:<ISO timestamp>`.
 */
export const KEY_NAMESPACE = 'culture-first';

/**
 * `''`, `/` and `/a/b/` become `/` and `/a/b`. A `%` or `:` inside the path is percent-encoded,
 * so that the prefix of `/a` can never match the keys of a deployment at `/a:b`.
 */
export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.trim().replace(/\/+$/, '');
  const withSlash = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return withSlash.replace(/%/g, '%25').replace(/:/g, '%3A');
}

/** Every key of this deployment starts with this prefix. */
export function deploymentPrefix(basePath: string): string {
  return `${KEY_NAMESPACE}:${normalizeBasePath(basePath)}:`;
}

/** The key of the one document that holds an instrument's draft and history for this deployment. */
export function storageKey(basePath: string, instrumentId: string): string {
  return `${deploymentPrefix(basePath)}${instrumentId}`;
}

export function backupKey(key: string, at: string): string {
  return `${key}:backup:${at}`;
}
