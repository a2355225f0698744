import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogueRecord, RecordCatalogue } from '../../src/main/retention/record-catalogue';
import type { RecordType } from '../../src/shared/records/record-types';
import { MODERATION_NOTICE } from '../../src/shared/moderation/events';
import { openStoryDesk } from './comment-story-fixtures';
import { type WorkflowDesk, openWorkflowDesk, packetOf } from './workflow-fixtures';

// Making profiles hashes passphrases at the real scrypt cost.
const TIMEOUT = 60_000;

async function all(catalogue: RecordCatalogue, types?: RecordType[]) {
  const records: CatalogueRecord[] = [];
  for await (const record of catalogue.records(types ? { types } : {})) records.push(record);
  return records;
}

describe('the records catalogue', () => {
  let desk: WorkflowDesk;
  beforeAll(async () => {
    desk = await openWorkflowDesk('social-desk-catalogue-');
  }, TIMEOUT);
  afterAll(() => desk.close());

  it(
    'lists drafts, published posts with their dates, and the packets their submissions froze',
    async () => {
      const { pat, quinn } = desk.people;
      const plain = await desk.ready(pat, { title: 'Bike rodeo' });
      const submitted = await desk.submitted(pat, { title: 'Coat drive' });
      await desk.call(quinn, 'approvals:decide', {
        kind: 'post',
        id: submitted.id,
        packetHash: packetOf(submitted),
        decision: 'approve',
        comment: 'Fine.',
      });
      const publishedAt = new Date().toISOString();
      await desk.call(pat, 'drafts:published', {
        id: submitted.id,
        pageId: desk.page.id,
        url: 'https://www.facebook.com/examplepd/posts/7',
        publishedAt,
      });
      const archived = await desk.ready(pat, { title: 'Old notice' });
      await desk.call(pat, 'drafts:archive', { id: archived.id, reason: 'Not needed' });

      const catalogue = new RecordCatalogue(desk.services);
      const records = await all(catalogue, ['draft', 'post', 'packet']);
      const byId = new Map(records.map((record) => [`${record.type}:${record.id}`, record]));
      expect(byId.get(`draft:${plain.id}`)).toMatchObject({
        title: 'Bike rodeo',
        files: [`drafts/${plain.id}.json`],
      });
      expect(byId.get(`draft:${plain.id}`)?.closed).toBeUndefined();
      expect(byId.get(`draft:${archived.id}`)?.closed).toBeDefined();
      const post = byId.get(`post:${submitted.id}`);
      expect(post).toMatchObject({ published: publishedAt });
      expect(post?.text).toContain('Coat drive');
      const packet = byId.get(`packet:${packetOf(submitted)}`);
      expect(packet?.files).toEqual([`packets/${packetOf(submitted)}.html`]);
      expect(packet?.closed).toBeDefined();
      // Asking for one type gives only that type.
      expect(new Set((await all(catalogue, ['post'])).map((record) => record.type))).toEqual(
        new Set(['post']),
      );
    },
    TIMEOUT,
  );

  it('lists audit entries from the journal', async () => {
    const records = await all(new RecordCatalogue(desk.services), ['audit']);
    expect(records.length).toBeGreaterThan(3);
    expect(records.some((record) => record.title.startsWith('page'))).toBe(true);
    expect(records.every((record) => record.seqs.length === 1)).toBe(true);
  });
});

describe('the records catalogue on the moderation desk', () => {
  it(
    'lists comments with the events holding their words, actions, and intro versions with when they were superseded',
    async () => {
      const story = await openStoryDesk();
      try {
        const first = await story.capture('You people are ridiculous', '2026-06-01T10:00:00.000Z');
        const edit = await story.edit(first, first, 'You people are ridiculous', 'You are fine');
        const acted = await story.send(story.sam, 'comments:act', {
          comment: first,
          action: 'keep',
        });
        expect(acted.ok).toBe(true);
        const [action] = [...story.services.comments.allActions()];
        if (!action) throw new Error('no action');
        // Two notices of the same action (not sent, then sent): both are the action's record.
        const notices = await story.services.journal.append(
          [false, true].map((sent) => ({
            type: MODERATION_NOTICE,
            by: story.sam.id,
            payload: { action: action.seq, sent, text: 'Your comment was kept.' },
          })),
        );
        const records = await all(new RecordCatalogue(story.services), [
          'comment',
          'moderation',
          'intro',
        ]);
        const comment = records.find((record) => record.type === 'comment');
        expect(comment).toMatchObject({ id: String(first), seqs: [first, edit] });
        expect(comment?.text).toContain('ridiculous');
        expect(comment?.text).toContain('You are fine');
        const actionRecord = records.find((record) => record.type === 'moderation');
        expect(actionRecord?.pages).toEqual(comment?.pages);
        expect(actionRecord?.seqs).toEqual([action.seq, ...notices.map((header) => header.seq)]);
        const intros = records.filter((record) => record.type === 'intro');
        expect(intros.map((record) => record.superseded !== undefined)).toEqual([true, false]);
        expect(intros[0]?.superseded).toBe('2026-05-01T12:00:00.000Z');
      } finally {
        await story.close();
      }
    },
    TIMEOUT,
  );
});
