import type { Instrument } from '../../domain/instrument/schema.ts';
import type { NormChoice } from '../../domain/norms/markers.ts';
import { teamReportFigures } from '../../domain/norms/from-team-report.ts';
import type { TeamReport } from '../../domain/team/team-report.ts';
import { SaveAsNorm } from '../result-code/SaveAsNorm.tsx';
import { useWords } from '../common/words.tsx';
import { NormComparison } from './NormComparison.tsx';

export interface TeamNormsProps {
  instrument: Instrument;
  /** The report on screen, with figures shown. */
  report: TeamReport;
  /** The site's norms for this instrument version; none means no comparison is offered. */
  norms: readonly NormChoice[];
  minGroupSize: number;
  spreadMinimum: number;
}

/**
 * The team report's norm tools, shown only once a report shows figures (their code comes with the
 * report's, see team/team-lazy.ts): the report set
 * against the site's norms, and the report saved as a norm (one group's figures, so only when
 * two groups are not being compared).
 */
export default function TeamNorms({ instrument, report, norms, minGroupSize, spreadMinimum }: TeamNormsProps) {
  const t = useWords();
  const single = report.groups.length === 1;
  return (
    <>
      {norms.length > 0 && <NormComparison instrument={instrument} groups={report.groups.filter((g) => g.statistics.status === 'shown')} choices={norms} />}
      {single ? (
        <SaveAsNorm report={teamReportFigures(report)} minGroupSize={minGroupSize} spreadMinimum={spreadMinimum} />
      ) : (
        <p class="note no-print">{t('team.norm.oneGroup', { compare: t('team.compare') })}</p>
      )}
    </>
  );
}
