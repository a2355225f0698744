import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RemovalFollowUp } from '../../src/renderer/src/moderation/RemovalFollowUp';
import { ReadyNotice } from '../../src/renderer/src/moderation/follow-up/NoticeForm';
import type { CommentSummary } from '../../src/shared/moderation/comment-view';
import type { Profile, Role } from '../../src/shared/profiles/profile';

// The follow-up's first render, as markup: what a person finds under a removed comment before any
// click. Its requests run through the real dispatcher in comment-review and comment-notice tests.
const person = (name: string, roles: Role[], id: string): Profile => ({
  id,
  name,
  roles,
  createdAt: '2026-12-01T08:00:00.000Z',
  createdBy: 'first-start',
});
const SAM = person('Sam Ortiz', ['moderator'], '11111111-1111-4111-8111-111111111111');
const KIM = person('Kim Lee', ['moderator'], '22222222-2222-4222-8222-222222222222');
const DREW = person('Drew Page', ['drafter'], '33333333-3333-4333-8333-333333333333');

const removed = (extra: Partial<CommentSummary>): CommentSummary => ({
  seq: 7,
  pageId: '44444444-4444-4444-8444-444444444444',
  commentId: 'c-7',
  author: 'Jordan Visitor',
  text: 'You are all useless',
  edits: 0,
  seenAt: '2026-06-10T12:00:00.000Z',
  state: 'removed',
  reason: 'personal-attack',
  action: { seq: 9, by: SAM.id, byName: SAM.name, at: '2026-06-10T13:00:00.000Z' },
  ...extra,
});

const render = (comment: CommentSummary, me: Profile) =>
  renderToStaticMarkup(createElement(RemovalFollowUp, { comment, me, onChanged: () => undefined }));

describe('a removal’s follow-up under the comment', () => {
  it('shows nothing for a removal that needs neither a review nor a notice', () => {
    expect(render(removed({}), KIM)).toBe('');
  });

  it('offers another moderator Agree and Disagree, naming who removed it', () => {
    const html = render(removed({ review: 'awaiting' }), KIM);
    expect(html).toContain('Awaiting a second reviewer.');
    expect(html).toContain('by Sam Ortiz');
    expect(html).toContain('>Agree with the removal</button>');
    expect(html).toContain('>Disagree</button>');
    expect(html).toContain('Note on your review (optional)');
  });

  it('offers no verdict to the moderator who made it, nor to someone without a moderating role', () => {
    const own = render(removed({ review: 'awaiting' }), SAM);
    expect(own).not.toContain('Agree with the removal');
    expect(own).toContain('a second reviewer is another person');
    expect(render(removed({ review: 'awaiting' }), DREW)).not.toContain('Agree with the removal');
  });

  it('says to restore the comment after a disagreement, and holds back the notice', () => {
    const html = render(removed({ review: 'disagreed', notice: 'due' }), SAM);
    expect(html).toContain('The comment should be restored: press Restore');
    expect(html).toContain('No notice to send');
    expect(html).not.toContain('Record notice as sent');
  });

  it('waits for the review before a notice, and then prepares it', () => {
    expect(render(removed({ review: 'awaiting', notice: 'due' }), KIM)).toContain(
      'it is due once a second reviewer agrees',
    );
    const due = render(removed({ review: 'agreed', notice: 'due' }), SAM);
    expect(due).toContain('Notice to the commenter due.');
    expect(due).toContain('Preparing the notice');
    expect(render(removed({ notice: 'sent' }), SAM)).toContain('recorded as sent');
  });

  it('after a notice recorded as not sent, prepares it again to record it as sent later', () => {
    const html = render(removed({ notice: 'not-sent' }), SAM);
    expect(html).toContain('recorded as not sent');
    expect(html).toContain('Preparing the notice');
  });
});

describe('the ready notice', () => {
  const notice = (canRecord: boolean, sentOnly = false) =>
    renderToStaticMarkup(
      createElement(ReadyNotice, {
        id: 'n',
        action: 9,
        text: 'Hello Jordan Visitor,',
        canRecord,
        sentOnly,
        onChanged: () => undefined,
      }),
    );

  it('shows the text read-only, to select and copy, and both ways to record it', () => {
    const html = notice(true);
    expect(html).toMatch(
      /<textarea id="n-text" readOnly="" rows="12"[^>]*>Hello Jordan Visitor,<\/textarea>/,
    );
    expect(html).toContain('<label for="n-text">Notice to the commenter</label>');
    expect(html).toContain('>Select the notice</button>');
    expect(html).toContain('<label for="n-channel">How it was sent</label>');
    expect(html).toContain('>Record notice as sent</button>');
    expect(html).toContain('<label for="n-why">Why it was not sent</label>');
    expect(html).toContain('>Record notice as not sent</button>');
  });

  it('once recorded as not sent, offers only to record it as sent', () => {
    const html = notice(true, true);
    expect(html).toContain('>Record notice as sent</button>');
    expect(html).not.toContain('Record notice as not sent');
  });

  it('leaves recording to a moderator', () => {
    const html = notice(false);
    expect(html).not.toContain('Record notice as sent');
    expect(html).toContain('A moderator records whether the notice was sent.');
  });
});
