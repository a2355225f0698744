import { describe, expect, it } from 'vitest';
import { editBetween, followSpan } from '../../src/renderer/src/drafts/follow-edits';

/** A finding's span over `text`, found by its words. */
const spanOf = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};

describe('findings following the edits made since they were found', () => {
  const before = 'Call (555) 123-4567 today. INTERNAL USE ONLY. Thanks!';

  it('keeps a span before the edit and shifts one after it', () => {
    const after = before.replace('today', 'right now');
    const edit = editBetween(before, after);
    const phone = followSpan(spanOf(before, '(555) 123-4567'), before, after, edit);
    const marking = followSpan(spanOf(before, 'INTERNAL USE ONLY'), before, after, edit);
    expect(phone && after.slice(phone.start, phone.end)).toBe('(555) 123-4567');
    expect(marking && after.slice(marking.start, marking.end)).toBe('INTERNAL USE ONLY');
  });

  it('drops a span the edit touched, until the next scan finds it again', () => {
    const after = before.replace('INTERNAL USE', 'INTERNAL-USE');
    const edit = editBetween(before, after);
    expect(followSpan(spanOf(before, 'INTERNAL USE ONLY'), before, after, edit)).toBeUndefined();
  });

  it('follows typing at the end, deleting, and text with emoji before the span', () => {
    const withEmoji = `🚓🚨 ${before}`;
    const typed = `${withEmoji} More soon`;
    const span = spanOf(withEmoji, 'INTERNAL USE ONLY');
    expect(followSpan(span, withEmoji, typed, editBetween(withEmoji, typed))).toEqual(span);
    const deleted = withEmoji.replace('🚨', '');
    const moved = followSpan(span, withEmoji, deleted, editBetween(withEmoji, deleted));
    expect(moved && deleted.slice(moved.start, moved.end)).toBe('INTERNAL USE ONLY');
  });

  it('finds no edit between equal texts', () => {
    expect(editBetween(before, before)).toEqual({ head: before.length, tail: 0 });
  });
});
