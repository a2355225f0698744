import type { Channel } from '../../shared/ipc/contract';
import type { Profile } from '../../shared/profiles/profile';
import type { ActingHandlers } from '../ipc/authorize';
import { DeskFailure } from '../ipc/desk-failure';
import type { Services } from '../services';

/** One domain's rows of the handler table (`pages` → every `pages:*` channel). */
export type DomainHandlers<D extends string> = Pick<
  ActingHandlers,
  Extract<Channel, `${D}:${string}`>
>;

/**
 * What only the app's window can do: ask where to save a file, print, render a PDF with the app's
 * own Chromium. Electron's glue gives one (window/desk-shell.ts); the CLI and the end-to-end harness
 * give their own, so the handlers stay free of Electron.
 */
export interface DeskShell {
  /** Asks the person where to save; undefined when they cancel. */
  chooseSaveFile(suggestedName: string, kind: SaveKind): Promise<string | undefined>;
  /**
   * Asks the person for a file to read (a platform's comment export, the department's place
   * names); undefined when they cancel.
   */
  chooseOpenFile(kind: OpenKind): Promise<string | undefined>;
  /**
   * Asks the person for a folder to put something in (an export); undefined when they cancel.
   * Optional: a shell without one says exporting from a window is not available there.
   */
  chooseFolder?(purpose: 'export'): Promise<string | undefined>;
  /** The HTML as a PDF (A4/Letter pages, backgrounds printed). */
  printToPdf(html: string): Promise<Uint8Array>;
  /** Shows the system's print dialog for the HTML; false when the person cancelled. */
  print(html: string): Promise<boolean>;
  /** Puts plain text on the system clipboard (a post's text, to paste into its platform). */
  copyText(text: string): Promise<void>;
}

export type SaveKind = 'pdf' | 'html' | 'csv';
export type OpenKind = 'comments' | 'place-names';

/** What every domain's handlers are given. */
export interface HandlerContext {
  readonly services: Services;
  readonly shell: DeskShell;
  /** The signed-in profile as stored now (roles and deactivation apply at once). */
  readonly currentActor: () => Profile | undefined;
}

/** For a shell that cannot do something (the CLI has no print dialog): says so plainly. */
export function unavailable(what: string): never {
  throw new DeskFailure('invalid-request', `${what} is not available here.`);
}

/** Where there is no window (the CLI, tests that need none): nothing to ask, print or render. */
export const headlessShell: DeskShell = {
  chooseSaveFile: () => unavailable('Choosing where to save'),
  chooseOpenFile: () => unavailable('Choosing a file to open'),
  chooseFolder: () => unavailable('Choosing a folder'),
  printToPdf: () => unavailable('Making a PDF without Chromium'),
  print: () => unavailable('Printing without a window'),
  copyText: () => unavailable('Copying to the clipboard without a window'),
};
