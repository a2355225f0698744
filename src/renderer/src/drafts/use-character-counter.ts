import type { PostTarget } from '../../../shared/policy/platform-check';
import { type CounterText, counterText } from './strictest-limit';
import { useWhenTypingPauses } from './use-when-typing-pauses';

/** The character counter against the strictest target page, kept from slowing the typing. */
export function useCharacterCounter(body: string, targets: readonly PostTarget[]): CounterText {
  return (
    useWhenTypingPauses(counterText, body, targets) ?? {
      text: 'Counting the characters…',
      over: false,
    }
  );
}
