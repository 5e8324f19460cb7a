import type { Band } from '../../domain/instrument/schema.ts';
import { BandBackdrop, BandLegend, BandPatterns, bandFill, barClass, zoneLabels } from '../charts/BandZones.tsx';
import { RowLabel, ScoreAxis } from '../charts/chart-parts.tsx';
import { CHAR_WIDTH, STACK_BELOW, ZONE_LINE } from '../charts/chart-layout.ts';
import { ChartShell } from '../charts/ChartShell.tsx';
import { FiguresTable } from '../charts/FiguresTable.tsx';
import { formatChange } from '../common/format.ts';
import { useWords } from '../common/words.tsx';

/** One attribute as the chart and its table show it. */
export interface ScoreRow {
  id: string;
  name: string;
  /** 0–100; absent when the attribute could not be scored. */
  score?: number;
  /** Index of its band in `bands` (lowest first). */
  bandIndex?: number;
  /** Where the score probably lies, given how many answers it rests on and how much they differ. */
  range?: { low: number; high: number };
  /** What the score rests on, in words: "5 of 6 on the scale, 1 “Don’t know”". */
  basis: string;
  /** Change since the previous comparable result, in whole points. */
  change?: number;
}

interface Props {
  caption: string;
  /** Bands, lowest first. */
  bands: readonly Band[];
  rows: readonly ScoreRow[];
  /** Names the result the change is measured from (`results.changeFrom`), e.g. "your result of March 3, 2026"; absent when none. */
  changeFrom?: string;
  /** Unique on the page; keeps pattern ids apart. */
  id: string;
}

const BAR_H = 20;
const AXIS = 22;
/** Beside its bar, a name takes at most this share of the width; a longer one goes above its bar. */
const MAX_LABEL_SHARE = 0.45;

/**
 * Scores per attribute as horizontal bars over the band zones, each zone labelled; a bar's band
 * shows in its pattern and in the zone it ends in, not only in its colour. The likely range is
 * a line across the bar's end.
 */
export function ScoreChart({ caption, bands, rows, changeFrom, id }: Props) {
  const t = useWords();
  // Long names (German ones, say) widen the label column up to a share of the width; past that they go above their bars.
  const longest = Math.max(0, ...rows.map((r) => r.name.length)) * CHAR_WIDTH + 4;
  const layout = (width: number) => {
    const stacked = width < STACK_BELOW || longest > width * MAX_LABEL_SHARE;
    const valueW = rows.some((r) => r.change !== undefined) ? 70 : 40;
    const labelW = stacked ? 0 : Math.max(Math.min(210, Math.round(width * 0.32)), Math.ceil(longest));
    const x0 = stacked ? 0 : labelW + 10;
    const barW = width - x0 - valueW;
    const { lines: zoneLines, top } = zoneLabels(bands, barW);
    const rowH = stacked ? ZONE_LINE + BAR_H + 14 : BAR_H + 16;
    return { stacked, valueW, labelW, x0, barW, zoneLines, top, rowH, height: top + rows.length * rowH + AXIS };
  };
  const ticks = [0, ...bands.slice(1).map((b) => b.min), 100];

  return (
    <ChartShell
      caption={caption}
      class="score-chart"
      height={(w) => layout(w).height}
      draw={(width) => {
        const { stacked, x0, barW, labelW, zoneLines, top, rowH, height } = layout(width);
        const x = (score: number) => x0 + (barW * score) / 100;
        const bottom = height - AXIS;
        return (
          <>
            <BandPatterns prefix={id} bands={bands} />
            <BandBackdrop bands={bands} lines={zoneLines} x={x} top={top} bottom={bottom} />
            {rows.map((r, i) => {
              const y = top + i * rowH + (stacked ? ZONE_LINE + 2 : 8);
              const label = (
                <RowLabel stacked={stacked} labelW={labelW} middle={y + BAR_H / 2} stackedY={y - 5}>
                  {r.name}
                </RowLabel>
              );
              if (r.score === undefined || r.bandIndex === undefined) {
                return (
                  <g key={r.id}>
                    {label}
                    <text x={x0 + 6} y={y + BAR_H / 2} class="chart-value muted" dominant-baseline="middle">
                      {t('results.chart.notScored')}
                    </text>
                  </g>
                );
              }
              return (
                <g key={r.id}>
                  {label}
                  <rect x={x0} y={y} width={Math.max(2, x(r.score) - x0)} height={BAR_H} rx={2} class={barClass(r.bandIndex)} fill={bandFill(id, r.bandIndex)} />
                  {r.range && (
                    <g class="chart-range">
                      <line x1={x(r.range.low)} x2={x(r.range.high)} y1={y + BAR_H / 2} y2={y + BAR_H / 2} />
                      <line x1={x(r.range.low)} x2={x(r.range.low)} y1={y + 3} y2={y + BAR_H - 3} />
                      <line x1={x(r.range.high)} x2={x(r.range.high)} y1={y + 3} y2={y + BAR_H - 3} />
                    </g>
                  )}
                  <text x={x0 + barW + 6} y={y + BAR_H / 2} class="chart-value" dominant-baseline="middle">
                    {Math.round(r.score)}
                    {r.change !== undefined && <tspan class="chart-change"> {formatChange(r.change)}</tspan>}
                  </text>
                </g>
              );
            })}
            <ScoreAxis ticks={ticks} x={x} y={bottom} />
          </>
        );
      }}
      legend={
        <>
          <BandLegend prefix={`${id}-legend`} bands={bands} />
          {rows.some((r) => r.range) && <p class="chart-note">{t('results.chart.rangeNote')}</p>}
          {changeFrom && <p class="chart-note">{t('results.chart.changeNote', { from: changeFrom })}</p>}
        </>
      }
      figures={
        <FiguresTable
          class="score-table"
          caption={t('common.chart.figures', { caption })}
          columns={[t('common.attribute'), t('common.score'), t('common.band'), t('results.chart.between'), t('results.chart.answers'), changeFrom && t('common.change')]}
        >
          {rows.map((r) => (
            <tr key={r.id} data-dimension={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.score === undefined ? t('common.notScored') : Math.round(r.score)}</td>
              <td>{r.bandIndex === undefined ? '—' : bands[r.bandIndex]?.label}</td>
              <td>{r.range ? t('results.chart.betweenValue', { low: Math.round(r.range.low), high: Math.round(r.range.high) }) : '—'}</td>
              <td>{r.basis}</td>
              {changeFrom && <td>{r.change === undefined ? '—' : formatChange(r.change)}</td>}
            </tr>
          ))}
        </FiguresTable>
      }
    />
  );
}

/** Index of a band id among the bands ordered lowest first. */
export function bandIndexOf(bands: readonly Band[], bandId: string): number | undefined {
  const i = bands.findIndex((b) => b.id === bandId);
  return i < 0 ? undefined : i;
}
