// `npm run package` (scripts/package.js): installers of the built app for a department's computers.
import type { Configuration } from 'electron-builder';
import { afterPack } from './scripts/flip-fuses.js';

export const PACKAGE_CONFIG = {
  appId: 'org.socialdesk.desk',
  productName: 'Social Desk',
  directories: { output: 'out/installers' },
  // The built app only; electron-builder adds the production dependencies the main process needs.
  // out/installers is left out so one package never carries the last one's installers.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'],
  asar: true,
  // No native modules; rebuilding would fetch Node headers for nothing.
  npmRebuild: false,
  // The app never updates itself or calls home: IT installs each new version.
  publish: null,
  // Fuses are flipped here (scripts/flip-fuses.js says why not with `electronFuses`).
  afterPack,
  win: { target: [{ target: 'nsis', arch: ['x64'] }] },
  nsis: {
    // An installer IT can run silently for all users (`/S /allusers`) into Program Files.
    oneClick: false,
    perMachine: true,
    allowToChangeInstallationDirectory: true,
    // The records live in the user's app-data folder, never in the install: uninstalling keeps them.
    deleteAppDataOnUninstall: false,
  },
  mac: { target: ['dmg'], category: 'public.app-category.productivity' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    executableName: 'social-desk',
    maintainer: 'Social Desk maintainers',
  },
} satisfies Configuration;

// electron-builder reads a config file's default export.
export default PACKAGE_CONFIG;
