/**
 * The engine benchmark (scoring time per result, team statistics over 10,000 results) is written
 * by another engineer as scripts/bench-engine.ts. When it exists we run it and keep what it prints.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface EngineFigures {
  script: string;
  ran: boolean;
  ok: boolean;
  /** Its output, line by line, as printed. */
  lines: string[];
  /** Parsed when the script prints one JSON document. */
  json?: unknown;
  note?: string;
}

export function runEngineBench(project: string, timeoutMs = 180_000): EngineFigures {
  const script = 'scripts/bench-engine.ts';
  if (!existsSync(join(project, script))) {
    return { script, ran: false, ok: false, lines: [], note: `${script} does not exist yet; engine figures are left out.` };
  }
  const run = spawnSync(process.execPath, [script], { cwd: project, encoding: 'utf8', timeout: timeoutMs });
  const out = (run.stdout ?? '').trim();
  const lines = out === '' ? [] : out.split('\n');
  let json: unknown;
  try {
    json = JSON.parse(out);
  } catch {
    // Plain text: kept as lines.
  }
  const ok = run.status === 0;
  const problem = ok ? undefined : `${script} failed (${run.error?.message ?? `exit ${run.status}`}): ${(run.stderr ?? '').trim().split('\n').slice(-5).join(' | ')}`;
  return { script, ran: true, ok, lines, ...(json === undefined ? {} : { json }), ...(problem ? { note: problem } : {}) };
}
