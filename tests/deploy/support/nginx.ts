import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** NGINX_PATH points the tests at another nginx; Debian's is the default. */
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export const NGINX_MISSING =
  `nginx is not installed at ${NGINX}. The deployment tests serve the site with the sample ` +
  'configuration scripts/deploy/nginx.conf on a real nginx: run `apt-get install -y nginx-light` ' +
  '(as root; .ci/run does this on CI) and run the tests again.';

/** The values in the sample that only make sense on a real server; everything else is used as written. */
const SAMPLE = {
  listen: 'listen 80;',
  dist: '/var/www/culture-first/dist/',
  logs: '/var/log/nginx/',
  otherLocations: '        # Whatever else this host serves goes in its own location blocks here.\n',
} as const;

function replaceExactlyOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1) {
    throw new Error(`scripts/deploy/nginx.conf should contain "${from.trim()}" exactly once (found ${count}); update tests/deploy/support/nginx.ts with the sample.`);
  }
  return text.replace(from, () => to);
}

/** The MIME types the sample declares for the site, reused for the extra locations a test adds. */
export function sampleTypesBlock(sample: string): string {
  const match = /^( *)types \{[\s\S]*?^\1\}\n( *default_type [^;]+;\n)?/m.exec(sample);
  if (!match) throw new Error('scripts/deploy/nginx.conf has no `types { }` block');
  return match[0];
}

export interface RenderOptions {
  port: number;
  /** Absolute path of the build served at the sample's sub-path. */
  dist: string;
  /** Absolute path of the folder holding logs, temporary files and the pid file. */
  workDir: string;
  /** Extra location blocks for the sample's server, placed where the sample invites them. */
  extraLocations?: string;
}

/**
 * The sample with its port and paths pointed at this machine. nginx's temporary-file paths
 * default to /var/lib/nginx, so they are set to the work folder too; nothing else changes.
 */
export function renderNginxConf(sample: string, o: RenderOptions): string {
  let conf = replaceExactlyOnce(sample, SAMPLE.listen, `listen 127.0.0.1:${o.port};`);
  conf = conf.split(SAMPLE.dist).join(`${o.dist.replace(/\/?$/, '/')}`);
  conf = conf.split(SAMPLE.logs).join(`${o.workDir}/`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `    ${kind}_temp_path ${o.workDir}/${kind}_temp;\n`)
    .join('');
  conf = replaceExactlyOnce(conf, '\nhttp {\n', `\nhttp {\n    # Added by the test: temporary files in the work folder.\n${temp}`);
  if (o.extraLocations) {
    conf = replaceExactlyOnce(conf, SAMPLE.otherLocations, `${SAMPLE.otherLocations}${o.extraLocations}`);
  }
  return conf;
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

export interface RunningNginx {
  origin: string;
  process: ChildProcess;
  workDir: string;
  conf: string;
}

function errorLog(workDir: string): string {
  const file = join(workDir, 'error.log');
  return existsSync(file) ? readFileSync(file, 'utf8') : '(no error.log)';
}

/**
 * Writes `conf` into `workDir` and starts nginx in the foreground with it; resolves once a request
 * to `probePath` gets any HTTP answer. Throws with nginx's own messages when the file is refused.
 */
export async function startNginx(conf: string, workDir: string, port: number, probePath: string): Promise<RunningNginx> {
  if (!existsSync(NGINX)) throw new Error(NGINX_MISSING);
  mkdirSync(workDir, { recursive: true });
  const file = resolve(workDir, 'nginx.conf');
  writeFileSync(file, conf);
  const globals = `pid ${workDir}/nginx.pid; error_log ${workDir}/error.log;`;
  const check = spawnSync(NGINX, ['-t', '-q', '-c', file, '-p', `${workDir}/`, '-g', globals], { encoding: 'utf8' });
  if (check.status !== 0) {
    throw new Error(`nginx refused the rendered sample (${file}):\n${check.stderr}${check.stdout}`);
  }
  const child = spawn(NGINX, ['-c', file, '-p', `${workDir}/`, '-g', `daemon off; ${globals}`], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const running: RunningNginx = { origin: `http://127.0.0.1:${port}`, process: child, workDir, conf: file };
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`nginx stopped right after starting (exit ${child.exitCode}):\n${stderr}\n${errorLog(workDir)}`);
    }
    try {
      await fetch(`${running.origin}${probePath}`, { redirect: 'manual' });
      return running;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await stopNginx(running);
  throw new Error(`nginx did not answer on ${running.origin} within 15 s:\n${stderr}\n${errorLog(workDir)}`);
}

/** Stops nginx (TERM: the master stops its workers), and kills it if it has not gone in 5 s. */
export async function stopNginx(running: RunningNginx | undefined): Promise<void> {
  const child = running?.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 5_000));
  if ((await Promise.race([exited, timer])) === 'timeout') {
    child.kill('SIGKILL');
    await exited;
  }
}
