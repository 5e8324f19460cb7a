import type { Page } from 'playwright-core';

/** How far the page is wider than the screen (0 when nothing overflows). */
export const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Chart text under `scope` smaller than 12 CSS px as drawn, with its size. */
export function smallChartText(page: Page, scope = '.chart'): Promise<string[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll<SVGTextElement>(`${selector} svg text`)]
        .map((t) => {
          const svg = t.ownerSVGElement;
          const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
          return [t.textContent ?? '', Number.parseFloat(getComputedStyle(t).fontSize) * scale] as const;
        })
        .filter(([, size]) => size < 12)
        .map(([text, size]) => `${text}: ${size.toFixed(1)}px`),
    scope,
  );
}
