import { parseJsonSafely } from '../text/safe-json.ts';
import { assessmentDocumentSchema, CURRENT_SCHEMA_VERSION, type AssessmentDocument } from './document.ts';
import { detectSchemaVersion, migrations } from './migrations.ts';

/** Why stored data could not be read. Such data is kept under a backup key, never overwritten. */
export type UnreadableReason = 'corrupt-json' | 'invalid' | 'newer-version';

export interface UnreadableData {
  /** What was wrong with it: the page puts it into words (`check.storage.unreadable.*`). */
  readonly reason: UnreadableReason;
  /** Details for a bug report (the JSON error or the first failing field), never shown as a sentence. */
  readonly detail: string;
}

export type Interpretation =
  | { readonly readable: true; readonly document: AssessmentDocument; readonly migratedFrom: number | null }
  | { readonly readable: false; readonly problem: UnreadableData };

/** Parses, migrates and validates one stored string. Pure: storage is not touched. */
export function interpretStoredText(raw: string, instrumentId: string): Interpretation {
  const parsed = parseJsonSafely(raw);
  if (!parsed.ok) {
    return {
      readable: false,
      problem: { reason: 'corrupt-json', detail: parsed.message },
    };
  }
  const invalid = (detail: string): Interpretation => ({
    readable: false,
    problem: { reason: 'invalid', detail },
  });

  const version = detectSchemaVersion(parsed.value);
  if (version === undefined) return invalid('The stored value is not a document with a whole-number schemaVersion.');
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      readable: false,
      problem: {
        reason: 'newer-version',
        detail: `schemaVersion ${version} is newer than ${CURRENT_SCHEMA_VERSION}.`,
      },
    };
  }

  let value: unknown = parsed.value;
  for (let from = version; from < CURRENT_SCHEMA_VERSION; from += 1) {
    const step = migrations.find((m) => m.from === from);
    value = step?.migrate(value, instrumentId);
    if (value === undefined) return invalid(`The document at schemaVersion ${from} could not be moved forward.`);
  }
  const checked = assessmentDocumentSchema.safeParse(value);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return invalid(issue ? `${issue.path.join('.') || '(document)'}: ${issue.message}` : 'Validation failed.');
  }
  if (checked.data.instrumentId !== instrumentId) {
    return invalid(`The document belongs to instrument "${checked.data.instrumentId}", not "${instrumentId}".`);
  }
  return { readable: true, document: checked.data, migratedFrom: version === CURRENT_SCHEMA_VERSION ? null : version };
}
