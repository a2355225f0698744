// Flips Electron's fuses on a packaged Social Desk (SECURITY.md item 19). `npm run package` does it
// in electron-builder's afterPack step, before signing; `npm run fuses -- <executable>` does it by
// hand on a packaged app. Never on the development binary: OnlyLoadAppFromAsar would stop `npm start`
// from loading out/.
import {
  FuseState,
  FuseV1Options,
  FuseVersion,
  flipFuses,
  getCurrentFuseWire,
} from '@electron/fuses';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  // Electron's default, kept: V8 traps out-of-bounds WebAssembly memory access with signal handlers.
  [FuseV1Options.WasmTrapHandlers]: true,
};

/** Sets PRODUCTION_FUSES on `executable`, then reads them back: a flip is trusted only once seen. */
export async function flipProductionFuses(executable, { resetAdHocDarwinSignature = false } = {}) {
  await flipFuses(executable, { ...PRODUCTION_FUSES, resetAdHocDarwinSignature });
  const wire = await getCurrentFuseWire(executable);
  for (const [fuse, wanted] of Object.entries(PRODUCTION_FUSES)) {
    if (!/^\d+$/.test(fuse)) continue;
    const found = wire[fuse];
    if (found !== (wanted ? FuseState.ENABLE : FuseState.DISABLE)) {
      throw new Error(
        `The fuse ${FuseV1Options[fuse]} of ${executable} reads ${String(found)} after flipping; the package is not safe to ship.`,
      );
    }
  }
}

/** Where electron-builder put the packaged executable (the .app bundle on macOS). */
export function packagedExecutable({ appOutDir, electronPlatformName, packager }) {
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return join(appOutDir, packager.executableName);
    default:
      throw new Error(
        `Cannot find the packaged executable for the platform ${electronPlatformName}.`,
      );
  }
}

/**
 * electron-builder's afterPack hook (electron-builder.config.ts): the app is complete and not yet
 * signed, the moment to set fuses, since the signature must cover them. This, and not
 * electron-builder's own `electronFuses` option, because that option flips with electron-builder's
 * bundled @electron/fuses 1.8, which knows eight fuses and cannot require all of them: Electron 45's
 * ninth (WasmTrapHandlers), and any later one, would be inherited unseen.
 */
export async function afterPack(context) {
  const executable = packagedExecutable(context);
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  const { Arch } = await import('electron-builder');
  // Flipping changes signed bytes; an Apple silicon app with a stale ad-hoc signature will not start.
  const isAppleSilicon = context.arch === Arch.arm64 || context.arch === Arch.universal;
  await flipProductionFuses(executable, { resetAdHocDarwinSignature: isMac && isAppleSilicon });
  process.stdout.write(`Fuses set on ${executable}\n`);
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
