/** Organization norms: disclosure-controlled team figures kept in content/norms/ and shown on results. */
export { normSchema, SUPPRESSED, SPREAD_MINIMUM, type Norm, type NormAttribute } from './schema.ts';
export { validateNorm, type NormCheck, type NormContext, type NormProblem } from './validate.ts';
export { normYaml, normFileName, NORM_NAME_MAX, type NormDetails, type NormText, type NormTextProblem, type ReportFigures } from './from-report.ts';
export { normChoices, type NormChoice, type NormMarker } from './markers.ts';
export { teamReportFigures } from './from-team-report.ts';
export { compareTeamWithNorm, type TeamNormReading, type TeamNormRow } from './compare-team.ts';
