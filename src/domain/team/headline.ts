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

/** The overall picture in one sentence, and what it rests on. Band and attribute ids; ranges as "50–75". */
export type HeadlineLead =
  /** Too few results have an overall score to place the team in a band. */
  | { readonly code: 'no-overall' }
  /** The overall median's range lies inside one band. */
  | { readonly code: 'in-band'; readonly band: string; readonly range: string }
  /** The overall median's range crosses the edge (`edge`, null when unknown) between `bands`: no side can be told. */
  | { readonly code: 'between-bands'; readonly bands: readonly string[]; readonly range: string; readonly edge: number | null };

/** Besides the weakest attributes, the highest: named, counted as "the other n", or counted. */
export type HeadlineHighest =
  | { readonly code: 'named'; readonly dimensions: readonly string[]; readonly range: string }
  | { readonly code: 'the-others'; readonly count: number; readonly range: string }
  | { readonly code: 'counted'; readonly count: number; readonly range: string };

/** One point under the lead, in the order the report says them. */
export type HeadlinePoint =
  /** Most results (`count` of `of`, more than half) are in `band`. */
  | { readonly code: 'most-in-band'; readonly band: string; readonly count: number; readonly of: number }
  /** The largest group of results, not a majority. */
  | { readonly code: 'largest-in-band'; readonly band: string; readonly count: number; readonly of: number }
  /** Results are split evenly between `bands`, `count` in each. */
  | { readonly code: 'split'; readonly bands: readonly string[]; readonly count: number }
  /** Every attribute shown has its median in `range`; `shown` is how many when some are held back, null when all are shown. */
  | { readonly code: 'same-range'; readonly range: string; readonly shown: number | null }
  /** Start with the `weakest` attributes, whose medians lie in `range`, the lowest. */
  | { readonly code: 'start-with'; readonly weakest: readonly string[]; readonly range: string; readonly highest: HeadlineHighest | null }
  /** Every attribute's median lies within one `band`: the differences are within it. */
  | { readonly code: 'within-one-band'; readonly band: string }
  /** People disagree most about these attributes. */
  | { readonly code: 'disagree'; readonly dimensions: readonly string[] }
  /** Where people disagree shows once `count` results are loaded. */
  | { readonly code: 'disagree-from'; readonly count: number }
  /** No attribute's middle half spans more than one range. */
  | { readonly code: 'no-divide' };

/**
 * What the headline says, first the overall picture, then what to look at first, as codes and
 * values (the page words them in its language, see islands/team/team-words.ts).
 */
export function headlineStatements(
  instrument: Instrument,
  stats: ShownStatistics,
  headline: TeamHeadline = teamHeadline(instrument, stats),
): { readonly lead: HeadlineLead; readonly points: readonly HeadlinePoint[] } {
  const { bandsInOrder } = lookup(instrument);
  const rangeOf = (ids: readonly string[]) => {
    const found = stats.attributes.find((a) => a.dimension === ids[0]);
    return found?.status === 'shown' ? figureRange(found.median) : '';
  };

  const { overall } = headline;
  let lead: HeadlineLead;
  if (overall === null) {
    lead = { code: 'no-overall' };
  } else if (overall.bands.length === 1) {
    lead = { code: 'in-band', band: overall.bands[0] ?? '', range: overall.range };
  } else {
    const edge = bandsInOrder.find((b) => b.id === overall.bands[1])?.min;
    lead = { code: 'between-bands', bands: overall.bands, range: overall.range, edge: edge ?? null };
  }

  const points: HeadlinePoint[] = [];
  const { commonest } = headline;
  if (commonest && commonest.bands.length === 1) {
    const band = commonest.bands[0] ?? '';
    points.push({ code: commonest.count * 2 > commonest.of ? 'most-in-band' : 'largest-in-band', band, count: commonest.count, of: commonest.of });
  } else if (commonest) {
    points.push({ code: 'split', bands: commonest.bands, count: commonest.count });
  }

  const shownIds = stats.attributes.filter((a) => a.status === 'shown').map((a) => a.dimension);
  if (headline.sameRange) {
    points.push({ code: 'same-range', range: rangeOf(shownIds), shown: shownIds.length === stats.attributes.length ? null : shownIds.length });
  } else if (headline.weakest.length > 0) {
    const { strongest, weakest } = headline;
    const others = shownIds.length - weakest.length;
    const range = rangeOf(strongest);
    const highest: HeadlineHighest | null =
      strongest.length === 0
        ? null
        : strongest.length <= MOST_NAMED
          ? { code: 'named', dimensions: strongest, range }
          : strongest.length === others
            ? { code: 'the-others', count: others, range }
            : { code: 'counted', count: strongest.length, range };
    points.push({ code: 'start-with', weakest, range: rangeOf(weakest), highest });
    if (headline.oneBand) points.push({ code: 'within-one-band', band: headline.oneBand });
  }

  if (headline.disagreement.length > 0) {
    points.push({ code: 'disagree', dimensions: headline.disagreement });
  } else if (headline.disagreementFrom !== null) {
    points.push({ code: 'disagree-from', count: headline.disagreementFrom });
  } else {
    points.push({ code: 'no-divide' });
  }
  return { lead, points };
}
