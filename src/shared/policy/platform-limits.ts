import { webAddress } from './web-address';

/**
 * What each platform does to a post: how it counts length, how many hashtags it honours, whether
 * links in the text work. A post the platform would cut, refuse or mangle is not the post the Chief
 * approved. Figures as the platforms publish them in 2026-11; the `source` says where to re-check.
 */
export type LengthCounting =
  /** Unicode code points: an emoji of one code point is one character. */
  | 'code-points'
  /** What a reader sees as one character (Bluesky counts graphemes). */
  | 'graphemes'
  /** X's weighted count: most non-Latin scripts and emoji count 2, every link counts 23. */
  | 'x-weighted';

export interface PlatformLimits {
  readonly platform: string;
  readonly label: string;
  /** Web hosts of the platform's pages, to tell a page URL's platform. */
  readonly hosts: readonly string[];
  readonly maxLength: number;
  readonly counting: LengthCounting;
  /** Most hashtags the platform honours, and what it does with more. */
  readonly hashtags?: { readonly max: number; readonly beyond: string };
  /** False where a link in the post text is shown as plain text (Instagram captions). */
  readonly linksClickable: boolean;
  readonly source: string;
}

/** X counts every link as this many characters, whatever its length (its t.co wrapping). */
export const X_LINK_WEIGHT = 23;

export const PLATFORM_LIMITS: readonly PlatformLimits[] = [
  {
    platform: 'facebook',
    label: 'Facebook',
    hosts: ['facebook.com', 'fb.com'],
    maxLength: 63_206,
    counting: 'code-points',
    linksClickable: true,
    source: 'Facebook post text limit',
  },
  {
    platform: 'instagram',
    label: 'Instagram',
    hosts: ['instagram.com'],
    maxLength: 2_200,
    counting: 'code-points',
    hashtags: {
      max: 5,
      beyond:
        'Instagram refuses a caption with more than 5 hashtags (the limit since December 2025)',
    },
    linksClickable: false,
    source: 'Instagram Help Center: captions, hashtags',
  },
  {
    platform: 'x',
    label: 'X',
    hosts: ['x.com', 'twitter.com'],
    maxLength: 280,
    counting: 'x-weighted',
    linksClickable: true,
    source: 'X developer docs: counting characters (weighted length, links 23)',
  },
  {
    platform: 'threads',
    label: 'Threads',
    hosts: ['threads.net', 'threads.com'],
    maxLength: 500,
    counting: 'code-points',
    hashtags: { max: 1, beyond: 'Threads makes only one topic tag per post' },
    linksClickable: true,
    source: 'Threads Help Center: posts and topic tags',
  },
  {
    platform: 'bluesky',
    label: 'Bluesky',
    hosts: ['bsky.app'],
    maxLength: 300,
    counting: 'graphemes',
    linksClickable: true,
    source: 'Bluesky app: 300-character posts',
  },
  {
    platform: 'linkedin',
    label: 'LinkedIn',
    hosts: ['linkedin.com'],
    maxLength: 3_000,
    counting: 'code-points',
    linksClickable: true,
    source: 'LinkedIn Help: post length',
  },
  {
    platform: 'youtube',
    label: 'YouTube',
    hosts: ['youtube.com', 'youtu.be'],
    maxLength: 5_000,
    counting: 'code-points',
    hashtags: {
      max: 15,
      beyond: 'YouTube ignores every hashtag of a video that has more than 15',
    },
    linksClickable: true,
    source: 'YouTube Help: descriptions and hashtag policy',
  },
  {
    platform: 'tiktok',
    label: 'TikTok',
    hosts: ['tiktok.com'],
    maxLength: 4_000,
    counting: 'code-points',
    linksClickable: false,
    source: 'TikTok Support: captions',
  },
];

/** Other names people record a platform under. */
const ALIASES: Readonly<Record<string, string>> = {
  twitter: 'x',
  fb: 'facebook',
  ig: 'instagram',
  yt: 'youtube',
  bsky: 'bluesky',
};

export function limitsFor(platform: string): PlatformLimits | undefined {
  const name = platform.trim().toLowerCase();
  const wanted = ALIASES[name] ?? name;
  return PLATFORM_LIMITS.find((limits) => limits.platform === wanted);
}

/** The platform of a page URL (https://x.com/ExamplePD is on x), or undefined for another site. */
export function platformOfUrl(url: string): string | undefined {
  const host = webAddress(url)?.host;
  if (host === undefined) return undefined;
  return PLATFORM_LIMITS.find((limits) =>
    limits.hosts.some((known) => host === known || host.endsWith(`.${known}`)),
  )?.platform;
}
