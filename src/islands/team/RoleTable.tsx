import type { Instrument } from '../../domain/instrument/schema.ts';
import type { Role } from '../../domain/result/role.ts';
import { roleDifferences, type RoleCell, type RoleComparison } from '../../domain/team/roles.ts';
import type { TeamStatistics } from '../../domain/team/statistics.ts';
import { figureRange } from '../../domain/team/summary.ts';
import { around } from '../../i18n/translate.ts';
import { useWords } from '../common/words.tsx';
import { listWords, roleGroupKey, roleInSentenceKey } from './team-words.ts';

interface Props {
  instrument: Instrument;
  /** The whole team's figures, shown beside the roles. */
  stats: Extract<TeamStatistics, { status: 'shown' }>;
  roles: RoleComparison;
  heading: 'h3' | 'h4';
  /** The report's minimum group size, which the rule for showing roles says. */
  minimum: number;
}

/** At most this many attributes are named as where roles differ. */
const MOST_DIFFERENCES = 3;

const medianOf = (cell: RoleCell | { status: string; median?: number } | undefined): string | null =>
  cell?.status === 'shown' && 'median' in cell && cell.median !== undefined ? figureRange(cell.median) : null;

/**
 * The team by role: where the roles see an attribute differently, then every median per role
 * beside the whole team's. Roles appear only when the disclosure rule allows (see domain/team/roles.ts);
 * otherwise the rule is stated, naming no role and no count.
 */
export function RoleTable({ instrument, stats, roles, heading: Heading, minimum }: Props) {
  const t = useWords();
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  if (roles.status !== 'shown') {
    return (
      <section class="team-roles" aria-labelledby="team-roles-title">
        <Heading id="team-roles-title">{t('team.roles.title')}</Heading>
        <p class="note role-rule">{t('team.roles.rule', { minimum })}</p>
      </section>
    );
  }
  const differences = roleDifferences(roles).slice(0, MOST_DIFFERENCES);
  const roleNames = (list: readonly Role[]) => listWords(t, list.map((r) => t(roleInSentenceKey(r))));
  const median = (cell: Parameters<typeof medianOf>[0]) => medianOf(cell) ?? t('team.heldBack');
  return (
    <section class="team-roles" aria-labelledby="team-roles-title">
      <Heading id="team-roles-title">{t('team.roles.title')}</Heading>
      <p>{t('team.roles.intro')}</p>
      {differences.length > 0 ? (
        <ul class="role-differences">
          {differences.map((d) => {
            const [before, after] = around(t, 'team.roles.difference', 'name', {
              highest: roleNames(d.highest.roles),
              high: figureRange(d.highest.median),
              lowest: roleNames(d.lowest.roles),
              low: figureRange(d.lowest.median),
            });
            return (
              <li key={d.dimension}>
                {before}
                <strong>{names.get(d.dimension) ?? d.dimension}</strong>
                {after}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="role-differences">{t('team.roles.same')}</p>
      )}
      <div class="table-scroll" role="region" aria-label={t('team.roles.region')} tabIndex={0}>
        <table class="score-table role-table">
          <caption>{t('team.roles.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.attribute')}</th>
              <th scope="col">{t('team.roles.wholeTeam', { count: stats.respondents })}</th>
              {roles.roles.map((r) => (
                <th scope="col" key={r.role} data-role={r.role}>
                  {t('team.roles.column', { role: t(roleGroupKey(r.role)), count: r.n })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stats.attributes.map((attribute, i) => (
              <tr key={attribute.dimension} data-dimension={attribute.dimension}>
                <th scope="row">{names.get(attribute.dimension) ?? attribute.dimension}</th>
                <td>{median(attribute)}</td>
                {roles.roles.map((r) => (
                  <td key={r.role}>{median(r.attributes[i])}</td>
                ))}
              </tr>
            ))}
            <tr data-dimension="overall" class="overall-row">
              <th scope="row">{t('team.overall')}</th>
              <td>{median(stats.overall)}</td>
              {roles.roles.map((r) => (
                <td key={r.role}>{median(r.overall)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
