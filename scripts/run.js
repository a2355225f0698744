// Small helpers for the project's own scripts: run a command in the repo, stop on failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    process.stderr.write(
      `\n${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal}).\n`,
    );
    process.exit(result.status ?? 1);
  }
}

/** A fresh clone has no node_modules: install exactly what the lock file says. */
export function ensureDependencies(env = process.env) {
  if (existsSync(join(ROOT, 'node_modules/.package-lock.json'))) return;
  process.stdout.write('Installing dependencies from package-lock.json (npm ci)…\n');
  run('npm', ['ci'], { env });
}
