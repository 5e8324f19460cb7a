import type { ComponentChildren, VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useWords } from '../common/words.tsx';

/** Width used before the figure is measured, and on paper (an A4 or Letter text column). */
const DEFAULT_WIDTH = 640;
const PRINT_WIDTH = 640;

interface Props {
  /** Names the chart for everyone: the visible caption and the start of the image's description. */
  caption: string;
  /** Height for a given width, so a chart can stack its labels on a narrow screen. */
  height: (width: number) => number;
  /** The drawing, in a coordinate system where one unit is one CSS pixel at the measured width. */
  draw: (width: number) => VNode;
  /** A key to the drawing (band zones, markers); shown under it. */
  legend?: ComponentChildren;
  /** The same figures as a table, behind "Show the figures" (`common.chart.show`). */
  figures: ComponentChildren;
  /** Extra class names for the figure. */
  class?: string;
}

/**
 * What every SVG chart of the check shares: it draws at the width it is given, one unit per CSS
 * pixel, so chart text keeps its CSS size on a phone instead of shrinking with the drawing; a
 * caption; an optional legend; and the figures as a table behind a disclosure.
 */
export function ChartShell({ caption, height, draw, legend, figures, class: extra }: Props) {
  const t = useWords();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // Paper is laid out without a resize the observer sees: draw for the printed column instead.
    const print = window.matchMedia('print');
    const onPrint = () => (print.matches ? setWidth(PRINT_WIDTH) : measure());
    print.addEventListener('change', onPrint);
    return () => {
      observer.disconnect();
      print.removeEventListener('change', onPrint);
    };
  }, []);

  const h = height(width);
  return (
    <figure class={`chart${extra ? ` ${extra}` : ''}`}>
      <figcaption class="chart-caption">{caption}</figcaption>
      <div class="chart-box" ref={box}>
        <svg viewBox={`0 0 ${width} ${h}`} width={width} height={h} role="img" aria-label={t('common.chart.described', { caption, show: t('common.chart.show') })}>
          {draw(width)}
        </svg>
      </div>
      {legend && <div class="chart-legend">{legend}</div>}
      <details class="chart-figures">
        <summary>{t('common.chart.show')}</summary>
        <div class="table-scroll">{figures}</div>
      </details>
    </figure>
  );
}
