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
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as unknown;
  }

  /** One write at a time, in the order asked. */
  write(data: unknown): Promise<void> {
    const run = this.queue.then(() => writeFileDurably(this.file, JSON.stringify(data)));
    this.queue = run.catch(() => undefined);
    return run;
  }
}
