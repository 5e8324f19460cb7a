import { SPREAD_MINIMUM } from '../../domain/norms/limits.ts';
import type { NormChoice } from '../../domain/norms/markers.ts';
import { useWords } from '../common/words.tsx';
import { FiguresTable } from '../charts/FiguresTable.tsx';
import { NormSelect, useNormChoice } from './NormSelect.tsx';

interface AttributeFigure {
  readonly dimension: string;
  readonly status: string;
  readonly score?: number;
}

export interface NormMarkersProps {
  /** From `siteNorms` at build time; nothing is shown when there are none. */
  choices: readonly NormChoice[];
  /** The result’s attribute scores, in instrument order. */
  attributes: readonly AttributeFigure[];
  /** Attribute id → name. */
  names: Readonly<Record<string, string>>;
}

const ROW = 40;
const LABEL = 190;
const WIDTH = 640;
const BAR = WIDTH - LABEL - 30;
const x = (score: number) => LABEL + (BAR * score) / 100;

/**
 * A result set against an organization norm: per attribute, the norm’s median as a labelled
 * marker, the middle half of its group as a shaded span (norms of 10 or more results only), and
 * this result’s score as a dot. A choice between norms when there are several; a table with the
 * same figures for screen readers and for reading exact numbers.
 */
export function NormMarkers({ choices, attributes, names }: NormMarkersProps) {
  const t = useWords();
  const [choice, setKey] = useNormChoice(choices);
  if (!choice) return null;
  const markers = new Map(choice.markers.map((m) => [m.dimension, m]));
  const rows = attributes.filter((a) => markers.has(a.dimension));
  const height = rows.length * ROW + 28;
  const anySpread = choice.markers.some((m) => m.spread);

  return (
    <section class="norm-markers no-print" aria-labelledby="norms-title">
      <h2 id="norms-title">{t('code.norms.title')}</h2>
      {choices.length > 1 ? (
        <NormSelect id="norm-choice" label={t('code.norms.compareWith')} choices={choices} value={choice.key} onChange={setKey} />
      ) : (
        <p>{t('code.norms.comparedWith', { norm: choice.label })}</p>
      )}
      <p class="note">{t(anySpread ? 'code.norms.noteSpread' : 'code.norms.noteNoSpread')}</p>
      <figure class="score-chart">
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={t('code.norms.chart', { norm: choice.label })}>
          {rows.map((a, i) => {
            const marker = markers.get(a.dimension)!;
            const y = i * ROW + 4;
            const mid = y + ROW / 2;
            return (
              <g key={a.dimension}>
                <text x={LABEL - 10} y={mid} class="chart-label" text-anchor="end" dominant-baseline="middle">
                  {names[a.dimension] ?? a.dimension}
                </text>
                <rect x={LABEL} y={mid - 3} width={BAR} height={6} class="chart-track" rx={3} />
                {marker.spread && (
                  <rect x={x(marker.spread.low)} y={mid - 9} width={Math.max(2, x(marker.spread.high) - x(marker.spread.low))} height={18} class="norm-spread" rx={3} />
                )}
                <line x1={x(marker.median)} x2={x(marker.median)} y1={mid - 13} y2={mid + 13} class="norm-median" />
                <text x={x(marker.median)} y={y + 1} class="norm-label" text-anchor="middle" dominant-baseline="hanging">
                  {Math.round(marker.median)}
                </text>
                {a.status === 'scored' && a.score !== undefined && <circle cx={x(a.score)} cy={mid} r={6} class="norm-you" />}
              </g>
            );
          })}
          {[0, 50, 100].map((tick) => (
            <text key={tick} x={x(tick)} y={height - 6} class="chart-axis" text-anchor="middle">
              {tick}
            </text>
          ))}
        </svg>
      </figure>
      <details>
        <summary>{t('code.norms.showFigures')}</summary>
        <div class="table-scroll" role="region" aria-label={t('code.norms.figures')} tabIndex={0}>
          <FiguresTable
            class="norm-table"
            caption={t('code.norms.caption', { norm: choice.label })}
            columns={[t('code.attribute'), t('code.norms.thisResult'), t('code.norms.median'), t('code.norms.middleHalf')]}
          >
            {rows.map((a) => {
              const marker = markers.get(a.dimension)!;
              return (
                <tr key={a.dimension}>
                  <th scope="row">{names[a.dimension] ?? a.dimension}</th>
                  <td>{a.status === 'scored' && a.score !== undefined ? Math.round(a.score) : t('code.notEnoughAnswers')}</td>
                  <td>{Math.round(marker.median)}</td>
                  <td>{marker.spread ? `${Math.round(marker.spread.low)}–${Math.round(marker.spread.high)}` : t('code.norms.noSpread', { minimum: SPREAD_MINIMUM })}</td>
                </tr>
              );
            })}
          </FiguresTable>
        </div>
      </details>
    </section>
  );
}
