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

/** A change in points with its sign, a true minus for a fall: "+4", "−3", "0". */
export function formatChange(change: number): string {
  return change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0';
}
