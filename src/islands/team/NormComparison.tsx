import { useState } from 'preact/hooks';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { compareTeamWithNorm } from '../../domain/norms/compare-team.ts';
import type { NormChoice } from '../../domain/norms/markers.ts';
import type { GroupReport } from '../../domain/team/team-report.ts';
import { useWords } from '../common/words.tsx';
import { teamNormWords } from '../result-code/code-words.ts';

interface Props {
  instrument: Instrument;
  /** The report's groups whose figures are shown. */
  groups: readonly GroupReport[];
  choices: readonly NormChoice[];
}

const ROW = 40;
const LABEL = 190;
const WIDTH = 640;
const BAR = WIDTH - LABEL - 30;
const x = (score: number) => LABEL + (BAR * score) / 100;

/**
 * A loaded team set against one of the site's norms: per attribute, the 25-point range the team's
 * median lies in, the norm's median and, when the norm has one, its middle half. A table holds
 * the same figures and says in words what they allow.
 */
export function NormComparison({ instrument, groups, choices }: Props) {
  const t = useWords();
  const [key, setKey] = useState(choices[0]?.key ?? '');
  const choice = choices.find((c) => c.key === key) ?? choices[0];
  if (!choice || groups.length === 0) return null;
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const anySpread = choice.markers.some((m) => m.spread);
  return (
    <section class="team-norm" aria-labelledby="team-norm-title">
      <h2 id="team-norm-title">Compared with a norm</h2>
      <div class="field">
        <label for="team-norm-choice">Compare with</label>
        <select id="team-norm-choice" value={choice.key} onChange={(e) => setKey(e.currentTarget.value)}>
          {choices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <p class="note">
        The team view shows a team’s median only as a range of 25 points, so a norm’s median inside that range cannot be told apart
        from the team’s. The shaded box is the team’s range, the line the norm’s median
        {anySpread ? ', the outline the middle half of the norm’s group' : ''}.
      </p>
      {groups.map((group) => {
        if (group.statistics.status !== 'shown') return null;
        const rows = compareTeamWithNorm(group.statistics.attributes, choice);
        const caption = `${groups.length > 1 ? group.name : 'The team'} and ${choice.label}`;
        const height = rows.length * ROW + 24;
        return (
          <figure key={group.id} class="score-chart team-chart">
            <svg class="team-norm-plot" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${caption}. The same figures are in the table below.`}>
              {rows.map((row, i) => {
                const y = i * ROW + 4;
                const mid = y + ROW / 2;
                return (
                  <g key={row.dimension}>
                    <text x={LABEL - 10} y={mid} class="chart-label" text-anchor="end" dominant-baseline="middle">
                      {names.get(row.dimension) ?? row.dimension}
                    </text>
                    <rect x={LABEL} y={mid - 2} width={BAR} height={4} class="chart-track" rx={2} />
                    {row.norm.spread && (
                      <rect x={x(row.norm.spread.low)} y={mid - 12} width={Math.max(2, x(row.norm.spread.high) - x(row.norm.spread.low))} height={24} class="norm-spread-outline" rx={3} />
                    )}
                    {row.teamMedian !== undefined && <rect x={x(row.teamMedian - 12.5)} y={mid - 8} width={x(25) - x(0)} height={16} class="team-range" rx={2} />}
                    <line x1={x(row.norm.median)} x2={x(row.norm.median)} y1={mid - 15} y2={mid + 15} class="norm-median" />
                  </g>
                );
              })}
              {[0, 25, 50, 75, 100].map((tick) => (
                <text key={tick} x={x(tick)} y={height - 4} class="chart-axis" text-anchor="middle">
                  {tick}
                </text>
              ))}
            </svg>
            <div class="table-scroll" role="region" aria-label="Figures (scroll sideways on a small screen)" tabIndex={0}>
              <table class="score-table team-norm-table">
                <caption>{caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">Attribute</th>
                    <th scope="col">Team median</th>
                    <th scope="col">Norm median</th>
                    <th scope="col">Middle half of the norm</th>
                    <th scope="col">What the figures allow</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.dimension} data-dimension={row.dimension} data-reading={row.reading}>
                      <th scope="row">{names.get(row.dimension) ?? row.dimension}</th>
                      <td>{row.teamRange ?? 'held back'}</td>
                      <td>{Math.round(row.norm.median)}</td>
                      <td>{row.norm.spread ? `${Math.round(row.norm.spread.low)}–${Math.round(row.norm.spread.high)}` : 'not in this norm'}</td>
                      <td>{teamNormWords(t, row)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </figure>
        );
      })}
    </section>
  );
}
