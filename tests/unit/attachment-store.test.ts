import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ATTACHMENTS_FOLDER, AttachmentStore } from '../../src/main/attachments/attachment-store';
import { scratchFolder } from './records-fixtures';

let folder: string;
beforeEach(async () => {
  folder = await scratchFolder('social-desk-attachments-');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const PHOTO = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from('the same photo, sent by two people at once'),
]);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const WORDS = { what: 'The photo or video same.jpg', unrecorded: 'so it was not attached' };

describe('the attachment store’s one queue', () => {
  it('never lets a refused step’s clean-up take away a file a concurrent keepAlone kept', async () => {
    const store = new AttachmentStore(folder);
    let recordStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => {
      recordStarted = resolve;
    });
    let refuse: () => void = () => undefined;
    const refusal = new Promise<void>((resolve) => {
      refuse = resolve;
    });
    // A permission whose record fails after its scan (the same bytes) was written.
    const step = store.keepFor('same.jpg', PHOTO, async () => {
      recordStarted();
      await refusal;
      throw new Error('the draft is locked');
    });
    await started;
    // The photo is attached while that step is still deciding: it must wait its turn.
    const alone = store.keepAlone('same.jpg', PHOTO, WORDS);
    refuse();
    await expect(step).rejects.toThrow('the draft is locked');
    const kept = await alone;
    expect(kept.sha256).toBe(sha256(PHOTO));
    const onDisk = await readFile(join(folder, ATTACHMENTS_FOLDER, sha256(PHOTO)));
    expect(onDisk.equals(PHOTO)).toBe(true);
  });

  it('removes a file only its refused step added, and keeps one that was there before', async () => {
    const store = new AttachmentStore(folder);
    const file = join(folder, ATTACHMENTS_FOLDER, sha256(PHOTO));
    await expect(
      store.keepFor('same.jpg', PHOTO, () => Promise.reject(new Error('refused'))),
    ).rejects.toThrow('refused');
    await expect(readFile(file)).rejects.toThrow();
    await store.keepAlone('same.jpg', PHOTO, WORDS);
    await expect(
      store.keepFor('same.jpg', PHOTO, () => Promise.reject(new Error('refused'))),
    ).rejects.toThrow('refused');
    expect((await readFile(file)).equals(PHOTO)).toBe(true);
  });
});
