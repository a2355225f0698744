// `npm start`: installs what a fresh clone lacks, builds, and opens Social Desk.
// Arguments after `--` go to the app, e.g. `npm start -- --data ~/social-desk-data`.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { electronBinary, findOrFetchElectronBinary } from './electron-binary.js';
import { ROOT, ensureDependencies, run } from './run.js';

ensureDependencies();
run('npm', ['run', '--silent', 'build']);

if (electronBinary(ROOT) === undefined) {
  process.stdout.write('Fetching the Electron binary (first start only)…\n');
}
const binary = findOrFetchElectronBinary(ROOT);
if (binary === undefined) {
  process.stderr.write(
    'Social Desk cannot start: the Electron binary is not installed and could not be downloaded; on a machine with internet access run `npx install-electron`, then `npm start` again.\n',
  );
  process.exit(1);
}

const app = spawn(binary, [join(ROOT, 'out/main/index.js'), ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
});
app.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
