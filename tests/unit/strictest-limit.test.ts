import { describe, expect, it } from 'vitest';
import { counterText, strictestPage } from '../../src/renderer/src/drafts/strictest-limit';
import type { PostTarget } from '../../src/shared/policy/platform-check';

const X: PostTarget = { page: 'x', name: '@ExamplePD', platform: 'x' };
const FACEBOOK: PostTarget = { page: 'fb', name: 'Example PD', platform: 'facebook' };
const INSTAGRAM: PostTarget = { page: 'ig', name: 'examplepd', platform: 'instagram' };
const BLUESKY: PostTarget = { page: 'bs', name: 'examplepd.bsky.social', platform: 'bluesky' };
const MASTODON: PostTarget = { page: 'md', name: '@pd@example.social', platform: 'mastodon' };
const FOUR = [FACEBOOK, INSTAGRAM, X, BLUESKY];

describe('the strictest target page', () => {
  it('is the page with the least room left as its platform counts', () => {
    expect(strictestPage('a'.repeat(312), FOUR)?.target).toBe(X);
    // 10 links: X counts each 23 (230) plus spaces; Bluesky counts the characters (well past 300).
    const links = Array.from({ length: 10 }, (_, n) => `https://cityofexample.gov/p${n}`).join(' ');
    expect(strictestPage(links, FOUR)?.target).toBe(BLUESKY);
  });

  it('leaves out platforms Social Desk does not know, and is none with no target page', () => {
    expect(strictestPage('hello', [MASTODON])).toBeUndefined();
    expect(strictestPage('hello', [MASTODON, FACEBOOK])?.target).toBe(FACEBOOK);
    expect(strictestPage('hello', [])).toBeUndefined();
  });
});

describe('the character counter', () => {
  it('counts against the strictest of four pages and names it', () => {
    expect(counterText('a'.repeat(200), FOUR)).toEqual({
      text: '200 / 280 characters — X (@ExamplePD) allows 280, the strictest of your 4 pages',
      over: false,
    });
  });

  it('turns to an error past the limit and says by how much', () => {
    expect(counterText('a'.repeat(312), FOUR)).toEqual({
      text: '312 / 280 characters — X (@ExamplePD) allows 280, the strictest of your 4 pages: 32 too many',
      over: true,
    });
    expect(counterText('a'.repeat(280), [X]).over).toBe(false);
    expect(counterText('a'.repeat(281), [X]).over).toBe(true);
  });

  it('counts as the platform counts: X weighs an emoji 2', () => {
    expect(counterText('🚓'.repeat(10), [X]).text).toBe(
      '20 / 280 characters — X (@ExamplePD) allows 280, your only target page',
    );
  });

  it('asks for target pages when there are none, counting characters as a reader sees them', () => {
    expect(counterText('a'.repeat(312), [])).toEqual({
      text: '312 characters; choose target pages to see their limits',
      over: false,
    });
    expect(counterText('🚓🚓', []).text).toBe(
      '2 characters; choose target pages to see their limits',
    );
  });

  it('says when no chosen page’s limits are known', () => {
    expect(counterText('hello', [MASTODON]).text).toBe(
      '5 characters; Social Desk does not know the limits of your page’s platform',
    );
  });
});
