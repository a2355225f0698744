import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { JOURNAL_FOLDER, listSegments } from '../../src/main/journal/segments';

/**
 * The floor under `log verify`: the time to SHA-256 the same bytes once, with Node's crypto (read in
 * 4 MiB chunks, as verify reads) and with `sha256sum` where it is installed.
 */
export async function hashFloor(
  dataFolder: string,
): Promise<{ bytes: number; nodeMs: number; sha256sumMs: number | undefined }> {
  const files = (await listSegments(join(dataFolder, JOURNAL_FOLDER))).map(
    (segment) => segment.file,
  );
  let bytes = 0;
  let started = performance.now();
  const buffer = Buffer.allocUnsafe(4 * 1024 * 1024);
  for (const file of files) {
    const digest = createHash('sha256');
    const handle = await open(file, 'r');
    try {
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        digest.update(buffer.subarray(0, bytesRead));
        bytes += bytesRead;
      }
    } finally {
      await handle.close();
    }
    digest.digest('hex');
  }
  const nodeMs = performance.now() - started;
  let sha256sumMs: number | undefined;
  try {
    started = performance.now();
    execFileSync('sha256sum', files, { stdio: 'ignore' });
    sha256sumMs = performance.now() - started;
  } catch {
    sha256sumMs = undefined;
  }
  return { bytes, nodeMs, sha256sumMs };
}
