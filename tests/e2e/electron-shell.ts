import { _electron } from '@playwright/test';
import { BUILT_MAIN } from './paths';
import type { DeskApp } from './fixtures';

export async function openElectronDesk(binary: string, dataFolder: string): Promise<DeskApp> {
  // Chromium refuses to run as root with its OS sandbox; the renderer's own sandbox stays on.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath: binary,
    args: [...rootArgs, BUILT_MAIN, '--data', dataFolder],
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return {
    page,
    shell: 'electron',
    savedFolder: undefined,
    printRequests: () => 0,
    answerOpenDialog: undefined,
    clipboardText: () => app.evaluate(({ clipboard }) => clipboard.readText()),
    openWindowCount: () => Promise.resolve(app.windows().length),
    close: () => app.close(),
  };
}
