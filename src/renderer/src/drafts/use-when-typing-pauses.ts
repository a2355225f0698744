import { useEffect, useMemo, useRef, useState } from 'react';

/**
 * Up to this many characters, what follows the post text (the character counter, each page's
 * preview) is worked out as the person types: a post that long costs a few milliseconds for four
 * pages. Past it, finding links and counting as each platform counts costs tens of milliseconds a
 * key on the page's thread, so it is worked out once the typing pauses.
 */
export const FOLLOW_AS_TYPED_UP_TO = 5_000;
const PAUSE_MS = 300;
/** A typist who never pauses still sees it follow: never more than this behind the text. */
const MAX_WAIT_MS = 1_000;

/**
 * `work(text, with)` for the text as typed, or for a long text once the typing pauses, and at
 * least once a second while it goes on; until then, undefined. In between, the last answer stays
 * shown. `work` must be a stable function (defined outside the component), as it is not among the
 * values watched.
 */
export function useWhenTypingPauses<W, T>(
  work: (text: string, with_: W) => T,
  text: string,
  with_: W,
): T | undefined {
  const long = text.length > FOLLOW_AS_TYPED_UP_TO;
  const now = useMemo(() => (long ? undefined : work(text, with_)), [work, long, text, with_]);
  const [paused, setPaused] = useState<T>();
  const lastRun = useRef(0);
  useEffect(() => {
    if (!long) return;
    const overdue = lastRun.current + MAX_WAIT_MS - performance.now();
    const timer = setTimeout(
      () => {
        lastRun.current = performance.now();
        setPaused(work(text, with_));
      },
      Math.max(0, Math.min(PAUSE_MS, overdue)),
    );
    return () => clearTimeout(timer);
  }, [work, long, text, with_]);
  return long ? paused : now;
}
