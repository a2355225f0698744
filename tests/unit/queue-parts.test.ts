import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CurrentComment } from '../../src/renderer/src/moderation/queue/CurrentComment';
import { HIDE_WARNING, ReasonPicker } from '../../src/renderer/src/moderation/queue/ReasonPicker';
import {
  ACTION_BUTTONS,
  type KeyTarget,
  QUEUE_COMMANDS,
  QUEUE_SHORTCUTS,
  actionForKey,
  commandOf,
  shouldHandleQueueKey,
} from '../../src/renderer/src/moderation/queue/shortcuts';
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

  it('handles every key the shortcuts list names, as the command its row says', () => {
    for (const shortcut of QUEUE_SHORTCUTS) {
      for (const key of shortcut.key) {
        expect(actionForKey(key), key).toBe(shortcut.command);
        // The dialog names the key the handler reads (a letter as itself, an arrow in words).
        expect(shortcut.keys, key).toContain(key.startsWith('Arrow') ? key.slice(5) : key);
      }
    }
    // Every command the queue runs has a key, listed once; no key means two commands.
    expect(QUEUE_SHORTCUTS.map((shortcut) => shortcut.command).sort()).toEqual(
      [...QUEUE_COMMANDS].sort(),
    );
    const keys = QUEUE_SHORTCUTS.flatMap((shortcut) => [...shortcut.key]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lists every key it handles: no other key on the keyboard does anything', () => {
    const listed = new Set<string>(QUEUE_SHORTCUTS.flatMap((shortcut) => [...shortcut.key]));
    const keyboard = [
      ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
      ...['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Enter', 'Escape', 'Tab'],
      ...['Backspace', 'Delete', 'Home', 'End', 'PageUp', 'PageDown', 'F1'],
    ];
    for (const key of keyboard) {
      expect(actionForKey(key) !== undefined, key).toBe(listed.has(key));
    }
    expect(commandOf(keyEvent('r'))).toBe('remove');
    expect(commandOf({ ...keyEvent('r'), ctrlKey: true })).toBeUndefined();
    expect(commandOf({ ...keyEvent('j'), altKey: true })).toBeUndefined();
    expect(commandOf({ ...keyEvent('k'), metaKey: true })).toBeUndefined();
  });

  it('gives each button under the comment the key that runs the same command', () => {
    for (const button of ACTION_BUTTONS) {
      expect(actionForKey(button.key), button.label).toBe(button.command);
    }
  });
});

describe('when the queue’s keys apply', () => {
  const free = { formOpen: false, dialogOpen: false };
  const element = (tagName: string, extra: Partial<KeyTarget> = {}): KeyTarget => ({
    tagName,
    closest: () => null,
    ...extra,
  });

  it('applies on the list, a button, a checkbox or a radio, with nothing open', () => {
    expect(shouldHandleQueueKey(element('DIV'), free)).toBe(true);
    expect(shouldHandleQueueKey(element('BUTTON'), free)).toBe(true);
    expect(shouldHandleQueueKey(element('INPUT', { type: 'checkbox' }), free)).toBe(true);
    expect(shouldHandleQueueKey(element('INPUT', { type: 'radio' }), free)).toBe(true);
    expect(shouldHandleQueueKey(null, free)).toBe(true);
  });

  it('never fires while typing in an input, a text area, a select or editable text', () => {
    for (const type of ['text', 'search', 'email', 'date', 'number', undefined]) {
      expect(shouldHandleQueueKey(element('INPUT', type ? { type } : {}), free), type).toBe(false);
    }
    expect(shouldHandleQueueKey(element('TEXTAREA'), free)).toBe(false);
    expect(shouldHandleQueueKey(element('SELECT'), free)).toBe(false);
    expect(shouldHandleQueueKey(element('DIV', { isContentEditable: true }), free)).toBe(false);
  });

  it('never fires inside the shortcuts dialog, nor while any dialog is open', () => {
    const inDialog = element('BUTTON', {
      closest: (selector: string) => (selector === 'dialog' ? {} : null),
    });
    expect(shouldHandleQueueKey(inDialog, free)).toBe(false);
    expect(shouldHandleQueueKey(element('DIV'), { formOpen: false, dialogOpen: true })).toBe(false);
  });

  it('never fires while the reason picker, the no-intro notice or the undo form is open', () => {
    expect(shouldHandleQueueKey(element('DIV'), { formOpen: true, dialogOpen: false })).toBe(false);
    expect(
      shouldHandleQueueKey(element('INPUT', { type: 'radio' }), {
        formOpen: true,
        dialogOpen: false,
      }),
    ).toBe(false);
  });
});
