import { describe, expect, it } from 'vitest';
import { findingKey, openItems } from '../../src/shared/policy/checklist';
import { DIRECTIVE_SECTIONS } from '../../src/shared/policy/directive';
import { draftChecklist } from '../../src/shared/policy/draft-checklist';
import {
  type PostTarget,
  checkPlatformLimits,
  pageTarget,
  targetItems,
} from '../../src/shared/policy/platform-check';
import { PLATFORM_LIMITS, limitsFor, platformOfUrl } from '../../src/shared/policy/platform-limits';
import { findHashtags, findLinks, measureLength } from '../../src/shared/policy/post-shape';
import { targetsFromNames } from '../../src/shared/policy/target-names';

const X: PostTarget = { page: 'page-x', name: '@ExamplePD', platform: 'x' };
const INSTAGRAM: PostTarget = { page: 'page-ig', name: 'examplepd', platform: 'instagram' };
const BLUESKY: PostTarget = { page: 'page-bs', name: 'examplepd.bsky', platform: 'bluesky' };

describe('post length as each platform counts it', () => {
  it('counts 280 plain characters as fitting X, and cuts at the 281st', () => {
    expect(measureLength('a'.repeat(280), 'x-weighted', 280)).toEqual({
      length: 280,
      cutAt: undefined,
    });
    expect(measureLength('a'.repeat(281), 'x-weighted', 280)).toEqual({ length: 281, cutAt: 280 });
  });

  it('counts every link as 23 on X, however long it is', () => {
    const link = 'https://www.cityofexample.gov/police/programs/neighborhood-watch-sign-up';
    const text = `${'b'.repeat(250)} ${link}`;
    expect(link.length).toBeGreaterThan(60);
    expect(measureLength(text, 'x-weighted', 280)).toEqual({ length: 274, cutAt: undefined });
  });

  it('counts emoji and CJK characters as 2 on X, with the cut at the right UTF-16 offset', () => {
    const text = `${'🚓'.repeat(140)}警`;
    const measure = measureLength(text, 'x-weighted', 280);
    expect(measure.length).toBe(282);
    // 140 police cars are 280 UTF-16 units; the character past the limit starts right after them.
    expect(measure.cutAt).toBe(280);
    expect(text.slice(measure.cutAt)).toBe('警');
    expect(measureLength('Café résumé', 'x-weighted', 280).length).toBe(11);
  });

  it('counts a family emoji as one grapheme on Bluesky and as its code points elsewhere', () => {
    const family = '👩‍👩‍👧‍👦';
    expect(measureLength(family, 'graphemes', 300).length).toBe(1);
    expect(measureLength(family, 'code-points', 300).length).toBe(7);
  });
});

describe('links and hashtags in a post', () => {
  it('finds links with and without a scheme, and leaves e-mail addresses out', () => {
    const text =
      'Sign up at cityofexample.gov/police or https://x.com/ExamplePD; mail pio@cityofexample.gov';
    expect(findLinks(text).map((link) => link.text)).toEqual([
      'cityofexample.gov/police',
      'https://x.com/ExamplePD',
    ]);
  });

  it('counts hashtags that start with digits, but not a number alone', () => {
    const text = '#2025Parade #12abc #24HourWatch and Unit #5, #2025, #10 of them';
    expect(findHashtags(text).map((tag) => tag.text)).toEqual([
      '#2025Parade',
      '#12abc',
      '#24HourWatch',
    ]);
  });

  it('counts graphemes as Intl.Segmenter does: Indic conjuncts, flags, CRLF, long emoji runs', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const count = (text: string) => [...segmenter.segment(text)].length;
    for (const text of [
      'क्षि'.repeat(100),
      `नमस्ते ${'🇺🇸'.repeat(20)} e\u0301t\u00e9\r\nnext line`,
      '😀'.repeat(3000),
      `${'a\u0301'.repeat(500)}${'👩‍👩‍👧‍👦'.repeat(50)}`,
    ])
      expect(measureLength(text, 'graphemes', 300).length, text.slice(0, 12)).toBe(count(text));
  });

  it('finds hashtags in any script, not numbers, entities or link fragments', () => {
    const text =
      'Unit #5 &#39; #SécuritéRoutière #NightOut2026 #警察 see https://example.gov/page#top and #42';
    expect(findHashtags(text).map((tag) => tag.text)).toEqual([
      '#SécuritéRoutière',
      '#NightOut2026',
      '#警察',
    ]);
  });
});

