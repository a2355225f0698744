import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyDataFolder } from '../../src/main/journal/verify-report';
import { JOURNAL_STATUS_FILE, JournalStatusKeeper } from '../../src/main/moderation/journal-status';
import type { JournalStatus } from '../../src/shared/moderation/journal-status';
import { type StoryDesk, openStoryDesk } from './comment-story-fixtures';
import { cli, segmentFiles } from './records-fixtures';
import { tempFolder } from './temp-folder';

async function statusOf(
  d: StoryDesk,
  verifyNow?: boolean,
  checkpoint?: string,
): Promise<JournalStatus> {
  const answer = await d.send(d.sam, 'comments:journalStatus', {
    ...(verifyNow ? { verifyNow } : {}),
    ...(checkpoint === undefined ? {} : { checkpoint }),
  });
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as JournalStatus;
}

describe('the journal’s verification state (comments:journalStatus)', { timeout: 30_000 }, () => {
  it('runs log verify’s check on request, and the last result survives a restart', async () => {
    const d = await openStoryDesk();
    let reopened: StoryDesk | undefined;
    try {
      await d.capture('Thanks for the road closure notice', '2026-06-10T09:00:00.000Z');
      const before = await statusOf(d);
      expect(before.lastVerify, 'never verified in this folder').toBeNull();
      expect(before.lastCheckpoint).toBeNull();
      const head = d.services.journal.head();
      expect(before).toMatchObject({ events: head.events, head: head.hash });

      const verified = await statusOf(d, true);
      expect(verified.lastVerify).toMatchObject({
        ok: true,
        events: head.events,
        message: `the journal verifies: ${head.events} events, head ${head.hash}.`,
      });
      expect(verified.lastVerify?.firstBad).toBeUndefined();
      const cliRun = await cli('log', 'verify', '--data', d.folder);
      expect(cliRun.code).toBe(0);
      expect(JSON.parse(cliRun.out)).toEqual({ ok: true, events: head.events, head: head.hash });

      await d.close();
      reopened = await openStoryDesk(d.folder);
      const afterRestart = await statusOf(reopened);
      expect(afterRestart.lastVerify).toEqual(verified.lastVerify);
    } finally {
      await (reopened ?? d).close();
    }
  });

  it('names the first bad entry of a tampered journal, in log verify’s own words', async () => {
    const d = await openStoryDesk();
    try {
      await d.capture('Thanks for the road closure notice', '2026-06-10T09:00:00.000Z');
      const tampered = await d.capture('You are all clowns', '2026-06-11T09:00:00.000Z');
      await d.capture('See you at the bike rodeo', '2026-06-12T09:00:00.000Z');
      // One byte of the second comment's payload, changed behind the app's back.
      const [segment] = await segmentFiles(d.folder);
      if (!segment) throw new Error('no segment');
      const bytes = await readFile(segment, 'utf8');
      expect(bytes).toContain('all clowns');
      await writeFile(segment, bytes.replace('all clowns', 'all klowns'));

      const status = await statusOf(d, true);
      const cliRun = await cli('log', 'verify', '--data', d.folder);

      expect(cliRun.code).toBe(1);
      expect(status.lastVerify).toMatchObject({ ok: false, firstBad: tampered });
      expect(status.lastVerify?.message).toContain(
        `the journal fails verification at event ${tampered}`,
      );
      // The same words the command prints, without its "social-desk: " prefix.
      expect(`social-desk: ${status.lastVerify?.message}`).toBe(cliRun.err);
      expect(status.lastVerify?.events).toBe(tampered - 1);
      const stored = JSON.parse(await readFile(join(d.folder, JOURNAL_STATUS_FILE), 'utf8')) as {
        lastVerify: unknown;
      };
      expect(stored.lastVerify).toEqual(status.lastVerify);
    } finally {
      await d.close();
    }
  });

  it('runs one check at a time: two requests at once share one run', async () => {
    const d = await openStoryDesk();
    try {
      const [first, second] = await Promise.all([statusOf(d, true), statusOf(d, true)]);
      expect(first.lastVerify).toEqual(second.lastVerify);
      const later = await statusOf(d, true);
      expect((later.lastVerify?.at ?? '') >= (first.lastVerify?.at ?? '')).toBe(true);
    } finally {
      await d.close();
    }
  });

  it('keeps a damaged record of the last result aside and says so, never trusting it', async () => {
    const d = await openStoryDesk();
    let reopened: StoryDesk | undefined;
    try {
      await statusOf(d, true);
      await d.close();
      await writeFile(join(d.folder, JOURNAL_STATUS_FILE), '{"lastVerify": {"ok": tru');
      reopened = await openStoryDesk(d.folder);
      const status = await statusOf(reopened);
      expect(status.lastVerify).toBeNull();
      expect(status.notice).toContain('The record of the last verification');
      expect(status.notice).toContain('verify the journal again');
      expect(status.notice).toContain('quarantine');
      const again = await statusOf(reopened, true);
      expect(again.lastVerify?.ok).toBe(true);
      expect(again.notice).toBeUndefined();
    } finally {
      await (reopened ?? d).close();
    }
  });

  it('checks again when a stamped file was saved while the journal was being read', async () => {
    const folder = await tempFolder('social-desk-status-race-');
    const d = await openStoryDesk();
    await d.close();
    let events = 10;
    let runs = 0;
    // The app appended (and stamped a file) during the first walk: the walk had not seen it.
    const keeper = new JournalStatusKeeper(
      folder,
      { head: () => ({ events, hash: 'f'.repeat(64) }) },
      async () => {
        runs += 1;
        const report = await verifyDataFolder(d.folder);
        if (runs > 1) return report;
        events += 1;
        return {
          ...report,
          ok: false,
          stores: [{ file: 'pages.json', problem: 'its stamp names event 11' }],
          words: ['pages.json was changed outside Social Desk: its stamp names event 11.'],
        };
      },
    );
    const status = await keeper.status(true);
    expect(runs).toBe(2);
    expect(status.lastVerify?.ok).toBe(true);
  });

  it('checks a checkpoint kept elsewhere as log verify --checkpoint does, and keeps the last one checked', async () => {
    const d = await openStoryDesk();
    let reopened: StoryDesk | undefined;
    try {
      await d.capture('Thanks for the road closure notice', '2026-06-10T09:00:00.000Z');
      const kept = d.services.journal.head();
      const printed = await cli('log', 'checkpoint', '--data', d.folder);
      expect(JSON.parse(printed.out)).toEqual({ events: kept.events, head: kept.hash });
      await d.capture('See you at the bike rodeo', '2026-06-12T09:00:00.000Z');

      // Pasted as kept, with the stray spaces a copy brings.
      const held = await statusOf(d, false, ` ${kept.events}:${kept.hash}\n`);
      expect(held.lastCheckpoint).toMatchObject({
        ok: true,
        events: kept.events,
        head: kept.hash,
      });
      expect(held.lastCheckpoint?.message).toBe(held.lastVerify?.message);
      const cliHeld = await cli(
        'log',
        'verify',
        '--checkpoint',
        `${kept.events}:${kept.hash}`,
        '--data',
        d.folder,
      );
      expect(cliHeld.code).toBe(0);
      expect(held.lastVerify?.message).toContain(`the journal verifies: ${kept.events + 1} events`);

      // A checkpoint the journal no longer holds: what a rewritten chain looks like from here.
      const other = `${kept.events}:${'0'.repeat(64)}`;
      const broken = await statusOf(d, false, other);
      const cliBroken = await cli('log', 'verify', '--checkpoint', other, '--data', d.folder);
      expect(cliBroken.code).toBe(1);
      expect(broken.lastCheckpoint).toMatchObject({
        ok: false,
        events: kept.events,
        head: '0'.repeat(64),
        firstBad: kept.events,
      });
      expect(`social-desk: ${broken.lastCheckpoint?.message}`).toBe(cliBroken.err);
      expect(broken.lastCheckpoint?.message).toContain('no longer has the checkpoint');

      // A plain verification afterwards keeps the last checkpoint checked, across a restart.
      const plain = await statusOf(d, true);
      expect(plain.lastVerify?.ok).toBe(true);
      expect(plain.lastCheckpoint).toEqual(broken.lastCheckpoint);
      await d.close();
      reopened = await openStoryDesk(d.folder);
      expect((await statusOf(reopened)).lastCheckpoint).toEqual(broken.lastCheckpoint);
    } finally {
      await (reopened ?? d).close();
    }
  });

  it('refuses a checkpoint not in SEQ:HASH form, in words, and checks nothing', async () => {
    const d = await openStoryDesk();
    try {
      for (const checkpoint of ['', '12', `x:${'a'.repeat(64)}`, `3:${'A'.repeat(64)}`, '3:abc']) {
        const answer = await d.send(d.sam, 'comments:journalStatus', { checkpoint });
        expect(answer.ok, checkpoint).toBe(false);
        if (!answer.ok) expect(answer.error.message).toContain('A checkpoint is SEQ:HASH');
      }
      expect((await statusOf(d)).lastCheckpoint).toBeNull();
    } finally {
      await d.close();
    }
  });

  it('still reads a record kept before checkpoints were checked here', async () => {
    const d = await openStoryDesk();
    let reopened: StoryDesk | undefined;
    try {
      const verified = await statusOf(d, true);
      await d.close();
      await writeFile(
        join(d.folder, JOURNAL_STATUS_FILE),
        JSON.stringify({ lastVerify: verified.lastVerify }),
      );
      reopened = await openStoryDesk(d.folder);
      const status = await statusOf(reopened);
      expect(status.lastVerify).toEqual(verified.lastVerify);
      expect(status.lastCheckpoint).toBeNull();
      expect(status.notice).toBeUndefined();
    } finally {
      await (reopened ?? d).close();
    }
  });
});
