/**
 * The disclosure limits of a norm file, apart from its schema so that the team page can write a
 * norm without loading the schema library.
 */

/** What a suppressed band count says in the file instead of a number. */
export const SUPPRESSED = 'fewer than 3';
/** Counts below this are never written: they could point at one or two people. */
export const SMALLEST_SHOWN_COUNT = 3;
/** Quartiles need at least this many results, whatever the settings say. */
export const SPREAD_MINIMUM = 10;
