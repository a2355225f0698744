import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENTS_FOLDER } from '../../src/main/attachments/attachment-store';
import { COMMENT_CAPTURED } from '../../src/shared/moderation/comment';
import type { CommentSummary } from '../../src/shared/moderation/comment-view';
import type { IntroStatementVersion } from '../../src/shared/pages/page';
import type { Profile } from '../../src/shared/profiles/profile';
import { DEPARTMENT_SETTINGS, publishIntro } from './comment-act-fixtures';
import { journalEvents } from './records-fixtures';
import { PASSPHRASE, type WorkflowDesk, openWorkflowDesk } from './workflow-fixtures';

/**
 * Acting on comments through the real dispatcher, on a real data folder whose page published
 * "Obscenity" only in its first intro statement and "Personal attacks" too from its second.
 */
let desk: WorkflowDesk;
let sam: Profile;
let first: { id: string };
let second: { id: string };
/** Posted before any intro statement; under the first version; under the second. */
const comment = { beforeAny: 0, underFirst: 0, underSecond: 0, spare: 0, another: 0 };

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');

async function capture(text: string, postedAt: string): Promise<number> {
  const [header] = await desk.services.journal.append([
    {
      type: COMMENT_CAPTURED,
      by: sam.id,
      payload: {
        pageId: desk.page.id,
        commentId: `c-${desk.services.journal.head().events + 1}`,
        text,
        author: 'A Visitor',
        permalink: 'https://www.facebook.com/examplepd/posts/1',
        postedAt,
        seenAt: new Date().toISOString(),
      },
    },
  ]);
  if (!header) throw new Error('nothing appended');
  return header.seq;
}

beforeAll(async () => {
  desk = await openWorkflowDesk('social-desk-comment-actions-');
  const { pat } = desk.people;
  sam = await desk.services.profiles.add(
    { name: 'Sam Moderator', roles: ['moderator'], passphrase: PASSPHRASE },
    pat,
  );
  // The department's website and lines: what a statement's link and contacts are checked against.
  await desk.services.departmentSettings.save(DEPARTMENT_SETTINGS, pat);
  await desk.call(pat, 'pages:save', {
    id: desk.page.id,
    platform: desk.page.platform,
    name: desk.page.name,
    url: desk.page.url,
    audience: 'general public',
    administrators: [pat.name],
  });
  comment.beforeAny = await capture('Officer Daniels is an idiot', '2020-06-01T12:00:00.000Z');
  const publish = (categories: IntroStatementVersion['categories']) =>
    publishIntro(
      (who, channel, request) => desk.call(who, channel, request),
      desk.page.id,
      pat,
      desk.people.quinn,
      categories,
    );
  first = await publish(['obscenity']);
  comment.underFirst = await capture('Officer Daniels is an idiot', new Date().toISOString());
  comment.spare = await capture('This is such bullshit', new Date().toISOString());
  comment.another = await capture('what a load of sh1t', new Date().toISOString());
  second = await publish(['obscenity', 'personal-attack']);
  comment.underSecond = await capture('Officer Daniels is an idiot', new Date().toISOString());
}, 120_000);
afterAll(() => desk.close());

const act = (request: object) => desk.call<CommentSummary>(sam, 'comments:act', request);
const refusal = (request: object) => desk.refusal(sam, 'comments:act', request);

async function actionPayloads(): Promise<Record<string, unknown>[]> {
  return (await journalEvents(desk.folder))
    .filter((event) => event.header.type === 'moderation.action')
    .map((event) => event.payload as Record<string, unknown>);
}

async function attachmentFiles(): Promise<string[]> {
  return readdir(join(desk.folder, ATTACHMENTS_FOLDER)).catch(() => []);
}

