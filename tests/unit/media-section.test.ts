import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { MediaSection } from '../../src/renderer/src/drafts/MediaSection';
import type { DraftFormValues } from '../../src/renderer/src/drafts/draft-form';
import { EMPTY_DRAFT } from '../../src/renderer/src/drafts/draft-form';
import {
  MEDIA_LIMIT_WORDS,
  mediaProblem,
  permissionFormSchema,
  sizeWords,
  withDepiction,
  withPermission,
} from '../../src/renderer/src/drafts/media-form';
import type { Draft } from '../../src/shared/drafts/draft';
import type { DraftContent } from '../../src/shared/drafts/draft';
import type { DraftMedia, PermissionRecord } from '../../src/shared/drafts/media';

const HASH = 'c'.repeat(64);
const PERMISSION: PermissionRecord = {
  id: '66666666-6666-4666-8666-666666666666',
  grantedBy: 'Lt. Dana Reyes',
  grantedOn: '2026-11-30',
  scope: 'Range training photos',
  scan: { name: 'permission.pdf', file: `attachments/${'d'.repeat(64)}`, sha256: 'd'.repeat(64) },
  recordedBy: '11111111-1111-4111-8111-111111111111',
  recordedAt: '2026-12-01T09:00:00.000Z',
};
const PHOTO: DraftMedia = {
  sha256: 'a'.repeat(64),
  name: 'range-day.jpg',
  mediaType: 'image/jpeg',
  size: 2_400_000,
  depicts: ['training'],
  permissions: [],
};
const CLIP: DraftMedia = {
  sha256: 'b'.repeat(64),
  name: 'cruiser.mp4',
  mediaType: 'video/mp4',
  size: 800_000,
  depicts: ['vehicle'],
  permissions: [],
};
const DRAFT: Draft = {
  id: '44444444-4444-4444-8444-444444444444',
  createdAt: '2026-12-01T08:00:00.000Z',
  revisions: [
    {
      title: 'Range day',
      body: 'Range day.',
      category: 'special-event',
      pages: [],
      media: [PHOTO, CLIP],
      number: 1,
      savedAt: '2026-12-01T08:00:00.000Z',
      savedBy: PERMISSION.recordedBy,
      contentHash: HASH,
    },
  ],
  attestations: [],
  justifications: [],
  workflow: [],
  permissions: [PERMISSION],
};

function Harness({
  media,
  draft,
  locked,
}: {
  readonly media: DraftMedia[];
  readonly draft: Draft | undefined;
  readonly locked: boolean;
}) {
  const form = useForm<DraftFormValues, unknown, DraftContent>({
    defaultValues: { ...EMPTY_DRAFT, media },
  });
  return createElement(MediaSection, { form, draft, locked, onDraftChange: () => undefined });
}

const render = (media: DraftMedia[], draft: Draft | undefined, locked = false) =>
  renderToStaticMarkup(createElement(Harness, { media, draft, locked }));

