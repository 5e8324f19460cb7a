import type { Instrument } from '../../domain/instrument/schema.ts';
import type { AttributeStatistics } from '../../domain/team/statistics.ts';
import type { PerceptionGap } from '../../domain/team/team-report.ts';
import { figureRange } from '../../domain/team/summary.ts';
import { signed } from './format.ts';

interface Props {
  instrument: Instrument;
  gaps: readonly PerceptionGap[];
  a: { name: string; attributes: readonly AttributeStatistics[] | undefined };
  b: { name: string; attributes: readonly AttributeStatistics[] | undefined };
}

const ROW = 30;
const LABEL = 190;
const WIDTH = 640;
const HALF = (WIDTH - LABEL - 40) / 2;
const ZERO = LABEL + 20 + HALF;

function medianOf(attributes: readonly AttributeStatistics[] | undefined, dimension: string): string {
  const found = attributes?.find((s) => s.dimension === dimension);
  return found?.status === 'shown' ? figureRange(found.median) : '—';
}

/**
 * The perception gap: per attribute, group B's median minus group A's, as bars that grow right
 * (B higher) or left (B lower) from zero, and as a table with both medians.
 */
export function GapChart({ instrument, gaps, a, b }: Props) {
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const widest = Math.max(10, ...gaps.map((g) => (g.status === 'shown' ? Math.abs(g.gap) : 0)));
  const reach = Math.ceil(widest / 10) * 10;
  const height = gaps.length * ROW + 24;
  const caption = `Perception gap per attribute: median of ${b.name} minus median of ${a.name}, in points`;
  return (
    <figure class="score-chart gap-chart">
      <svg class="gap-plot" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${caption}. The same figures are in the table below.`}>
        <line x1={ZERO} x2={ZERO} y1={0} y2={height - 20} class="gap-zero" />
        {gaps.map((g, i) => {
          const y = i * ROW + 4;
          const length = g.status === 'shown' ? (HALF * Math.abs(g.gap)) / reach : 0;
          return (
            <g key={g.dimension}>
              <text x={LABEL - 10} y={y + ROW / 2} class="chart-label" text-anchor="end" dominant-baseline="middle">
                {names.get(g.dimension) ?? g.dimension}
              </text>
              {g.status === 'shown' ? (
                <rect
                  x={g.gap < 0 ? ZERO - length : ZERO}
                  y={y + 6}
                  width={Math.max(2, length)}
                  height={ROW - 12}
                  class={g.gap < 0 ? 'gap-bar lower' : 'gap-bar higher'}
                  rx={2}
                />
              ) : (
                <text x={ZERO + 8} y={y + ROW / 2} class="chart-value muted" dominant-baseline="middle">
                  not shown
                </text>
              )}
            </g>
          );
        })}
        {[-reach, 0, reach].map((t) => (
          <text key={t} x={ZERO + (HALF * t) / reach} y={height - 4} class="chart-axis" text-anchor="middle">
            {signed(t)}
          </text>
        ))}
      </svg>
      <figcaption class="sr-only">{caption}</figcaption>
        <div class="table-scroll" role="region" aria-label="Figures (scroll sideways on a small screen)" tabIndex={0}>
          <table class="score-table gap-table">
            <caption>{caption}: figures</caption>
            <thead>
              <tr>
                <th scope="col">Attribute</th>
                <th scope="col">Median, {a.name}</th>
                <th scope="col">Median, {b.name}</th>
                <th scope="col">Gap ({b.name} − {a.name})</th>
              </tr>
            </thead>
            <tbody>
              {gaps.map((g) => (
                <tr key={g.dimension} data-dimension={g.dimension}>
                  <th scope="row">{names.get(g.dimension) ?? g.dimension}</th>
                  {g.status === 'shown' ? (
                    <>
                      <td>{medianOf(a.attributes, g.dimension)}</td>
                      <td>{medianOf(b.attributes, g.dimension)}</td>
                      <td class="gap-value">{signed(g.gap)}</td>
                    </>
                  ) : (
                    <td colSpan={3} class="muted-cell">
                      {g.message}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
    </figure>
  );
}
