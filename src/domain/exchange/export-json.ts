import type { Instrument } from '../instrument/schema.ts';
import type { CompletedResult } from '../result/result.ts';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportFile } from './format.ts';

/** The export as data: one result or the whole history. */
export function buildExport(instrument: Instrument, results: readonly CompletedResult[], exportedAt: string): ExportFile {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt,
    instrument: { id: instrument.id, version: instrument.version },
    results: results.map((result) => ({
      id: result.id,
      completedAt: result.completedAt,
      ...(result.label === undefined ? {} : { label: result.label }),
      instrument: result.instrument,
      ...(result.role === undefined ? {} : { role: result.role }),
      answers: result.answers,
      scores: result.scores,
    })),
  };
}

/** The export as the text of a `.json` file, indented so a curious person can read it. */
export function exportResultsJson(instrument: Instrument, results: readonly CompletedResult[], exportedAt: string): string {
  return `${JSON.stringify(buildExport(instrument, results, exportedAt), null, 2)}\n`;
}
