import { lookup } from '../../domain/instrument/lookup.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { AttributeStatistics, OverallStatistics } from '../../domain/team/statistics.ts';
import { FIGURE_STEP, figureRange } from '../../domain/team/summary.ts';
import { BandBackdrop, zoneLabels } from '../charts/BandZones.tsx';
import { RowLabel, ScoreAxis } from '../charts/chart-parts.tsx';
import { rowLayout } from '../charts/chart-layout.ts';
import { ChartShell } from '../charts/ChartShell.tsx';
import { FiguresTable } from '../charts/FiguresTable.tsx';
import { useWords } from '../common/words.tsx';
import { suppressedWords } from './team-words.ts';

interface Props {
  instrument: Instrument;
  attributes: readonly AttributeStatistics[];
  overall: OverallStatistics;
  caption: string;
  /** The report's minimum group size, said where a figure is held back. */
  minimum: number;
}

type Row = { id: string; name: string; figures: AttributeStatistics | ({ dimension: string } & OverallStatistics) };

const BAR_H = 22;
const TICKS = [0, 25, 50, 75, 100];
/** The lower edge of the 25-point range a published figure stands for. */
const low = (figure: number) => Math.min(100 - FIGURE_STEP, Math.floor(figure / FIGURE_STEP) * FIGURE_STEP);

/**
 * One row per attribute on a 0–100 axis over the instrument's bands: the dark bar is the 25-point
 * range the median lies in, the light box the ranges the middle half of the team spans (drawn
 * only once enough results are loaded). Published figures are ranges, so the chart draws ranges,
 * never a point, and no lowest or highest score. "Show the figures" holds the same as a table.
 */
export function BoxPlot({ instrument, attributes, overall, caption, minimum }: Props) {
  const t = useWords();
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const rows: Row[] = [
    ...attributes.map((a) => ({ id: a.dimension, name: names.get(a.dimension) ?? a.dimension, figures: a })),
    { id: 'overall', name: t('team.overall'), figures: { dimension: 'overall', ...overall } },
  ];
  const heldBack = t('team.heldBack');
  const why = (row: Row) => suppressedWords(t, row.id === 'overall' ? { of: 'overall' } : { of: 'attribute', name: row.name }, minimum);
  const bands = lookup(instrument).bandsInOrder;
  const layout = (width: number) => {
    const rowsAt = rowLayout(width, rows.length, BAR_H, 52);
    const { lines: zoneLines, top } = zoneLabels(bands, rowsAt.barW);
    return { ...rowsAt, zoneLines, top, height: top + rowsAt.rowsHeight };
  };
  return (
    <ChartShell
      caption={caption}
      class="score-chart team-chart box-plot"
      height={(w) => layout(w).height}
      draw={(width) => {
        const { stacked, x0, barW, labelW, rowH, zoneLines, top, height, labelY, barY } = layout(width);
        const x = (score: number) => x0 + (barW * Math.min(100, Math.max(0, score))) / 100;
        const bottom = height - 22;
        return (
          <>
            <BandBackdrop bands={bands} lines={zoneLines} x={x} top={top} bottom={bottom} />
            {rows.map((row, i) => {
              const y = top + i * rowH + barY;
              const f = row.figures;
              return (
                <g key={row.id} class={row.id === 'overall' ? 'box-row overall-row' : 'box-row'}>
                  <RowLabel stacked={stacked} labelW={labelW} middle={y + BAR_H / 2} stackedY={top + i * rowH + labelY}>
                    {row.name}
                  </RowLabel>
                  {f.status === 'shown' ? (
                    <>
                      {f.q1 !== null && f.q3 !== null && (
                        <rect x={x(low(f.q1))} y={y} width={x(low(f.q3) + FIGURE_STEP) - x(low(f.q1))} height={BAR_H} class="box-iqr" rx={3} />
                      )}
                      <rect x={x(low(f.median)) + 2} y={y + 5} width={x(FIGURE_STEP) - x(0) - 4} height={BAR_H - 10} class="box-median" rx={2} />
                      <text x={x0 + barW + 6} y={y + BAR_H / 2} class="chart-value" dominant-baseline="middle">
                        {figureRange(f.median)}
                      </text>
                    </>
                  ) : (
                    <text x={x0 + 6} y={y + BAR_H / 2} class="chart-value muted" dominant-baseline="middle">
                      {t('team.box.tooFew')}
                    </text>
                  )}
                </g>
              );
            })}
            <ScoreAxis ticks={TICKS} x={x} y={bottom} />
          </>
        );
      }}
      legend={
        <p class="chart-note">{t('team.box.legend')}</p>
      }
      figures={
        <FiguresTable
          class="score-table team-table"
          caption={t('team.box.figures', { caption })}
          columns={[t('team.attribute'), t('team.results'), t('team.median'), t('team.lowerQuartile'), t('team.upperQuartile')]}
        >
          {rows.map((row) => {
            const f = row.figures;
            return (
              <tr key={row.id} data-dimension={row.id}>
                <th scope="row">{row.name}</th>
                {f.status === 'shown' ? (
                  <>
                    <td>{f.n}</td>
                    <td>{figureRange(f.median)}</td>
                    <td>{f.q1 === null ? heldBack : figureRange(f.q1)}</td>
                    <td>{f.q3 === null ? heldBack : figureRange(f.q3)}</td>
                  </>
                ) : (
                  <td colSpan={4} class="muted-cell">
                    {why(row)}
                  </td>
                )}
              </tr>
            );
          })}
        </FiguresTable>
      }
    />
  );
}
