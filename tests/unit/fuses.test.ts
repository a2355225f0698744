import fuses from '@electron/fuses';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { flipProductionFuses } from '../../scripts/flip-fuses.js';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ENABLE = 49;
const DISABLE = 48;
let folder: string | undefined;

afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/**
 * Test stand-in for Electron's executable, which cannot be downloaded here: a file carrying the
 * fuse wire as Electron 45 ships it (sentinel, version 1, eight fuses in their default states).
 */
async function fakeElectronBinary(): Promise<string> {
  folder = await mkdtemp(join(tmpdir(), 'social-desk-fuses-'));
  const defaults = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE];
  const file = join(folder, 'electron');
  await writeFile(
    file,
    Buffer.concat([
      Buffer.from('\x7fELF padding before the wire'),
      Buffer.from(SENTINEL),
      Buffer.from([1, defaults.length, ...defaults]),
      Buffer.from('padding after the wire'),
    ]),
  );
  return file;
}

describe('production fuses (SECURITY.md item 19)', () => {
  it('turns off running as Node, NODE_OPTIONS and the inspector; turns on asar integrity', async () => {
    const binary = await fakeElectronBinary();
    await flipProductionFuses(binary);
    const wire = await fuses.getCurrentFuseWire(binary);
    const { FuseV1Options: fuse } = fuses;
    expect(wire[fuse.RunAsNode]).toBe(DISABLE);
    expect(wire[fuse.EnableCookieEncryption]).toBe(ENABLE);
    expect(wire[fuse.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE);
    expect(wire[fuse.EnableNodeCliInspectArguments]).toBe(DISABLE);
    expect(wire[fuse.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE);
    expect(wire[fuse.OnlyLoadAppFromAsar]).toBe(ENABLE);
    expect(wire[fuse.GrantFileProtocolExtraPrivileges]).toBe(DISABLE);
  });

  it('refuses a binary whose fuse wire has a fuse it was not told how to set', async () => {
    const binary = await fakeElectronBinary();
    await writeFile(
      binary,
      Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 9, ...Array<number>(9).fill(ENABLE)])]),
    );
    await expect(flipProductionFuses(binary)).rejects.toThrow(/strictlyRequireAllFuses/);
  });
});
