import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Parser, type ReadEntry } from 'tar';
import { parseUnknown } from '../../shared/parse';
import { DeskFailure } from '../ipc/desk-failure';
import { type BackupManifest, manifestSchema } from './backup';
import { MANIFEST, isDataFilePath } from './data-files';

/** A manifest larger than this is not one Social Desk wrote (a million drafts is about 150 MB). */
const MANIFEST_LIMIT = 256 * 1024 * 1024;

export interface BackupListing {
  readonly manifest: BackupManifest;
  /** The manifest's bytes, to prove the copy unpacked later is the one checked here. */
  readonly manifestText: string;
  /** The SHA-256 of the whole archive file, as read for this listing. */
  readonly sha256: string;
  /** Decides, for an entry met while unpacking, whether it is one this listing allowed. */
  readonly allows: (path: string, type: string) => boolean;
}

export function refuseBackup(backup: string, what: string): DeskFailure {
  return new DeskFailure(
    'invalid-request',
    `The backup ${backup} is damaged or not a Social Desk backup: ${what}. Nothing was changed.`,
  );
}

interface SeenEntry {
  readonly path: string;
  readonly type: string;
  readonly size: number;
  readonly linkpath: string | undefined;
}

/**
 * Reads the whole archive without writing anything and decides whether it may be unpacked: the
 * manifest comes first, and every other entry is a regular file the manifest lists (once, at its
 * size) or a folder holding one. A link of either kind, a device, an absolute path, a `..`, or a
 * file the manifest does not list (a planted `writer.lock`, `quarantine/`, a `*.tmp`) refuses
 * the archive before a single byte of it reaches the disk.
 */
export async function readBackupListing(backup: string): Promise<BackupListing> {
  const seen: SeenEntry[] = [];
  const manifestChunks: Buffer[] = [];
  let manifestBytes = 0;
  const parser = new Parser({
    strict: true,
    onReadEntry: (entry: ReadEntry) => {
      seen.push({
        path: entry.path,
        type: entry.type,
        size: entry.size,
        linkpath: entry.linkpath,
      });
      if (seen.length === 1 && entry.path === MANIFEST && entry.type === 'File') {
        entry.on('data', (chunk: Buffer) => {
          manifestBytes += chunk.length;
          if (manifestBytes <= MANIFEST_LIMIT) manifestChunks.push(chunk);
        });
      }
      entry.resume();
    },
  });
  const hash = createHash('sha256');
  let failure: unknown;
  const done = new Promise<void>((resolve) => {
    parser.on('error', (error: unknown) => {
      failure ??= error;
      resolve();
    });
    parser.on('end', resolve);
  });
  try {
    for await (const chunk of createReadStream(backup)) {
      if (!(chunk instanceof Buffer)) throw new Error('the archive was read as text');
      hash.update(chunk);
      parser.write(chunk);
      // Strict parsing stops at the first fault: reading on would only bury it.
      if (failure !== undefined) break;
    }
    if (failure === undefined) {
      parser.end();
      await done;
    }
  } catch (error) {
    failure ??= error;
  }
  if (failure !== undefined) {
    const detail = failure instanceof Error ? failure.message : 'the archive could not be read';
    const code = (failure as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'EPERM') {
      throw new DeskFailure(
        'not-found',
        `The backup ${backup} cannot be opened (${detail}). Check the file's name and permissions. Nothing was changed.`,
      );
    }
    throw refuseBackup(backup, `it cannot be read as an archive (${detail})`);
  }
  const [first] = seen;
  if (first?.path !== MANIFEST || first.type !== 'File')
    throw refuseBackup(backup, `its first entry is not ${MANIFEST}`);
  if (manifestBytes > MANIFEST_LIMIT) throw refuseBackup(backup, `its ${MANIFEST} is too large`);
  const manifestText = Buffer.concat(manifestChunks).toString('utf8');
  const manifest = parseManifest(backup, manifestText);
  const listed = new Map(manifest.files.map((file) => [file.path, file]));
  const folders = new Set<string>();
  for (const file of manifest.files) {
    if (!isDataFilePath(file.path))
      throw refuseBackup(
        backup,
        `its manifest lists ${JSON.stringify(file.path)}, which a data folder's backup never holds`,
      );
    const parts = file.path.split('/');
    for (let depth = 1; depth < parts.length; depth += 1)
      folders.add(parts.slice(0, depth).join('/'));
  }
  if (listed.size !== manifest.files.length)
    throw refuseBackup(backup, 'its manifest lists a file twice');
  for (const path of listed.keys()) {
    if (folders.has(path))
      throw refuseBackup(backup, `its manifest lists ${path} both as a file and as a folder`);
  }
  const found = new Set<string>();
  for (const entry of seen.slice(1)) {
    const what = describeEntry(entry);
    if (entry.type === 'File' || entry.type === 'OldFile') {
      const file = listed.get(entry.path);
      if (!file) throw refuseBackup(backup, `it holds ${what}, which its manifest does not list`);
      if (found.has(entry.path)) throw refuseBackup(backup, `it holds ${what} twice`);
      if (entry.size !== file.bytes)
        throw refuseBackup(
          backup,
          `${entry.path} is ${entry.size} bytes, its manifest says ${file.bytes}`,
        );
      found.add(entry.path);
    } else if (entry.type === 'Directory') {
      if (!folders.has(entry.path.replace(/\/+$/, '')))
        throw refuseBackup(backup, `it holds ${what}, which holds no file its manifest lists`);
    } else {
      throw refuseBackup(
        backup,
        `it holds ${what}; a backup holds only regular files and their folders`,
      );
    }
  }
  for (const path of listed.keys()) {
    if (!found.has(path)) throw refuseBackup(backup, `${path} is missing`);
  }
  return {
    manifest,
    manifestText,
    sha256: hash.digest('hex'),
    allows: (path, type) =>
      path === MANIFEST
        ? type === 'File'
        : type === 'Directory'
          ? folders.has(path.replace(/\/+$/, ''))
          : (type === 'File' || type === 'OldFile') && listed.has(path),
  };
}

function parseManifest(backup: string, text: string): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refuseBackup(backup, `its ${MANIFEST} is not JSON`);
  }
  const parsed = parseUnknown(manifestSchema, json, 'The manifest');
  if (!parsed.ok) throw refuseBackup(backup, parsed.error.message);
  return parsed.value;
}

function describeEntry(entry: SeenEntry): string {
  const name = JSON.stringify(entry.path);
  switch (entry.type) {
    case 'File':
    case 'OldFile':
      return `the file ${name}`;
    case 'Directory':
      return `the folder ${name}`;
    case 'SymbolicLink':
      return `a symbolic link ${name} to ${JSON.stringify(entry.linkpath ?? '')}`;
    case 'Link':
      return `a hard link ${name} to ${JSON.stringify(entry.linkpath ?? '')}`;
    case 'CharacterDevice':
    case 'BlockDevice':
      return `a device ${name}`;
    case 'FIFO':
      return `a named pipe ${name}`;
    default:
      return `an entry ${name} of type ${entry.type}`;
  }
}
