import { createHash } from 'node:crypto';
import type { Draft } from '../../src/shared/drafts/draft';
import type { IntroStatementVersion, Page } from '../../src/shared/pages/page';
import type { PostPacketInput } from '../../src/shared/packets/packet-inputs';

/**
 * A post packet with something in every part: 24 checklist items (13 content items, three known
 * platforms' three limits each, one platform Social Desk does not know), open findings, a
 * justified one, attestations, a cut X post, Instagram hashtags past its limit, a link.
 */
export const PEOPLE: Readonly<Record<string, string>> = {
  'p-dana': 'Dana Reyes',
  'p-sam': 'Sam <Ortiz> & Co',
};
export const nameOf = (id: string) => PEOPLE[id] ?? id;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function page(id: string, platform: string, name: string, url: string, audience?: string): Page {
  return {
    id,
    platform,
    name,
    url,
    audience,
    createdAt: '2026-11-01T09:00:00.000Z',
    createdBy: 'p-dana',
    workflow: [],
  };
}

export const FACEBOOK_PAGE = page(
  '11111111-1111-4111-8111-111111111111',
  'facebook',
  'Example PD',
  'https://www.facebook.com/examplepd',
  'general public',
);
export const X_PAGE = page(
  '22222222-2222-4222-8222-222222222222',
  'x',
  '@ExamplePD',
  'https://x.com/ExamplePD',
);
export const PAGES: readonly Page[] = [
  FACEBOOK_PAGE,
  X_PAGE,
  page(
    '33333333-3333-4333-8333-333333333333',
    'instagram',
    'examplepd',
    'https://www.instagram.com/examplepd',
    'youth',
  ),
  page(
    '44444444-4444-4444-8444-444444444444',
    'nextdoor',
    'Example PD on Nextdoor',
    'https://nextdoor.com/agency/examplepd',
  ),
];

export const BODY =
  'The suspect is guilty and will be convicted at trial next week. Call John at 555-867-5309 with tips. ' +
  'Internal use only. Vote for Smith! #a #b #c #d #e #f #g See https://example.gov/police/tips for more. ' +
  '<script>alert("packet")</script> ' +
  'More words here. '.repeat(15);

export function packetDraft(body = BODY): Draft {
  const pages = PAGES.map((p) => p.id);
  const contentHash = sha256(JSON.stringify(['Missing person', 'missing-person', body, pages]));
  return {
    id: '0d0d0d0d-0000-4000-8000-000000000001',
    createdAt: '2026-12-01T08:00:00.000Z',
    revisions: [
      {
        title: 'Missing person',
        body: 'An earlier revision.',
        category: 'missing-person',
        pages: [],
        number: 1,
        savedAt: '2026-12-01T08:00:00.000Z',
        savedBy: 'p-sam',
        contentHash: sha256('earlier'),
      },
      {
        title: 'Missing person',
        body,
        category: 'missing-person',
        pages,
        number: 2,
        savedAt: '2026-12-01T09:30:00.000Z',
        savedBy: 'p-sam',
        contentHash,
      },
    ],
    attestations: [
      {
        itemId: 'content.identifies-department',
        contentHash,
        by: 'p-sam',
        at: '2026-12-01T09:40:00.000Z',
      },
      // For an earlier revision: an edit voided it, so the packet must not show it.
      {
        itemId: 'content.copyright',
        contentHash: sha256('earlier'),
        by: 'p-dana',
        at: '2026-12-01T08:10:00.000Z',
      },
    ],
    justifications: [
      {
        findingKey: 'political:vote for smith',
        kind: 'political',
        text: 'Vote for Smith',
        reason: 'Smith is the name of the missing person’s dog <b>Vote</b>.',
        by: 'p-dana',
        at: '2026-12-01T09:45:00.000Z',
      },
    ],
    workflow: [],
    permissions: [],
  };
}

export function postInput(overrides: Partial<PostPacketInput> = {}): PostPacketInput {
  return {
    draft: packetDraft(),
    targets: PAGES,
    department: undefined,
    nameOf,
    preparedAt: '2026-12-02T10:15:00.000Z',
    departmentName: 'Example Police Department',
    frozen: false,
    ...overrides,
  };
}

export const INTRO_TEXT =
  'Welcome to the official page of the Example Police Department. We use this page to share safety tips, news and events with the community. ' +
  'Visit https://www.example.gov/police for more. This page is maintained by the Example Police Department; call 555-010-0000 to reach us. ' +
  'Opinions expressed by visitors do not reflect the opinions of the department. Comments are monitored, and obscenities, off-topic comments and personal attacks may be removed. ' +
  'Anything posted here is subject to public disclosure.';

export function introVersion(number: number, text = INTRO_TEXT): IntroStatementVersion {
  const contentHash = sha256(`${number}:${text}`);
  return {
    id: `5555555${number}-5555-4555-8555-555555555555`,
    pageId: FACEBOOK_PAGE.id,
    number,
    text,
    categories: ['obscenity', 'off-topic', 'personal-attack'],
    createdAt: '2026-11-20T10:00:00.000Z',
    createdBy: 'p-dana',
    contentHash,
    attestations: [
      {
        itemId: 'page-design.administered-by-cat',
        contentHash,
        by: 'p-dana',
        at: '2026-11-20T10:05:00.000Z',
      },
    ],
    workflow: [],
  };
}
