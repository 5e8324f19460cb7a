import { lookup } from '../instrument/lookup.ts';
import type { Band, Instrument } from '../instrument/schema.ts';
import type { TeamStatistics } from './statistics.ts';
import { FIGURE_STEP, figureRange } from './summary.ts';

type ShownStatistics = Extract<TeamStatistics, { status: 'shown' }>;

/** The bands a published 25-point range reaches into, lowest first: one, or two when a band edge runs through it. */
export function bandsOfRange(instrument: Instrument, figure: number): readonly Band[] {
  const low = Math.floor(Math.min(99.999, Math.max(0, figure)) / FIGURE_STEP) * FIGURE_STEP;
  const high = low + FIGURE_STEP;
  return lookup(instrument).bandsInOrder.filter((band) => band.min < high && band.max > low);
}

/** “Ready to pilot”, or “Build the foundation first” or “Ready to pilot” when the range crosses a band edge. */
export function bandsOfRangeText(instrument: Instrument, figure: number, joiner = ' or '): string {
  return bandsOfRange(instrument, figure)
    .map((band) => `“${band.label}”`)
    .join(joiner);
}

/** What a report says first about one group: the overall picture, where to start, where people disagree. */
export interface TeamHeadline {
  /** The median of everyone's overall score, as its range, and the bands that range reaches; null when held back. */
  readonly overall: { readonly range: string; readonly bands: readonly string[] } | null;
  /** The overall band most results land in (only counts the report shows), or the bands tied for most. */
  readonly commonest: { readonly bands: readonly string[]; readonly count: number; readonly of: number } | null;
  /** Every attribute shown has its median in one and the same range: the report cannot rank them. */
  readonly sameRange: boolean;
  /** The one band every attribute's median range lies inside, when there is one: differences are within it. */
  readonly oneBand: string | null;
  /** Attributes whose median is in the lowest range of the report (none when all share one range). */
  readonly weakest: readonly string[];
  /** Attributes whose median is in the highest range (none when all share one range). */
  readonly strongest: readonly string[];
  /** The attributes whose middle half is widest (at most three, only when it spans more than one range). */
  readonly disagreement: readonly string[];
  /** Quartiles, and so disagreement, need this many results; null when they are shown. */
  readonly disagreementFrom: number | null;
}

/** At most this many attributes are named as where people disagree. */
const MOST_DISAGREEMENT = 3;
/** Beyond this many, the highest attributes are counted rather than named. */
const MOST_NAMED = 3;

export function teamHeadline(instrument: Instrument, stats: ShownStatistics): TeamHeadline {
  const shown = stats.attributes.flatMap((a) => (a.status === 'shown' ? [a] : []));
  const medians = shown.map((a) => a.median);
  const lowest = Math.min(...medians);
  const highest = Math.max(...medians);
  const sameRange = shown.length > 1 && lowest === highest;
  const touched = new Set(shown.flatMap((a) => bandsOfRange(instrument, a.median).map((b) => b.id)));
  const oneBand = shown.length > 0 && touched.size === 1 ? ([...touched][0] ?? null) : null;

  const counted = stats.bands.flatMap((b) => (b.count !== null && b.count > 0 ? [{ band: b.band, count: b.count }] : []));
  const most = Math.max(0, ...counted.map((b) => b.count));
  const commonest = most > 0 ? { bands: counted.filter((b) => b.count === most).map((b) => b.band), count: most, of: stats.respondents } : null;

  const quartiles = shown.some((a) => a.q1 !== null);
  return {
    overall:
      stats.overall.status === 'shown'
        ? { range: figureRange(stats.overall.median), bands: bandsOfRange(instrument, stats.overall.median).map((b) => b.id) }
        : null,
    commonest,
    sameRange,
    oneBand,
    weakest: sameRange ? [] : shown.filter((a) => a.median === lowest).map((a) => a.dimension),
    strongest: sameRange || shown.length < 2 ? [] : shown.filter((a) => a.median === highest).map((a) => a.dimension),
    disagreement: stats.spreadRanking
      .filter((s) => s.iqr > 0)
      .slice(0, MOST_DISAGREEMENT)
      .map((s) => s.dimension),
    disagreementFrom: quartiles ? null : stats.spreadMinimum,
  };
}

