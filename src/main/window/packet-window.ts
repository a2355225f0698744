import type {
  BaseWindow,
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Clipboard,
  Dialog,
  WebContents,
} from 'electron';
import type { DeskShell, OpenKind, SaveKind } from '../handlers/domain-handlers';

const SAVE_FILTERS: Readonly<Record<SaveKind, { name: string; extensions: string[] }>> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  html: { name: 'Web page', extensions: ['html'] },
  csv: { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
};

const OPEN_FILTERS: Readonly<Record<OpenKind, { name: string; extensions: string[] }>> = {
  comments: { name: 'Comment export (CSV or JSON)', extensions: ['csv', 'json'] },
  'place-names': { name: 'Place names (text or CSV)', extensions: ['txt', 'csv'] },
};

/** What printing needs of a window: load the packet, print or render it, and go away. */
export interface PacketWindow extends Pick<BrowserWindow, 'loadURL' | 'destroy'> {
  readonly webContents: Pick<WebContents, 'print' | 'printToPDF'>;
}

export interface PacketShellElectron {
  readonly BrowserWindow: new (options: BrowserWindowConstructorOptions) => PacketWindow;
  readonly dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  readonly clipboard: Pick<Clipboard, 'writeText'>;
}

/**
 * The hidden window a packet is printed from. A packet is a document, not an app: no script runs
 * in it at all, it has no preload and no node, and it is sandboxed like the main window. It lives
 * in the app's hardened default session, so it can load nothing but its own data: URL.
 */
export function packetWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 816,
    height: 1056,
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    },
  };
}

/** The packet's HTML as the URL the hidden window loads: nothing is written to disk to print it. */
export function packetDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

/**
 * The window's side of the handlers' DeskShell: the save dialog (over the main window), the system
 * print dialog, and printToPDF, each from a hidden window that is destroyed afterwards.
 */
export function electronDeskShell(
  electron: PacketShellElectron,
  parent: () => BaseWindow | undefined,
): DeskShell {
  const withPacketWindow = async <T>(
    html: string,
    use: (window: PacketWindow) => Promise<T>,
  ): Promise<T> => {
    const window = new electron.BrowserWindow(packetWindowOptions());
    try {
      await window.loadURL(packetDataUrl(html));
      return await use(window);
    } finally {
      window.destroy();
    }
  };
  return {
    async chooseSaveFile(suggestedName, kind) {
      const filters = [SAVE_FILTERS[kind]];
      const options = { defaultPath: suggestedName, filters };
      const owner = parent();
      const chosen = owner
        ? await electron.dialog.showSaveDialog(owner, options)
        : await electron.dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? undefined : chosen.filePath;
    },
    async chooseOpenFile(kind) {
      const options = {
        properties: ['openFile' as const],
        filters: [OPEN_FILTERS[kind]],
      };
      const owner = parent();
      const chosen = owner
        ? await electron.dialog.showOpenDialog(owner, options)
        : await electron.dialog.showOpenDialog(options);
      return chosen.canceled ? undefined : chosen.filePaths[0];
    },
    async chooseFolder() {
      const options = {
        title: 'Choose where to put the export',
        buttonLabel: 'Export here',
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const owner = parent();
      const chosen = owner
        ? await electron.dialog.showOpenDialog(owner, options)
        : await electron.dialog.showOpenDialog(options);
      return chosen.canceled ? undefined : chosen.filePaths[0];
    },
    printToPdf: (html) =>
      withPacketWindow(html, async (window) => {
        const pdf = await window.webContents.printToPDF({
          printBackground: true,
          pageSize: 'Letter',
          displayHeaderFooter: false,
        });
        return new Uint8Array(pdf);
      }),
    print: (html) =>
      withPacketWindow(
        html,
        (window) =>
          new Promise<boolean>((resolve) => {
            window.webContents.print({ silent: false, printBackground: true }, (success) =>
              resolve(success),
            );
          }),
      ),
    // From the main process, so the renderer needs no clipboard permission (all are denied).
    copyText: async (text) => {
      await electron.clipboard.writeText(text);
    },
  };
}
