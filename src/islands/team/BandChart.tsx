import { bandLabel } from '../../domain/instrument/bands.ts';
import { lookup } from '../../domain/instrument/lookup.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { BandCount } from '../../domain/team/statistics.ts';
import { BandPatterns, bandFill, barClass } from '../charts/BandZones.tsx';
import { ChartShell } from '../charts/ChartShell.tsx';
import { useWords } from '../common/words.tsx';
import { rowLayout } from '../charts/chart-layout.ts';
import { shownCount } from './team-words.ts';
import { FiguresTable } from '../charts/FiguresTable.tsx';
import { RowLabel } from '../charts/chart-parts.tsx';

interface Props {
  instrument: Instrument;
  bands: readonly BandCount[];
  notEnoughAnswers: number | null;
  caption: string;
  /** Unique on the page; keeps pattern ids apart. */
  id: string;
}

const BAR_H = 20;

/**
 * How many results landed in each overall band: bars patterned by band (not by colour alone),
 * each with its count. A count held back ("fewer than 3") draws no bar: its length would give
 * the number away.
 */
export function BandChart({ instrument, bands, notEnoughAnswers, caption, id }: Props) {
  const t = useWords();
  const order = lookup(instrument).bandsInOrder;
  const rows = [
    ...bands.map((b) => ({ id: b.band, label: bandLabel(instrument, b.band), count: b.count, index: order.findIndex((o) => o.id === b.band) })),
    ...(notEnoughAnswers !== 0 ? [{ id: 'not-enough', label: t('team.notEnoughAnswers'), count: notEnoughAnswers, index: -1 }] : []),
  ];
  const most = Math.max(1, ...rows.map((r) => r.count ?? 0));
  const layout = (width: number) => rowLayout(width, rows.length, BAR_H, 96);
  return (
    <ChartShell
      caption={caption}
      class="score-chart band-chart"
      height={(w) => layout(w).rowsHeight - 14}
      draw={(width) => {
        const { stacked, x0, barW, labelW, rowH, labelY, barY } = layout(width);
        return (
          <>
            <BandPatterns prefix={id} bands={order} />
            {rows.map((row, i) => {
              const y = i * rowH + barY;
              const length = row.count === null ? 0 : (barW * row.count) / most;
              return (
                <g key={row.id}>
                  <RowLabel stacked={stacked} labelW={labelW} middle={y + BAR_H / 2} stackedY={i * rowH + labelY}>
                    {row.label}
                  </RowLabel>
                  {length > 0 && (
                    <rect
                      x={x0}
                      y={y}
                      width={Math.max(3, length)}
                      height={BAR_H}
                      rx={2}
                      class={row.index >= 0 ? barClass(row.index) : 'bar band-none'}
                      fill={row.index >= 0 ? bandFill(id, row.index) : undefined}
                    />
                  )}
                  <text x={x0 + length + 6} y={y + BAR_H / 2} class={row.count === null ? 'chart-value muted' : 'chart-value'} dominant-baseline="middle">
                    {shownCount(t, row.count)}
                  </text>
                </g>
              );
            })}
          </>
        );
      }}
      figures={
        <FiguresTable
          class="score-table band-table"
          caption={t('team.chart.figures', { caption })}
          columns={[t('team.overallBand'), t('team.results')]}
        >
          {rows.map((row) => (
            <tr key={row.id} data-band={row.id}>
              <th scope="row">{row.label}</th>
              <td>{shownCount(t, row.count)}</td>
            </tr>
          ))}
        </FiguresTable>
      }
    />
  );
}
