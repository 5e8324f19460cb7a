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

export function chapterPath(slug: string): string {
  return `/playbook/${slug}/`;
}
