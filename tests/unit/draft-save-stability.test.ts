import { describe, expect, it, onTestFinished } from 'vitest';
import { DraftService } from '../../src/main/drafts/draft-service';
import type { Draft, DraftSaveRequest } from '../../src/shared/drafts/draft';
import type { DraftMedia } from '../../src/shared/drafts/media';
import { tempFolder } from './temp-folder';

const PAT = { id: '0b7d2f64-5a1e-4c3b-9f8e-1d2c3b4a5e6f' };
const FIRST_PERMISSION = '11111111-1111-4111-8111-111111111111';
const SECOND_PERMISSION = '99999999-9999-4999-8999-999999999999';

function photo(letter: string, depicts: DraftMedia['depicts'], permissions: string[]): DraftMedia {
  return {
    sha256: letter.repeat(64),
    name: `${letter}.jpg`,
    mediaType: 'image/jpeg',
    size: 100,
    depicts,
    permissions,
  };
}

async function openDrafts(): Promise<DraftService> {
  const drafts = await DraftService.open(await tempFolder('social-desk-save-stability-'));
  onTestFinished(() => drafts.close());
  return drafts;
}

const CONTENT: DraftSaveRequest = {
  title: 'Range day',
  body: 'Our officers trained at the range today.',
  category: 'special-event',
};

describe('the same choices about a photo are the same content', () => {
  it('saving depictions and permissions ticked in another order adds no revision', async () => {
    const drafts = await openDrafts();
    const first = await drafts.save(
      {
        ...CONTENT,
        media: [
          photo('a', ['minor', 'uniform', 'training'], [SECOND_PERMISSION, FIRST_PERMISSION]),
        ],
      },
      PAT,
    );
    // Stored in one order: the checklist's for depictions, by id for permissions.
    expect(first.revisions[0]?.media?.[0]?.depicts).toEqual(['uniform', 'training', 'minor']);
    expect(first.revisions[0]?.media?.[0]?.permissions).toEqual([
      FIRST_PERMISSION,
      SECOND_PERMISSION,
    ]);
    const again = await drafts.saveAndCompare(
      {
        ...CONTENT,
        id: first.id,
        media: [
          photo('a', ['training', 'minor', 'uniform'], [FIRST_PERMISSION, SECOND_PERMISSION]),
        ],
      },
      PAT,
    );
    expect(again.changed).toBe(false);
    expect(again.saved.revisions).toHaveLength(1);
  });

  it('the order of the photos themselves is content: swapping them is a new revision', async () => {
    const drafts = await openDrafts();
    const a = photo('a', [], []);
    const b = photo('b', [], []);
    const first = await drafts.save({ ...CONTENT, media: [a, b] }, PAT);
    const swapped = await drafts.saveAndCompare({ ...CONTENT, id: first.id, media: [b, a] }, PAT);
    expect(swapped.changed).toBe(true);
    expect(swapped.saved.revisions.at(-1)?.media?.map((m) => m.name)).toEqual(['b.jpg', 'a.jpg']);
  });
});

describe('a listener told of saves', () => {
  it('that throws does not fail the save, and the next listener is still told', async () => {
    const drafts = await openDrafts();
    const told: string[] = [];
    drafts.onSaved(() => {
      throw new Error('the word search fell over');
    });
    drafts.onSaved((saved: Draft) => told.push(saved.id));
    const saved = await drafts.save(CONTENT, PAT);
    expect(told).toEqual([saved.id]);
    // On disk and listed, as the save said.
    expect(drafts.has(saved.id)).toBe(true);
    expect((await drafts.get(saved.id)).revisions).toHaveLength(1);
  });
});