describe('the media section, as first rendered', () => {
  it('offers the file input with its limit stated before a file is chosen', () => {
    const html = render([], undefined);
    expect(html).toContain('<legend>Photos and videos</legend>');
    expect(html).toContain('<label for="media-attach">Attach a photo or video</label>');
    expect(html).toContain('at most 50 MB each');
    expect(html).toContain('No photos or videos attached.');
    // A new draft has no records yet: the permission form says to save first.
    expect(html).toContain(
      'Save the draft first: a written permission is recorded on a saved draft.',
    );
    expect(html).not.toContain('Granted by</label>');
  });

  it('lists each file with its size, what it shows, the permission it needs, and the links', () => {
    const html = render([PHOTO, CLIP], DRAFT);
    expect(html).toContain('range-day.jpg');
    expect(html).toContain('(2.3 MB)');
    expect(html).toContain('What it shows<span class="visually-hidden"> (range-day.jpg)</span>');
    expect(html).toContain('>Department training</label>');
    expect(html).toContain('Needs a written permission (III.B.1.c): it shows department training.');
    expect(html).toContain('>Lt. Dana Reyes, 2026-11-30: Range training photos</label>');
    expect(html).toContain('aria-label="Remove range-day.jpg"');
    expect(html).toContain('<div class="media-thumbnail media-video">Video</div>');
    for (const label of ['Granted by', 'Date granted', 'What it covers']) {
      expect(html).toContain(`${label}</label>`);
    }
    expect(html).toContain('Scanned permission (PDF, PNG or JPEG)</label>');
    expect(html).toContain('>Record permission</button>');
  });

  it('says a linked file is covered', () => {
    const html = render([{ ...PHOTO, permissions: [PERMISSION.id] }], DRAFT);
    expect(html).toContain('Covered by a written permission');
  });

  it('is read-only when the draft is locked: no input, no Remove, no permission form', () => {
    const html = render([PHOTO], DRAFT, true);
    expect(html).not.toContain('Attach a photo or video');
    expect(html).not.toContain('Remove');
    expect(html).not.toContain('Record a written permission');
    expect(html).toContain('disabled=""');
  });
});

describe('the media section’s rules', () => {
  it('refuses a file before reading it: wrong type, empty, too large, too many', () => {
    expect(mediaProblem({ name: 'a.jpg', type: 'image/jpeg', size: 10 }, 0)).toBeUndefined();
    expect(mediaProblem({ name: 'memo.pdf', type: 'application/pdf', size: 10 }, 0)).toBe(
      `“memo.pdf” is not a photo or video Social Desk takes (${MEDIA_LIMIT_WORDS}).`,
    );
    expect(mediaProblem({ name: 'a.jpg', type: 'image/jpeg', size: 0 }, 0)).toContain('is empty');
    expect(mediaProblem({ name: 'b.mp4', type: 'video/mp4', size: 51 * 1024 * 1024 }, 0)).toContain(
      'a photo or video is at most 50 MB',
    );
    expect(mediaProblem({ name: 'c.jpg', type: 'image/jpeg', size: 10 }, 20)).toContain(
      'at most 20 photos and videos',
    );
    expect(sizeWords(300)).toBe('1 KB');
  });

  it('keeps what a file shows in the catalogue’s order, whatever order it is ticked in', () => {
    expect(withDepiction(['minor'], 'uniform', true)).toEqual(['uniform', 'minor']);
    expect(withDepiction(['uniform', 'minor'], 'uniform', false)).toEqual(['minor']);
    expect(withPermission([], PERMISSION.id, true, [PERMISSION])).toEqual([PERMISSION.id]);
  });

  it('makes “None of these” and the others exclude each other as they are ticked', () => {
    expect(withDepiction(['uniform', 'minor'], 'none', true)).toEqual(['none']);
    expect(withDepiction(['none'], 'minor', true)).toEqual(['minor']);
    expect(withDepiction(['none'], 'none', false)).toEqual([]);
  });

  it('shows “None of these” under each file and asks what a file with nothing ticked shows', () => {
    const html = renderToStaticMarkup(
      createElement(Harness, {
        media: [{ ...PHOTO, depicts: [] }],
        draft: undefined,
        locked: false,
      }),
    );
    expect(html).toContain('None of these: no uniform, training, person or minor');
    expect(html).toContain('Say what it shows: tick each that applies, or “None of these”.');
  });

  it('says at each field what the permission form needs', () => {
    const result = permissionFormSchema.safeParse({
      grantedBy: ' ',
      grantedOn: '2999-01-01',
      scope: '',
      scan: null,
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]),
    );
    expect(byField).toEqual({
      grantedBy: 'Name who granted the permission',
      grantedOn: 'The date on the permission cannot be after today',
      scope: 'Say what the permission covers',
      scan: 'Attach the scanned permission (PDF, PNG or JPEG, at most 20 MB)',
    });
  });
});
