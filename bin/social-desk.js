#!/usr/bin/env node
// The command-line tool runs the built services under plain Node: no Electron needed.
import { existsSync } from 'node:fs';

const entry = new URL('../out/main/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    'social-desk: the tool is not built yet. Run `npm run build` in the Social Desk folder, then try again.\n',
  );
  process.exit(2);
}
await import(entry.href);
