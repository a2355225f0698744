import type { Adapter } from 'lowdb';
import { readFile } from 'node:fs/promises';
import { writeFileDurably } from './durable-file';

/**
 * lowdb's adapter, made durable: lowdb's stock JSONFile neither fsyncs nor orders writes to the
 * folder (typicode/lowdb#352, #549), so a power cut can leave an empty or torn store. Reads return
 * the parsed JSON untyped: the store validates it.
 */
export class DurableJsonFile implements Adapter<unknown> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly file: string) {}

  async read(): Promise<unknown> {
    const document = await this.readDocument();
    return document.exists ? document.value : null;
  }

  /**
   * Tells a missing file from one that holds `null`, `false` or `0`: lowdb's own read treats every
   * falsy value as "no file", which would let a damaged store be replaced by an empty one.
   */
  async readDocument(): Promise<{ exists: false } | { exists: true; value: unknown }> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return { exists: false };
      throw error;
    }
    return { exists: true, value: JSON.parse(text) as unknown };
  }

  /** One write at a time, in the order asked. */
  write(data: unknown): Promise<void> {
    const run = this.queue.then(() => writeFileDurably(this.file, JSON.stringify(data)));
    this.queue = run.catch(() => undefined);
    return run;
  }
}
