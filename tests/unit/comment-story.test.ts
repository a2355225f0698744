import { describe, expect, it, onTestFinished } from 'vitest';
import { readEvents } from '../../src/main/journal/read-events';
import { commentStory } from '../../src/main/moderation/comment-story';
import type { CommentStory } from '../../src/shared/moderation/comment-view';
import { FIRST, SECOND, type StoryDesk, openStoryDesk } from './comment-story-fixtures';
import { journalEvents } from './records-fixtures';

const FIRST_TEXT = 'You are all clowns';
const EDITED_TEXT = 'You are all clowns and worse';

async function desk(): Promise<StoryDesk> {
  const opened = await openStoryDesk();
  onTestFinished(() => opened.close());
  return opened;
}

async function storyOf(d: StoryDesk, seq: number): Promise<CommentStory> {
  const answer = await d.send(d.sam, 'comments:get', { seq });
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value as CommentStory;
}

/** Imported, edited, removed, the removal corrected, removed again. */
async function removedTwice(d: StoryDesk) {
  const captured = await d.capture(FIRST_TEXT, '2026-06-10T09:00:00.000Z', {
    file: 'facebook-comments.csv',
    line: 19,
  });
  const edited = await d.edit(captured, captured, FIRST_TEXT, EDITED_TEXT);
  const removal = await d.services.moderation.act(d.sam, {
    comment: captured,
    action: 'remove',
    reason: 'personal-attack',
    note: 'Name-calling aimed at the officers',
  });
  const correction = await d.services.moderation.correct(d.sam, {
    corrects: removal.seq,
    note: 'Wrong category: the words are obscene, not a personal attack',
  });
  const again = await d.services.moderation.act(d.pat, {
    comment: captured,
    action: 'remove',
    reason: 'obscenity',
  });
  return { captured, edited, removal: removal.seq, correction: correction.seq, again: again.seq };
}

describe('a comment’s whole story (comments:get)', { timeout: 30_000 }, () => {
  it('lists every event in the journal’s order, in words, with who, when and its chained hash', async () => {
    const d = await desk();
    const seqs = await removedTwice(d);

    const story = await storyOf(d, seqs.captured);

    expect(story.events.map((event) => [event.seq, event.kind])).toEqual([
      [seqs.captured, 'captured'],
      [seqs.edited, 'edited'],
      [seqs.removal, 'action'],
      [seqs.correction, 'correction'],
      [seqs.again, 'action'],
    ]);
    const [captured, edited, removal, correction, again] = story.events;
    expect(captured?.summary).toBe('Captured from facebook-comments.csv, line 19.');
    expect(edited?.summary).toBe(
      `Edited on the platform (seen in facebook-comments-dec.csv, line 7): “${FIRST_TEXT}” became “${EDITED_TEXT}”. Both texts are kept.`,
    );
    expect(removal?.summary).toBe(
      `Removed for “Personal attacks”, judged under intro statement version 2. Note: “Name-calling aimed at the officers”. Voided by the correction in event ${seqs.correction}.`,
    );
    expect(removal?.correctedBy).toBe(seqs.correction);
    expect(correction?.summary).toBe(
      `Correction: voids the action in event ${seqs.removal} (removed). Note: “Wrong category: the words are obscene, not a personal attack”.`,
    );
    expect(again?.summary).toBe('Removed for “Obscenity”, judged under intro statement version 2.');
    expect(again?.correctedBy).toBeUndefined();
    expect(story.events.map((event) => event.byName)).toEqual([
      'Sam Ortiz',
      'Sam Ortiz',
      'Sam Ortiz',
      'Sam Ortiz',
      'Pat Okafor',
    ]);

    // Each hash is the one the journal chains, as `log verify` checks it.
    const lines = new Map((await journalEvents(d.folder)).map((line) => [line.header.seq, line]));
    for (const event of story.events) {
      expect(event.hash).toBe(lines.get(event.seq)?.hash);
      expect(event.at).toBe(lines.get(event.seq)?.header.at);
      expect(event.payload).toEqual(lines.get(event.seq)?.payload);
    }

    // Both texts, where it stands now, and what it is judged under.
    expect(story.comment).toMatchObject({
      seq: seqs.captured,
      text: EDITED_TEXT,
      originalText: FIRST_TEXT,
      edits: 1,
      state: 'removed',
      reason: 'obscenity',
    });
    expect(story.pageName).toBe('Example PD on Facebook');
    expect(story.rules).toEqual({
      versionId: SECOND.id,
      number: 2,
      categories: ['obscenity', 'personal-attack'],
    });
    expect(story.pageRules).toEqual({ secondReviewer: false, noticeRequired: false });
  });

  it('names the version in force at the comment’s time, and none before any intro statement', async () => {
    const d = await desk();
    const march = await d.capture('Off topic rant', '2026-03-10T09:00:00.000Z');
    const january = await d.capture('Early words', '2026-01-10T09:00:00.000Z');

    const story = await storyOf(d, march);
    expect(story.rules).toEqual({ versionId: FIRST.id, number: 1, categories: ['obscenity'] });
    expect(story.events[0]?.summary).toBe('Entered by hand, as seen on the platform.');
    expect((await storyOf(d, january)).rules).toBeNull();
  });

  it('refuses an unknown comment with words, and an event that is not a captured comment', async () => {
    const d = await desk();
    const { removal } = await removedTwice(d);
    for (const seq of [removal, 999_999]) {
      const answer = await d.send(d.sam, 'comments:get', { seq });
      expect(answer.ok).toBe(false);
      if (answer.ok) return;
      expect(answer.error.code).toBe('not-found');
      expect(answer.error.message).toContain(`There is no comment ${seq}`);
      expect(answer.error.message).toContain('comments list');
    }
  });

  it('is for signed-in people only', async () => {
    const d = await desk();
    const { captured } = await removedTwice(d);
    d.services.session.signOut();
    const answer = await d.dispatch('comments:get', { seq: captured }, true);
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('not-signed-in');
  });

  it('shows a payload removed under retention as removed, with its hash kept, rather than failing', async () => {
    const d = await desk();
    const seqs = await removedTwice(d);
    await d.services.comments.ready();
    const disposition = await d.services.journal.dispose({
      events: [seqs.captured, seqs.edited],
      schedule: 'GS 2-17',
      reason: 'Retention period ended',
      by: d.pat.id,
    });
    // The journal as it is on disk now: the capture's line has lost its payload.
    const onDisk = new Map<number, Awaited<ReturnType<typeof d.services.comments.event>>>();
    for await (const line of readEvents(d.folder)) onDisk.set(line.header.seq, line);
    // The real index after the disposition: the disposed capture is still one of the story's
    // events; the disposed edit is not (a rebuild cannot tell whose edit a line without its
    // payload was, and the running index holds what a rebuild would).
    const story = await commentStory(seqs.captured, {
      index: d.services.comments,
      pages: d.services.pages,
      nameOf: (id) => d.services.profiles.byId(id)?.name ?? id,
    });
    const captured = story.events.find((event) => event.seq === seqs.captured);
    expect(captured?.payload).toBeUndefined();
    expect(captured?.summary).toBe(
      `Captured: its content was removed under retention on ${disposition.at.slice(0, 10)} (disposition event ${disposition.seq}); its hash is kept, so the journal still verifies.`,
    );
    expect(captured?.hash).toBe(onDisk.get(seqs.captured)?.hash);
    expect(story.events.map((event) => event.seq)).toEqual([
      seqs.captured,
      seqs.removal,
      seqs.correction,
      seqs.again,
    ]);
  });
});
