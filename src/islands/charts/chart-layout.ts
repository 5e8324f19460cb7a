/** Below this width a row's label goes above its bar instead of beside it, so chart text keeps its size on a phone. */
export const STACK_BELOW = 520;
/** Height of one line of chart text. */
export const ZONE_LINE = 15;
const AXIS = 22;

/**
 * Where the rows of a horizontal chart go at a given width, one unit per CSS pixel (see
 * ChartShell): labels beside the bars on a wide screen, above them on a narrow one.
 */
export function rowLayout(width: number, rows: number, barH: number, valueW: number) {
  const stacked = width < STACK_BELOW;
  const labelW = stacked ? 0 : Math.min(210, Math.round(width * 0.32));
  const x0 = stacked ? 0 : labelW + 10;
  const barW = Math.max(40, width - x0 - valueW);
  const rowH = stacked ? ZONE_LINE + barH + 14 : barH + 14;
  return {
    stacked,
    labelW,
    x0,
    barW,
    rowH,
    /** Offset of the label's baseline (stacked) and of the bar's top within a row. */
    labelY: ZONE_LINE - 1,
    barY: stacked ? ZONE_LINE + 3 : 7,
    rowsHeight: rows * rowH + AXIS,
  };
}

/** Splits a label into lines of at most `chars` characters, at spaces. */
export function wrapLabel(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Rough width of chart text in px: enough to decide where labels fit, not to typeset. */
export const CHAR_WIDTH = 7.2;
