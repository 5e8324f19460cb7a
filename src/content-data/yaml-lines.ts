import type { Document } from 'yaml';

/** `items[12].dimension` → ['items', 12, 'dimension'], the path form the YAML library looks up. */
export function pathParts(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] ?? '') : Number(m[2])));
}

/**
 * The line (from 1) of the YAML node at `path` in `text`, so a problem can be reported as
 * `file:line`; the first line when the path names nothing in the document (a missing field).
 */
export function lineOf(doc: Document, text: string, path: readonly PropertyKey[] | string): number {
  const parts = typeof path === 'string' ? pathParts(path) : path.filter((p): p is string | number => typeof p !== 'symbol');
  const node = parts.length > 0 ? doc.getIn(parts, true) : undefined;
  const offset = (node as { range?: [number] } | undefined)?.range?.[0];
  return offset === undefined ? 1 : text.slice(0, offset).split('\n').length;
}

/** The syntax errors of a parsed YAML file as `file:line: message` lines. */
export function yamlSyntaxErrors(file: string, doc: Document): string[] {
  return doc.errors.map((e) => `${file}:${(e.linePos?.[0]?.line ?? 0) || 1}: ${e.message.split('\n')[0]}`);
}
