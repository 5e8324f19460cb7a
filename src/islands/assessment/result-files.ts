// Loaded when an export button is pressed: the exporters are not needed to show a result.
import { dateStamp, downloadText } from '../../assessment/download.ts';
import { exportResultsCsv } from '../../domain/exchange/export-csv.ts';
import { exportResultsJson } from '../../domain/exchange/export-json.ts';
import { exportForFacilitator } from '../../domain/exchange/for-facilitator.ts';
import type { Instrument } from '../../domain/instrument/schema.ts';
import type { CompletedResult } from '../../domain/result/result.ts';

export type ResultFile = 'json' | 'csv' | 'for-facilitator';

/** Saves one result as a file, made in the browser. */
export function downloadResult(kind: ResultFile, instrument: Instrument, result: CompletedResult): void {
  const stamp = dateStamp(result.completedAt);
  if (kind === 'json') downloadText(`readiness-${stamp}.json`, exportResultsJson(instrument, [result], new Date().toISOString()), 'application/json');
  else if (kind === 'csv') downloadText(`readiness-${stamp}.csv`, exportResultsCsv(instrument, [result]), 'text/csv');
  else downloadText(`readiness-for-facilitator-${stamp}.json`, exportForFacilitator(result), 'application/json');
}