describe('platform-limit findings', () => {
  it('marks the part past X’s limit, and says the count', () => {
    const body = `${'Road closed on Main St between 1st and 3rd. '.repeat(7)}Use Elm St.`;
    const [finding, ...rest] = checkPlatformLimits(body, X);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      kind: 'platform-limit',
      section: 'III.B.1.a',
      end: body.length,
      mustEdit: true,
      target: { page: 'page-x', aspect: 'length' },
    });
    expect(finding?.start).toBe(280);
    expect(finding?.text).toBe(body.slice(280));
    expect(finding?.message).toContain(`${body.length} characters of 280`);
  });

  it('flags each Instagram hashtag past the fifth, and every link as not clickable', () => {
    const body =
      'Night Out is Tuesday! #NightOut #SafeStreets #Community #Police #Example #Summer #Fun\nDetails: cityofexample.gov/nightout';
    const findings = checkPlatformLimits(body, INSTAGRAM);
    const hashtags = findings.filter((f) => f.target?.aspect === 'hashtags');
    expect(hashtags.map((f) => f.text)).toEqual(['#Summer', '#Fun']);
    expect(hashtags.every((f) => f.mustEdit)).toBe(true);
    expect(body.slice(hashtags[0]?.start, hashtags[0]?.end)).toBe('#Summer');
    const links = findings.filter((f) => f.target?.aspect === 'links');
    expect(links.map((f) => f.text)).toEqual(['cityofexample.gov/nightout']);
    expect(links[0]?.mustEdit).toBeUndefined();
    expect(findings.some((f) => f.target?.aspect === 'length')).toBe(false);
  });

  it('raises nothing for a post that fits', () => {
    expect(checkPlatformLimits('Lock your car. #9PMRoutine', X)).toEqual([]);
    expect(checkPlatformLimits('Lock your car.', BLUESKY)).toEqual([]);
  });
});

describe('platform-limit checklist items', () => {
  it('adds a length, a hashtag and a link item per known target page, each citing a real section', () => {
    for (const limits of PLATFORM_LIMITS) {
      const items = targetItems({ page: 'p1', name: 'Page', platform: limits.platform });
      expect(items.map((item) => item.id)).toEqual([
        'limits.p1.length',
        'limits.p1.hashtags',
        'limits.p1.links',
      ]);
      for (const item of items) expect(Object.keys(DIRECTIVE_SECTIONS)).toContain(item.section);
    }
  });

  it('asks a person to attest the limits of a platform it does not know', () => {
    const [item, ...rest] = targetItems({ page: 'p9', name: 'Town forum', platform: 'nextdoor' });
    expect(rest).toEqual([]);
    expect(item).toMatchObject({ id: 'limits.p9', satisfiedBy: 'attestation' });
  });

  it('keeps an over-long post open whatever justification is recorded; a link can be justified', () => {
    const body = `${'x'.repeat(2_195)} See cityofexample.gov`;
    const targets = [INSTAGRAM];
    const first = draftChecklist({ title: 'Long', body }, undefined, undefined, { targets });
    const open = openItems(first.items).map((e) => e.item.id);
    expect(open).toContain('limits.page-ig.length');
    expect(open).toContain('limits.page-ig.links');
    const justifications = first.findings.map((f) => ({
      findingKey: findingKey(f),
      kind: f.kind,
      text: f.text,
      reason: 'We want readers to copy the address.',
      by: 'someone',
      at: '2026-11-25T10:00:00.000Z',
    }));
    const second = draftChecklist(
      { title: 'Long', body },
      { attestations: [], justifications },
      undefined,
      { targets },
    );
    const state = (id: string) => second.items.find((e) => e.item.id === id)?.state;
    expect(state('limits.page-ig.links')).toBe('satisfied');
    expect(state('limits.page-ig.length')).toBe('open');
  });
});

describe('target pages named in a draft file', () => {
  const departmentPages = [
    {
      platform: 'facebook',
      name: 'Example PD Careers',
      url: 'https://www.facebook.com/examplepdcareers',
    },
  ];

  it('takes a department page by name, any page URL, or a platform', () => {
    const { targets, unknown } = targetsFromNames(
      ['example pd careers', 'https://x.com/ExamplePD', 'Instagram', 'myspace'],
      departmentPages,
    );
    expect(targets.map((t) => t.platform)).toEqual(['facebook', 'x', 'instagram']);
    expect(targets[0]?.name).toBe('Example PD Careers');
    expect(unknown).toEqual(['myspace']);
  });

  it('takes the other names people give a platform, and counts a page named twice once', () => {
    const { targets } = targetsFromNames(
      ['twitter', 'Example PD Careers', 'https://www.facebook.com/examplepdcareers'],
      departmentPages,
    );
    expect(targets.map((t) => t.platform)).toEqual(['x', 'facebook']);
    expect(limitsFor('IG')?.platform).toBe('instagram');
  });

  it('makes a recorded page a target, telling an unknown platform name by the URL', () => {
    const page = { id: 'p1', name: 'Old account', url: 'https://twitter.com/old' };
    expect(pageTarget({ ...page, platform: 'tw' }).platform).toBe('x');
    expect(pageTarget({ ...page, platform: 'instagram' }).platform).toBe('instagram');
    expect(
      pageTarget({ ...page, platform: 'forum', url: 'https://forum.example.org' }).platform,
    ).toBe('forum');
  });

  it('tells a page URL’s platform from its host', () => {
    expect(platformOfUrl('https://www.instagram.com/examplepd')).toBe('instagram');
    expect(platformOfUrl('https://twitter.com/ExamplePD')).toBe('x');
    expect(platformOfUrl('https://www.cityofexample.gov/police')).toBeUndefined();
    expect(platformOfUrl('not a url')).toBeUndefined();
  });
});
