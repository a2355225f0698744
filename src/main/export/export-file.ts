import { createHash } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import { writeFully } from '../storage/write-fully';

/** What the manifest keeps of a file. */
export interface FileDigest {
  readonly sha256: string;
  readonly size: number;
}

/** Written text is gathered to about this many bytes per write: 100,000 records are many lines. */
const CHUNK = 256 * 1024;

/**
 * One file of an export, written as it goes and hashed as it is written, so the manifest never
 * reads the export back. Created new (`wx`): a file already there is never written over. `close`
 * fsyncs it before it counts as written.
 */
export class ExportFile {
  private readonly hash = createHash('sha256');
  private pending: string[] = [];
  private pendingLength = 0;
  private size = 0;

  private constructor(private readonly handle: FileHandle) {}

  static async create(path: string): Promise<ExportFile> {
    return new ExportFile(await open(path, 'wx', 0o600));
  }

  async write(data: string | Uint8Array): Promise<void> {
    if (typeof data === 'string') {
      this.pending.push(data);
      this.pendingLength += data.length;
      if (this.pendingLength >= CHUNK) await this.flush();
      return;
    }
    await this.flush();
    await this.put(data);
  }

  async close(): Promise<FileDigest> {
    try {
      await this.flush();
      await this.handle.sync();
    } finally {
      await this.handle.close();
    }
    return { sha256: this.hash.digest('hex'), size: this.size };
  }

  /** Closes without caring for the bytes: the export failed and its staging folder goes. */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    await this.put(bytes);
  }

  private async put(bytes: Uint8Array): Promise<void> {
    this.hash.update(bytes);
    this.size += bytes.length;
    await writeFully(this.handle, bytes);
  }
}

/** Writes a whole file of an export at once. */
export async function writeExportFile(path: string, data: string): Promise<FileDigest> {
  const file = await ExportFile.create(path);
  try {
    await file.write(data);
  } catch (error) {
    await file.abandon();
    throw error;
  }
  return file.close();
}
