// Flips Electron's fuses on a packaged Social Desk binary (SECURITY.md item 19). Run it on the
// packaged executable before code signing: `npm run fuses -- path/to/Social Desk`.
// Not for the development binary: OnlyLoadAppFromAsar would stop `npm start` from loading out/.
import fuses from '@electron/fuses';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const { FuseV1Options, FuseVersion, flipFuses } = fuses;

export const PRODUCTION_FUSES = {
  version: FuseVersion.V1,
  // Every fuse is set on purpose: a new fuse in a later Electron must be decided, not inherited.
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

export function flipProductionFuses(binary) {
  return flipFuses(binary, PRODUCTION_FUSES);
}

const runDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const binary = process.argv[2];
  if (!binary) {
    process.stderr.write('Usage: npm run fuses -- <packaged Social Desk executable>\n');
    process.exit(2);
  }
  flipProductionFuses(binary).then(
    () => process.stdout.write(`Fuses set on ${binary}\n`),
    (error) => {
      process.stderr.write(`Could not set the fuses on ${binary}: ${error.message}\n`);
      process.exit(1);
    },
  );
}
