import * as z from 'zod/mini';
import { storedAnswersSchema, timestampSchema } from '../result/result.ts';
import type { AssessmentDocument } from './document.ts';

/**
 * Version 0 is the shape the first prototype wrote: just the answers in progress and when they
 * were saved, with no version field and no history. It is kept as the worked example of a
 * migration; the next change to the document adds a `1 -> 2` step to `migrations` below.
 */
export const documentV0Schema = z.object({
  answers: storedAnswersSchema,
  savedAt: timestampSchema,
});
export type DocumentV0 = z.infer<typeof documentV0Schema>;

export function migrateV0toV1(old: DocumentV0, instrumentId: string): AssessmentDocument {
  return {
    schemaVersion: 1,
    instrumentId,
    draft: { answers: old.answers, step: 0, startedAt: old.savedAt, updatedAt: old.savedAt },
    history: [],
  };
}

/** What a stored value says about its own version: a number, or 0 when there is no such field. */
export function detectSchemaVersion(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  if (!('schemaVersion' in value)) return 0;
  const version = value.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

interface Migration {
  readonly from: number;
  /** Returns the next version's document, or undefined when the old one is not valid either. */
  readonly migrate: (value: unknown, instrumentId: string) => unknown;
}

/** One step per version; applied in order until the current version is reached. */
export const migrations: readonly Migration[] = [
  {
    from: 0,
    migrate: (value, instrumentId) => {
      const parsed = documentV0Schema.safeParse(value);
      return parsed.success ? migrateV0toV1(parsed.data, instrumentId) : undefined;
    },
  },
];
