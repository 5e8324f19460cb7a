/** Dates as the reader's language writes them, with the time zone they are in. */
export function formatDate(iso: string, lang: string): string {
  return new Date(iso).toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric' });
}

export function formatDateTime(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A date short enough for a chart axis: "Mar 3, 2026". */
export function formatShortDate(iso: string, lang: string): string {
  return new Date(iso).toLocaleDateString(lang, { year: 'numeric', month: 'short', day: 'numeric' });
}
