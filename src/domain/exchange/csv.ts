/** A cell: text, a number, or empty. */
export type CsvCell = string | number | null;

/**
 * Spreadsheets run a cell that starts with one of these as a formula, even inside quotes.
 * Prefixing an apostrophe makes the cell plain text (OWASP's advice for CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field that holds a comma, a quote or a line break, doubling inner quotes. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function renderCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return quoteField(neutralizeFormula(cell));
}

/** Rows joined with CRLF, as RFC 4180 asks, ending with a line break. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(renderCell).join(',')).join('\r\n') + '\r\n';
}
