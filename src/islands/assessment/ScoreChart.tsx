import type { Instrument } from '../../domain/instrument/schema.ts';
import type { ResultScores } from '../../domain/scoring/types.ts';
import { bandLabel } from '../../domain/instrument/bands.ts';

interface Props {
  instrument: Instrument;
  scores: ResultScores;
  caption: string;
}

const ROW = 34;
const LABEL = 190;
const WIDTH = 640;
const BAR = WIDTH - LABEL - 50;

/** Scores per attribute as horizontal bars, with band boundaries marked, and the same figures as a table. */
export function ScoreChart({ instrument, scores, caption }: Props) {
  const height = scores.attributes.length * ROW + 24;
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const boundaries = instrument.bands.map((b) => b.min).filter((m) => m > 0);
  return (
    <figure class="score-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${caption}. The same figures are in the table below.`}>
        {boundaries.map((m) => (
          <line key={m} x1={LABEL + (BAR * m) / 100} x2={LABEL + (BAR * m) / 100} y1={0} y2={height - 20} class="chart-boundary" />
        ))}
        {scores.attributes.map((a, i) => {
          const y = i * ROW + 4;
          return (
            <g key={a.dimension}>
              <text x={LABEL - 10} y={y + ROW / 2} class="chart-label" text-anchor="end" dominant-baseline="middle">
                {names.get(a.dimension) ?? a.dimension}
              </text>
              <rect x={LABEL} y={y + 6} width={BAR} height={ROW - 14} class="chart-track" rx={3} />
              {a.status === 'scored' ? (
                <>
                  <rect x={LABEL} y={y + 6} width={Math.max(2, (BAR * a.score) / 100)} height={ROW - 14} class={`chart-bar band-${a.band}`} rx={3} />
                  <text x={LABEL + BAR + 8} y={y + ROW / 2} class="chart-value" dominant-baseline="middle">
                    {Math.round(a.score)}
                  </text>
                </>
              ) : (
                <text x={LABEL + 8} y={y + ROW / 2} class="chart-value muted" dominant-baseline="middle">
                  not enough answers
                </text>
              )}
            </g>
          );
        })}
        {[0, 50, 100].map((t) => (
          <text key={t} x={LABEL + (BAR * t) / 100} y={height - 4} class="chart-axis" text-anchor="middle">
            {t}
          </text>
        ))}
      </svg>
      <figcaption class="sr-only">{caption}</figcaption>
      <table class="score-table">
        <caption>{caption}: figures</caption>
        <thead>
          <tr>
            <th scope="col">Attribute</th>
            <th scope="col">Score (0–100)</th>
            <th scope="col">Band</th>
            <th scope="col">Answered</th>
          </tr>
        </thead>
        <tbody>
          {scores.attributes.map((a) => (
            <tr key={a.dimension}>
              <th scope="row">{names.get(a.dimension) ?? a.dimension}</th>
              <td>{a.status === 'scored' ? Math.round(a.score) : 'Not enough answers'}</td>
              <td>{a.status === 'scored' ? bandLabel(instrument, a.band) : '—'}</td>
              <td>
                {a.answered} of {a.itemCount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
