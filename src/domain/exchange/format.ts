import * as z from 'zod/mini';
import { instrumentRefSchema, roleSchema, timestampSchema } from '../result/result.ts';
import { scoresSchema } from '../result/scores-schema.ts';

/** The export's own format id, so a file says what it is without its name. */
export const EXPORT_FORMAT = 'culture-first/results';
/** Rises when the export's shape changes in a way older importers cannot read. */
export const EXPORT_FORMAT_VERSION = 1;
/** Largest file import accepts: 1 MiB of UTF-8, far above a lifetime of results. */
export const MAX_IMPORT_BYTES = 1_048_576;

/**
 * A result as it appears in an export file. Answers are checked loosely here (any number, an
 * answer outside the scale, or null: "Not sure" in version-1 files) so that import can name the
 * exact item whose value is out of range.
 */
export const exportedResultSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  completedAt: timestampSchema,
  label: z.exactOptional(z.string()),
  instrument: instrumentRefSchema,
  role: z.exactOptional(roleSchema),
  answers: z.record(z.string(), z.union([z.number(), z.literal('dont-know'), z.literal('not-applicable'), z.null()])),
  scores: scoresSchema,
});

/**
 * The JSON export:
 * `{ format: "culture-first/results", formatVersion: 1, exportedAt, instrument: { id, version }, results: [...] }`.
 * No name or other personal data is included unless the user typed it into a result's label.
 */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: timestampSchema,
  instrument: instrumentRefSchema,
  results: z.array(exportedResultSchema),
});

export type ExportedResult = z.infer<typeof exportedResultSchema>;
export type ExportFile = z.infer<typeof exportFileSchema>;
