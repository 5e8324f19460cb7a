import type { Band } from '../../domain/instrument/schema.ts';
import { BandLegend } from '../charts/BandZones.tsx';
import { CHAR_WIDTH } from '../charts/chart-layout.ts';
import { ChartShell } from '../charts/ChartShell.tsx';
import { useWords } from '../common/words.tsx';
import { FiguresTable } from '../charts/FiguresTable.tsx';

export interface TrendPoint {
  id: string;
  /** Short date under the axis, e.g. "Mar 3, 2026", "3. März 2026". */
  dateLabel: string;
  /** The full name of the result in the table. */
  title: string;
  /** 0–100; absent when not scored. */
  score?: number;
  /** Version of the questions the result answered: only points of one version are joined. */
  version: number;
}

interface Props {
  caption: string;
  /** Bands, lowest first. */
  bands: readonly Band[];
  points: readonly TrendPoint[];
  /** The version of the questions now; other versions are drawn as hollow squares and never joined to it. */
  currentVersion: number;
  /** Says why some results are not joined to the line, when that is so. */
  apart?: string;
  id: string;
}

const LEFT = 34;
const RIGHT = 12;
const TOP = 10;
const PLOT_H = 200;
const AXIS = 40;
/** Axis text is a size smaller than the labels that CHAR_WIDTH measures. */
const AXIS_CHAR_WIDTH = CHAR_WIDTH * 0.92;

/**
 * A score over time: one point per result, in the order they were completed, over the labelled
 * band zones. A line joins results of the same version of the questions only; results of another
 * version stand alone, because their scores do not measure the same thing.
 */
export function TrendChart({ caption, bands, points, currentVersion, apart, id }: Props) {
  const t = useWords();
  const ticks = [0, ...bands.slice(1).map((b) => b.min), 100];
  return (
    <ChartShell
      caption={caption}
      class="trend-chart"
      height={() => TOP + PLOT_H + AXIS}
      draw={(width) => {
        const plotW = width - LEFT - RIGHT;
        const xs = (i: number) => LEFT + (points.length === 1 ? plotW / 2 : 12 + (i * (plotW - 24)) / (points.length - 1));
        const ys = (score: number) => TOP + PLOT_H - (score * PLOT_H) / 100;
        // Date labels need about 80 px each; show every k-th, always the last.
        const every = Math.max(1, Math.ceil((points.length * 84) / plotW));
        // A date under the first or last point is kept inside the drawing rather than cut at its edge.
        const dateX = (i: number, label: string) => {
          const half = (label.length * AXIS_CHAR_WIDTH) / 2;
          return Math.min(Math.max(xs(i), half), width - half);
        };
        // Runs of neighbouring scored results of one version; a run of one is a lone point, not a line.
        const runs: { i: number; score: number }[][] = [];
        points.forEach((p, i) => {
          if (p.score === undefined) return;
          const prev = points[i - 1];
          const run = runs.at(-1);
          if (run && prev?.score !== undefined && prev.version === p.version) run.push({ i, score: p.score });
          else runs.push([{ i, score: p.score }]);
        });
        const segments = runs
          .filter((run) => run.length > 1)
          .map((run) => run.map((p, k) => `${k === 0 ? 'M' : 'L'}${xs(p.i).toFixed(1)},${ys(p.score).toFixed(1)}`).join(' '));
        return (
          <>
            {bands.map((b, i) => (
              <g key={b.id}>
                <rect x={LEFT} y={ys(b.max)} width={plotW} height={ys(b.min) - ys(b.max)} class={`zone zone-${i}`} />
                <text x={LEFT + 6} y={ys(b.max) + 15} class="chart-zone-label">
                  {b.label}
                </text>
              </g>
            ))}
            {ticks.map((t) => (
              <g key={t}>
                <line x1={LEFT - 4} x2={LEFT} y1={ys(t)} y2={ys(t)} class="chart-tick" />
                <text x={LEFT - 7} y={ys(t)} class="chart-axis" text-anchor="end" dominant-baseline="middle">
                  {t}
                </text>
              </g>
            ))}
            <line x1={LEFT} x2={LEFT} y1={TOP} y2={TOP + PLOT_H} class="chart-axis-line" />
            <line x1={LEFT} x2={LEFT + plotW} y1={TOP + PLOT_H} y2={TOP + PLOT_H} class="chart-axis-line" />
            {segments.map((d) => (
              <path key={d} d={d} class="chart-line" />
            ))}
            {points.map((p, i) => (
              <g key={p.id}>
                {p.score !== undefined &&
                  (p.version === currentVersion ? (
                    <circle cx={xs(i)} cy={ys(p.score)} r={5} class="chart-dot" />
                  ) : (
                    <rect x={xs(i) - 5} y={ys(p.score) - 5} width={10} height={10} class="chart-dot earlier" />
                  ))}
                {(i % every === 0 || i === points.length - 1) && (
                  <text x={dateX(i, p.dateLabel)} y={TOP + PLOT_H + 18} class="chart-axis" text-anchor="middle">
                    {p.dateLabel}
                  </text>
                )}
              </g>
            ))}
          </>
        );
      }}
      legend={
        <>
          <BandLegend prefix={`${id}-legend`} bands={bands} />
          {apart && <p class="chart-note">{t('results.history.trend.hollow', { reason: apart })}</p>}
        </>
      }
      figures={
        <FiguresTable
          class="trend-table"
          caption={t('common.chart.figures', { caption })}
          columns={[t('results.history.trend.result'), t('results.history.trend.questions'), t('common.score')]}
        >
          {points.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.title}</th>
              <td>{t('results.history.trend.version', { version: p.version })}</td>
              <td>{p.score === undefined ? t('common.notScored') : Math.round(p.score)}</td>
            </tr>
          ))}
        </FiguresTable>
      }
    />
  );
}
