import { HELD_BACK } from '../../domain/team/disclosure-wording.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { listOf } from '../../domain/team/headline.ts';
import { ROLE_GROUP_NAMES, roleDifferences, type RoleCell, type RoleComparison } from '../../domain/team/roles.ts';
import type { TeamStatistics } from '../../domain/team/statistics.ts';
import { figureRange } from '../../domain/team/summary.ts';

interface Props {
  instrument: Instrument;
  /** The whole team's figures, shown beside the roles. */
  stats: Extract<TeamStatistics, { status: 'shown' }>;
  roles: RoleComparison;
  heading: 'h3' | 'h4';
}

/** At most this many attributes are named as where roles differ. */
const MOST_DIFFERENCES = 3;

const median = (cell: RoleCell | { status: string; median?: number } | undefined) =>
  cell?.status === 'shown' && 'median' in cell && cell.median !== undefined ? figureRange(cell.median) : HELD_BACK;

/**
 * The team by role: where the roles see an attribute differently, then every median per role
 * beside the whole team's. Roles appear only when the disclosure rule allows (see domain/team/roles.ts);
 * otherwise the rule is stated, naming no role and no count.
 */
export function RoleTable({ instrument, stats, roles, heading: Heading }: Props) {
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  if (roles.status !== 'shown') {
    return (
      <section class="team-roles" aria-labelledby="team-roles-title">
        <Heading id="team-roles-title">By role</Heading>
        <p class="note role-rule">{roles.message}</p>
      </section>
    );
  }
  const differences = roleDifferences(roles).slice(0, MOST_DIFFERENCES);
  const roleNames = (list: readonly (keyof typeof ROLE_GROUP_NAMES)[]) => listOf(list.map((r) => ROLE_GROUP_NAMES[r].toLowerCase()));
  return (
    <section class="team-roles" aria-labelledby="team-roles-title">
      <Heading id="team-roles-title">By role</Heading>
      <p>
        Each role’s median per attribute, as a range of 25 points, beside the whole team’s. Only roles with enough results to keep
        everyone unidentifiable are shown.
      </p>
      {differences.length > 0 ? (
        <ul class="role-differences">
          {differences.map((d) => (
            <li key={d.dimension}>
              <strong>{names.get(d.dimension) ?? d.dimension}</strong>: {roleNames(d.highest.roles)} place it in {figureRange(d.highest.median)},{' '}
              {roleNames(d.lowest.roles)} in {figureRange(d.lowest.median)}.
            </li>
          ))}
        </ul>
      ) : (
        <p class="role-differences">The roles shown place every attribute in the same range of 25 points.</p>
      )}
      <div class="table-scroll" role="region" aria-label="Medians by role (scroll sideways on a small screen)" tabIndex={0}>
        <table class="score-table role-table">
          <caption>Median per attribute by role (ranges of 25 points on the 0–100 scale)</caption>
          <thead>
            <tr>
              <th scope="col">Attribute</th>
              <th scope="col">Whole team ({stats.respondents})</th>
              {roles.roles.map((r) => (
                <th scope="col" key={r.role} data-role={r.role}>
                  {ROLE_GROUP_NAMES[r.role]} ({r.n})
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
              <th scope="row">Overall</th>
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
