// `npm run package`: installers of Social Desk for a department's computers, by electron-builder
// (electron-builder.config.ts) into out/installers: an NSIS installer on Windows, a dmg on macOS, an
// AppImage and a deb on Linux. Arguments after `--` go to electron-builder, e.g. `-- --win`.
import { join } from 'node:path';
import { findOrFetchElectronBinary } from './electron-binary.js';
import { ROOT, ensureDependencies, run } from './run.js';

export const NO_ELECTRON_BINARY =
  "Social Desk cannot be packaged: Electron's binary is not installed and could not be downloaded (packaging also downloads Electron for each target and the installer tools); run `npm run package` on a machine with internet access.";

ensureDependencies();
if (findOrFetchElectronBinary(ROOT) === undefined) {
  process.stderr.write(`${NO_ELECTRON_BINARY}\n`);
  process.exit(1);
}
run('npm', ['run', '--silent', 'build']);
run(join(ROOT, 'node_modules/.bin/electron-builder'), [
  '--config',
  'electron-builder.config.ts',
  '--publish',
  'never',
  ...process.argv.slice(2),
]);
