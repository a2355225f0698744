import type { PostTarget } from '../../../shared/policy/platform-check';
import { type PlatformLimits, limitsFor } from '../../../shared/policy/platform-limits';
import { measureLength } from '../../../shared/policy/post-shape';

/** One target page's length limit against the text, counted as its platform counts. */
export interface PageLength {
  readonly target: PostTarget;
  readonly limits: PlatformLimits;
  /** The text's length as this platform counts it (X weighs links and emoji). */
  readonly length: number;
}

/**
 * The target page whose limit bites first: the least room left, as each platform counts (X's 280
 * weighted characters can be tighter than Bluesky's 300 graphemes, or not, depending on the text);
 * on a tie, the smaller limit. Pages on platforms Social Desk does not know have no limit here.
 */
export function strictestPage(
  body: string,
  targets: readonly PostTarget[],
): PageLength | undefined {
  let strictest: PageLength | undefined;
  for (const target of targets) {
    const limits = limitsFor(target.platform);
    if (!limits) continue;
    const { length } = measureLength(body, limits.counting, limits.maxLength);
    const room = limits.maxLength - length;
    const best = strictest && strictest.limits.maxLength - strictest.length;
    if (
      strictest === undefined ||
      best === undefined ||
      room < best ||
      (room === best && limits.maxLength < strictest.limits.maxLength)
    )
      strictest = { target, limits, length };
  }
  return strictest;
}

export interface CounterText {
  readonly text: string;
  /** Past the strictest page's limit: the counter turns to an error. */
  readonly over: boolean;
}

const count = (n: number) => n.toLocaleString('en-US');
const pagesWord = (n: number) => `${count(n)} ${n === 1 ? 'page' : 'pages'}`;

/**
 * The counter under the post text: the length against the strictest target page's limit, so the
 * limit is stated before it bites ("312 / 280 characters — X (@ExamplePD) allows 280, the
 * strictest of your 4 pages").
 */
export function counterText(body: string, targets: readonly PostTarget[]): CounterText {
  // Without a page, characters as a reader sees them: an emoji is one.
  const plain = count(measureLength(body, 'graphemes', Infinity).length);
  if (targets.length === 0) {
    return { text: `${plain} characters; choose target pages to see their limits`, over: false };
  }
  const strictest = strictestPage(body, targets);
  if (strictest === undefined) {
    return {
      text: `${plain} characters; Social Desk does not know the limits of your ${targets.length === 1 ? 'page’s platform' : `${pagesWord(targets.length)}’ platforms`}`,
      over: false,
    };
  }
  const { target, limits, length } = strictest;
  const of =
    targets.length === 1
      ? 'your only target page'
      : `the strictest of your ${pagesWord(targets.length)}`;
  const over = length > limits.maxLength;
  const excess = over ? `: ${count(length - limits.maxLength)} too many` : '';
  return {
    text: `${count(length)} / ${count(limits.maxLength)} characters — ${limits.label} (${target.name}) allows ${count(limits.maxLength)}, ${of}${excess}`,
    over,
  };
}
