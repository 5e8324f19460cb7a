// zod/mini: the same small validator the import already ships to the browser.
import * as z from 'zod/mini';
import { deploymentPrefix } from '../domain/storage/key.ts';
import type { TeamReport } from './team-report.ts';

/**
 * The team summary a facilitator chose to keep on this device: aggregate figures only, in a
 * versioned envelope so a later version of the page can tell what it is reading.
 */
const KEPT_FORMAT = 'culture-first/team-summary';
const KEPT_VERSION = 1;

const figure = z.number().check(z.refine(Number.isFinite));
const suppressed = z.object({ status: z.literal('suppressed'), message: z.string() });
const summary = {
  n: figure,
  mean: figure,
  median: figure,
  q1: figure,
  q3: figure,
  min: figure,
  max: figure,
  standardDeviation: figure,
  iqr: figure,
};
const attribute = z.union([
  z.object({ dimension: z.string(), status: z.literal('shown'), ...summary }),
  z.object({ dimension: z.string(), ...suppressed.shape }),
]);
const statistics = z.union([
  z.object({
    status: z.literal('shown'),
    respondents: figure,
    attributes: z.array(attribute),
    overall: z.union([z.object({ status: z.literal('shown'), ...summary }), suppressed]),
    bands: z.array(z.object({ band: z.string(), count: figure })),
    notEnoughAnswers: figure,
    spreadRanking: z.array(z.object({ dimension: z.string(), iqr: figure })),
    notes: z.array(z.string()),
  }),
  suppressed,
]);
const reportSchema = z.object({
  madeAt: z.string(),
  instrument: z.object({ id: z.string(), version: figure }),
  minimumGroupSize: figure,
  groups: z.array(z.object({ id: z.enum(['a', 'b']), name: z.string().check(z.maxLength(200)), loaded: figure, statistics })).check(z.minLength(1), z.maxLength(2)),
  gaps: z.nullable(
    z.array(z.union([z.object({ dimension: z.string(), status: z.literal('shown'), gap: figure }), z.object({ dimension: z.string(), ...suppressed.shape })])),
  ),
});
const envelopeSchema = z.object({ format: z.literal(KEPT_FORMAT), version: z.literal(KEPT_VERSION), savedAt: z.string(), report: reportSchema });

export interface KeptSummary {
  readonly savedAt: string;
  readonly report: TeamReport;
}

/** `culture-first:<base path>:team-summary:<instrument id>`: apart from the check's own key and from other deployments. */
export function keptSummaryKey(basePath: string, instrumentId: string): string {
  return `${deploymentPrefix(basePath)}team-summary:${instrumentId}`;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The kept summary, or null when there is none, it cannot be read, or it is for another instrument. */
export function readKeptSummary(key: string, instrumentId: string): KeptSummary | null {
  let text: string | null = null;
  try {
    text = storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const checked = envelopeSchema.safeParse(JSON.parse(text));
    if (!checked.success || checked.data.report.instrument.id !== instrumentId) return null;
    return { savedAt: checked.data.savedAt, report: checked.data.report };
  } catch {
    return null;
  }
}

/** Saves the summary; returns a sentence when this browser refused. */
export function writeKeptSummary(key: string, report: TeamReport, savedAt: string): string | null {
  const store = storage();
  if (!store) return 'This browser does not allow this page to keep anything, so the summary was not kept.';
  try {
    store.setItem(key, JSON.stringify({ format: KEPT_FORMAT, version: KEPT_VERSION, savedAt, report }));
    return null;
  } catch {
    return 'This browser refused to keep the summary (its storage may be full or turned off).';
  }
}

export function removeKeptSummary(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing could be stored either, so there is nothing to remove.
  }
}