describe('comments:act through the dispatcher', () => {
  it('keeps, refers, hides, removes and restores, each answered with the comment’s new state', async () => {
    const seq = comment.underSecond;
    expect(await act({ comment: seq, action: 'keep' })).toMatchObject({
      seq,
      state: 'kept',
      action: { by: sam.id, byName: 'Sam Moderator' },
    });
    expect((await act({ comment: seq, action: 'refer', note: 'Ask the PIO' })).state).toBe(
      'referred',
    );
    expect(
      await act({ comment: seq, action: 'hide', reason: 'personal-attack', note: 'Name-calling' }),
    ).toMatchObject({ state: 'hidden', reason: 'personal-attack' });
    expect(await act({ comment: seq, action: 'remove', reason: 'personal-attack' })).toMatchObject({
      state: 'removed',
      reason: 'personal-attack',
    });
    const restored = await act({ comment: seq, action: 'restore' });
    expect(restored.state).toBe('restored');
    expect(restored.reason).toBeUndefined();

    const recorded = (await actionPayloads()).filter((payload) => payload.comment === seq);
    expect(recorded).toEqual([
      { comment: seq, action: 'keep' },
      { comment: seq, action: 'refer', note: 'Ask the PIO' },
      {
        comment: seq,
        action: 'hide',
        reason: 'personal-attack',
        note: 'Name-calling',
        introVersion: second.id,
      },
      { comment: seq, action: 'remove', reason: 'personal-attack', introVersion: second.id },
      { comment: seq, action: 'restore' },
    ]);
  });

  it('refuses a reason the page had not published then, naming the categories it had, and records nothing', async () => {
    const before = desk.services.journal.head();
    const refused = await refusal({
      comment: comment.underSecond,
      action: 'remove',
      reason: 'off-topic',
    });
    expect(refused.code).toBe('invalid-request');
    expect(refused.message).toContain(
      'had published only “Obscenity” and “Personal attacks” in intro statement version 2',
    );
    expect(refused.message).toContain('III.B.3.d.1');
    expect(desk.services.journal.head()).toEqual(before);
  });

  it('judges a comment on a page whose intro statement changed by the version in force when it was posted', async () => {
    // Posted under version 1 (obscenity only): a personal attack was not yet a published category.
    const refused = await refusal({
      comment: comment.underFirst,
      action: 'remove',
      reason: 'personal-attack',
    });
    expect(refused.message).toMatch(
      /had published only “Obscenity” in intro statement version 1 when this comment was posted/,
    );
    const hidden = await act({ comment: comment.underFirst, action: 'hide', reason: 'obscenity' });
    expect(hidden.state).toBe('hidden');
    expect((await actionPayloads()).at(-1)).toMatchObject({
      comment: comment.underFirst,
      introVersion: first.id,
    });
  });

  it('refuses any hide or removal of a comment posted before the page had an intro statement, saying how to fix it', async () => {
    const refused = await refusal({
      comment: comment.beforeAny,
      action: 'hide',
      reason: 'obscenity',
    });
    expect(refused.message).toContain('had no published intro statement on 2020-06-01');
    expect(refused.message).toContain('Record the page’s intro statement');
    // Keep and refer stay open to it.
    expect((await act({ comment: comment.beforeAny, action: 'refer' })).state).toBe('referred');
  });

  it('refuses a person without the moderator role', async () => {
    const refused = await desk.refusal(desk.people.quinn, 'comments:act', {
      comment: comment.spare,
      action: 'keep',
    });
    expect(refused.message).toContain('moderator');
  });
});

describe('comments:correct (undo as a correction)', () => {
  it('voids the action and the comment goes back to where it stood before it', async () => {
    const seq = comment.spare;
    const kept = await act({ comment: seq, action: 'keep' });
    const removed = await act({ comment: seq, action: 'remove', reason: 'obscenity' });
    expect(removed.state).toBe('removed');
    const undone = await desk.call<CommentSummary>(sam, 'comments:correct', {
      corrects: removed.action?.seq ?? 0,
      note: 'Pressed the wrong key in the queue: this action is withdrawn.',
    });
    expect(undone).toMatchObject({ seq, state: 'kept', action: { seq: kept.action?.seq } });
    const correction = (await journalEvents(desk.folder)).at(-1);
    expect(correction?.header.type).toBe('correction');
    expect(correction?.payload).toEqual({
      corrects: removed.action?.seq,
      note: 'Pressed the wrong key in the queue: this action is withdrawn.',
    });
    // The voided action stays in the journal: nothing is edited.
    expect((await actionPayloads()).some((p) => p.comment === seq && p.action === 'remove')).toBe(
      true,
    );
  });

  it('refuses to correct something that is not a moderation action', async () => {
    const refused = await desk.refusal(sam, 'comments:correct', {
      corrects: comment.spare,
      note: 'This is not an action at all.',
    });
    expect(refused.message).toContain('is not a moderation action');
  });
});

describe('a screenshot with the action', () => {
  it('is copied in under its SHA-256 and named by the action', async () => {
    const summary = await act({
      comment: comment.another,
      action: 'remove',
      reason: 'obscenity',
      screenshot: { name: 'comment.png', mediaType: 'image/png', base64: PNG.toString('base64') },
    });
    expect(summary.state).toBe('removed');
    const { createHash } = await import('node:crypto');
    const sha256 = createHash('sha256').update(PNG).digest('hex');
    expect((await actionPayloads()).at(-1)).toEqual({
      comment: comment.another,
      action: 'remove',
      reason: 'obscenity',
      introVersion: first.id,
      screenshot: { sha256, name: 'comment.png', mediaType: 'image/png' },
    });
    const kept = await readFile(join(desk.folder, ATTACHMENTS_FOLDER, sha256));
    expect(kept.equals(PNG)).toBe(true);
  });

  it('leaves no file behind when the action is refused', async () => {
    const other = Buffer.concat([PNG, Buffer.from('another screenshot')]);
    const before = await attachmentFiles();
    const refused = await refusal({
      comment: comment.underFirst,
      action: 'remove',
      reason: 'off-topic',
      screenshot: { name: 'other.png', mediaType: 'image/png', base64: other.toString('base64') },
    });
    expect(refused.message).toContain('“Obscenity”');
    expect(await attachmentFiles()).toEqual(before);
  });

  it('refuses a file that is not the PNG or JPEG it claims, before anything is written', async () => {
    const head = desk.services.journal.head();
    const before = await attachmentFiles();
    const refused = await refusal({
      comment: comment.underSecond,
      action: 'hide',
      reason: 'obscenity',
      screenshot: { name: 'shot.png', mediaType: 'image/png', base64: PDF.toString('base64') },
    });
    expect(refused.message).toContain(
      'was sent as a PNG image, but its contents are neither a PNG nor a JPEG image',
    );
    expect(refused.message).toContain('Nothing was changed');
    expect(desk.services.journal.head()).toEqual(head);
    expect(await attachmentFiles()).toEqual(before);
  });
});
