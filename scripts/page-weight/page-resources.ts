/**
 * What an HTML page asks the browser to load, read from its markup: stylesheets, scripts
 * (external and inline), module preloads, data it preloads for fetch(), inline styles and Astro
 * islands with their directive.
 */
import { decodeEntities } from '../../src/checks/html-entities.ts';

/** An Astro island: its component and renderer modules load when its `client` directive fires. */
export interface Island {
  client: string;
  componentUrl: string;
  rendererUrl: string;
}

export interface PageResources {
  stylesheets: string[];
  /** `<script type="module" src>` and `<link rel="modulepreload">`: their static imports load too. */
  moduleScripts: string[];
  /** `<script src>` without type="module": loaded, but cannot import. */
  classicScripts: string[];
  /** `<link rel="preload" as="fetch">`: data the page's scripts fetch as soon as they run (the instrument). */
  fetchPreloads: string[];
  /** Bodies of inline scripts that run (JSON and other data blocks are left out). */
  inlineScripts: { module: boolean; source: string }[];
  inlineStyles: string[];
  islands: Island[];
}

const TAG = /<(link|script|style|astro-island)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function attributes(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!map.has(name)) map.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return map;
}

/** Reads the resources a page loads from its HTML. Order follows the document. */
export function pageResources(html: string): PageResources {
  const found: PageResources = {
    stylesheets: [],
    moduleScripts: [],
    classicScripts: [],
    fetchPreloads: [],
    inlineScripts: [],
    inlineStyles: [],
    islands: [],
  };
  for (const match of html.matchAll(TAG)) {
    const tag = (match[1] ?? '').toLowerCase();
    const attrs = attributes(match[2] ?? '');
    const end = (match.index ?? 0) + match[0].length;
    if (tag === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attrs.get('href');
      if (!href) continue;
      if (rel.includes('stylesheet')) found.stylesheets.push(href);
      else if (rel.includes('modulepreload')) found.moduleScripts.push(href);
      else if (rel.includes('preload') && (attrs.get('as') ?? '').toLowerCase() === 'fetch') found.fetchPreloads.push(href);
    } else if (tag === 'style') {
      const close = html.indexOf('</style', end);
      found.inlineStyles.push(html.slice(end, close < 0 ? html.length : close));
    } else if (tag === 'script') {
      const type = (attrs.get('type') ?? '').toLowerCase();
      if (!EXECUTABLE_TYPES.has(type)) continue;
      const module = type === 'module';
      const src = attrs.get('src');
      if (src) (module ? found.moduleScripts : found.classicScripts).push(src);
      else {
        const close = html.indexOf('</script', end);
        found.inlineScripts.push({ module, source: html.slice(end, close < 0 ? html.length : close) });
      }
    } else {
      const componentUrl = attrs.get('component-url');
      if (componentUrl) {
        found.islands.push({ client: attrs.get('client') ?? '', componentUrl, rendererUrl: attrs.get('renderer-url') ?? '' });
      }
    }
  }
  return found;
}

/** Directives whose island loads with the page, before the reader does anything. */
export const LOADS_WITH_PAGE = new Set(['only', 'load', 'idle']);
