import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataFolder } from '../../src/main/storage/data-folder-lock';
import type { CommentStory } from '../../src/shared/moderation/comment-view';
import { openStoryDesk } from './comment-story-fixtures';
import { cli } from './records-fixtures';
import { snapshotTree } from './temp-folder';

describe('social-desk comments history COMMENT_ID', { timeout: 30_000 }, () => {
  it('prints the story as JSON, reading without the writer lock and changing nothing', async () => {
    const d = await openStoryDesk();
    const captured = await d.capture('You are all clowns', '2026-06-10T09:00:00.000Z', {
      file: 'facebook-comments.csv',
      line: 4,
    });
    const removal = await d.services.moderation.act(d.sam, {
      comment: captured,
      action: 'hide',
      reason: 'obscenity',
      note: 'Profanity',
    });
    const inApp = await d.send(d.sam, 'comments:get', { seq: captured });
    await d.close();
    // No index snapshot to start from: a reader builds one in memory and saves nothing.
    await rm(join(d.folder, 'comment-index'), { recursive: true, force: true });
    // Another writer holds the folder (the app, say): a reader is not stopped by it.
    const lock = await lockDataFolder(d.folder, 'Social Desk');
    try {
      const before = await snapshotTree(d.folder);
      const run = await cli('comments', 'history', String(captured), '--data', d.folder);
      expect(run.err).toBe('');
      expect(run.code).toBe(0);
      const story = JSON.parse(run.out) as CommentStory;
      expect(story.events.map((event) => event.summary)).toEqual([
        'Captured from facebook-comments.csv, line 4.',
        'Hidden for “Obscenity”, judged under intro statement version 2. Note: “Profanity”.',
      ]);
      expect(story.events[1]).toMatchObject({ seq: removal.seq, byName: 'Sam Ortiz' });
      expect(story.comment).toMatchObject({ state: 'hidden', text: 'You are all clowns' });
      // The same story the app shows.
      expect(inApp.ok && story).toEqual(inApp.ok ? inApp.value : undefined);
      expect(await snapshotTree(d.folder)).toEqual(before);
    } finally {
      await lock.release();
    }
  });

  it('exits 1 with words for an unknown id, and 2 for a bad argument', async () => {
    const d = await openStoryDesk();
    await d.close();
    const unknown = await cli('comments', 'history', '4242', '--data', d.folder);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toBe('');
    expect(unknown.err).toContain('There is no comment 4242');
    expect(unknown.err).toContain('comments list');
    for (const args of [[], ['abc'], ['0'], ['1.5'], ['3', '4']]) {
      const bad = await cli('comments', 'history', ...args, '--data', d.folder);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.err).toContain('social-desk comments history COMMENT_ID');
    }
  });
});

describe('social-desk comments history on a damaged data folder', { timeout: 30_000 }, () => {
  it('refuses a damaged pages.json in words and leaves the data folder byte-identical', async () => {
    const d = await openStoryDesk();
    const captured = await d.capture(
      'Thanks for the road closure notice',
      '2026-06-10T09:00:00.000Z',
    );
    await d.close();
    await writeFile(join(d.folder, 'pages.json'), '{"pages": [{"id": ');
    const before = await snapshotTree(d.folder);
    const run = await cli('comments', 'history', String(captured), '--data', d.folder);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err).toContain('pages.json');
    // No quarantine copy written beside the running app: a reader changes nothing.
    expect(await snapshotTree(d.folder)).toEqual(before);
  });
});
