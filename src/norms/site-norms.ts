import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import settings from 'virtual:culture-first/settings';
import { parseDocument } from 'yaml';
import type { Instrument } from '../domain/instrument/schema.ts';
import { normChoices, type NormChoice } from '../domain/norms/markers.ts';
import { SPREAD_MINIMUM } from '../domain/norms/schema.ts';
import { validateNorm, type NormProblem } from '../domain/norms/validate.ts';

export class NormError extends Error {
  override name = 'NormError';
}

/** `attributes[2].bands.pilot` → ['attributes', 2, 'bands', 'pilot'], the form the YAML library looks up. */
function pathParts(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] ?? '') : Number(m[2])));
}

/** `file:line: path: message`, with the line of the deepest YAML node the path reaches. */
function located(file: string, problems: readonly NormProblem[]): string[] {
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return problems.map((p) => `${file}: ${p.path ? `${p.path}: ` : ''}${p.message}`);
  }
  const doc = parseDocument(text);
  return problems.map((p) => {
    const parts = pathParts(p.path);
    let offset: number | undefined;
    for (let depth = parts.length; depth > 0 && offset === undefined; depth -= 1) {
      offset = (doc.getIn(parts.slice(0, depth), true) as { range?: [number] } | undefined)?.range?.[0];
    }
    const line = offset === undefined ? 1 : text.slice(0, offset).split('\n').length;
    return `${file}:${line}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
  });
}

/**
 * The organization norms in content/norms/, checked against this site’s instrument and team
 * thresholds. Any bad norm stops the build, naming file, line, field and what is wrong.
 */
export async function siteNorms(instrument: Instrument): Promise<NormChoice[]> {
  const entries = await getCollection('norms');
  const team = settings.team as { minGroupSize: number; spreadMinimum?: number };
  const context = {
    instrument,
    minGroupSize: team.minGroupSize,
    spreadMinimum: Math.max(SPREAD_MINIMUM, team.spreadMinimum ?? SPREAD_MINIMUM),
    today: new Date().toISOString().slice(0, 10),
  };
  const lines: string[] = [];
  const valid: { key: string; norm: Parameters<typeof normChoices>[0][number]['norm'] }[] = [];
  const names = new Map<string, string>();
  for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
    const file = entry.filePath ?? `content/norms/${entry.id}`;
    const check = validateNorm(entry.data, context);
    if (!check.ok) {
      lines.push(...located(file, check.problems));
      continue;
    }
    const earlier = names.get(check.norm.name.toLowerCase());
    if (earlier) {
      lines.push(...located(file, [{ path: 'name', message: `"${check.norm.name}" is already the name of ${earlier}; each norm needs its own name to be chosen.` }]));
      continue;
    }
    names.set(check.norm.name.toLowerCase(), file);
    valid.push({ key: entry.id, norm: check.norm });
  }
  if (lines.length > 0) throw new NormError(`${lines.length} problem(s) in the organization norms:\n${lines.join('\n')}`);
  return normChoices(valid, instrument.dimensions.map((d) => d.id));
}
