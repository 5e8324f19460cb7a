import { lookup } from '../../domain/instrument/lookup.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { Role } from '../../domain/result/role.ts';
import { SMALLEST_SHOWN_COUNT } from '../../domain/team/group-size.ts';
import { bandsOfRange, type HeadlineHighest, type HeadlineLead, type HeadlinePoint } from '../../domain/team/headline.ts';
import type { MessageKey } from '../../i18n/en/index.ts';
import type { Translate } from '../../i18n/translate.ts';

/**
 * The team report's sentences, from the codes and values the domain returns, in the page's
 * language (`team.*`). Pure: the page, its print, the CSV and the tests say the same. (What
 * became of each file is in file-words.ts, which the page needs before any report.)
 */
type T = Translate<MessageKey>;

/** A name from the instrument in the language's quotation marks: “Ready to pilot”, „Bereit für ein Pilotprojekt“. */
export const quoted = (t: T, text: string): string => t('team.quoted', { text });

/** Names in prose: "A", "A and B", "A, B and C". */
export function listWords(t: T, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return t('team.list.two', { first: names[0] ?? '', second: names[1] ?? '' });
  return t('team.list.more', { rest: names.slice(0, -1).join(t('team.list.comma')), last: names[names.length - 1] ?? '' });
}

/** A band's name from the instrument, quoted. */
export function bandWords(t: T, instrument: Instrument, id: string): string {
  return quoted(t, lookup(instrument).bandsInOrder.find((b) => b.id === id)?.label ?? id);
}

/** “Ready to pilot”, or “Build the foundation first” or “Ready to pilot” when a published range crosses a band edge. */
export function bandsOfRangeWords(t: T, instrument: Instrument, figure: number): string {
  const names = bandsOfRange(instrument, figure).map((band) => quoted(t, band.label));
  return names.length === 0 ? '' : names.reduce((words, name) => t('team.bandsOr', { first: words, second: name }));
}

const attributeName = (instrument: Instrument, id: string) => lookup(instrument).dimensionsById.get(id)?.name ?? id;
/** Attributes named in a sentence: "Trust and Resources", „Vertrauen“ und „Ressourcen“. */
const attributeNames = (t: T, instrument: Instrument, ids: readonly string[]) =>
  listWords(t, ids.map((id) => t('team.nameInSentence', { name: attributeName(instrument, id) })));

/** The lead and its detail: the overall picture, and what it rests on. */
export function headlineLeadWords(t: T, instrument: Instrument, lead: HeadlineLead): { lead: string; detail: string } {
  switch (lead.code) {
    case 'no-overall':
      return { lead: t('team.headline.noOverall'), detail: t('team.headline.noOverallDetail') };
    case 'in-band':
      return { lead: t('team.headline.inBand', { band: bandWords(t, instrument, lead.band) }), detail: t('team.headline.inBandDetail', { range: lead.range }) };
    case 'between-bands':
      return {
        lead: t('team.headline.between', { bands: listWords(t, lead.bands.map((b) => bandWords(t, instrument, b))) }),
        detail:
          lead.edge === null
            ? t('team.headline.betweenDetailNoEdge', { range: lead.range })
            : t('team.headline.betweenDetail', { range: lead.range, edge: lead.edge }),
      };
  }
}

function highestWords(t: T, instrument: Instrument, highest: HeadlineHighest): string {
  switch (highest.code) {
    case 'named':
      return t('team.headline.highestNamed', { names: attributeNames(t, instrument, highest.dimensions), range: highest.range });
    case 'the-others':
      return t('team.headline.highestOthers', { count: highest.count, range: highest.range });
    case 'counted':
      return t('team.headline.highestCounted', { count: highest.count, range: highest.range });
  }
}

/** One point under the headline. */
export function headlinePointWords(t: T, instrument: Instrument, point: HeadlinePoint): string {
  const names = (ids: readonly string[]) => attributeNames(t, instrument, ids);
  switch (point.code) {
    case 'most-in-band':
    case 'largest-in-band':
      return t(point.code === 'most-in-band' ? 'team.headline.most' : 'team.headline.largest', {
        count: point.count,
        of: point.of,
        band: bandWords(t, instrument, point.band),
      });
    case 'split':
      return t('team.headline.split', { bands: listWords(t, point.bands.map((b) => bandWords(t, instrument, b))), count: point.count });
    case 'same-range':
      return point.shown === null
        ? t('team.headline.sameRangeAll', { range: point.range })
        : t('team.headline.sameRangeShown', { count: point.shown, range: point.range });
    case 'start-with': {
      const start = t('team.headline.start', { count: point.weakest.length, names: names(point.weakest), range: point.range });
      return point.highest ? `${start} ${highestWords(t, instrument, point.highest)}` : start;
    }
    case 'within-one-band':
      return t('team.headline.oneBand', { band: bandWords(t, instrument, point.band) });
    case 'disagree':
      return t('team.headline.disagree', { names: names(point.dimensions) });
    case 'disagree-from':
      return t('team.headline.disagreeFrom', { count: point.count });
    case 'no-divide':
      return t('team.headline.noDivide');
  }
}

/** The headline as the report shows it: the lead in bold, its detail, then the points. */
export function headlineWords(
  t: T,
  instrument: Instrument,
  statements: { readonly lead: HeadlineLead; readonly points: readonly HeadlinePoint[] },
): { lead: string; detail: string; points: string[] } {
  return { ...headlineLeadWords(t, instrument, statements.lead), points: statements.points.map((p) => headlinePointWords(t, instrument, p)) };
}

/** What is held back, and why: every figure held back says the minimum, never how many there are. */
export type HeldBack = { readonly of: 'team' } | { readonly of: 'overall' } | { readonly of: 'attribute' | 'gap'; readonly name: string };

export function suppressedWords(t: T, held: HeldBack, minimum: number): string {
  switch (held.of) {
    case 'team':
      return t('team.suppressed.team', { minimum });
    case 'overall':
      return t('team.suppressed.overall', { minimum });
    case 'attribute':
      return t('team.suppressed.attribute', { name: held.name, minimum });
    case 'gap':
      return t('team.suppressed.gap', { name: held.name, minimum });
  }
}

/** A count of results in a band as every output shows it: the number, or "fewer than 3" when held back. */
export function shownCount(t: T, count: number | null): number | string {
  return count ?? t('team.fewerThan', { count: SMALLEST_SHOWN_COUNT });
}

/** A role as a column of the report: "Senior leaders". */
export const roleGroupKey = (role: Role) => `team.roles.${role}` as const;
/** A role inside a sentence: "senior leaders place it in 50–75". */
export const roleInSentenceKey = (role: Role) => `team.roles.inSentence.${role}` as const;
