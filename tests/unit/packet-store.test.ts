import { createHash } from 'node:crypto';
import { readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeskFailure } from '../../src/main/ipc/desk-failure';
import { PacketStore } from '../../src/main/packets/packet-store';
import { postPacketHtml } from '../../src/shared/packets/render-packet';
import { postInput } from './packet-fixtures';
import { tempFolder } from './temp-folder';
import { CAN_MOUNT, MOUNT_SKIP_REASON, mountedTmpfs, warnIfCannotMount } from './tmpfs';

const HTML = postPacketHtml(postInput({ frozen: true }));
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

async function failureOf(promise: Promise<unknown>): Promise<DeskFailure> {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof DeskFailure))
    throw new Error(`expected a DeskFailure, got ${String(error)}`);
  return error;
}

describe('the frozen-packet store', () => {
  it('writes packets/<sha256>.html with the exact bytes, private, and reads them back', async () => {
    const store = new PacketStore(await tempFolder());
    const hash = await store.freeze(HTML);
    expect(hash).toBe(sha256(HTML));
    const file = join(store.folder, `${hash}.html`);
    expect(await readFile(file, 'utf8')).toBe(HTML);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(store.folder)).toEqual([`${hash}.html`]);
    expect(await store.read(hash)).toBe(HTML);
  });

  it('freezing the same packet again keeps the very file it has (never rewritten)', async () => {
    const store = new PacketStore(await tempFolder());
    const hash = await store.freeze(HTML);
    const before = await stat(store.fileOf(hash));
    expect(await store.freeze(HTML)).toBe(hash);
    const after = await stat(store.fileOf(hash));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('names a file changed outside Social Desk as damaged and does not serve it', async () => {
    const store = new PacketStore(await tempFolder());
    const hash = await store.freeze(HTML);
    const changed = HTML.replace('Open: not resolved', 'Justified by the Chief');
    await writeFile(store.fileOf(hash), changed);
    const failure = await failureOf(store.read(hash));
    expect(failure.code).toBe('store-damaged');
    expect(failure.message).toContain(store.fileOf(hash));
    expect(failure.message).toContain(sha256(changed));
  });

  it('will not freeze over a damaged file of the same name: it stays as found, and is named', async () => {
    const store = new PacketStore(await tempFolder());
    const hash = await store.freeze(HTML);
    await writeFile(store.fileOf(hash), 'damaged');
    const failure = await failureOf(store.freeze(HTML));
    expect(failure.code).toBe('store-damaged');
    expect(failure.message).toContain(store.fileOf(hash));
    expect(await readFile(store.fileOf(hash), 'utf8')).toBe('damaged');
  });

  it('names a missing packet, and refuses a name that is not a SHA-256', async () => {
    const store = new PacketStore(await tempFolder());
    const hash = await store.freeze(HTML);
    await unlink(store.fileOf(hash));
    expect((await failureOf(store.read(hash))).message).toContain('is missing');
    expect((await failureOf(store.read('../profiles'))).code).toBe('invalid-request');
  });

  warnIfCannotMount('Freezing a packet on a full disk');
  it.skipIf(!CAN_MOUNT)(
    `on a full disk says so, and leaves no file, whole or partial (${CAN_MOUNT ? 'tmpfs' : MOUNT_SKIP_REASON})`,
    async () => {
      const folder = await mountedTmpfs('64k');
      const store = new PacketStore(folder);
      const failure = await failureOf(store.freeze(HTML.repeat(4)));
      expect(failure.code).toBe('write-failed');
      expect(failure.message).toContain('disk');
      expect(failure.message).toContain('Nothing was changed');
      expect(await readdir(store.folder)).toEqual([]);
      // Space freed (a smaller packet fits): it freezes as usual.
      expect(await store.read(await store.freeze(HTML))).toBe(HTML);
    },
  );
});
