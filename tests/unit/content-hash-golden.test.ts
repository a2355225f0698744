import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/main/drafts/content-hash';

/*
 * An approval is tied to a revision's content hash, so the hash of content already saved must never
 * change. These hex strings were computed once, by the hashing of commit 1639aa9, and written in by
 * hand: any change to how existing drafts hash turns this file red.
 */
const OLD = {
  title: 'Road closed on Main St',
  category: 'road-closure' as const,
  body: 'Main St is closed between 1st and 3rd Ave.\nUse Elm St.',
};
const WITH_PAGES = {
  ...OLD,
  pages: ['22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111'],
};
const WITH_FIELDS_AND_MEDIA = {
  ...WITH_PAGES,
  fields: { location: 'Main St', start: '7 am', 'expected-end': '5 pm', detour: 'Elm St' },
  media: [
    {
      sha256: 'a'.repeat(64),
      name: 'closure.jpg',
      mediaType: 'image/jpeg' as const,
      size: 1234,
      depicts: ['vehicle' as const, 'identifiable-person' as const],
      permissions: ['33333333-3333-4333-8333-333333333333'],
    },
    {
      sha256: 'b'.repeat(64),
      name: 'detour.png',
      mediaType: 'image/png' as const,
      size: 99,
      depicts: [],
      permissions: [],
    },
  ],
};

describe('content hashes of drafts already saved never change', () => {
  it('a draft from before target pages (title, category, body only)', () => {
    expect(contentHash(OLD)).toBe(
      '94a0e28cba51a13d6ac05177087df2abb28df59ddbd97f97aa304a46bf9f6088',
    );
    expect(contentHash({ ...OLD, pages: [] })).toBe(contentHash(OLD));
  });

  it('a draft with target pages', () => {
    expect(contentHash(WITH_PAGES)).toBe(
      '2d0a2eb9dc38e4224c36146b4de9520219927286674440bd3bfeba06a7d932f5',
    );
  });

  it('a draft with template fields and media', () => {
    expect(contentHash(WITH_FIELDS_AND_MEDIA)).toBe(
      '98b02a04e13eae44f64f9f9fd1791459505e8f3c8a2697d1e676be22b65aa50c',
    );
  });
});

describe('the order of template fields in the hash', () => {
  it('is code-unit order, the same on every machine whatever its locale', () => {
    // localeCompare puts "a" before "B"; code units put "B" (0x42) first.
    const fields = { a: 'one', B: 'two' };
    const expected = createHash('sha256')
      .update(
        JSON.stringify([OLD.title, OLD.category, OLD.body, [], { B: 'two', a: 'one' }, []]),
        'utf8',
      )
      .digest('hex');
    expect(contentHash({ ...OLD, fields })).toBe(expected);
  });
});
