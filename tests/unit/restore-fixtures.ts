import { spawnSync } from 'node:child_process';
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Header, type ReadEntry, list } from 'tar';
import { Journal } from '../../src/main/journal/journal';
import { readEvents } from '../../src/main/journal/read-events';
import { folderDigest, scratchFolder } from './records-fixtures';

/** Who the backup and restore tests act as: the services receive an id, as from a signed-in profile. */
export const CUSTODIAN = { id: '5b0c7c1e-9d1a-4d43-9a57-1f3b8a4e2c10' };

/**
 * A data folder with records in it: a journal of `events` events and a few document files. The
 * backup and restore code treats the documents as bytes, so they are written directly.
 */
export async function recordsFolder(
  parent: string,
  name = 'data',
  events = 40,
  tag = 'first',
): Promise<string> {
  const folder = join(parent, name);
  await mkdir(join(folder, 'drafts'), { recursive: true });
  await writeFile(join(folder, 'profiles.json'), `{"schemaVersion":1,"note":"${tag}"}\n`);
  await writeFile(join(folder, 'pages.json'), `{"schemaVersion":1,"pages":[]}\n`);
  await writeFile(join(folder, 'drafts', 'index.jsonl'), `{"id":"d1","tag":"${tag}"}\n`);
  await writeFile(join(folder, 'drafts', 'd1.json'), `{"id":"d1","body":"Road closed ${tag}"}\n`);
  await appendEvents(folder, events, tag);
  return folder;
}

export async function appendEvents(folder: string, count: number, tag: string): Promise<void> {
  const { journal } = await Journal.open(folder);
  try {
    await journal.append(
      Array.from({ length: count }, (_, i) => ({
        type: 'comment.captured',
        by: CUSTODIAN.id,
        payload: { tag, i, text: `comment ${tag} ${i}` },
      })),
    );
  } finally {
    await journal.close();
  }
}

/** A copy of a folder in a fresh parent of its own, so the siblings a restore makes are its alone. */
export async function copyInto(
  template: string,
  name = 'data',
): Promise<{ parent: string; folder: string }> {
  const parent = await scratchFolder('social-desk-restore-');
  const folder = join(parent, name);
  await cp(template, folder, { recursive: true });
  return { parent, folder };
}

/** What a person could see: every file's bytes in the folder, and every name beside it. */
export async function folderState(parent: string, folder: string) {
  return { files: await folderDigest(folder), siblings: (await readdir(parent)).sort() };
}

/** Every event's type, in order. */
export async function eventTypes(folder: string): Promise<string[]> {
  const types: string[] = [];
  for await (const event of readEvents(folder)) types.push(event.header.type);
  return types;
}

export interface ArchiveEntry {
  readonly path: string;
  readonly type: 'File' | 'Directory' | 'SymbolicLink' | 'Link' | 'CharacterDevice' | 'FIFO';
  readonly body?: Buffer;
  readonly linkpath?: string;
}

/** Every entry of a tar archive with its bytes. */
export async function readArchive(file: string): Promise<ArchiveEntry[]> {
  const entries: { path: string; type: string; chunks: Buffer[]; linkpath?: string }[] = [];
  await list({
    file,
    onReadEntry: (entry: ReadEntry) => {
      const chunks: Buffer[] = [];
      entries.push({ path: entry.path, type: entry.type, chunks, linkpath: entry.linkpath });
      entry.on('data', (chunk: Buffer) => chunks.push(chunk));
    },
  });
  return entries.map(({ path, type, chunks, linkpath }) => {
    if (type !== 'File' && type !== 'Directory') throw new Error(`unexpected ${type} ${path}`);
    return { path, type, body: Buffer.concat(chunks), ...(linkpath ? { linkpath } : {}) };
  });
}

/**
 * Writes a tar archive entry by entry, exactly as given: the way to make the archives an attacker
 * or a damaged disk would hand to a restore (links, devices, absolute paths, unlisted files).
 */
export async function writeArchive(file: string, entries: readonly ArchiveEntry[]): Promise<void> {
  const blocks: Buffer[] = [];
  for (const entry of entries) {
    const body = entry.type === 'File' ? (entry.body ?? Buffer.alloc(0)) : Buffer.alloc(0);
    const header = new Header({
      path: entry.path,
      type: entry.type,
      mode: entry.type === 'Directory' ? 0o755 : 0o644,
      size: body.length,
      mtime: new Date('2026-10-03T12:00:00Z'),
      uid: 0,
      gid: 0,
      ...(entry.linkpath === undefined ? {} : { linkpath: entry.linkpath }),
      ...(entry.type === 'CharacterDevice' ? { devmaj: 1, devmin: 3 } : {}),
    });
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    blocks.push(block, body, Buffer.alloc((512 - (body.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  await writeFile(file, Buffer.concat(blocks));
}

export { CAN_MOUNT, mountedTmpfs } from './tmpfs';

/** Fills a disk until only about `leave` bytes are free: what a person meets on a full disk. */
export async function fillDisk(folder: string, leave: number): Promise<void> {
  const free = spawnSync('df', ['--output=avail', '-B1', folder]).stdout.toString().split('\n')[1];
  const available = Number(free?.trim() ?? '0');
  if (available > leave)
    await writeFile(join(folder, 'filler'), Buffer.alloc(available - leave, 1));
}
