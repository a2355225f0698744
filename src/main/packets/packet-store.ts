import { createHash } from 'node:crypto';
import { link, mkdir, open, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DeskFailure } from '../ipc/desk-failure';
import { syncFolder, writeFileDurably } from '../storage/durable-file';
import { describeWriteError } from '../storage/write-error';
import { writeFully } from '../storage/write-fully';

export const PACKETS_FOLDER = 'packets';

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** What stays of a packet disposed of under retention: `<sha256>.disposed.json`. */
const DISPOSED_SUFFIX = '.disposed.json';

export function packetSha256(html: string | Uint8Array): string {
  return createHash('sha256').update(html).digest('hex');
}

let temporaryCounter = 0;

/**
 * Frozen packets: packets/<sha256>.html in the data folder, one file per packet, named by the
 * SHA-256 of its bytes. A decision names that hash, so a file is never replaced: freezing the same
 * packet again finds the same name and checks the bytes there; reading checks them against the
 * name, and a file whose bytes changed is named as damaged and never shown as the packet.
 */
export class PacketStore {
  constructor(readonly dataFolder: string) {}

  get folder(): string {
    return join(this.dataFolder, PACKETS_FOLDER);
  }

  fileOf(sha256: string): string {
    return join(this.folder, `${sha256}.html`);
  }

  /** Stores the packet's HTML; returns its SHA-256 (the name a decision uses). */
  async freeze(html: string): Promise<string> {
    const bytes = Buffer.from(html, 'utf8');
    const sha256 = packetSha256(bytes);
    const file = this.fileOf(sha256);
    if (await this.holds(file, sha256)) return sha256;
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    temporaryCounter += 1;
    const temporary = join(this.folder, `.${sha256}.${process.pid}.${temporaryCounter}.tmp`);
    try {
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await writeFully(handle, bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // A hard link, not a rename: it fails rather than replace a file already under that name
      // (another writer's, or one frozen meanwhile), so no frozen packet is ever overwritten.
      await link(temporary, file).catch(async (error: unknown) => {
        if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
        if (!(await this.holds(file, sha256))) throw error;
      });
    } catch (error) {
      if (error instanceof DeskFailure) throw error;
      throw new DeskFailure('write-failed', describeWriteError('The packet', file, error));
    } finally {
      await rm(temporary, { force: true });
    }
    // The link is durable only once the folder's entry is.
    await syncFolder(this.folder);
    return sha256;
  }

  /**
   * Disposes of a packet under retention, its disposition event already in the journal: a note
   * naming that event is made durable first, then the HTML goes, so a packet is never missing
   * without saying why. Reading it afterwards says it was disposed of, and by which event.
   */
  async dispose(sha256: string, disposition: number): Promise<void> {
    if (!SHA256_HEX.test(sha256)) {
      throw new DeskFailure('invalid-request', `“${sha256}” is not a packet's SHA-256.`);
    }
    await writeFileDurably(
      join(this.folder, `${sha256}${DISPOSED_SUFFIX}`),
      `${JSON.stringify({ sha256, disposition })}\n`,
    );
    await rm(this.fileOf(sha256), { force: true });
    await syncFolder(this.folder);
  }

  /** Packets disposed of under retention, by SHA-256, with their disposition event. */
  async disposed(): Promise<ReadonlyMap<string, number>> {
    const found = new Map<string, number>();
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return found;
      throw error;
    }
    for (const name of names) {
      if (!name.endsWith(DISPOSED_SUFFIX)) continue;
      const disposition = await this.disposedBy(name.slice(0, -DISPOSED_SUFFIX.length));
      if (disposition !== undefined) found.set(name.slice(0, -DISPOSED_SUFFIX.length), disposition);
    }
    return found;
  }

  /** The disposition event that disposed of the packet, if one did. */
  private async disposedBy(sha256: string): Promise<number | undefined> {
    const text = await readFile(join(this.folder, `${sha256}${DISPOSED_SUFFIX}`), 'utf8').catch(
      () => undefined,
    );
    if (text === undefined) return undefined;
    try {
      const note = JSON.parse(text) as { sha256?: unknown; disposition?: unknown };
      return note.sha256 === sha256 && typeof note.disposition === 'number'
        ? note.disposition
        : undefined;
    } catch {
      return undefined;
    }
  }

  /** The frozen HTML, checked against its name. */
  async read(sha256: string): Promise<string> {
    if (!SHA256_HEX.test(sha256)) {
      throw new DeskFailure('invalid-request', `“${sha256}” is not a packet's SHA-256.`);
    }
    const file = this.fileOf(sha256);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') {
        const disposition = await this.disposedBy(sha256);
        if (disposition !== undefined) {
          throw new DeskFailure(
            'not-found',
            `The packet ${sha256} was disposed of under retention (journal event ${disposition}); its SHA-256 and size are kept in that event, and the submission and decision that named it stay on record.`,
          );
        }
        throw new DeskFailure(
          'store-damaged',
          `The frozen packet ${file} is missing: the submission names it, but the file is gone. Restore the data folder from a backup; until then the packet cannot be shown.`,
        );
      }
      throw error;
    }
    const found = packetSha256(bytes);
    if (found !== sha256) throw damagedPacket(file, found);
    return bytes.toString('utf8');
  }

  /** True when `file` holds exactly the packet; a different content there is damage, named. */
  private async holds(file: string, sha256: string): Promise<boolean> {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return false;
      throw error;
    }
    const found = packetSha256(bytes);
    if (found !== sha256) throw damagedPacket(file, found);
    return true;
  }
}

function damagedPacket(file: string, found: string): DeskFailure {
  return new DeskFailure(
    'store-damaged',
    `The frozen packet ${file} was changed outside Social Desk: its content's SHA-256 is now ${found}, not the one it is named for. It is not shown and was not replaced. Restore it from a backup (a decision names the original hash).`,
  );
}
