import { describe, expect, it } from 'vitest';
import type { Revision } from '../../src/shared/drafts/draft';
import {
  type DiffPart,
  compareRevisions,
  diffAsText,
  revisionMarkers,
  visibleSpacing,
} from '../../src/shared/drafts/revision-diff';

const PAGE_A = '11111111-1111-4111-8111-111111111111';
const PAGE_B = '22222222-2222-4222-8222-222222222222';
const SHA_PHOTO = 'a'.repeat(64);
// Half of an emoji's surrogate pair on its own: a part cut through a character.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function revision(number: number, content: Partial<Revision> = {}): Revision {
  return {
    title: 'Main St closed',
    body: 'Main St is closed between 1st and 4th Ave until 6 p.m.',
    category: 'special-event',
    pages: [],
    number,
    savedAt: `2026-12-0${number}T10:00:00.000Z`,
    savedBy: 'pat',
    contentHash: String(number).repeat(64).slice(0, 64),
    ...content,
  };
}

/** The text of one revision, rebuilt from the parts: proof that nothing was lost or invented. */
const side = (parts: readonly DiffPart[], leave: DiffPart['kind']) =>
  parts
    .filter((part) => part.kind !== leave)
    .map((part) => part.text)
    .join('');

describe('compareRevisions', () => {
  it('marks a changed word as one word removed and one added, the rest the same', () => {
    const before = revision(1);
    const after = revision(2, { body: 'Main St is closed between 1st and 5th Ave until 6 p.m.' });
    const diff = compareRevisions(before, after);
    expect(diff.body.parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: '4th' },
      { kind: 'added', text: '5th' },
    ]);
    expect(diffAsText(diff.body.parts)).toBe(
      'Main St is closed between 1st and [-4th-]{+5th+} Ave until 6 p.m.',
    );
    expect(side(diff.body.parts, 'added')).toBe(before.body);
    expect(side(diff.body.parts, 'removed')).toBe(after.body);
    expect(diff.title.changed).toBe(false);
    expect(diff.summary).toBe(
      'From revision 1 to revision 2: In the body 1 word added and 1 word removed.',
    );
    expect(diff.identical).toBe(false);
  });

  it('shows an inserted sentence as one addition and nothing removed', () => {
    const before = revision(1);
    const inserted = ' Use Oak St instead.';
    const after = revision(2, { body: `${before.body}${inserted}` });
    const diff = compareRevisions(before, after);
    const changed = diff.body.parts.filter((p) => p.kind !== 'same');
    expect(changed.every((p) => p.kind === 'added')).toBe(true);
    expect(changed.map((p) => p.text).join('')).toBe(inserted);
    expect(diff.summary).toContain('4 words added and 0 words removed');
  });

  it('says in words when only spacing changed, and makes the spacing visible', () => {
    const before = revision(1, { body: 'Main St is closed.\nUse Oak St.' });
    const after = revision(2, { body: 'Main St  is closed.\n\nUse Oak St.' });
    const diff = compareRevisions(before, after);
    expect(diff.body.changed).toBe(true);
    expect(diff.identical).toBe(false);
    expect(diff.body.note).toMatch(/Only spaces or line breaks changed in the body/);
    expect(diff.summary).toBe('From revision 1 to revision 2: The body’s spacing changed.');
    expect(side(diff.body.parts, 'added')).toBe(before.body);
    expect(side(diff.body.parts, 'removed')).toBe(after.body);
    const shown = diff.body.parts
      .filter((p) => p.kind !== 'same')
      .map((p) => visibleSpacing(p.text));
    expect(shown.join('')).toMatch(/·/);
    expect(visibleSpacing('\n')).toBe('↵\n');
    expect(visibleSpacing('\t ')).toBe('→·');
    // Words are never rewritten, only stretches that are all spacing.
    expect(visibleSpacing('Oak St')).toBe('Oak St');
  });

  it('says "No changes" for identical revisions, with nothing marked', () => {
    const before = revision(1, { pages: [PAGE_A] });
    const after = revision(2, { pages: [PAGE_A] });
    const diff = compareRevisions(before, after);
    expect(diff.identical).toBe(true);
    expect(diff.summary).toBe('No changes between revision 1 and revision 2.');
    expect(diff.otherChanges).toEqual([]);
    expect(diff.body.parts).toEqual([{ kind: 'same', text: before.body }]);
    expect(diff.title.note).toBeUndefined();
  });

  it('keeps emoji, flags and accented words whole and the texts exact', () => {
    const before = revision(1, {
      title: 'Café on Main 🚧',
      body: 'Road closed 🚧 near the café. 🇺🇸 parade at 10. 👩‍👧 families welcome.',
    });
    const after = revision(2, {
      title: 'Café on Main 🚦',
      body: 'Road closed 🚧🚧 near the crêperie. 🇺🇸 parade at 11. 👩‍👧 families welcome.',
    });
    const diff = compareRevisions(before, after);
    expect(side(diff.body.parts, 'added')).toBe(before.body);
    expect(side(diff.body.parts, 'removed')).toBe(after.body);
    expect(side(diff.title.parts, 'added')).toBe(before.title);
    expect(side(diff.title.parts, 'removed')).toBe(after.title);
    const removed = diff.body.parts.filter((p) => p.kind === 'removed').map((p) => p.text);
    const added = diff.body.parts.filter((p) => p.kind === 'added').map((p) => p.text);
    expect(removed).toContain('café');
    expect(added).toContain('crêperie');
    expect(added.join('')).toContain('🚧');
    // No part starts or ends inside a surrogate pair: every part is well-formed text.
    for (const part of [...diff.body.parts, ...diff.title.parts]) {
      expect(part.text).not.toMatch(LONE_SURROGATE);
    }
    // The untouched family emoji (a ZWJ sequence) stays in one unchanged stretch.
    expect(diff.body.parts.some((p) => p.kind === 'same' && p.text.includes('👩‍👧 families'))).toBe(
      true,
    );
  });

  it('lists category, target pages, template fields and media changes in words', () => {
    const photo = {
      sha256: SHA_PHOTO,
      name: 'lot.jpg',
      mediaType: 'image/jpeg' as const,
      size: 1000,
      depicts: ['vehicle' as const],
      permissions: [],
    };
    const before = revision(1, {
      category: 'road-closure',
      pages: [PAGE_A],
      fields: { location: 'Main St', detour: 'Oak St', start: '8 a.m.', 'expected-end': '6 p.m.' },
      media: [photo],
    });
    const after = revision(2, {
      category: 'road-closure',
      pages: [PAGE_B],
      fields: { location: 'Main St', detour: 'Elm St', start: '8 a.m.', 'expected-end': '' },
      media: [{ ...photo, depicts: ['vehicle', 'identifiable-person'] }],
    });
    const names = new Map([
      [PAGE_A, 'Example PD'],
      [PAGE_B, 'Example PD on X'],
    ]);
    const diff = compareRevisions(before, after, { pageName: (id) => names.get(id) ?? id });
    expect(diff.otherChanges).toEqual([
      'Target page added: “Example PD on X”.',
      'Target page removed: “Example PD”.',
      'Template field “Detour” changed from “Oak St” to “Elm St”.',
      'Template field “Expected end” emptied (it was “6 p.m.”).',
      'Attachment “lot.jpg” now shows An identifiable person.',
    ]);
    expect(diff.summary).toBe('From revision 1 to revision 2: 5 other changes.');

    const recategorised = compareRevisions(
      revision(1),
      revision(2, { category: 'recruitment', media: [] }),
    );
    expect(recategorised.otherChanges).toEqual([
      'Category changed from “Special event” to “Recruitment”.',
    ]);
    const dropped = compareRevisions(revision(1, { media: [photo] }), revision(2));
    expect(dropped.otherChanges).toEqual(['Attachment “lot.jpg” removed.']);
    const attached = compareRevisions(revision(1), revision(2, { media: [photo] }));
    expect(attached.otherChanges).toEqual([
      'Attachment “lot.jpg” added, showing Police vehicle or equipment.',
    ]);
  });

  it('falls back to one removal and one addition when the texts take too long to compare', () => {
    // Two long unrelated bodies: the word diff would take seconds; the timeout bounds it.
    const many = (seed: number) =>
      Array.from({ length: 15_000 }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
    const before = revision(1, { body: many(7) });
    const after = revision(2, { body: many(13) });
    const started = performance.now();
    const diff = compareRevisions(before, after, { timeoutMs: 50 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(diff.body.parts).toEqual([
      { kind: 'removed', text: before.body },
      { kind: 'added', text: after.body },
    ]);
    expect(diff.body.note).toMatch(/changed too much to compare word by word/);
  });
});

describe('revisionMarkers', () => {
  const hash = (n: number) => String(n).repeat(64).slice(0, 64);
  const revisions = [1, 2, 3].map((n) => revision(n));

  it('places each step on the revision it concerns', () => {
    const markers = revisionMarkers(revisions, [
      {
        move: 'submit',
        by: 'pat',
        at: '2026-12-01T11:00:00.000Z',
        contentHash: hash(1),
        revision: 1,
      },
      { move: 'withdraw', by: 'pat', at: '2026-12-01T12:00:00.000Z', reason: 'typo' },
      // An old submission without a revision number is found by its content hash.
      { move: 'submit', by: 'pat', at: '2026-12-02T11:00:00.000Z', contentHash: hash(2) },
      {
        move: 'decide',
        by: 'quinn',
        at: '2026-12-02T12:00:00.000Z',
        decision: 'changes-requested',
        comment: '',
        source: 'in-app',
      },
      {
        move: 'submit',
        by: 'pat',
        at: '2026-12-03T11:00:00.000Z',
        contentHash: hash(3),
        revision: 3,
      },
      {
        move: 'decide',
        by: 'robin',
        at: '2026-12-03T12:00:00.000Z',
        decision: 'approve',
        comment: '',
        source: 'paper',
      },
      {
        move: 'publish',
        by: 'pat',
        at: '2026-12-03T13:00:00.000Z',
        platform: 'facebook',
        url: 'https://www.facebook.com/examplepd/posts/1',
        publishedAt: '2026-12-03T13:00:00.000Z',
      },
    ]);
    expect(markers.get(1)?.map((m) => m.move)).toEqual(['submitted', 'withdrawn']);
    expect(markers.get(2)?.map((m) => [m.move, m.by, m.detail])).toEqual([
      ['submitted', 'pat', ''],
      ['decided', 'quinn', 'Request changes'],
    ]);
    expect(markers.get(3)?.map((m) => [m.move, m.detail])).toEqual([
      ['submitted', ''],
      ['decided', 'Approve (paper)'],
      ['published', 'on facebook, https://www.facebook.com/examplepd/posts/1'],
    ]);
  });

  it('marks nothing for a draft never submitted', () => {
    expect(revisionMarkers(revisions, []).size).toBe(0);
  });
});
