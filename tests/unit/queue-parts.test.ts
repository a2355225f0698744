import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CurrentComment } from '../../src/renderer/src/moderation/queue/CurrentComment';
import { HIDE_WARNING, ReasonPicker } from '../../src/renderer/src/moderation/queue/ReasonPicker';
import { QUEUE_SHORTCUTS, commandOf } from '../../src/renderer/src/moderation/queue/shortcuts';
import { suggestFor } from '../../src/shared/moderation/comment-suggestions';
import type { CommentSummary } from '../../src/shared/moderation/comment-view';

// The queue's parts as first rendered: what a person (and the lead's e2e spec) finds.
const COMMENT: CommentSummary = {
  seq: 12,
  pageId: '33333333-3333-4333-8333-333333333333',
  commentId: 'fb-12',
  author: 'Jill Baker',
  text: 'Officer Daniels is a fat useless idiot\n  and more',
  originalText: 'Officer Daniels is slow',
  edits: 1,
  permalink: 'https://www.facebook.com/examplepd/posts/1?comment_id=12',
  postedAt: '2026-10-03T14:27:00.000Z',
  seenAt: '2026-10-04T08:00:00.000Z',
  state: 'new',
};

const keyEvent = (key: string) => ({ key, ctrlKey: false, altKey: false, metaKey: false });

describe('the queue’s parts', () => {
  it('shows the text verbatim, the first text too when edited, and the matched words named', () => {
    const html = renderToStaticMarkup(
      createElement(CurrentComment, {
        comment: COMMENT,
        pageName: 'Example PD',
        thread: [],
        suggestions: suggestFor(COMMENT.text),
        children: null,
      }),
    );
    expect(html).toContain('Comment 12 by Jill Baker');
    expect(html).toContain('Text now (edited on the platform)');
    expect(html).toContain('Officer Daniels is slow');
    // The line break and the spaces after it are kept as typed (white-space: pre-wrap shows them).
    expect(html).toContain('\n  and more');
    expect(html).toMatch(
      /<mark[^>]*>Officer Daniels is a fat useless idiot<span class="visually-hidden"> \(Personal attacks\)/,
    );
    expect(html).toContain('Suggestions never act');
    expect(html).toContain('New: no one has acted on it yet');
  });

  it('offers only the categories the page published, with the named button', () => {
    const html = renderToStaticMarkup(
      createElement(ReasonPicker, {
        action: 'hide',
        categories: ['obscenity', 'personal-attack'],
        version: 2,
        suggested: new Set(['personal-attack'] as const),
        onRecord: () => Promise.resolve(undefined),
        onCancel: () => {},
      }),
    );
    expect(html).toContain('role="radiogroup" aria-label="Reason for removal"');
    expect(html).toContain('value="obscenity"');
    expect(html).toContain('value="personal-attack"');
    expect(html).not.toContain('value="off-topic"');
    expect(html).toContain('(suggested)');
    expect(html).toContain('Record hiding');
    // The warning stands once, beside the Hide button, not again in the picker.
    expect(html).not.toContain(HIDE_WARNING);
    expect(HIDE_WARNING).toContain('stays visible to its author and their friends');
    expect(html).toContain('intro statement (version 2)');
  });

  it('reads every key the shortcuts list names, and no modified key', () => {
    const keys = QUEUE_SHORTCUTS.flatMap((shortcut) => [...shortcut.key]);
    expect(keys).toEqual([
      'j',
      'ArrowDown',
      'k',
      'ArrowUp',
      'e',
      'h',
      'r',
      'f',
      's',
      'u',
      '/',
      '?',
    ]);
    expect(new Set(keys.map((key) => commandOf(keyEvent(key)))).size).toBe(QUEUE_SHORTCUTS.length);
    expect(commandOf(keyEvent('j'))).toBe('next');
    expect(commandOf(keyEvent('r'))).toBe('remove');
    expect(commandOf({ ...keyEvent('r'), ctrlKey: true })).toBeUndefined();
    expect(commandOf(keyEvent('x'))).toBeUndefined();
  });
});
