import { bandLabel } from '../instrument/bands.ts';
import { answerText, lookup } from '../instrument/lookup.ts';
import type { Instrument } from '../instrument/schema.ts';
import type { CompletedResult } from '../result/result.ts';
import { toCsv, type CsvCell } from './csv.ts';

export const CSV_COLUMNS = [
  'result_id',
  'completed_at',
  'label',
  'instrument_id',
  'instrument_version',
  'row_type',
  'attribute_id',
  'attribute_name',
  'item_id',
  'statement',
  'reverse',
  'answer',
  'answer_label',
  'score',
  'band',
  'status',
] as const;

const rounded = (score: number): number => Math.round(score * 10) / 10;

/**
 * The CSV export: per result, one `overall` row, one `attribute` row per attribute and one `item`
 * row per item (plus rows for answers to items the instrument no longer has). Scores are the
 * ones stored with the result, rounded to one decimal.
 */
export function exportResultsCsv(instrument: Instrument, results: readonly CompletedResult[]): string {
  const { dimensionsById, itemsById } = lookup(instrument);
  const rows: CsvCell[][] = [[...CSV_COLUMNS]];
  for (const result of results) {
    const head: CsvCell[] = [result.id, result.completedAt, result.label ?? null, result.instrument.id, result.instrument.version];
    const { overall } = result.scores;
    rows.push([
      ...head,
      'overall',
      null, null, null, null, null, null, null,
      overall.status === 'scored' ? rounded(overall.score) : null,
      overall.status === 'scored' ? bandLabel(instrument, overall.band) : null,
      overall.status === 'scored' ? 'scored' : 'not enough answers',
    ]);
    for (const attribute of result.scores.attributes) {
      const scored = attribute.status === 'scored';
      rows.push([
        ...head,
        'attribute',
        attribute.dimension,
        dimensionsById.get(attribute.dimension)?.name ?? null,
        null, null, null, null, null,
        scored ? rounded(attribute.score) : null,
        scored ? bandLabel(instrument, attribute.band) : null,
        scored ? 'scored' : 'not enough answers',
      ]);
    }
    const itemIds = [...instrument.items.map((item) => item.id), ...Object.keys(result.answers).filter((id) => !itemsById.has(id))];
    for (const itemId of itemIds) {
      const item = itemsById.get(itemId);
      const answer = result.answers[itemId];
      rows.push([
        ...head,
        'item',
        item?.dimension ?? null,
        item ? (dimensionsById.get(item.dimension)?.name ?? null) : null,
        itemId,
        item?.text ?? null,
        item ? (item.reverse ? 'yes' : 'no') : null,
        typeof answer === 'number' ? answer : null,
        answer === undefined ? 'not answered' : item ? (answerText(instrument, item, answer) ?? null) : typeof answer === 'string' ? answer : null,
        null,
        null,
        item ? null : 'question no longer asked',
      ]);
    }
  }
  return toCsv(rows);
}
