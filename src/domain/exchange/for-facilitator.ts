import type { Instrument } from '../instrument/schema.ts';
import type { CompletedResult } from '../result/result.ts';
import { scoreAnswers } from '../scoring/score.ts';
import { parseJsonSafely } from '../text/safe-json.ts';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION } from './format.ts';
import { importResults, type ImportOutcome } from './import.ts';

/**
 * The "for my facilitator" file: only what the team view needs. The instrument id and version,
 * the answers, the role when one was given, and the day it was completed without the time of day
 * (a time could tell who sent it); no label, no id, no history.
 */
export const FOR_FACILITATOR_FORMAT = 'culture-first/for-facilitator';
const FOR_FACILITATOR_VERSION = 1;

export function exportForFacilitator(result: CompletedResult & { readonly role?: string }): string {
  const file = {
    format: FOR_FACILITATOR_FORMAT,
    formatVersion: FOR_FACILITATOR_VERSION,
    instrument: result.instrument,
    completedOn: result.completedAt.slice(0, 10),
    ...(result.role === undefined ? {} : { role: result.role }),
    answers: result.answers,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a file given to the team view: a "for my facilitator" file or a full export. The former is
 * checked by the same rules as an export (same answers, same versions), so both refuse alike.
 */
export function readTeamFile(text: string, instrument: Instrument): ImportOutcome {
  const parsed = parseJsonSafely(text);
  const data = parsed.ok ? parsed.value : undefined;
  if (!isRecord(data) || data.format !== FOR_FACILITATOR_FORMAT) return importResults(text, instrument);
  if (data.formatVersion !== FOR_FACILITATOR_VERSION) {
    return { ok: false, error: { reason: 'unsupported-format-version', found: data.formatVersion, supported: FOR_FACILITATOR_VERSION, file: 'for-facilitator' } };
  }
  const day = typeof data.completedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(data.completedOn) ? data.completedOn : null;
  if (day === null) return { ok: false, error: { reason: 'no-completion-day' } };
  const answers = isRecord(data.answers) ? data.answers : {};
  const asExport = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: `${day}T12:00:00.000Z`,
    instrument: data.instrument,
    results: [
      {
        id: 'for-facilitator',
        completedAt: `${day}T12:00:00.000Z`,
        instrument: data.instrument,
        ...(typeof data.role === 'string' ? { role: data.role } : {}),
        answers: data.answers,
        scores: scoreAnswers(instrument, answers as CompletedResult['answers']),
      },
    ],
  };
  return importResults(JSON.stringify(asExport), instrument);
}
