import type { AttributeScore } from '../../domain/scoring/types.ts';

interface Point {
  date: string;
  label: string;
  score: AttributeScore | undefined;
}

interface Props {
  name: string;
  points: readonly Point[];
}

const W = 240;
const H = 90;
const PAD = 14;

/** One attribute's score over time: a small line chart, with a table of the same figures. */
export function TrendChart({ name, points }: Props) {
  const xs = (i: number) => PAD + (points.length === 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (points.length - 1));
  const ys = (score: number) => H - PAD - (score * (H - 2 * PAD)) / 100;
  const scored = points
    .map((p, i) => ({ i, score: p.score?.status === 'scored' ? p.score.score : undefined }))
    .filter((p): p is { i: number; score: number } => p.score !== undefined);
  const path = scored.map((p, k) => `${k === 0 ? 'M' : 'L'}${xs(p.i).toFixed(1)},${ys(p.score).toFixed(1)}`).join(' ');
  return (
    <figure class="trend">
      <figcaption>{name}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${name} over time; the figures are in the table that follows.`}>
        <line x1={PAD} x2={W - PAD} y1={ys(50)} y2={ys(50)} class="chart-boundary" />
        <path d={path} class="chart-line" />
        {scored.map((p) => (
          <circle key={p.i} cx={xs(p.i)} cy={ys(p.score)} r={4} class="chart-dot" />
        ))}
      </svg>
      <table class="trend-table">
        <caption class="sr-only">{name} over time</caption>
        <thead>
          <tr>
            <th scope="col">Result</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={i}>
              <th scope="row">{p.label}</th>
              <td>{p.score?.status === 'scored' ? Math.round(p.score.score) : 'Not enough answers'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
