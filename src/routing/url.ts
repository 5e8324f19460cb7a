/**
 * Prefixes a root-relative path with the deployment's base path, so "/playbook/trust/" works under
 * "/intranet/culture/". Anything else (external URLs, anchors, relative paths) is returned unchanged.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  if (root !== '' && (path === root || path.startsWith(`${root}/`))) return path;
  return `${root}${path}`;
}

/**
 * Where the app pages' JSON data files are served (content-data/data-files.ts): beside the bundled
 * scripts and styles, in the folder Astro writes them to (its `build.assets` default), since every
 * name in it carries a hash of its content and servers may cache it for a year.
 */
export const DATA_FOLDER = '_astro';

export function chapterPath(slug: string): string {
  return `/playbook/${slug}/`;
}
