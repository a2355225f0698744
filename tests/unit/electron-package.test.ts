// `npm run package`: the electron-builder config, a real electron-builder run on a stand-in Electron
// (its binary cannot be downloaded here), and the one line printed where the binary cannot be had.
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { chmod, copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGE_CONFIG } from '../../electron-builder.config';
import { electronBinary } from '../../scripts/electron-binary.js';
import { PRODUCTION_FUSES, afterPack } from '../../scripts/flip-fuses.js';
import { APP_NAME } from '../../src/main/data-folder';
import { tempFolder } from './temp-folder';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

describe('the electron-builder config (electron-builder.config.ts)', () => {
  it('builds an NSIS installer for Windows, a dmg for macOS, an AppImage and a deb for Linux', () => {
    expect(PACKAGE_CONFIG.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(PACKAGE_CONFIG.mac.target).toEqual(['dmg']);
    expect(PACKAGE_CONFIG.linux.target).toEqual(['AppImage', 'deb']);
    expect(PACKAGE_CONFIG.productName).toBe(APP_NAME);
    expect(PACKAGE_CONFIG.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
  });

  it('packs only the built app and package.json, in an asar, never the last installers', () => {
    expect(PACKAGE_CONFIG.asar).toBe(true);
    expect(PACKAGE_CONFIG.files).toEqual([
      'out/main/**',
      'out/preload/**',
      'out/renderer/**',
      'package.json',
    ]);
    const output = PACKAGE_CONFIG.directories.output;
    expect(PACKAGE_CONFIG.files.some((pattern) => output.startsWith(pattern.slice(0, -3)))).toBe(
      false,
    );
  });

  it('flips the fuses in afterPack, with the one fuse list, and not with electronFuses too', () => {
    expect(PACKAGE_CONFIG.afterPack).toBe(afterPack);
    expect('electronFuses' in PACKAGE_CONFIG).toBe(false);
    expect(PRODUCTION_FUSES.strictlyRequireAllFuses).toBe(true);
  });

  it('keeps the records on uninstall, installs for all users, and never publishes or calls home', () => {
    expect(PACKAGE_CONFIG.nsis).toMatchObject({
      deleteAppDataOnUninstall: false,
      perMachine: true,
    });
    expect(PACKAGE_CONFIG.publish).toBeNull();
    expect(PACKAGE_CONFIG.npmRebuild).toBe(false);
  });
});

/** The file list of an asar archive: its header is a JSON tree after 16 bytes of sizes. */
async function asarFiles(archive: string): Promise<string[]> {
  const bytes = await readFile(archive);
  const headerLength = bytes.readUInt32LE(12);
  interface Entry {
    readonly files?: Record<string, Entry>;
  }
  const header = JSON.parse(bytes.subarray(16, 16 + headerLength).toString('utf8')) as Entry;
  const files: string[] = [];
  const visit = (entry: Entry, path: string): void => {
    if (entry.files === undefined) {
      files.push(path);
      return;
    }
    for (const [name, child] of Object.entries(entry.files)) visit(child, `${path}/${name}`);
  };
  visit(header, '');
  return files;
}

describe('electron-builder packs the app and its afterPack flips the fuses', () => {
  it('a Linux folder build on a stand-in Electron has the app in an asar and every fuse set', async () => {
    const folder = await tempFolder();
    // Stands in for Electron's Linux distribution, which cannot be downloaded here: its executable
    // with Electron 45's fuse wire (nine fuses at their defaults).
    const electronDist = join(folder, 'electron-dist');
    await mkdir(electronDist);
    const defaults = [1, 0, 1, 1, 0, 0, 0, 1, 1].map((on) => (on ? 49 : 48));
    await writeFile(
      join(electronDist, 'electron'),
      Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, defaults.length, ...defaults])]),
    );
    await chmod(join(electronDist, 'electron'), 0o755);
    const output = join(folder, 'installers');
    const builder = spawnSync(
      join(ROOT, 'node_modules/.bin/electron-builder'),
      [
        '--config',
        'electron-builder.config.ts',
        '--linux',
        'dir',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${output}`,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 180_000 },
    );
    expect(builder.status, `${builder.stdout}\n${builder.stderr}`).toBe(0);

    const unpacked = join(output, 'linux-unpacked');
    const wire = await getCurrentFuseWire(join(unpacked, 'social-desk'));
    for (const fuse of Object.values(FuseV1Options)) {
      if (typeof fuse === 'string') continue;
      const wanted = PRODUCTION_FUSES[fuse] ? FuseState.ENABLE : FuseState.DISABLE;
      expect(wire[fuse], FuseV1Options[fuse]).toBe(wanted);
    }

    const files = await asarFiles(join(unpacked, 'resources', 'app.asar'));
    expect(files).toContain('/package.json');
    const outside = files.filter(
      (file) =>
        file !== '/package.json' &&
        !/^\/out\/(main|preload|renderer)\//.test(file) &&
        !file.startsWith('/node_modules/'),
    );
    expect(outside).toEqual([]);
    // Production dependencies only: no Electron, no build or test tools.
    for (const tool of ['electron', 'electron-builder', 'vitest', 'typescript']) {
      expect(
        files.some((file) => file.startsWith(`/node_modules/${tool}/`)),
        tool,
      ).toBe(false);
    }
    expect(files.some((file) => file.startsWith('/node_modules/zod/'))).toBe(true);
    if (existsSync(join(ROOT, 'out/main/index.js'))) {
      expect(files).toContain('/out/main/index.js');
      expect(files).toContain('/out/preload/index.cjs');
      expect(files).toContain('/out/renderer/index.html');
    }
  }, 240_000);
});

describe('npm run package where Electron cannot be fetched', () => {
  /** A copy of the packaging scripts in a folder of their own, with stand-ins for what they run. */
  async function packagingRoot(installerCanDownload: boolean) {
    const root = await tempFolder();
    await mkdir(join(root, 'scripts'));
    for (const script of ['package.js', 'run.js', 'electron-binary.js']) {
      await copyFile(join(ROOT, 'scripts', script), join(root, 'scripts', script));
    }
    await writeFile(
      join(root, 'package.json'),
      JSON.stringify({ type: 'module', scripts: { build: 'node -e "0"' } }),
    );
    // Dependencies count as installed; Electron's installer is a stand-in that either fails, as
    // without internet access, or puts a binary in place, as with it.
    await mkdir(join(root, 'node_modules/electron'), { recursive: true });
    await mkdir(join(root, 'node_modules/.bin'));
    await writeFile(join(root, 'node_modules/.package-lock.json'), '{}');
    await writeFile(
      join(root, 'node_modules/electron/install.js'),
      installerCanDownload
        ? `import { mkdirSync, writeFileSync } from 'node:fs';
           mkdirSync('node_modules/electron/dist', { recursive: true });
           writeFileSync('node_modules/electron/dist/electron', '');
           writeFileSync('node_modules/electron/path.txt', 'electron');`
        : `process.stderr.write('RequestError: getaddrinfo ENOTFOUND'); process.exit(1);`,
    );
    const builderArguments = join(root, 'electron-builder-arguments.json');
    await writeFile(
      join(root, 'node_modules/.bin/electron-builder'),
      `#!/usr/bin/env node\nrequire('node:fs').writeFileSync(${JSON.stringify(builderArguments)}, JSON.stringify(process.argv.slice(2)));\n`,
    );
    await writeFile(join(root, 'node_modules/.bin/package.json'), '{"type":"commonjs"}');
    await chmod(join(root, 'node_modules/.bin/electron-builder'), 0o755);
    return { root, builderArguments };
  }

  it("finds Electron's binary only where its installer put it, path.txt and file both", async () => {
    const root = await tempFolder();
    await mkdir(join(root, 'node_modules/electron/dist'), { recursive: true });
    expect(electronBinary(root)).toBeUndefined();
    await writeFile(join(root, 'node_modules/electron/path.txt'), 'electron\n');
    expect(electronBinary(root)).toBeUndefined();
    await writeFile(join(root, 'node_modules/electron/dist/electron'), '');
    expect(electronBinary(root)).toBe(join(root, 'node_modules/electron/dist/electron'));
  });

  function runPackage(root: string, ...args: string[]) {
    return spawnSync(process.execPath, [join(root, 'scripts/package.js'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
  }

  it('prints one line saying what to do, exits 1, and builds nothing', async () => {
    const { root, builderArguments } = await packagingRoot(false);
    const result = runPackage(root);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Social Desk cannot be packaged: Electron's binary is not installed/);
    expect(lines[0]).toContain('run `npm run package` on a machine with internet access');
    expect(existsSync(builderArguments)).toBe(false);
  });

  it('once the binary can be fetched, builds and runs electron-builder with the config', async () => {
    const { root, builderArguments } = await packagingRoot(true);
    const result = runPackage(root, '--win');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(await readFile(builderArguments, 'utf8'))).toEqual([
      '--config',
      'electron-builder.config.ts',
      '--publish',
      'never',
      '--win',
    ]);
  });
});
