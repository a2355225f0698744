import { existsSync } from 'node:fs';
import { BUILT_MAIN, BUILT_PRELOAD, BUILT_RENDERER, CHROMIUM, electronBinary } from './paths';

export default function globalSetup(): void {
  for (const file of [BUILT_MAIN, BUILT_PRELOAD, BUILT_RENDERER]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run \`npm run build\` before the end-to-end tests.`);
    }
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`);
  }
  if (electronBinary() === undefined) {
    console.log(
      'The electron project is skipped: no Electron binary in node_modules/electron/dist (run `npx install-electron` to include it).',
    );
  }
}
