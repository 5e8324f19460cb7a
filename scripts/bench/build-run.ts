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
  /** Seconds the Pagefind step reported, when the build made a search index (a bare build does not). */
  searchIndexSeconds: number | undefined;
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

/** Builds `project` into `outDir` (relative to the project) with Astro, measuring as described above. */
export function runBuild(project: string, outDir: string, options: { timeoutMs: number; env?: Record<string, string> }): Promise<BuildRun> {
  const logPath = join(project, 'build.log');
  const log = createWriteStream(logPath);
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: project,
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
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
    child.kill('SIGKILL');
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
        const indexed = /indexed \d+ pages for search in ([\d.]+) s/.exec(text)?.[1];
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
          searchIndexSeconds: indexed === undefined ? undefined : Number(indexed),
        });
      });
    });
  });
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
