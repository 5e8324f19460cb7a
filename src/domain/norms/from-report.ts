import { SMALLEST_SHOWN_COUNT, SPREAD_MINIMUM, SUPPRESSED } from './limits.ts';

/** The figures of one team report that a norm may keep (what the report already shows). */
export interface ReportFigures {
  readonly instrument: { readonly id: string; readonly version: number };
  /** Results behind the report. */
  readonly n: number;
  readonly attributes: readonly {
    readonly id: string;
    /** Absent when the report held the attribute back. */
    readonly median?: number;
    readonly quartiles?: readonly [number, number];
    /** Results per band id; small counts are suppressed here whatever the report did. */
    readonly bands?: Readonly<Record<string, number>>;
  }[];
}

export interface NormDetails {
  readonly name: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly note?: string;
}

/** Why no norm file can be made yet; the values its sentence needs are in `values`. */
export type NormTextProblem = 'no-name' | 'name-too-long' | 'bad-date' | 'too-few-results' | 'no-figures';

export type NormText =
  | { readonly ok: true; readonly yaml: string; readonly fileName: string }
  | { readonly ok: false; readonly problem: NormTextProblem; readonly values: Readonly<Record<string, string | number>> };

/** Longest name a norm may have. */
export const NORM_NAME_MAX = 80;

/** A YAML string that needs no thought about quoting rules: JSON’s quoting is valid YAML. */
const quoted = (text: string) => JSON.stringify(text);
const whole = (value: number) => String(Math.round(value));

/** A file name from the norm’s name: "Whole organization, Q3" → whole-organization-q3.yaml. */
export function normFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'norm'}.yaml`;
}

/**
 * A team report as a norm file to commit under content/norms/. Disclosure control is applied
 * again here, so a norm never says more than the rules allow: no group under `minGroupSize`,
 * quartiles only from the spread minimum, counts under 3 written as "fewer than 3", whole numbers.
 */
export function normYaml(report: ReportFigures, details: NormDetails, limits: { readonly minGroupSize: number; readonly spreadMinimum: number }): NormText {
  const name = details.name.trim().replace(/\s+/g, ' ');
  if (!name) return { ok: false, problem: 'no-name', values: {} };
  if (name.length > NORM_NAME_MAX) return { ok: false, problem: 'name-too-long', values: { max: NORM_NAME_MAX } };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(details.date)) return { ok: false, problem: 'bad-date', values: {} };
  if (report.n < limits.minGroupSize) return { ok: false, problem: 'too-few-results', values: { minimum: limits.minGroupSize, n: report.n } };
  const withSpread = report.n >= Math.max(SPREAD_MINIMUM, limits.spreadMinimum);
  const attributes = report.attributes.filter((a) => a.median !== undefined);
  if (attributes.length === 0) return { ok: false, problem: 'no-figures', values: {} };
  const lines = [
    '# An organization norm: team figures only (no individual result). See README, “Result codes and organization norms”.',
    `name: ${quoted(name)}`,
    `date: ${quoted(details.date)}`,
    `n: ${report.n}`,
    'instrument:',
    `  id: ${report.instrument.id}`,
    `  version: ${report.instrument.version}`,
    ...(details.note?.trim() ? [`note: ${quoted(details.note.trim().slice(0, 400))}`] : []),
    'attributes:',
  ];
  for (const attribute of attributes) {
    lines.push(`  - id: ${attribute.id}`, `    median: ${whole(attribute.median ?? 0)}`);
    if (withSpread && attribute.quartiles) lines.push(`    quartiles: [${whole(attribute.quartiles[0])}, ${whole(attribute.quartiles[1])}]`);
    const bands = Object.entries(attribute.bands ?? {});
    if (bands.length > 0) {
      lines.push('    bands:');
      for (const [band, count] of bands) lines.push(`      ${band}: ${count < SMALLEST_SHOWN_COUNT ? quoted(SUPPRESSED) : count}`);
    }
  }
  return { ok: true, yaml: `${lines.join('\n')}\n`, fileName: normFileName(name) };
}
