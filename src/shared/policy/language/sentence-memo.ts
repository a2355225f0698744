import type { Sentence } from './analysis';

/**
 * What a rule read from one sentence, kept by the sentence's text: a key press changes one
 * sentence, so the live checklist of a long body reads only that one again. What is kept must
 * not depend on where the sentence stands (word indices, not offsets) nor on its neighbours.
 */
export function sentenceMemo<T, S extends Pick<Sentence, 'start' | 'end'> = Sentence>(
  limit = 4000,
) {
  const kept = new Map<string, T>();
  return (text: string, sentence: S, read: (sentence: S) => T, salt = ''): T => {
    const key = salt + text.slice(sentence.start, sentence.end);
    const found = kept.get(key);
    if (found !== undefined) {
      // Most recently used last, so the oldest is the first to go.
      kept.delete(key);
      kept.set(key, found);
      return found;
    }
    const fresh = read(sentence);
    kept.set(key, fresh);
    if (kept.size > limit) {
      const oldest = kept.keys().next().value;
      if (oldest !== undefined) kept.delete(oldest);
    }
    return fresh;
  };
}
