import { normSchema, SMALLEST_SHOWN_COUNT, SPREAD_MINIMUM, SUPPRESSED, type Norm } from './schema.ts';

/** One thing wrong in a norm file; `path` like `attributes[2].bands.pilot`, '' for the file. */
export interface NormProblem {
  readonly path: string;
  readonly message: string;
}

/** What a norm must agree with: this site’s instrument and its team-view thresholds. */
export interface NormContext {
  readonly instrument: {
    readonly id: string;
    readonly version: number;
    readonly dimensions: readonly { readonly id: string }[];
    readonly bands: readonly { readonly id: string }[];
  };
  /** The team view’s smallest group (settings `team.minGroupSize`). */
  readonly minGroupSize: number;
  /** Quartiles from this many results (never below 10). */
  readonly spreadMinimum: number;
  /** Today, YYYY-MM-DD: a norm cannot be dated later. */
  readonly today: string;
}

export type NormCheck = { readonly ok: true; readonly norm: Norm } | { readonly ok: false; readonly problems: readonly NormProblem[] };

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), '');
}

function isRealDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
}

/** Checks a parsed norm file against its schema and this site; every problem names the field. */
export function validateNorm(data: unknown, context: NormContext): NormCheck {
  const parsed = normSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ path: pathText([...issue.path, key]), message: 'is not a field of a norm; a norm holds team figures only.' }))
          : [{ path: pathText(issue.path), message: issue.message }],
      ),
    };
  }
  const norm = parsed.data;
  const problems: NormProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const site = context.instrument;
  const spreadMinimum = Math.max(SPREAD_MINIMUM, context.spreadMinimum);

  if (norm.instrument.id !== site.id) {
    add('instrument.id', `is "${norm.instrument.id}", but this site’s readiness check is "${site.id}"; a norm from other questions cannot be compared.`);
  } else if (norm.instrument.version !== site.version) {
    add(
      'instrument.version',
      `is ${norm.instrument.version}, but this site asks version ${site.version}. Results of different versions are not comparable; make the norm again from a team report of version ${site.version}.`,
    );
  }
  if (!isRealDate(norm.date)) add('date', `"${norm.date}" is not a date; write it as YYYY-MM-DD, for example 2026-09-30.`);
  else if (norm.date > context.today) add('date', `${norm.date} is in the future; use the day the team report was made.`);
  if (norm.n < context.minGroupSize) {
    add('n', `is ${norm.n}; a norm needs at least ${context.minGroupSize} results (the team view’s smallest group), so that no one can be singled out.`);
  }

  const dimensions = new Set(site.dimensions.map((d) => d.id));
  const bands = new Set(site.bands.map((b) => b.id));
  const seen = new Set<string>();
  norm.attributes.forEach((attribute, i) => {
    const at = `attributes[${i}]`;
    if (!dimensions.has(attribute.id)) add(`${at}.id`, `"${attribute.id}" is not an attribute of the readiness check (${[...dimensions].join(', ')}).`);
    if (seen.has(attribute.id)) add(`${at}.id`, `"${attribute.id}" is listed twice.`);
    seen.add(attribute.id);
    if (attribute.quartiles) {
      const [q1, q3] = attribute.quartiles;
      if (norm.n < spreadMinimum) {
        add(`${at}.quartiles`, `quartiles are kept only from ${spreadMinimum} results; with n = ${norm.n} they would come too close to single people’s scores. Remove them.`);
      } else if (!(q1 <= attribute.median && attribute.median <= q3)) {
        add(`${at}.quartiles`, `[${q1}, ${q3}] must enclose the median ${attribute.median} (first quartile, then third).`);
      }
    }
    let counted = 0;
    for (const [band, count] of Object.entries(attribute.bands)) {
      if (!bands.has(band)) add(`${at}.bands.${band}`, `"${band}" is not a band of the readiness check (${[...bands].join(', ')}).`);
      if (count === SUPPRESSED) continue;
      if (count < SMALLEST_SHOWN_COUNT) add(`${at}.bands.${band}`, `${count} could point at one or two people; write "${SUPPRESSED}" instead.`);
      counted += count;
    }
    if (counted > norm.n) add(`${at}.bands`, `the band counts add up to ${counted}, more than n = ${norm.n}.`);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, norm };
}
