/** Longest label a result may carry, in characters (code points). */
export const MAX_LABEL_LENGTH = 80;

/**
 * A result's label is plain text the user typed ("Before the reorg"). Control characters are
 * removed, runs of whitespace become one space and the length is capped. Markup such as
 * `<script>` is kept as inert text on purpose: the UI escapes it when showing it, and changing
 * what the user typed would be surprising. Returns undefined when nothing is left.
 */
export function cleanLabel(raw: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const flat = raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/\s+/g, ' ').trim();
  const capped = [...flat].slice(0, MAX_LABEL_LENGTH).join('').trim();
  return capped === '' ? undefined : capped;
}
