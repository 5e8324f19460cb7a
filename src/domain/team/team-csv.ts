import { toCsv, type CsvCell } from '../exchange/csv.ts';
import { bandLabel } from '../instrument/bands.ts';
import type { Instrument } from '../instrument/schema.ts';
import { HELD_BACK, QUARTILES_HELD_BACK, shownCount } from './disclosure-wording.ts';
import { ROLE_GROUP_NAMES } from './roles.ts';
import { FIGURE_STEP, figureRange } from './summary.ts';
import type { TeamReport } from './team-report.ts';

/**
 * The team summary as CSV: per group the figures per attribute, the bands, and the gap between
 * groups. Only what the page shows is written, as the page shows it: ranges of 25 points, no lowest
 * or highest score, quartiles only from the spread minimum, small band counts as "fewer than 3".
 */
export function teamSummaryCsv(instrument: Instrument, report: TeamReport): string {
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const rows: CsvCell[][] = [
    ['Culture First team summary'],
    ['Questions', instrument.title, 'version', report.instrument.version],
    ['Made', report.madeAt],
    ['Smallest group shown', report.minimumGroupSize],
    ['Quartiles shown from', report.spreadMinimum],
    ['Figures are ranges of', FIGURE_STEP, 'points'],
  ];
  for (const group of report.groups) {
    const stats = group.statistics;
    rows.push([], ['Group', group.name, 'Results loaded', group.loaded]);
    if (stats.status !== 'shown') {
      rows.push(['Figures held back', stats.message]);
      continue;
    }
    rows.push(['Attribute', 'Results', 'Median', 'Lower quartile', 'Upper quartile']);
    const lines = [...stats.attributes.map((a) => ({ name: names.get(a.dimension) ?? a.dimension, figures: a })), { name: 'Overall', figures: stats.overall }];
    for (const { name, figures } of lines) {
      rows.push(
        figures.status === 'shown'
          ? [name, figures.n, ...[figures.median, figures.q1, figures.q3].map((f) => (f === null ? QUARTILES_HELD_BACK : figureRange(f)))]
          : [name, figures.message],
      );
    }
    rows.push([], ['Overall band', 'Results']);
    for (const band of stats.bands) rows.push([bandLabel(instrument, band.band), shownCount(band.count)]);
    if (stats.notEnoughAnswers !== 0) rows.push(['Not enough answers', shownCount(stats.notEnoughAnswers)]);
    for (const note of stats.notes) rows.push(['Note', note]);
  }
  const [a, b] = report.groups;
  if (report.roles?.status === 'shown' && a?.statistics.status === 'shown') {
    const { roles } = report.roles;
    const whole = a.statistics;
    const median = (cell: { status: string; median?: number }) => (cell.status === 'shown' && cell.median !== undefined ? figureRange(cell.median) : HELD_BACK);
    rows.push([], ['By role: medians'], ['Attribute', `Whole team (${whole.respondents})`, ...roles.map((r) => `${ROLE_GROUP_NAMES[r.role]} (${r.n})`)]);
    whole.attributes.forEach((attribute, i) => {
      rows.push([names.get(attribute.dimension) ?? attribute.dimension, median(attribute), ...roles.map((r) => median(r.attributes[i] ?? { status: 'held-back' }))]);
    });
    rows.push(['Overall', median(whole.overall), ...roles.map((r) => median(r.overall))]);
  } else if (report.roles?.status === 'not-shown') {
    rows.push([], ['By role', report.roles.message]);
  }
  if (report.gaps && a && b) {
    rows.push([], [`Perception gap: median of ${b.name} minus median of ${a.name}`], ['Attribute', 'Gap (points)']);
    for (const gap of report.gaps) {
      rows.push([names.get(gap.dimension) ?? gap.dimension, gap.status === 'shown' ? gap.gap : gap.message]);
    }
  }
  return toCsv(rows);
}
