import { describe, expect, it } from 'vitest';
import { APP_NAME, dataFolderArgument, defaultDataFolder } from '../../src/main/data-folder';

describe('the default data folder', () => {
  it('is under XDG_CONFIG_HOME on Linux when it is set', () => {
    expect(defaultDataFolder('linux', { XDG_CONFIG_HOME: '/xdg/config' }, '/home/ann')).toBe(
      '/xdg/config/Social Desk',
    );
  });

  it('is under ~/.config on Linux when XDG_CONFIG_HOME is not set', () => {
    expect(defaultDataFolder('linux', {}, '/home/ann')).toBe('/home/ann/.config/Social Desk');
  });

  it('is under ~/.config on Linux when XDG_CONFIG_HOME is empty, as the XDG Base Directory spec says', () => {
    expect(defaultDataFolder('linux', { XDG_CONFIG_HOME: '' }, '/home/ann')).toBe(
      '/home/ann/.config/Social Desk',
    );
  });

  it('is under ~/Library/Application Support on macOS, whatever XDG_CONFIG_HOME says', () => {
    expect(defaultDataFolder('darwin', { XDG_CONFIG_HOME: '/xdg' }, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/Social Desk',
    );
  });

  // The host's path separator joins the last part; Windows accepts either.
  it('is under %APPDATA% on Windows', () => {
    expect(
      defaultDataFolder('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann'),
    ).toMatch(/^C:\\Users\\ann\\AppData\\Roaming[\\/]Social Desk$/);
  });

  it("is under the home folder's AppData\\Roaming on Windows when APPDATA is not set", () => {
    expect(defaultDataFolder('win32', {}, 'C:\\Users\\ann')).toMatch(
      /^C:\\Users\\ann[\\/]AppData[\\/]Roaming[\\/]Social Desk$/,
    );
  });

  it('is named after the app on every platform', () => {
    expect(APP_NAME).toBe('Social Desk');
    for (const platform of ['linux', 'darwin', 'win32', 'freebsd'] as const) {
      expect(defaultDataFolder(platform, {}, '/home/ann').endsWith(APP_NAME), platform).toBe(true);
    }
  });
});

describe('the --data argument', () => {
  it.each([
    { argv: ['--data', '/srv/desk'], folder: '/srv/desk' },
    { argv: ['--data=/srv/desk'], folder: '/srv/desk' },
    { argv: ['drafts', 'list', '--data', 'relative/dir'], folder: 'relative/dir' },
    { argv: ['/usr/bin/electron', '.', '--data=/a b/c'], folder: '/a b/c' },
    { argv: ['--data=/first', '--data', '/second'], folder: '/first' },
    { argv: [], folder: undefined },
    { argv: ['drafts', 'list'], folder: undefined },
    { argv: ['--database', '/x', '--dataset=/y'], folder: undefined },
    { argv: ['--data'], folder: undefined },
  ])('reads $folder from $argv', ({ argv, folder }) => {
    expect(dataFolderArgument(argv)).toBe(folder);
  });
});
