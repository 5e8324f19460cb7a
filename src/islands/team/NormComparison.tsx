import type { Instrument } from '../../domain/instrument/schema.ts';
import { compareTeamWithNorm } from '../../domain/norms/compare-team.ts';
import type { NormChoice } from '../../domain/norms/markers.ts';
import type { GroupReport } from '../../domain/team/team-report.ts';
import { ChartShell } from '../charts/ChartShell.tsx';
import { useWords } from '../common/words.tsx';
import { rowLayout } from '../charts/chart-layout.ts';
import { teamNormWords } from '../result-code/code-words.ts';
import { NormSelect, useNormChoice } from '../result-code/NormSelect.tsx';
import { FiguresTable } from '../charts/FiguresTable.tsx';
import { RowLabel } from '../charts/chart-parts.tsx';

interface Props {
  instrument: Instrument;
  /** The report's groups whose figures are shown. */
  groups: readonly GroupReport[];
  choices: readonly NormChoice[];
}

const BAR_H = 24;

/**
 * A loaded team set against one of the site's norms: per attribute, the 25-point range the team's
 * median lies in, the norm's median and, when the norm has one, its middle half. A table holds
 * the same figures and says in words what they allow.
 */
export function NormComparison({ instrument, groups, choices }: Props) {
  const t = useWords();
  const [choice, setKey] = useNormChoice(choices);
  if (!choice || groups.length === 0) return null;
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const anySpread = choice.markers.some((m) => m.spread);
  return (
    <section class="team-norm" aria-labelledby="team-norm-title">
      <h2 id="team-norm-title">{t('team.norm.title')}</h2>
      <NormSelect id="team-norm-choice" label={t('team.norm.choose')} choices={choices} value={choice.key} onChange={setKey} />
      <p class="note">{t(anySpread ? 'team.norm.noteSpread' : 'team.norm.note')}</p>
      {groups.map((group) => {
        if (group.statistics.status !== 'shown') return null;
        const rows = compareTeamWithNorm(group.statistics.attributes, choice);
        const caption = t('team.norm.caption', { who: groups.length > 1 ? group.name : t('team.theTeam'), norm: choice.label });
        const layout = (width: number) => rowLayout(width, rows.length, BAR_H, 8);
        return (
          <ChartShell
            key={group.id}
            caption={caption}
            class="score-chart team-chart team-norm-chart"
            height={(w) => layout(w).rowsHeight}
            draw={(width) => {
              const { stacked, x0, barW, labelW, rowH, labelY, barY, rowsHeight } = layout(width);
              const x = (score: number) => x0 + (barW * Math.min(100, Math.max(0, score))) / 100;
              const bottom = rowsHeight - 22;
              return (
                <g class="team-norm-plot">
                  {rows.map((row, i) => {
                    const y = i * rowH + barY;
                    const mid = y + BAR_H / 2;
                    return (
                      <g key={row.dimension}>
                        <RowLabel stacked={stacked} labelW={labelW} middle={mid} stackedY={i * rowH + labelY}>
                          {names.get(row.dimension) ?? row.dimension}
                        </RowLabel>
                        <rect x={x0} y={mid - 2} width={barW} height={4} class="chart-track" rx={2} />
                        {row.norm.spread && (
                          <rect
                            x={x(row.norm.spread.low)}
                            y={y}
                            width={Math.max(2, x(row.norm.spread.high) - x(row.norm.spread.low))}
                            height={BAR_H}
                            class="norm-spread-outline"
                            rx={3}
                          />
                        )}
                        {row.teamMedian !== undefined && (
                          <rect x={x(row.teamMedian - 12.5)} y={mid - 7} width={x(25) - x(0)} height={14} class="team-range" rx={2} />
                        )}
                        <line x1={x(row.norm.median)} x2={x(row.norm.median)} y1={y - 2} y2={y + BAR_H + 2} class="norm-median" />
                      </g>
                    );
                  })}
                  {[0, 25, 50, 75, 100].map((t) => (
                    <text key={t} x={x(t)} y={bottom + 17} class="chart-axis" text-anchor={t === 0 ? 'start' : t === 100 ? 'end' : 'middle'}>
                      {t}
                    </text>
                  ))}
                </g>
              );
            }}
            figures={
              <FiguresTable
                class="score-table team-norm-table"
                caption={caption}
                columns={[t('team.attribute'), t('team.norm.teamMedian'), t('team.norm.normMedian'), t('team.norm.normSpread'), t('team.norm.reading')]}
              >
                {rows.map((row) => (
                  <tr key={row.dimension} data-dimension={row.dimension} data-reading={row.reading}>
                    <th scope="row">{names.get(row.dimension) ?? row.dimension}</th>
                    <td>{row.teamRange ?? t('team.heldBack')}</td>
                    <td>{Math.round(row.norm.median)}</td>
                    <td>{row.norm.spread ? `${Math.round(row.norm.spread.low)}–${Math.round(row.norm.spread.high)}` : t('team.norm.notInNorm')}</td>
                    <td>{teamNormWords(t, row)}</td>
                  </tr>
                ))}
              </FiguresTable>
            }
          />
        );
      })}
    </section>
  );
}
