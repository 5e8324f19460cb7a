import type { ComponentChildren } from 'preact';

/**
 * A row's name in a horizontal chart: right-aligned beside its bar on a wide screen, or on its own
 * line above the bar (`stackedY` is that line's baseline) on a narrow one.
 */
export function RowLabel({ stacked, labelW, middle, stackedY, children }: { stacked: boolean; labelW: number; middle: number; stackedY: number; children: ComponentChildren }) {
  return stacked ? (
    <text x={0} y={stackedY} class="chart-label">
      {children}
    </text>
  ) : (
    <text x={labelW} y={middle} class="chart-label" text-anchor="end" dominant-baseline="middle">
      {children}
    </text>
  );
}

/** The 0–100 score axis under a horizontal chart: a tick and a number at each of `ticks`. */
export function ScoreAxis({ ticks, x, y }: { ticks: readonly number[]; x: (score: number) => number; y: number }) {
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={y} y2={y + 4} class="chart-tick" />
          <text x={x(tick)} y={y + 17} class="chart-axis" text-anchor={tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'}>
            {tick}
          </text>
        </g>
      ))}
    </>
  );
}
