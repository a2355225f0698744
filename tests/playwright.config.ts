import { defineConfig } from '@playwright/test';
import type { DeskShellOptions } from './e2e/fixtures';

/**
 * The same specs run in two shells: the built renderer in Debian's Chromium bridged to the real
 * main-process services, and the real Electron app when its binary is installed.
 */
export default defineConfig<unknown, DeskShellOptions>({
  testDir: './e2e',
  outputDir: '../test-results/e2e',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  // The checklist worker loads a 9 MB bundle, the parser and the sentence model: about 2 s alone
  // here, and more than 5 s twice on clean CI runs, where two specs' Chromiums share 2 cores.
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  projects: [
    { name: 'chromium', use: { deskShell: 'chromium' } },
    { name: 'electron', use: { deskShell: 'electron' } },
  ],
});
