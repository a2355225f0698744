// `npm test`: the whole check from a fresh clone: dependencies, Chromium, build, types, lint,
// unit tests, end-to-end tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ROOT, ensureDependencies, run } from './run.js';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { cwd: ROOT }).status === 0;
  if (!isRoot || !hasApt) {
    process.stderr.write(
      `The end-to-end tests need Debian's Chromium at ${chromium}: install it with \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH), then run npm test again.\n`,
    );
    process.exit(1);
  }
  process.stdout.write('Installing Debian Chromium for the end-to-end tests…\n');
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', 'chromium'], {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

// The tests never need Electron's binary; its project is skipped when the binary is absent.
ensureDependencies({ ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' });
ensureChromium();
run('npm', ['run', '--silent', 'build']);
run('npm', ['run', '--silent', 'typecheck']);
run('npm', ['run', '--silent', 'lint']);
run('npm', ['run', '--silent', 'test:unit']);
run('npm', ['run', '--silent', 'test:e2e']);
