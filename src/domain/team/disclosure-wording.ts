/** The words every output (page, print, CSV) uses for figures held back, so they always agree. */
export const FEWER_THAN_THREE = 'fewer than 3';
export const QUARTILES_HELD_BACK = 'held back';
/** A role's median that the report does not show (too few results, or the rest would be too few). */
export const HELD_BACK = 'held back';

export const shownCount = (count: number | null): number | string => count ?? FEWER_THAN_THREE;
