import { statfs, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { verifyJournal } from '../../src/main/journal/verify';
import { COMMENT_CAPTURED, capturedCommentSchema } from '../../src/shared/moderation/comment';
import {
  cli,
  cliFirstAdministrator,
  cliPage,
  journalEvents,
  scratchFolder,
} from './records-fixtures';
import { CAN_MOUNT, mountedTmpfs, warnIfCannotMount } from './tmpfs';

warnIfCannotMount('comment-import-full-disk');

const ADMIN = 'Avery Admin';
const PASSPHRASE = 'records are kept whole';
// Three batches of 2,000 (IMPORT_BATCH_SIZE), so a full disk can stop one part way.
const COMMENTS = 6_000;
// Three sign-ins with a real scrypt check, and thousands of fdatasyncs.
const TIMEOUT = 120_000;

/** A Graph-API-shaped export of `count` comments, each about 150 characters of text. */
async function generatedExport(count: number): Promise<{ file: string; ids: string[] }> {
  const ids = Array.from(
    { length: count },
    (_, index) => `30000${index}_${(index * 7919) % 100_000}`,
  );
  const rows = ids.map((id, index) => {
    const minute = String(index % 60).padStart(2, '0');
    const hour = String(10 + (Math.floor(index / 60) % 10)).padStart(2, '0');
    return `${id},"Comment ${index}: will the parade route on Elm Street close again on Friday night, and where can we park near the high school?",Resident ${index % 97},2026-10-03T${hour}:${minute}:00+0000,https://www.facebook.com/examplepd/posts/pfbid0300?comment_id=${index}`;
  });
  const file = join(await scratchFolder('social-desk-full-disk-export-'), 'facebook-comments.csv');
  await writeFile(file, `id,message,from,created_time,permalink_url\n${rows.join('\n')}\n`);
  return { file, ids };
}

/** A data folder on the tmpfs with its first administrator and a page, as a custodian sets one up. */
async function deskOnTmpfs(
  size: string,
): Promise<{ mount: string; folder: string; pageId: string }> {
  const mount = await mountedTmpfs(size);
  const folder = join(mount, 'data');
  await cliFirstAdministrator(folder, ADMIN, 'administrator,moderator', PASSPHRASE);
  return { mount, folder, pageId: await cliPage(folder, ADMIN) };
}

/** Fills the disk with one file until `leave` bytes are free; returns the file, to delete later. */
async function fillLeaving(mount: string, leave: number): Promise<string> {
  const { bavail, bsize } = await statfs(mount);
  const filler = join(mount, 'filler.bin');
  await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - leave)));
  return filler;
}

async function capturedIds(folder: string): Promise<string[]> {
  return (await journalEvents(folder))
    .filter((event) => event.header.type === COMMENT_CAPTURED)
    .map((event) => capturedCommentSchema.parse(event.payload).commentId);
}

const savedReport = z.object({
  imported: z.number(),
  edited: z.number(),
  duplicates: z.number(),
  notSaved: z.number(),
});

describe.skipIf(!CAN_MOUNT)('comments import on a full disk (real tmpfs)', () => {
  it(
    'exits 1 saying exactly how many were saved, and the re-run after freeing space adds the rest once',
    async () => {
      const { mount, folder, pageId } = await deskOnTmpfs('8m');
      const { file, ids } = await generatedExport(COMMENTS);
      // Room for some of the 6,000 events (about 600 bytes each): more than a batch, not all.
      const filler = await fillLeaving(mount, 2 * 1024 * 1024);
      const importArgs = [
        'comments',
        'import',
        file,
        '--data',
        folder,
        '--profile',
        ADMIN,
        '--page',
        pageId,
      ];

      const failed = await cli(...importArgs);

      expect(failed.code, failed.err).toBe(1);
      const onDisk = await capturedIds(folder);
      const saved = onDisk.length;
      expect(saved).toBeGreaterThan(0);
      expect(saved).toBeLessThan(COMMENTS);
      expect(failed.err).toContain(`Saved ${saved} of the ${COMMENTS} new or edited comments`);
      expect(failed.err).toContain(`The other ${COMMENTS - saved} were not saved`);
      expect(failed.err).toContain('run the same command again');
      expect(failed.err).not.toContain('Nothing was changed');
      expect(failed.err).not.toContain('Nothing was imported');
      expect(savedReport.parse(JSON.parse(failed.out))).toEqual({
        imported: saved,
        edited: 0,
        duplicates: 0,
        notSaved: COMMENTS - saved,
      });
      expect(onDisk).toEqual(ids.slice(0, saved));

      await unlink(filler);
      const rerun = await cli(...importArgs);

      expect(rerun.code, rerun.err).toBe(0);
      expect(savedReport.omit({ notSaved: true }).parse(JSON.parse(rerun.out))).toEqual({
        imported: COMMENTS - saved,
        edited: 0,
        duplicates: saved,
      });
      const all = await capturedIds(folder);
      expect(all).toHaveLength(COMMENTS);
      expect(new Set(all)).toEqual(new Set(ids));
      expect(await verifyJournal(folder)).toMatchObject({ ok: true });
    },
    TIMEOUT,
  );

  it(
    'says "Nothing was imported" only when nothing was, and then the journal still verifies',
    async () => {
      const { mount, folder, pageId } = await deskOnTmpfs('2m');
      const { file } = await generatedExport(COMMENTS);
      const before = (await journalEvents(folder)).length;
      await fillLeaving(mount, 16 * 1024);

      const failed = await cli(
        'comments',
        'import',
        file,
        '--data',
        folder,
        '--profile',
        ADMIN,
        '--page',
        pageId,
      );

      expect(failed.code, failed.err).toBe(1);
      expect(failed.err).toContain(`Nothing was imported from ${file}`);
      expect(failed.err).toContain('full');
      expect(savedReport.parse(JSON.parse(failed.out))).toMatchObject({
        imported: 0,
        notSaved: COMMENTS,
      });
      expect(await journalEvents(folder)).toHaveLength(before);
      expect(await verifyJournal(folder)).toMatchObject({ ok: true });
    },
    TIMEOUT,
  );
});
