import { bandLabel } from '../../domain/instrument/bands.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { shownCount } from '../../domain/team/disclosure-wording.ts';
import type { BandCount } from '../../domain/team/statistics.ts';

interface Props {
  instrument: Instrument;
  bands: readonly BandCount[];
  notEnoughAnswers: number | null;
  caption: string;
}

const ROW = 30;
const LABEL = 230;
const WIDTH = 640;
const BAR = WIDTH - LABEL - 50;

/** How many results landed in each overall band, as bars and as a table. */
export function BandChart({ instrument, bands, notEnoughAnswers, caption }: Props) {
  const rows = [
    ...bands.map((b) => ({ id: b.band, label: bandLabel(instrument, b.band), count: b.count })),
    ...(notEnoughAnswers !== 0 ? [{ id: 'not-enough', label: 'Not enough answers', count: notEnoughAnswers }] : []),
  ];
  const most = Math.max(1, ...rows.map((r) => r.count ?? 0));
  const height = rows.length * ROW + 8;
  return (
    <figure class="score-chart band-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${caption}. The same figures are in the table below.`}>
        {rows.map((row, i) => {
          const y = i * ROW + 4;
          // A held-back count draws no bar: its length would give the number away.
          const length = row.count === null ? 0 : (BAR * row.count) / most;
          return (
            <g key={row.id}>
              <text x={LABEL - 10} y={y + ROW / 2} class="chart-label" text-anchor="end" dominant-baseline="middle">
                {row.label}
              </text>
              <rect x={LABEL} y={y + 5} width={Math.max(row.count ? 3 : 0, length)} height={ROW - 10} class={`chart-bar band-${row.id}`} rx={3} />
              <text x={LABEL + length + 8} y={y + ROW / 2} class="chart-value" dominant-baseline="middle">
                {shownCount(row.count)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="sr-only">{caption}</figcaption>
      <div class="table-scroll" role="region" aria-label="Figures (scroll sideways on a small screen)" tabIndex={0}>
        <table class="score-table band-table">
          <caption>{caption}: figures</caption>
          <thead>
            <tr>
              <th scope="col">Overall band</th>
              <th scope="col">Results</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-band={row.id}>
                <th scope="row">{row.label}</th>
                <td>{shownCount(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
