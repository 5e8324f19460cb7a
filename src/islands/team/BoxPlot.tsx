import type { Instrument } from '../../domain/instrument/schema.ts';
import type { AttributeStatistics, OverallStatistics } from '../../domain/team/statistics.ts';
import { QUARTILES_HELD_BACK } from '../../domain/team/disclosure-wording.ts';
import { figureRange } from '../../domain/team/summary.ts';

interface Props {
  instrument: Instrument;
  attributes: readonly AttributeStatistics[];
  overall: OverallStatistics;
  caption: string;
}

const ROW = 34;
const LABEL = 190;
const WIDTH = 640;
const SCALE = WIDTH - LABEL - 20;
const x = (score: number) => LABEL + (SCALE * Math.min(100, Math.max(0, score))) / 100;

type Row = { id: string; name: string; figures: AttributeStatistics | ({ dimension: string } & OverallStatistics) };

/**
 * One row per attribute on a 0–100 axis: the box covers the middle half (first to third quartile,
 * drawn only once enough results are loaded), the thick mark is the median. Figures are ranges of
 * 25 points and no lowest or highest score is drawn, so no one's own score shows. The table below
 * holds the same figures for anyone who cannot see the drawing.
 */
export function BoxPlot({ instrument, attributes, overall, caption }: Props) {
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const rows: Row[] = [
    ...attributes.map((a) => ({ id: a.dimension, name: names.get(a.dimension) ?? a.dimension, figures: a })),
    { id: 'overall', name: 'Overall', figures: { dimension: 'overall', ...overall } },
  ];
  const height = rows.length * ROW + 24;
  const boundaries = instrument.bands.map((b) => b.min).filter((m) => m > 0 && m < 100);
  return (
    <figure class="score-chart team-chart">
      <svg class="box-plot" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${caption}. The same figures are in the table below.`}>
        {boundaries.map((m) => (
          <line key={m} x1={x(m)} x2={x(m)} y1={0} y2={height - 20} class="chart-boundary" />
        ))}
        {rows.map((row, i) => {
          const y = i * ROW + 4;
          const mid = y + ROW / 2;
          const f = row.figures;
          return (
            <g key={row.id} class={row.id === 'overall' ? 'box-row overall-row' : 'box-row'}>
              <text x={LABEL - 10} y={mid} class="chart-label" text-anchor="end" dominant-baseline="middle">
                {row.name}
              </text>
              {f.status === 'shown' ? (
                <>
                  {f.q1 !== null && f.q3 !== null && (
                    <rect x={x(f.q1)} y={y + 7} width={Math.max(2, x(f.q3) - x(f.q1))} height={ROW - 14} class="box-iqr" rx={2} />
                  )}
                  <line x1={x(f.median)} x2={x(f.median)} y1={y + 5} y2={y + ROW - 5} class="box-median" />
                </>
              ) : (
                <text x={LABEL + 8} y={mid} class="chart-value muted" dominant-baseline="middle">
                  too few answers to show
                </text>
              )}
            </g>
          );
        })}
        {[0, 25, 50, 75, 100].map((t) => (
          <text key={t} x={x(t)} y={height - 4} class="chart-axis" text-anchor="middle">
            {t}
          </text>
        ))}
      </svg>
      <figcaption class="sr-only">{caption}</figcaption>
        <div class="table-scroll" role="region" aria-label="Figures (scroll sideways on a small screen)" tabIndex={0}>
          <table class="score-table team-table">
            <caption>{caption}: figures (ranges of 25 points on the 0–100 scale)</caption>
            <thead>
              <tr>
                <th scope="col">Attribute</th>
                <th scope="col">Results</th>
                <th scope="col">Median</th>
                <th scope="col">Lower quartile</th>
                <th scope="col">Upper quartile</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const f = row.figures;
                return (
                  <tr key={row.id} data-dimension={row.id}>
                    <th scope="row">{row.name}</th>
                    {f.status === 'shown' ? (
                      <>
                        <td>{f.n}</td>
                        <td>{figureRange(f.median)}</td>
                        <td>{f.q1 === null ? QUARTILES_HELD_BACK : figureRange(f.q1)}</td>
                        <td>{f.q3 === null ? QUARTILES_HELD_BACK : figureRange(f.q3)}</td>
                      </>
                    ) : (
                      <td colSpan={4} class="muted-cell">
                        {f.message}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
    </figure>
  );
}
