import { type PostTarget, checkPlatformLimits } from './platform-check';
import { limitsFor } from './platform-limits';
import { type Span, findLinks, measureLength } from './post-shape';

/** A stretch of the shown text: plain, a link (never clickable here), or what a platform cuts. */
export interface TextSegment {
  readonly text: string;
  readonly mark: 'plain' | 'link' | 'cut';
}

/** A post's text as one page shows it: the packet, the editor's preview and the copy button agree. */
export interface PageText {
  readonly segments: readonly TextSegment[];
  /** What the platform does to it (cuts, ignored hashtags, dead links), in words. */
  readonly notes: readonly string[];
  /** The text the page will show: everything the platform keeps, without what it would cut. */
  readonly shown: string;
  /** True when the platform would cut the end off (or refuse the post). */
  readonly cut: boolean;
  /** True when the platform makes the links clickable; false for plain text or an unknown platform. */
  readonly linksClickable: boolean;
}

/** The platform's name as people say it ("X", not "x"); an unknown platform as it was recorded. */
export function platformLabel(platform: string): string {
  return limitsFor(platform)?.label ?? platform;
}

/** The text cut into plain words, links (shown, never clickable) and what a platform would cut. */
export function segmentText(
  text: string,
  links: readonly Span[],
  cutAt: number | undefined,
): TextSegment[] {
  const points = new Set([0, text.length, ...links.flatMap((link) => [link.start, link.end])]);
  if (cutAt !== undefined) points.add(cutAt);
  const sorted = [...points].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? start;
    const mark: TextSegment['mark'] =
      cutAt !== undefined && start >= cutAt
        ? 'cut'
        : links.some((link) => start >= link.start && end <= link.end)
          ? 'link'
          : 'plain';
    const previous = segments.at(-1);
    if (previous && previous.mark === mark) {
      segments[segments.length - 1] = { text: previous.text + text.slice(start, end), mark };
    } else segments.push({ text: text.slice(start, end), mark });
  }
  return segments;
}

/** The post body as one target page would show it, and what its platform would do to it. */
export function pageText(body: string, target: PostTarget): PageText {
  const links = findLinks(body);
  const limits = limitsFor(target.platform);
  if (!limits) {
    return {
      segments: segmentText(body, links, undefined),
      notes: [
        `Social Desk does not know the limits of ${target.platform}: the drafter attests the post fits them.`,
      ],
      shown: body,
      cut: false,
      linksClickable: false,
    };
  }
  const findings = checkPlatformLimits(body, target, links);
  const cutAt = findings.find((finding) => finding.target?.aspect === 'length')?.start;
  return {
    segments: segmentText(body, links, cutAt),
    // Where links are clickable each screen says how it shows them (the packet: as text, never live).
    notes: findings.map((finding) => finding.message),
    shown: cutAt === undefined ? body : body.slice(0, cutAt),
    cut: cutAt !== undefined,
    linksClickable: limits.linksClickable,
  };
}

/** Characters as a person counts them (an emoji, a flag, an accented letter: one each). */
export function countCharacters(text: string): number {
  return measureLength(text, 'graphemes', Number.POSITIVE_INFINITY, []).length;
}
