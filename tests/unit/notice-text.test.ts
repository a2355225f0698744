import { describe, expect, it } from 'vitest';
import { noticeText, ruleSentences } from '../../src/shared/moderation/notice-text';

const STATEMENT =
  'Welcome to the Example Police Department page. We monitor comments. Comments that contain obscenity or profanity will be removed. Off-topic comments may also be removed. We will remove personal attacks on individuals.\n\nThis page is subject to public records law.';

const facts = {
  reason: 'off-topic',
  pageName: 'Example PD on Facebook',
  pageUrl: 'https://www.facebook.com/examplepd',
  commentedAt: '2026-06-10T15:30:00.000Z',
  author: 'Jordan Visitor',
  statement: { text: STATEMENT, since: '2026-05-01T12:00:00.000Z' },
  department: 'Example Police Department',
  timeZone: 'America/Chicago',
} as const;

describe('the notice to a commenter', () => {
  it('names the category as published, the page, its URL and the comment’s date', () => {
    const text = noticeText(facts);
    expect(text).toContain('Hello Jordan Visitor,');
    expect(text).toContain('“Off-topic comments”');
    expect(text).toContain('“Example PD on Facebook” (https://www.facebook.com/examplepd)');
    expect(text).toContain('Your comment of June 10, 2026');
    expect(text).toContain('as published on May 1, 2026');
    expect(text.endsWith('Example Police Department')).toBe(true);
  });

  it('quotes only the rule that names the category, whole', () => {
    const text = noticeText(facts);
    expect(text).toContain('“Off-topic comments may also be removed.”');
    expect(text).not.toContain('obscenity or profanity');
    expect(ruleSentences(STATEMENT, 'obscenity')).toEqual([
      'Comments that contain obscenity or profanity will be removed.',
    ]);
    expect(ruleSentences(STATEMENT, 'personal-attack')).toEqual([
      'We will remove personal attacks on individuals.',
    ]);
  });

  it('stays viewpoint neutral and polite, and names no officer', () => {
    const text = noticeText(facts);
    expect(text).toContain('not for any opinion or viewpoint it expressed');
    expect(text).toContain('please reply');
    expect(text).not.toMatch(/officer|sergeant|detective/i);
  });

  it('says the category was listed when the words do not name it, and quotes nothing', () => {
    const text = noticeText({ ...facts, statement: { text: 'We monitor comments.' } });
    expect(text).toContain('listed “Off-topic comments” as a reason a comment may be removed');
    expect(text).not.toContain('We monitor comments.');
  });

  it('signs for the page when no department name is known, and greets plainly without an author', () => {
    const text = noticeText({ ...facts, department: undefined, author: ' ' });
    expect(text.startsWith('Hello,\n')).toBe(true);
    expect(text.endsWith('The moderators of “Example PD on Facebook”')).toBe(true);
  });

  it('keeps a very long rule within what the log records', () => {
    const long = `We remove off-topic comments, ${'namely those unrelated to the post, '.repeat(200)}always.`;
    const text = noticeText({ ...facts, statement: { text: long } });
    expect(text.length).toBeLessThanOrEqual(5000);
    expect(text).toContain('…”');
  });
});
