/**
 * Rounds away floating-point noise so a score that is 75 on paper is never 74.99999999 and
 * lands in the band below, and figures compare and print exactly. Six decimals is far finer
 * than any display.
 */
export function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
