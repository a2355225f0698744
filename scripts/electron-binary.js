// Where `npm install` put Electron's binary, found without require('electron'), which would
// try to download it and throw a stack trace when it cannot.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronBinary(root) {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

/**
 * The binary, fetched by Electron's own installer when it is missing; undefined when it cannot be
 * had (no internet access). ELECTRON_SKIP_BINARY_DOWNLOAD is for installs that need no binary (the
 * tests, CI); a command that runs or packages the app needs it, so the variable is dropped here.
 */
export function findOrFetchElectronBinary(root) {
  const found = electronBinary(root);
  if (found !== undefined) return found;
  const installer = join(root, 'node_modules/electron/install.js');
  if (existsSync(installer)) {
    const env = { ...process.env };
    delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
    spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', env });
  }
  return electronBinary(root);
}
