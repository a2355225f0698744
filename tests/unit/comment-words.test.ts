import { describe, expect, it } from 'vitest';
import { CommentWords, wordsIn } from '../../src/main/moderation/comment-words';

// The comment index's word search: a query's words must all be in a comment, whichever shard
// holds it; checked against a plain scan of the same texts.
const VOCABULARY =
  'detour fireworks noise storm ice bridge parade hero café Élan 5558675309 lights'.split(' ');

let seed = 11;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

function corpus(count: number): string[] {
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 2 + Math.floor(random() * 6) },
      () => VOCABULARY[Math.floor(random() * VOCABULARY.length)],
    ).join(' '),
  );
}

function scan(texts: readonly string[], query: string): number[] {
  const wanted = wordsIn(query);
  return texts.flatMap((text, row) => {
    const held = new Set(wordsIn(text));
    return wanted.length > 0 && wanted.every((word) => held.has(word)) ? [row] : [];
  });
}

describe('the comment word search', () => {
  const texts = corpus(3000);
  const words = new CommentWords();
  texts.forEach((text, row) => words.add(row, text));

  it.each([
    'detour',
    'fireworks noise',
    'noise fireworks',
    'storm ice bridge',
    'CAFE elan',
    'hero 5558675309',
    'parade lighthouse',
    'lighthouse',
  ])('finds exactly the comments holding every word of “%s”', (query) => {
    const found = words.search(query, texts.length).sort((a, b) => a - b);
    expect(found).toEqual(scan(texts, query));
  });

  it('gives no more rows than asked for', () => {
    expect(words.search('fireworks noise', 5)).toHaveLength(5);
  });

  it('finds words an edit appended, with the words the comment had', () => {
    const edited = new CommentWords();
    edited.add(0, 'the bridge is closed');
    edited.add(1, 'the bridge is open');
    edited.append(1, 'parade tonight');
    expect(edited.search('bridge parade', 10)).toEqual([1]);
  });
});
