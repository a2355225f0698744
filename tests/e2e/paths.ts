import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BUILT_RENDERER = join(ROOT, 'out/renderer');
export const BUILT_PRELOAD = join(ROOT, 'out/preload/index.cjs');
export const BUILT_MAIN = join(ROOT, 'out/main/index.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

/** The Electron binary, if `npm install` fetched it; resolved without require('electron'), which downloads. */
export function electronBinary(): string | undefined {
  const pathFile = join(ROOT, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(ROOT, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}
