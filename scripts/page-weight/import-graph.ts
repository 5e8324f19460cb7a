import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Static imports and re-exports of a bundled ES module: `import x from "./a.js"`, `import "./a.js"`,
 * `export { y } from "./a.js"`. A quote must follow `import` (after an optional clause ending in
 * `from`), so a dynamic `import("./b.js")` never matches; bundlers write dynamic specifiers with
 * backticks or quotes inside parentheses, which the second pattern collects separately. Only
 * path specifiers (`./`, `../`, `/`) are collected: a built bundle has no bare ones, and this keeps
 * a string such as `"import"` in the code from being mistaken for an import.
 */
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']((?:\.{1,2})?\/[^"'\n]*)["']/g;
const DYNAMIC_IMPORT = /(?:^|[^\w$.])import\s*\(\s*[`"']((?:\.{1,2})?\/[^`"'\n$]*)[`"']\s*\)/g;

/** The specifiers a module imports statically, in source order, without duplicates. */
export function staticImports(source: string): string[] {
  return unique([...source.matchAll(STATIC_IMPORT)].map((m) => m[1] ?? ''));
}

/** The string-literal specifiers a module imports with `import()`: loaded later, on demand. */
export function dynamicImports(source: string): string[] {
  return unique([...source.matchAll(DYNAMIC_IMPORT)].map((m) => m[1] ?? ''));
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

/**
 * Maps URLs to files of a built site served under `base`, the way a static host does.
 * Returns the site-relative path (`_astro/x.js`), or undefined for URLs outside the site or
 * files that are not there (bare specifiers such as `preact` cannot occur in a built bundle).
 */
export class SiteFiles {
  readonly dir: string;
  readonly base: string;

  constructor(dir: string, base = '/') {
    this.dir = dir;
    this.base = base.endsWith('/') ? base : `${base}/`;
  }

  /** Resolves `specifier` as the browser would from a document or module at site path `from`. */
  resolve(specifier: string, from: string): string | undefined {
    if (/^(?:data|blob|https?):|^\/\//i.test(specifier)) return undefined;
    if (!/^(?:\.{0,2}\/)/.test(specifier)) return undefined;
    const url = new URL(specifier, `http://site${this.base}${from}`);
    if (!url.pathname.startsWith(this.base)) return undefined;
    let path = decodeURIComponent(url.pathname.slice(this.base.length));
    if (path === '' || path.endsWith('/')) path += 'index.html';
    return existsSync(join(this.dir, path)) ? path : undefined;
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  bytes(path: string): Buffer {
    return readFileSync(join(this.dir, path));
  }
}

/** What following a set of entry modules reaches: every module loaded, and the `import()`s met on the way. */
export interface ModuleGraph {
  /** Site-relative paths of the entries and everything they import statically, each once. */
  modules: string[];
  /** Site-relative paths of dynamically imported modules that the static graph does not already load. */
  dynamic: string[];
  /** Specifiers that could not be resolved to a file of the site (reported, not guessed). */
  unresolved: string[];
}

/**
 * Walks the static import graph from `entries` (site-relative module paths). Modules already in
 * `alreadyLoaded` are not counted again (the browser has them), but are not walked either.
 */
export function walkImports(files: SiteFiles, entries: readonly string[], alreadyLoaded: ReadonlySet<string> = new Set()): ModuleGraph {
  const seen = new Set<string>();
  const dynamic = new Set<string>();
  const unresolved = new Set<string>();
  const queue = entries.filter((e) => !alreadyLoaded.has(e));
  while (queue.length > 0) {
    const module = queue.shift();
    if (module === undefined || seen.has(module)) continue;
    seen.add(module);
    const source = files.read(module);
    for (const specifier of staticImports(source)) {
      const target = files.resolve(specifier, module);
      if (target === undefined) unresolved.add(`${module} → ${specifier}`);
      else if (!seen.has(target) && !alreadyLoaded.has(target)) queue.push(target);
    }
    for (const specifier of dynamicImports(source)) {
      const target = files.resolve(specifier, module);
      if (target === undefined) unresolved.add(`${module} → import(${specifier})`);
      else dynamic.add(target);
    }
  }
  const modules = [...seen];
  return {
    modules,
    dynamic: [...dynamic].filter((d) => !seen.has(d) && !alreadyLoaded.has(d)),
    unresolved: [...unresolved],
  };
}
