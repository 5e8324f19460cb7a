import { createHash } from 'node:crypto';

/**
 * The build's version as the offline caches carry it: the first 16 hex digits of a SHA-256 over
 * the worker's code and every stored file's address and content. Any change to a stored file, to
 * the list or to the worker gives a new version (and so a new worker file, which browsers notice);
 * a rebuild that changes nothing keeps the version, and returning visitors download nothing again.
 */
export function buildVersion(workerCode: string, files: readonly { url: string; content: Uint8Array | string }[]): string {
  const hash = createHash('sha256');
  hash.update(`worker\0${workerCode}\0`);
  for (const { url, content } of [...files].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))) {
    hash.update(`${url}\0${createHash('sha256').update(content).digest('hex')}\0`);
  }
  return hash.digest('hex').slice(0, 16);
}
