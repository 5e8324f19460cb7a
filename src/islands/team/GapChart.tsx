import type { Instrument } from '../../domain/instrument/schema.ts';
import type { AttributeStatistics } from '../../domain/team/statistics.ts';
import type { PerceptionGap } from '../../domain/team/team-report.ts';
import { figureRange } from '../../domain/team/summary.ts';
import { ChartShell } from '../charts/ChartShell.tsx';
import { rowLayout } from '../charts/chart-layout.ts';
import { formatChange } from '../common/format.ts';
import { useWords } from '../common/words.tsx';
import { suppressedWords } from './team-words.ts';
import { FiguresTable } from '../charts/FiguresTable.tsx';
import { RowLabel } from '../charts/chart-parts.tsx';

interface Props {
  instrument: Instrument;
  gaps: readonly PerceptionGap[];
  a: { name: string; attributes: readonly AttributeStatistics[] | undefined };
  b: { name: string; attributes: readonly AttributeStatistics[] | undefined };
  /** The report's minimum group size, said where a gap is held back. */
  minimum: number;
}

const BAR_H = 18;

function medianOf(attributes: readonly AttributeStatistics[] | undefined, dimension: string): string {
  const found = attributes?.find((s) => s.dimension === dimension);
  return found?.status === 'shown' ? figureRange(found.median) : '—';
}

/**
 * The perception gap: per attribute, group B's median minus group A's, as bars that grow right
 * (B higher) or left (B lower) from zero; "Show the figures" has both medians beside the gap.
 */
export function GapChart({ instrument, gaps, a, b, minimum }: Props) {
  const t = useWords();
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const widest = Math.max(10, ...gaps.map((g) => (g.status === 'shown' ? Math.abs(g.gap) : 0)));
  const reach = Math.ceil(widest / 10) * 10;
  const caption = t('team.gap.caption', { a: a.name, b: b.name });
  const layout = (width: number) => rowLayout(width, gaps.length, BAR_H, 16);
  return (
    <ChartShell
      caption={caption}
      class="score-chart gap-chart gap-plot"
      height={(w) => layout(w).rowsHeight}
      draw={(width) => {
        const { stacked, x0, barW, labelW, rowH, labelY, barY, rowsHeight } = layout(width);
        const half = barW / 2;
        const zero = x0 + half;
        const bottom = rowsHeight - 22;
        return (
          <>
            <line x1={zero} x2={zero} y1={0} y2={bottom} class="gap-zero" />
            {gaps.map((g, i) => {
              const y = i * rowH + barY;
              const length = g.status === 'shown' ? (half * Math.abs(g.gap)) / reach : 0;
              return (
                <g key={g.dimension}>
                  <RowLabel stacked={stacked} labelW={labelW} middle={y + BAR_H / 2} stackedY={i * rowH + labelY}>
                    {names.get(g.dimension) ?? g.dimension}
                  </RowLabel>
                  {g.status === 'shown' ? (
                    <rect
                      x={g.gap < 0 ? zero - length : zero}
                      y={y}
                      width={Math.max(2, length)}
                      height={BAR_H}
                      class={g.gap < 0 ? 'gap-bar lower' : 'gap-bar higher'}
                      rx={2}
                    />
                  ) : (
                    <text x={zero + 8} y={y + BAR_H / 2} class="chart-value muted" dominant-baseline="middle">
                      {t('team.gap.notShown')}
                    </text>
                  )}
                </g>
              );
            })}
            {[-reach, 0, reach].map((t) => (
              <text key={t} x={zero + (half * t) / reach} y={bottom + 17} class="chart-axis" text-anchor={t < 0 ? 'start' : t > 0 ? 'end' : 'middle'}>
                {formatChange(t)}
              </text>
            ))}
          </>
        );
      }}
      legend={
        <p class="chart-note">{t('team.gap.legend', { a: a.name, b: b.name })}</p>
      }
      figures={
        <FiguresTable
          class="score-table gap-table"
          caption={t('team.chart.figures', { caption })}
          columns={[t('team.attribute'), t('team.gap.medianOf', { group: a.name }), t('team.gap.medianOf', { group: b.name }), t('team.gap.column', { a: a.name, b: b.name })]}
        >
          {gaps.map((g) => (
            <tr key={g.dimension} data-dimension={g.dimension}>
              <th scope="row">{names.get(g.dimension) ?? g.dimension}</th>
              {g.status === 'shown' ? (
                <>
                  <td>{medianOf(a.attributes, g.dimension)}</td>
                  <td>{medianOf(b.attributes, g.dimension)}</td>
                  <td class="gap-value">{formatChange(g.gap)}</td>
                </>
              ) : (
                <td colSpan={3} class="muted-cell">
                  {suppressedWords(t, { of: 'gap', name: names.get(g.dimension) ?? g.dimension }, minimum)}
                </td>
              )}
            </tr>
          ))}
        </FiguresTable>
      }
    />
  );
}
