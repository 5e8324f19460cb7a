import { toCsv, type CsvCell } from '../../domain/exchange/csv.ts';
import { bandLabel } from '../../domain/instrument/bands.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import { FIGURE_STEP, figureRange } from '../../domain/team/summary.ts';
import type { TeamReport } from '../../domain/team/team-report.ts';
import type { MessageKey } from '../../i18n/en/index.ts';
import type { Translate } from '../../i18n/translate.ts';
import { roleGroupKey, shownCount, suppressedWords } from './team-words.ts';

/**
 * The team summary as CSV: per group the figures per attribute, the bands, and the gap between
 * groups. Only what the page shows is written, as the page shows it: ranges of 25 points, no lowest
 * or highest score, quartiles only from the spread minimum, small band counts as "fewer than 3".
 *
 * It is a report for people, not a file any program reads back, so its labels follow the page's
 * language like the attribute and band names from the instrument beside them; the figures (counts,
 * ranges such as 50–75, gaps in points) and the file's layout are the same in every language.
 */
export function teamSummaryCsv(instrument: Instrument, report: TeamReport, t: Translate<MessageKey>): string {
  const names = new Map(instrument.dimensions.map((d) => [d.id, d.name]));
  const name = (id: string) => names.get(id) ?? id;
  const minimum = report.minimumGroupSize;
  const heldBack = t('team.heldBack');
  const rows: CsvCell[][] = [
    [t('team.csv.title')],
    [t('team.csv.questions'), instrument.title, t('team.csv.version'), report.instrument.version],
    [t('team.csv.made'), report.madeAt],
    [t('team.csv.minimum'), minimum],
    [t('team.csv.spread'), report.spreadMinimum],
    [t('team.csv.rangesOf'), FIGURE_STEP, t('team.csv.points')],
  ];
  for (const group of report.groups) {
    const stats = group.statistics;
    rows.push([], [t('team.csv.group'), group.name, t('team.csv.loaded'), group.loaded]);
    if (stats.status === 'suppressed') {
      rows.push([t('team.csv.heldBack'), suppressedWords(t, { of: 'team' }, minimum)]);
      continue;
    }
    if (stats.status === 'refused') {
      rows.push([t('team.csv.heldBack'), t('team.refused', { ids: stats.instrumentIds.join(', '), title: instrument.title })]);
      continue;
    }
    rows.push([t('team.attribute'), t('team.results'), t('team.median'), t('team.lowerQuartile'), t('team.upperQuartile')]);
    const lines = [
      ...stats.attributes.map((a) => ({ name: name(a.dimension), figures: a, held: { of: 'attribute', name: name(a.dimension) } as const })),
      { name: t('team.overall'), figures: stats.overall, held: { of: 'overall' } as const },
    ];
    for (const { name: label, figures, held } of lines) {
      rows.push(
        figures.status === 'shown'
          ? [label, figures.n, ...[figures.median, figures.q1, figures.q3].map((f) => (f === null ? heldBack : figureRange(f)))]
          : [label, suppressedWords(t, held, minimum)],
      );
    }
    rows.push([], [t('team.overallBand'), t('team.results')]);
    for (const band of stats.bands) rows.push([bandLabel(instrument, band.band), shownCount(t, band.count)]);
    if (stats.notEnoughAnswers !== 0) rows.push([t('team.notEnoughAnswers'), shownCount(t, stats.notEnoughAnswers)]);
    if (stats.earlierVersion > 0) rows.push([t('team.csv.note'), t('team.earlierVersion', { count: stats.earlierVersion })]);
  }
  const [a, b] = report.groups;
  if (report.roles?.status === 'shown' && a?.statistics.status === 'shown') {
    const { roles } = report.roles;
    const whole = a.statistics;
    const median = (cell: { status: string; median?: number }) => (cell.status === 'shown' && cell.median !== undefined ? figureRange(cell.median) : heldBack);
    rows.push(
      [],
      [t('team.csv.rolesTitle')],
      [
        t('team.attribute'),
        t('team.roles.wholeTeam', { count: whole.respondents }),
        ...roles.map((r) => t('team.roles.column', { role: t(roleGroupKey(r.role)), count: r.n })),
      ],
    );
    whole.attributes.forEach((attribute, i) => {
      rows.push([name(attribute.dimension), median(attribute), ...roles.map((r) => median(r.attributes[i] ?? { status: 'held-back' }))]);
    });
    rows.push([t('team.overall'), median(whole.overall), ...roles.map((r) => median(r.overall))]);
  } else if (report.roles?.status === 'not-shown') {
    rows.push([], [t('team.csv.roles'), t('team.roles.rule', { minimum })]);
  }
  if (report.gaps && a && b) {
    rows.push([], [t('team.csv.gapTitle', { a: a.name, b: b.name })], [t('team.attribute'), t('team.csv.gap')]);
    for (const gap of report.gaps) {
      rows.push([name(gap.dimension), gap.status === 'shown' ? gap.gap : suppressedWords(t, { of: 'gap', name: name(gap.dimension) }, minimum)]);
    }
  }
  return toCsv(rows);
}
