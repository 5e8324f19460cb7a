/**
 * Everything the team page needs only once there is something to read or show: the file checks
 * (the export schema), scoring and statistics, the report with its charts, the norm tools, the
 * CSV and the code reader. One module loaded on demand, so the page before any interaction carries none of it,
 * and so the code it shares with the check's pages stays in the chunks those pages already load
 * (several small entry points here would split those chunks and make the check's pages heavier).
 */
export { ingest, readFiles, report } from './team-engine.ts';
export { default as TeamReportView } from '../islands/team/TeamReportView.tsx';
export { teamSummaryCsv } from '../islands/team/team-csv.ts';
export { readCodes } from '../islands/result-code/read-codes.ts';
export { default as TeamNorms } from '../islands/team/TeamNorms.tsx';
