import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import type { AfterPackContext, LinuxPackager } from 'electron-builder';
import { Arch } from 'electron-builder';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PRODUCTION_FUSES,
  afterPack,
  flipProductionFuses,
  packagedExecutable,
} from '../../scripts/flip-fuses.js';
import { standIn } from './electron-fakes';
import { tempFolder } from './temp-folder';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const { ENABLE, DISABLE } = FuseState;
/** Electron 45's fuse wire as shipped: nine fuses, the ninth WasmTrapHandlers (on). */
const ELECTRON_45_DEFAULTS = [
  ENABLE,
  DISABLE,
  ENABLE,
  ENABLE,
  DISABLE,
  DISABLE,
  DISABLE,
  ENABLE,
  ENABLE,
];

/** The fuse names of the installed @electron/fuses (the enum's named members). */
const FUSE_NAMES = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

/**
 * Test stand-in for Electron's executable, which cannot be downloaded here: a file carrying the
 * fuse wire (sentinel, version 1, length, one byte per fuse) among other bytes, as Electron's does.
 */
async function fakeElectronBinary(file: string, wire = ELECTRON_45_DEFAULTS): Promise<string> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(
    file,
    Buffer.concat([
      Buffer.from('\x7fELF padding before the wire'),
      Buffer.from(SENTINEL),
      Buffer.from([1, wire.length, ...wire]),
      Buffer.from('padding after the wire'),
    ]),
  );
  return file;
}

/** What each fuse reads, by name, in `binary`. */
async function fusesOf(binary: string): Promise<Record<string, string>> {
  const wire = await getCurrentFuseWire(binary);
  const named: Record<string, string> = {};
  for (const name of FUSE_NAMES) {
    const state = wire[FuseV1Options[name as keyof typeof FuseV1Options]];
    named[name] = state === ENABLE ? 'on' : state === DISABLE ? 'off' : String(state);
  }
  return named;
}

const PRODUCTION_STATES = {
  RunAsNode: 'off',
  EnableCookieEncryption: 'on',
  EnableNodeOptionsEnvironmentVariable: 'off',
  EnableNodeCliInspectArguments: 'off',
  EnableEmbeddedAsarIntegrityValidation: 'on',
  OnlyLoadAppFromAsar: 'on',
  LoadBrowserProcessSpecificV8Snapshot: 'off',
  GrantFileProtocolExtraPrivileges: 'off',
  WasmTrapHandlers: 'on',
};

describe('production fuses (SECURITY.md item 19)', () => {
  it('sets every fuse the installed @electron/fuses knows, on purpose, and requires all of them', () => {
    expect(PRODUCTION_FUSES.strictlyRequireAllFuses).toBe(true);
    const configured = Object.keys(PRODUCTION_FUSES).filter((key) => /^\d+$/.test(key));
    expect(configured.map((index) => FuseV1Options[Number(index)]).sort()).toEqual(
      [...FUSE_NAMES].sort(),
    );
    expect(Object.keys(PRODUCTION_STATES).sort()).toEqual([...FUSE_NAMES].sort());
  });

  it('turns off running as Node, NODE_OPTIONS and the inspector; turns on cookie encryption and asar integrity', async () => {
    const binary = await fakeElectronBinary(join(await tempFolder(), 'electron'));
    await flipProductionFuses(binary);
    expect(await fusesOf(binary)).toEqual(PRODUCTION_STATES);
  });

  it('refuses a binary whose fuse wire has a fuse it was not told how to set', async () => {
    const binary = await fakeElectronBinary(
      join(await tempFolder(), 'electron'),
      Array<FuseState>(FUSE_NAMES.length + 1).fill(ENABLE),
    );
    await expect(flipProductionFuses(binary)).rejects.toThrow(/strictlyRequireAllFuses/);
  });
});

describe("afterPack: electron-builder's hook flips the packaged executable", () => {
  /** electron-builder's AfterPackContext, with only what the hook reads (no Electron here). */
  function context(appOutDir: string, electronPlatformName: string): AfterPackContext {
    return standIn<AfterPackContext>('AfterPackContext', {
      appOutDir,
      electronPlatformName,
      arch: Arch.x64,
      // A LinuxPackager has the executable's name too; the other platforms' packagers ignore it.
      packager: standIn<LinuxPackager>('LinuxPackager', {
        appInfo: standIn<LinuxPackager['appInfo']>('AppInfo', {
          productFilename: 'Social Desk',
        }),
        executableName: 'social-desk',
      }),
    });
  }

  it.each([
    ['linux', 'social-desk', 'social-desk'],
    ['win32', 'Social Desk.exe', 'Social Desk.exe'],
    [
      'darwin',
      'Social Desk.app',
      'Social Desk.app/Contents/Frameworks/Electron Framework.framework/Electron Framework',
    ],
  ])('on %s, sets the production fuses on %s', async (platform, executable, fuseFile) => {
    const appOutDir = await tempFolder();
    const binary = await fakeElectronBinary(join(appOutDir, fuseFile));
    expect(packagedExecutable(context(appOutDir, platform))).toBe(join(appOutDir, executable));
    await afterPack(context(appOutDir, platform));
    expect(await fusesOf(binary)).toEqual(PRODUCTION_STATES);
  });

  it('fails the package when the executable is not where electron-builder said', async () => {
    const appOutDir = await tempFolder();
    await expect(afterPack(context(appOutDir, 'linux'))).rejects.toThrow(/social-desk/);
  });
});
