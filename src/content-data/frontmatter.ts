import { parseDocument, type Document } from 'yaml';

export interface Frontmatter {
  /** The frontmatter's fields, read by the YAML parser; {} when the file has none. */
  data: Record<string, unknown>;
  document: Document;
  /** The line of the file on which the frontmatter's first field stands (2 after the opening `---`). */
  firstLine: number;
  /** The YAML text between the `---` lines. */
  yaml: string;
}

/** The YAML text between the opening `---` line and the next one; '' when the file has no frontmatter. */
export function frontmatterText(mdx: string): string {
  const open = /^[ \t]*---[ \t]*\r?\n/.exec(mdx);
  if (!open) return '';
  // Only the frontmatter is split into lines: a chapter's body is many times its size.
  const close = /^[ \t]*---[ \t]*\r?$/m.exec(mdx.slice(open[0].length));
  if (!close) return '';
  return mdx.slice(open[0].length, open[0].length + close.index).replace(/\r?\n$/, '');
}

/** A chapter's frontmatter: the YAML block between the opening `---` line and the next one. */
export function readFrontmatter(mdx: string): Frontmatter {
  const yaml = frontmatterText(mdx);
  const document = parseDocument(yaml);
  const data = document.toJS() as unknown;
  return {
    data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
    document,
    firstLine: 2,
    yaml,
  };
}