/** Names in prose: "A", "A and B", "A, B and C". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The headline as sentences, first the overall picture, then what to look at first. */
export function headlineSentences(instrument: Instrument, stats: ShownStatistics, headline: TeamHeadline = teamHeadline(instrument, stats)): {
  /** The overall picture in one sentence. */
  readonly lead: string;
  /** What the lead rests on, and how precise it is. */
  readonly detail: string;
  readonly points: readonly string[];
} {
  const { bandsInOrder, dimensionsById } = lookup(instrument);
  const label = (id: string) => `“${bandsInOrder.find((b) => b.id === id)?.label ?? id}”`;
  const name = (id: string) => dimensionsById.get(id)?.name ?? id;
  const rangeOf = (ids: readonly string[]) => {
    const found = stats.attributes.find((a) => a.dimension === ids[0]);
    return found?.status === 'shown' ? figureRange(found.median) : '';
  };

  let lead: string;
  let detail = '';
  const { overall } = headline;
  if (overall === null) {
    lead = 'Too few of these results have an overall score to place the team in a band.';
    detail = 'The attributes below still show where to start.';
  } else if (overall.bands.length === 1) {
    lead = `Overall, the team is at ${label(overall.bands[0] ?? '')}.`;
    detail = `The median of everyone’s overall score lies in ${overall.range}.`;
  } else {
    const edge = bandsInOrder.find((b) => b.id === overall.bands[1])?.min;
    lead = `Overall, the team sits between ${listOf(overall.bands.map(label))}.`;
    detail =
      `The median of everyone’s overall score lies in ${overall.range}, ` +
      `which ${edge === undefined ? 'crosses a band edge' : `crosses the edge at ${edge}`}, so these figures cannot say on which side.`;
  }

  const points: string[] = [];
  const { commonest } = headline;
  if (commonest && commonest.bands.length === 1) {
    const band = label(commonest.bands[0] ?? '');
    points.push(
      commonest.count * 2 > commonest.of
        ? `Most results (${commonest.count} of ${commonest.of}) are in ${band}.`
        : `The largest group of results (${commonest.count} of ${commonest.of}) is in ${band}.`,
    );
  } else if (commonest) {
    points.push(`Results are split between ${listOf(commonest.bands.map(label))}, ${commonest.count} in each.`);
  }

  const shownIds = stats.attributes.filter((a) => a.status === 'shown').map((a) => a.dimension);
  if (headline.sameRange) {
    points.push(
      `${shownIds.length === stats.attributes.length ? 'Every attribute has its' : `All ${shownIds.length} attributes shown have their`} median in the same range, ${rangeOf(shownIds)}. ` +
        'Team figures are ranges of 25 points, so the report cannot say which is strongest or weakest: start where people disagree, or with what the team most wants to change.',
    );
  } else if (headline.weakest.length > 0) {
    const { strongest, weakest } = headline;
    const others = shownIds.length - weakest.length;
    const highest =
      strongest.length === 0
        ? ''
        : strongest.length <= MOST_NAMED
          ? ` Highest: ${listOf(strongest.map(name))}, in ${rangeOf(strongest)}.`
          : strongest.length === others
            ? ` The other ${others} lie in ${rangeOf(strongest)}.`
            : ` ${strongest.length} attributes share the highest range, ${rangeOf(strongest)}.`;
    points.push(
      `Start with ${listOf(weakest.map(name))}: ${weakest.length === 1 ? 'its median lies' : 'their medians lie'} in ${rangeOf(weakest)}, the lowest range in this report.${highest}`,
    );
    if (headline.oneBand) {
      points.push(
        `Every attribute’s median lies within ${label(headline.oneBand)}, so these differences are within one band: read them as where to look first, not as a verdict.`,
      );
    }
  }

  if (headline.disagreement.length > 0) {
    points.push(`People disagree most about ${listOf(headline.disagreement.map(name))}: worth talking about before acting on the medians.`);
  } else if (headline.disagreementFrom !== null) {
    points.push(`Where people disagree shows once ${headline.disagreementFrom} results are loaded.`);
  } else {
    points.push('On every attribute, the middle half of the team lies within one range of 25 points: no attribute divides the team.');
  }
  return { lead, detail, points };
}
