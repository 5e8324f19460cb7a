import type { AssessmentDocument } from './document.ts';

/**
 * The empty document and the schema version this code writes, apart from the schema itself
 * (document.ts): a page with nothing stored yet starts from here without loading the schema library.
 */

/** The schema version this code writes. Older documents are migrated on read; newer ones are kept untouched. */
export const CURRENT_SCHEMA_VERSION = 1;

export function emptyDocument(instrumentId: string): AssessmentDocument {
  return { schemaVersion: CURRENT_SCHEMA_VERSION, instrumentId, draft: null, history: [] };
}
