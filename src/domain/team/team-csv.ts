import { toCsv, type CsvCell } from '../exchange/csv.ts';
import { bandLabel } from '../instrument/bands.ts';
import type { Instrument } from '../instrument/schema.ts';
import type { TeamReport } from './team-report.ts';

const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/**
 * The team summary as CSV: per group the figures per attribute, the bands, and the gap between
 * groups. Only aggregates are written; a group below the minimum size gets its message, no number.
 */
export function teamSummaryCsv(instrument: Instrument, report: TeamReport): string {
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const rows: CsvCell[][] = [
    ['Culture First team summary'],
    ['Questions', instrument.title, 'version', report.instrument.version],
    ['Made', report.madeAt],
    ['Smallest group shown', report.minimumGroupSize],
  ];
  for (const group of report.groups) {
    const stats = group.statistics;
    rows.push([], ['Group', group.name, 'Results loaded', group.loaded]);
    if (stats.status !== 'shown') {
      rows.push(['Figures held back', stats.message]);
      continue;
    }
    rows.push(['Attribute', 'Results', 'Median', 'Lower quartile', 'Upper quartile', 'Lowest', 'Highest', 'Interquartile range']);
    const lines = [...stats.attributes.map((a) => ({ name: names.get(a.dimension) ?? a.dimension, figures: a })), { name: 'Overall', figures: stats.overall }];
    for (const { name, figures } of lines) {
      rows.push(
        figures.status === 'shown'
          ? [name, figures.n, ...[figures.median, figures.q1, figures.q3, figures.min, figures.max, figures.iqr].map(oneDecimal)]
          : [name, figures.message],
      );
    }
    rows.push([], ['Overall band', 'Results']);
    for (const band of stats.bands) rows.push([bandLabel(instrument, band.band), band.count]);
    if (stats.notEnoughAnswers > 0) rows.push(['Not enough answers', stats.notEnoughAnswers]);
    for (const note of stats.notes) rows.push(['Note', note]);
  }
  const [a, b] = report.groups;
  if (report.gaps && a && b) {
    rows.push([], [`Perception gap: median of ${b.name} minus median of ${a.name}`], ['Attribute', 'Gap (points)']);
    for (const gap of report.gaps) {
      rows.push([names.get(gap.dimension) ?? gap.dimension, gap.status === 'shown' ? oneDecimal(gap.gap) : gap.message]);
    }
  }
  return toCsv(rows);
}
