import { describe, expect, it } from 'vitest';
import {
  type DraftMedia,
  type PermissionRecord,
  draftMediaSchema,
} from '../../src/shared/drafts/media';
import { runChecklistJob } from '../../src/renderer/src/checklist/checklist-job';
import { draftChecklist } from '../../src/shared/policy/draft-checklist';
import {
  MEDIA_PERMISSIONS_ITEM,
  mediaPermissionsCheck,
} from '../../src/shared/policy/media-permissions';

const PERMISSION = 'a3c1e2f4-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const ELSEWHERE = 'b4d2f3a5-6c7e-4f80-9bac-1d2e3f4a5b6c';

function media(name: string, depicts: DraftMedia['depicts'], permissions: string[] = []) {
  return { name, depicts, permissions };
}

const records: Pick<PermissionRecord, 'id'>[] = [{ id: PERMISSION }];

describe('the media-permissions item (III.B.1.c)', () => {
  it('is met with no photos or videos, and says so', () => {
    expect(mediaPermissionsCheck([], [])).toMatchObject({
      met: true,
      found: 'No photos or videos attached',
    });
  });

  it('is met by files that show nothing needing permission (a uniform, a vehicle)', () => {
    const check = mediaPermissionsCheck([media('cruiser.jpg', ['vehicle', 'uniform'])], []);
    expect(check.met).toBe(true);
    expect(check.found).toContain('No attached photo or video needs a written permission');
  });

  it('stays open while a file has nothing ticked: what it shows is a decision, not a default', () => {
    const check = mediaPermissionsCheck(
      [media('ava.png', []), media('range.jpg', ['training']), media('lot.jpg', ['none'])],
      records,
    );
    expect(check.met).toBe(false);
    expect(check.missing).toBe(
      'Say what “ava.png” shows: tick what it shows, or “None of these”. No written permission linked for range.jpg (shows department training): record the signed permission and link it to the file, or remove the file.',
    );
    const decided = mediaPermissionsCheck([media('lot.jpg', ['none'])], []);
    expect(decided.met).toBe(true);
    // The live checklist runs the same rule.
    const live = runChecklistJob({
      content: {
        title: 'Ava',
        body: 'Ava.',
        media: [
          {
            sha256: 'ef'.repeat(32),
            name: 'ava.png',
            mediaType: 'image/png',
            size: 10,
            depicts: [],
            permissions: [],
          },
        ],
      },
      records: { attestations: [], justifications: [], permissions: [] },
      savedHash: undefined,
      context: {},
    }).items.find((evaluation) => evaluation.item.id === MEDIA_PERMISSIONS_ITEM);
    expect(live?.state).toBe('open');
    expect(live?.reason).toContain('Say what “ava.png” shows');
  });

  it('reads a stored file with nothing ticked, and refuses “None of these” beside anything else', () => {
    const stored = { sha256: 'ef'.repeat(32), name: 'ava.png', mediaType: 'image/png', size: 10 };
    expect(draftMediaSchema.safeParse({ ...stored, depicts: [], permissions: [] }).success).toBe(
      true,
    );
    expect(
      draftMediaSchema.safeParse({ ...stored, depicts: ['none'], permissions: [] }).success,
    ).toBe(true);
    const both = draftMediaSchema.safeParse({
      ...stored,
      depicts: ['minor', 'none'],
      permissions: [],
    });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.message).toContain('“None of these” cannot be ticked');
  });

  it('names every file that needs a permission and links none, and what it shows', () => {
    const check = mediaPermissionsCheck(
      [
        media('range.jpg', ['training', 'uniform']),
        media('parade.mp4', ['identifiable-person', 'minor']),
        media('badge.png', ['badge']),
      ],
      records,
    );
    expect(check.met).toBe(false);
    expect(check.missing).toBe(
      'No written permission linked for range.jpg (shows department training); parade.mp4 (shows an identifiable person, a minor (under 18)): record the signed permission and link it to the file, or remove the file.',
    );
  });

  it('counts a link only to a record the draft holds', () => {
    expect(
      mediaPermissionsCheck([media('range.jpg', ['training'], [ELSEWHERE])], records).met,
    ).toBe(false);
    expect(
      mediaPermissionsCheck([media('range.jpg', ['training'], [PERMISSION])], records).met,
    ).toBe(true);
  });

  it('is judged by draftChecklist from the content’s media and the draft’s permissions', () => {
    const stored = {
      sha256: 'ef'.repeat(32),
      name: 'range.jpg',
      mediaType: 'image/jpeg' as const,
      size: 10,
    };
    const stateFor = (permissions: string[], held: Pick<PermissionRecord, 'id'>[]) =>
      draftChecklist(
        {
          title: 'Range day',
          body: 'Range day.',
          media: [{ ...stored, depicts: ['operation'], permissions }],
        },
        {
          attestations: [],
          justifications: [],
          permissions: held as PermissionRecord[],
        },
        undefined,
      ).items.find((evaluation) => evaluation.item.id === MEDIA_PERMISSIONS_ITEM);
    const open = stateFor([], []);
    expect(open?.state).toBe('open');
    expect(open?.reason).toContain(
      'range.jpg (shows department activity, operation or assignment)',
    );
    expect(stateFor([PERMISSION], records)?.state).toBe('satisfied');
    const none = draftChecklist({ title: 'Lock your car', body: 'Lock it.' }, undefined, undefined);
    expect(none.items.find((e) => e.item.id === MEDIA_PERMISSIONS_ITEM)?.reason).toBe(
      'No photos or videos attached',
    );
  });

  it('is judged by the live checklist’s job from the editor’s media and the draft’s records', () => {
    const photo = {
      sha256: 'ef'.repeat(32),
      name: 'parade.jpg',
      mediaType: 'image/jpeg' as const,
      size: 10,
      depicts: ['minor' as const],
    };
    const state = (permissions: string[]) =>
      runChecklistJob({
        content: { title: 'Parade', body: 'Parade.', media: [{ ...photo, permissions }] },
        records: { attestations: [], justifications: [], permissions: [] },
        savedHash: undefined,
        context: {},
      }).items.find((evaluation) => evaluation.item.id === MEDIA_PERMISSIONS_ITEM)?.state;
    // A link to a record the draft does not hold (yet) leaves the item open.
    expect(state([PERMISSION])).toBe('open');
    expect(state([])).toBe('open');
  });
});
