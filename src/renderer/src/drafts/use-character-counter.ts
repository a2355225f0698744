import { useEffect, useMemo, useState } from 'react';
import type { PostTarget } from '../../../shared/policy/platform-check';
import { type CounterText, counterText } from './strictest-limit';

/**
 * Up to this many characters the counter is counted as the person types: a post that long costs
 * a few milliseconds for four pages. Past it, counting as X does (links, weights) costs tens of
 * milliseconds a key, so the counter is counted once the typing pauses.
 */
export const COUNT_AS_TYPED_UP_TO = 5_000;
const PAUSE_MS = 300;

/** The character counter against the strictest target page, kept from slowing the typing. */
export function useCharacterCounter(body: string, targets: readonly PostTarget[]): CounterText {
  const long = body.length > COUNT_AS_TYPED_UP_TO;
  const now = useMemo(() => (long ? undefined : counterText(body, targets)), [long, body, targets]);
  const [paused, setPaused] = useState<CounterText>();
  useEffect(() => {
    if (!long) return;
    const timer = setTimeout(() => setPaused(counterText(body, targets)), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [long, body, targets]);
  return now ?? paused ?? { text: 'Counting the characters…', over: false };
}
