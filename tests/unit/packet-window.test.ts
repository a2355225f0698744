// The Electron glue that prints packets and saves them (src/main/window/packet-window.ts), against
// small fakes typed with electron's own declarations: Electron's binary cannot run here.
import type {
  BaseWindow,
  BrowserWindowConstructorOptions,
  OpenDialogOptions,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContentsPrintOptions,
} from 'electron';
import { describe, expect, it } from 'vitest';
import {
  type PacketWindow,
  electronDeskShell,
  packetDataUrl,
  packetWindowOptions,
} from '../../src/main/window/packet-window';
import { standIn } from './electron-fakes';

const HTML = '<!doctype html><html lang="en"><title>Packet</title><h1>Packet — “café”</h1></html>';

function fakeElectron(answer: SaveDialogReturnValue, printed = true) {
  const windows: {
    options: BrowserWindowConstructorOptions;
    loaded: string[];
    destroyed: boolean;
    printOptions?: WebContentsPrintOptions;
  }[] = [];
  const copied: string[] = [];
  const dialogs: {
    parent: BaseWindow | undefined;
    options: SaveDialogOptions | OpenDialogOptions;
  }[] = [];
  class FakePacketWindow {
    readonly record: (typeof windows)[number];
    readonly webContents: PacketWindow['webContents'];
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, loaded: [], destroyed: false };
      windows.push(this.record);
      this.webContents = standIn<PacketWindow['webContents']>('WebContents', {
        printToPDF: () => Promise.resolve(Buffer.from('%PDF-1.4 fake')),
        print: (options, callback) => {
          this.record.printOptions = options;
          callback?.(printed, printed ? '' : 'cancelled');
        },
      });
    }
    loadURL(url: string): Promise<void> {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    destroy(): void {
      this.record.destroyed = true;
    }
  }
  const showSaveDialog = ((
    parentOrOptions: BaseWindow | SaveDialogOptions,
    maybeOptions?: SaveDialogOptions,
  ) => {
    const parent = maybeOptions ? (parentOrOptions as BaseWindow) : undefined;
    dialogs.push({ parent, options: maybeOptions ?? parentOrOptions });
    return Promise.resolve(answer);
  }) as Electron.Dialog['showSaveDialog'];
  const showOpenDialog = ((
    parentOrOptions: BaseWindow | OpenDialogOptions,
    maybeOptions?: OpenDialogOptions,
  ) => {
    const parent = maybeOptions ? (parentOrOptions as BaseWindow) : undefined;
    dialogs.push({ parent, options: maybeOptions ?? parentOrOptions });
    return Promise.resolve({
      canceled: answer.canceled,
      filePaths: answer.filePath ? [answer.filePath] : [],
    });
  }) as Electron.Dialog['showOpenDialog'];
  return {
    electron: {
      BrowserWindow: FakePacketWindow,
      dialog: { showSaveDialog, showOpenDialog },
      clipboard: {
        writeText: (text: string) => {
          copied.push(text);
          return Promise.resolve();
        },
      },
    },
    windows,
    dialogs,
    copied,
  };
}

describe('the packet window', () => {
  it('runs no script, has no preload or node, and is sandboxed and hidden', () => {
    const options = packetWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      devTools: false,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('loads the packet as a data: URL holding exactly its HTML, nothing written to disk', () => {
    const url = packetDataUrl(HTML);
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8')).toBe(HTML);
  });

  it('prints to PDF from a hidden window that is destroyed afterwards', async () => {
    const fake = fakeElectron({ canceled: false, filePath: '/tmp/x.pdf' });
    const shell = electronDeskShell(fake.electron, () => undefined);
    const pdf = await shell.printToPdf(HTML);
    expect(Buffer.from(pdf).toString('latin1')).toContain('%PDF');
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.loaded).toEqual([packetDataUrl(HTML)]);
    expect(fake.windows[0]?.options).toEqual(packetWindowOptions());
    expect(fake.windows[0]?.destroyed).toBe(true);
  });

  it('shows the system print dialog, says whether it printed, and destroys the window', async () => {
    const fake = fakeElectron({ canceled: false, filePath: '' }, false);
    const shell = electronDeskShell(fake.electron, () => undefined);
    expect(await shell.print(HTML)).toBe(false);
    expect(fake.windows[0]?.printOptions).toMatchObject({ silent: false });
    expect(fake.windows[0]?.destroyed).toBe(true);
  });

  it('puts a post’s text on the system clipboard from the main process', async () => {
    const fake = fakeElectron({ canceled: false, filePath: '' });
    await electronDeskShell(fake.electron, () => undefined).copyText('Main St is closed.');
    expect(fake.copied).toEqual(['Main St is closed.']);
    expect(fake.windows).toHaveLength(0);
  });

  it('asks where to save over the main window, and answers undefined when cancelled', async () => {
    const main = standIn<BaseWindow>('BaseWindow', {});
    const saved = fakeElectron({ canceled: false, filePath: '/home/cat/packet.pdf' });
    expect(
      await electronDeskShell(saved.electron, () => main).chooseSaveFile('packet.pdf', 'pdf'),
    ).toBe('/home/cat/packet.pdf');
    expect(saved.dialogs[0]?.parent).toBe(main);
    expect(saved.dialogs[0]?.options.filters?.[0]?.extensions).toEqual(['pdf']);
    const cancelled = fakeElectron({ canceled: true, filePath: '' });
    expect(
      await electronDeskShell(cancelled.electron, () => main).chooseSaveFile('p.html', 'html'),
    ).toBeUndefined();
  });
});
