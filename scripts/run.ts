import { spawnSync } from 'node:child_process';

/** Runs a command with the project's Node on PATH, passing its output through; returns the exit code. */
export function run(command: string, args: readonly string[], env: Record<string, string> = {}): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}
