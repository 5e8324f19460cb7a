/** The content file behind a chapter page, for build errors: `/playbook/trust/` → `content/playbook/trust.mdx`. */
export function sourceOf(pathname: string, base: string = import.meta.env.BASE_URL): string {
  const path = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
  const slug = path.match(/^\/+playbook\/([^/]+)\/?$/)?.[1];
  return slug ? `content/playbook/${slug}.mdx` : pathname;
}
