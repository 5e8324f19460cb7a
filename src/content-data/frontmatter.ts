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

/** A chapter's frontmatter: the YAML block between the opening `---` line and the next one. */
export function readFrontmatter(mdx: string): Frontmatter {
  const lines = mdx.split('\n');
  const end = lines[0]?.trim() === '---' ? lines.findIndex((line, i) => i > 0 && line.trim() === '---') : -1;
  const yaml = end > 0 ? lines.slice(1, end).join('\n') : '';
  const document = parseDocument(yaml);
  const data = document.toJS() as unknown;
  return {
    data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
    document,
    firstLine: 2,
    yaml,
  };
}
