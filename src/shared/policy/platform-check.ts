import type { ChecklistItem } from './catalogue';
import type { DirectiveSection } from './directive';
import type { Finding, LimitAspect } from './finding';
import type { Page } from '../pages/page';
import { type PlatformLimits, X_LINK_WEIGHT, limitsFor, platformOfUrl } from './platform-limits';
import { type Span, findHashtags, findLinks, measureLength } from './post-shape';

/** A page a post is meant for: the app's page id and name, and its platform. */
export interface PostTarget {
  readonly page: string;
  readonly name: string;
  readonly platform: string;
}

/**
 * A recorded page as a target. A platform recorded under a name the table does not know ("tw") is
 * told by the page's URL, the same in the editor and at the gate.
 */
export function pageTarget(page: Pick<Page, 'id' | 'name' | 'platform' | 'url'>): PostTarget {
  const platform = limitsFor(page.platform)
    ? page.platform
    : (platformOfUrl(page.url) ?? page.platform);
  return { page: page.id, name: page.name, platform };
}

/**
 * Platform limits are a matter of III.B.1.a: "observe conventionally accepted protocols". A post a
 * platform cuts, refuses or shows with dead links is not the post the Chief approved.
 */
const SECTION: DirectiveSection = 'III.B.1.a';

function limitItem(
  target: PostTarget,
  aspect: LimitAspect,
  title: string,
  evidence: string,
): ChecklistItem {
  return {
    id: `limits.${target.page}.${aspect}`,
    checklist: 'content',
    section: SECTION,
    title,
    satisfiedBy: 'automatic',
    evidence,
    findingKinds: ['platform-limit'],
    target: { page: target.page, aspect },
  };
}

const plural = (count: number, word: string) =>
  `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/** The checklist items one target page adds: its platform's length, hashtag and link limits. */
export function targetItems(target: PostTarget): ChecklistItem[] {
  const limits = limitsFor(target.platform);
  const on = `on “${target.name}”`;
  if (!limits) {
    return [
      {
        id: `limits.${target.page}`,
        checklist: 'content',
        section: SECTION,
        title: `Fits the limits of ${target.platform} ${on} (Social Desk does not know that platform’s limits)`,
        satisfiedBy: 'attestation',
        evidence: 'The drafter attests the post fits the platform’s length, hashtag and link rules',
        findingKinds: [],
      },
    ];
  }
  const counted =
    limits.counting === 'x-weighted'
      ? `; every link counts ${X_LINK_WEIGHT}, most emoji and CJK characters 2`
      : limits.counting === 'graphemes'
        ? '; an emoji counts 1'
        : '';
  return [
    limitItem(
      target,
      'length',
      `At most ${plural(limits.maxLength, 'character')} ${on} (${limits.label}${counted})`,
      `The post text, counted as ${limits.label} counts it, is within the limit`,
    ),
    limitItem(
      target,
      'hashtags',
      limits.hashtags
        ? `At most ${plural(limits.hashtags.max, 'hashtag')} ${on} (${limits.label})`
        : `Hashtags ${on}: ${limits.label} sets no limit`,
      limits.hashtags ? 'The hashtags in the post text are counted' : 'Nothing to count',
    ),
    limitItem(
      target,
      'links',
      limits.linksClickable
        ? `Links ${on}: ${limits.label} makes them clickable`
        : `Links ${on}: ${limits.label} does not make links in the text clickable`,
      limits.linksClickable
        ? 'Nothing to check'
        : 'No link in the post text, or a recorded justification for each',
    ),
  ];
}

/** What the target page's platform would cut, refuse or leave dead in the post body. */
export function checkPlatformLimits(
  body: string,
  target: PostTarget,
  links: readonly Span[] = findLinks(body),
): Finding[] {
  const limits = limitsFor(target.platform);
  if (!limits) return [];
  return [
    ...lengthFindings(body, target, limits, links),
    ...hashtagFindings(body, target, limits, links),
    ...linkFindings(target, limits, links),
  ];
}

function lengthFindings(
  body: string,
  target: PostTarget,
  limits: PlatformLimits,
  links: readonly Span[],
): Finding[] {
  const { length, cutAt } = measureLength(body, limits.counting, limits.maxLength, links);
  if (cutAt === undefined) return [];
  return [
    {
      kind: 'platform-limit',
      section: SECTION,
      start: cutAt,
      end: body.length,
      text: body.slice(cutAt),
      message: `${limits.label} counts this post as ${plural(length, 'character')} of ${limits.maxLength.toLocaleString('en-US')}: the highlighted end would be cut off or the post refused on “${target.name}”. Shorten the post, or take the page off its targets.`,
      target: { page: target.page, aspect: 'length' },
      mustEdit: true,
    },
  ];
}

function hashtagFindings(
  body: string,
  target: PostTarget,
  limits: PlatformLimits,
  links: readonly Span[],
): Finding[] {
  const rule = limits.hashtags;
  if (!rule) return [];
  const tags = findHashtags(body, links);
  return tags.slice(rule.max).map((tag, index) => ({
    kind: 'platform-limit',
    section: SECTION,
    start: tag.start,
    end: tag.end,
    text: tag.text,
    message: `${rule.beyond}; this is hashtag ${rule.max + index + 1} of ${tags.length}. Remove hashtags until at most ${rule.max} remain for “${target.name}”.`,
    target: { page: target.page, aspect: 'hashtags' },
    mustEdit: true,
  }));
}

function linkFindings(
  target: PostTarget,
  limits: PlatformLimits,
  links: readonly Span[],
): Finding[] {
  if (limits.linksClickable) return [];
  return links.map((link) => ({
    kind: 'platform-limit',
    section: SECTION,
    start: link.start,
    end: link.end,
    text: link.text,
    message: `${limits.label} shows “${link.text}” as plain text, not a link, on “${target.name}”. Say “link in bio” and put the address in the page’s profile, or justify keeping it for readers to copy.`,
    target: { page: target.page, aspect: 'links' },
  }));
}
