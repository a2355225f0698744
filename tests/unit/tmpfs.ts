import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/**
 * Whether this machine lets the tests mount a small tmpfs (root on Linux, outside a locked-down
 * container): the one honest way to make a disk full, or a folder read-only even for root.
 */
function probeMount(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const target = mkdtempSync(join(tmpdir(), 'social-desk-mount-probe-'));
  try {
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', target]);
    if (mounted.status !== 0) return false;
    return spawnSync('umount', [target]).status === 0;
  } catch {
    return false;
  } finally {
    rmdirSync(target);
  }
}
export const CAN_MOUNT = probeMount();
export const MOUNT_SKIP_REASON =
  'needs root on Linux to mount a small tmpfs: the one honest way to fill a disk';

/** Says, once per file, which tests this machine skips and why: never a silent skip. */
export function warnIfCannotMount(what: string): void {
  if (!CAN_MOUNT) console.warn(`${what} skipped: ${MOUNT_SKIP_REASON}`);
}

/** Mounts a tmpfs of `size` on a fresh folder; unmounted, then removed, when the test ends. */
export async function mountedTmpfs(size: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'social-desk-tmpfs-'));
  onTestFinished(async () => {
    spawnSync('umount', [folder]);
    await rm(folder, { recursive: true, force: true });
  });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder]);
  if (mounted.status !== 0) throw new Error(`mount failed: ${mounted.stderr.toString()}`);
  return folder;
}
