/**
 * Runs `astro build` in a project folder and measures it: wall time, and peak memory of the whole
 * process tree.
 *
 * Why poll /proc: the build is a Node process plus children (Pagefind's Node API runs the
 * `pagefind` binary as a separate process). `process.resourceUsage()` only sees the process that
 * calls it, and the kernel's rusage for waited-for children reports the largest single child, not
 * the sum; `/usr/bin/time -v` is not guaranteed to be installed. So every 50 ms we sum VmRSS over
 * the tree (listed once a second by parent pid in /proc/<pid>/stat); the peak of that sum is the
 * figure. A poll can miss a spike shorter than 50 ms, so we also keep each process's own
 * high-water mark (VmHWM, exact per process) and report the larger of the sampled sum and the
 * largest single VmHWM.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BuildRun {
  ok: boolean;
  seconds: number;
  /** Peak resident memory of the build's process tree, in bytes. */
  peakRss: number;
  /** Pages in the output (HTML files outside pagefind/). */
  pages: number;
  /** The last lines of the build's output when it failed or timed out. */
  error: string | undefined;
  /** Seconds the Pagefind step took: reported by our build, timed around the CLI for the bare one. */
  searchIndexSeconds: number | undefined;
  /** Seconds of our link and instrument checks, as our build reports them. */
  checkSeconds: number | undefined;
  /** Astro's own phase timings (ASTRO_TIMER_PATH), in seconds: content sync, bundling, page rendering. */
  phases: Record<string, number>;
}

/** A command run after `astro build` within the same measurement, e.g. the Pagefind CLI for the bare build. */
export interface AfterStep {
  label: string;
  args: string[];
}

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = byParent.get(ppid) ?? [];
      list.push(Number(entry));
      byParent.set(ppid, list);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return byParent;
}

function tree(root: number): number[] {
  const byParent = children();
  const all = [root];
  for (let i = 0; i < all.length; i++) all.push(...(byParent.get(all[i] ?? -1) ?? []));
  return all;
}

function memory(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kB('VmRSS'), hwm: kB('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

function countPages(dir: string): number {
  let pages = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') pages += countPages(join(dir, entry.name));
    } else if (entry.name.endsWith('.html')) pages += 1;
  }
  return pages;
}

/**
 * Builds `project` into `outDir` (relative to the project), measuring as described above: with
 * `script`, as `node <script>` (ours: scripts/build.ts, what `npm run build` runs), else with
 * `astro build`.
 */
export function runBuild(
  project: string,
  outDir: string,
  options: { timeoutMs: number; env?: Record<string, string>; after?: AfterStep; script?: string },
): Promise<BuildRun> {
  const logPath = join(project, 'build.log');
  const timerPath = join(project, 'astro-timer.json');
  const log = createWriteStream(logPath);
  const started = performance.now();
  // One shell runs the build and the optional step after it, so time and memory cover both; the
  // step prints its own duration for the breakdown.
  const node = JSON.stringify(process.execPath);
  const after = options.after
    ? ` && s=$(date +%s%N) && ${node} ${options.after.args.map((a) => JSON.stringify(a)).join(' ')} && echo "${options.after.label} took $(( ($(date +%s%N) - s) / 1000000 )) ms"`
    : '';
  const command = options.script ?? 'node_modules/astro/bin/astro.mjs build';
  const child = spawn('sh', ['-c', `${node} ${command}${after}`], {
    cwd: project,
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_TIMER_PATH: timerPath, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a timeout stops the shell and the build under it together.
    detached: true,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let peakSum = 0;
  let peakSingle = 0;
  let pids: number[] = [];
  let samples = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    // Listing the tree scans all of /proc; once a second is enough to notice new children.
    if (samples++ % 20 === 0) pids = tree(child.pid);
    let sum = 0;
    for (const pid of pids) {
      const { rss, hwm } = memory(pid);
      sum += rss;
      peakSingle = Math.max(peakSingle, hwm);
    }
    peakSum = Math.max(peakSum, sum);
  };
  const poll = setInterval(sample, 50);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutMs);
  return new Promise((done) => {
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(poll);
      clearTimeout(timer);
      log.end(() => {
        const ok = code === 0 && !timedOut;
        const text = readFileSync(logPath, 'utf8');
        const tail = () => failureSummary(text);
        const indexed = /indexed \d+ pages for search in [\d.]+ s, ([\d.]+) s of it after the checks/.exec(text)?.[1];
        const afterMs = options.after ? new RegExp(`${options.after.label} took (\\d+) ms`).exec(text)?.[1] : undefined;
        const checked = /checked links and the instrument in ([\d.]+) s/.exec(text)?.[1];
        let pages = 0;
        try {
          if (ok) pages = countPages(resolve(project, outDir));
        } catch {
          // No output folder.
        }
        done({
          ok,
          seconds,
          peakRss: Math.max(peakSum, peakSingle),
          pages,
          error: ok ? undefined : timedOut ? `stopped after ${options.timeoutMs / 1000} s\n${tail()}` : tail(),
          searchIndexSeconds: indexed !== undefined ? Number(indexed) : afterMs !== undefined ? Number(afterMs) / 1000 : undefined,
          checkSeconds: checked === undefined ? undefined : Number(checked),
          phases: astroPhases(timerPath),
        });
      });
    });
  });
}

/** Astro's timer file: { "Static generate": { elapsedTime: ms }, … } → seconds per phase. */
function astroPhases(path: string): Record<string, number> {
  try {
    const stats = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { elapsedTime: number }>;
    return Object.fromEntries(Object.entries(stats).map(([name, stat]) => [name, stat.elapsedTime / 1000]));
  } catch {
    return {};
  }
}

/** The lines of a failed build's log that say what happened, without progress lines and stack frames. */
export function failureSummary(log: string): string {
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trimEnd());
  const lastStage = lines.filter((l) => /\[build\]|Waiting for integration/.test(l)).at(-1)?.trim();
  if (lines.some((l) => l.includes('heap out of memory'))) {
    return `Node ran out of JavaScript heap (its default limit); the last stage it logged: "${lastStage ?? 'none'}"`;
  }
  const meaningful = lines.filter((l) => l.trim() !== '' && !/^\s*(at |\d+: 0x|[├└│])/.test(l) && !l.includes('├─'));
  return meaningful
    .slice(-8)
    .map((l) => (l.length > 300 ? `${l.slice(0, 300)}…` : l))
    .join('\n');
}
