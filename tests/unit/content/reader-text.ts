/**
 * The parts of a file that readers see, with everything else blanked to spaces so line numbers
 * still point at the original file. Each function keeps newlines and blanks only the rest.
 */

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

function blankAll(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => blank(m));
}

/** A chapter or template: prose only, without frontmatter, code, import/export lines or component tags. */
export function markdownProse(text: string): string {
  let out = blankAll(text, /^---\n[\s\S]*?\n---\n/);
  out = blankAll(out, /^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm);
  out = blankAll(out, /`[^`\n]*`/g);
  out = blankAll(out, /^(?:import|export)\b[^\n]*$/gm);
  out = blankAll(out, /<!--[\s\S]*?-->/g);
  // Component and HTML tags with their attributes: straight quotes there are syntax.
  out = blankAll(out, /<\/?[A-Za-z][\w.-]*(?:\s[^>]*)?\/?>/g);
  // Link and image targets are addresses, not prose.
  out = blankAll(out, /\]\([^)\s]*\)/g);
  return out;
}

/**
 * Same text with quotations, reference entries and footnote definitions blanked: quoted words and
 * the titles of cited works keep their own spelling.
 */
export function withoutQuotedWorks(text: string): string {
  return blankAll(blankAll(text, /<(Quote|Reference)\b[\s\S]*?<\/\1>/g), /^\[\^[^\]]+\]:[^\n]*$/gm);
}

/** YAML: everything but comments (the instrument's statements, labels and advice are all shown to people). */
export function yamlText(text: string): string {
  return blankAll(text, /(^|\s)#[^\n]*$/gm);
}

/**
 * Source code: string literals and the text between tags, without comments, import lines or
 * attribute names such as aria-labelledby (a fixed HTML name, not our spelling).
 */
export function interfaceText(text: string): string {
  let out = blankAll(text, /\/\*[\s\S]*?\*\//g);
  out = blankAll(out, /<!--[\s\S]*?-->/g);
  out = blankAll(out, /(^|[^:'"`])\/\/[^\n]*$/gm);
  out = blankAll(out, /^\s*import\b[^\n]*$/gm);
  out = blankAll(out, /\baria-labelledby\b/g);
  return out;
}
