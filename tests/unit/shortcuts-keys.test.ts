import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ROW_MOVES, rowMove } from '../../src/renderer/src/drafts/DraftsList';
import {
  DRAFTS_LIST_SHORTCUTS,
  EDITOR_SHORTCUTS,
  ShortcutsDialog,
} from '../../src/renderer/src/drafts/ShortcutsDialog';

const press = (key: string, over: Partial<Parameters<typeof rowMove>[0]> = {}) => ({
  key,
  altKey: false,
  shiftKey: false,
  inRow: true,
  typing: false,
  ...over,
});

describe('the shortcuts list names every key the editor and the drafts list handle', () => {
  const html = renderToStaticMarkup(createElement(ShortcutsDialog, { ref: () => {} }));

  it('lists the editor’s keys and the drafts list’s keys, each group under its heading', () => {
    expect(html).toMatch(/<h3 id="editor-shortcuts-group-\d">In the editor<\/h3>/);
    expect(html).toMatch(/<h3 id="editor-shortcuts-group-\d">In the drafts list<\/h3>/);
    for (const { keys } of [...EDITOR_SHORTCUTS, ...DRAFTS_LIST_SHORTCUTS])
      expect(html).toContain(`<kbd>${keys}</kbd>`);
    expect(html.indexOf('In the drafts list')).toBeLessThan(html.indexOf('<kbd>Page Down</kbd>'));
    expect(EDITOR_SHORTCUTS.find((s) => s.keys === 'Escape')?.does).toMatch(/form.*or this list/);
  });

  it('names exactly the keys the drafts list moves by', () => {
    const listed = DRAFTS_LIST_SHORTCUTS.flatMap((s) => (s.key === undefined ? [] : [s.key]));
    expect([...ROW_MOVES.keys()].sort()).toEqual([...listed].sort());
    expect(listed).toEqual(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End']);
  });
});

describe('the drafts list’s keys', () => {
  it('move between rows from the focused one', () => {
    expect(rowMove(press('ArrowDown'), 4, 10)).toBe(5);
    expect(rowMove(press('ArrowUp'), 4, 10)).toBe(3);
    expect(rowMove(press('PageDown'), 4, 10)).toBe(14);
    expect(rowMove(press('PageUp'), 4, 10)).toBe(-6); // kept to the first row by the list
    expect(rowMove(press('Home'), 4, 10)).toBe(0);
    expect(rowMove(press('End'), 4, 10)).toBe(Number.POSITIVE_INFINITY);
    expect(rowMove(press('x'), 4, 10)).toBeUndefined();
  });

  it('leave a key alone in the search box, a filter or anywhere outside a row, or with a modifier', () => {
    for (const key of ROW_MOVES.keys()) {
      expect(rowMove(press(key, { typing: true }), 4, 10)).toBeUndefined();
      expect(rowMove(press(key, { inRow: false }), Number.NaN, 10)).toBeUndefined();
      expect(rowMove(press(key, { shiftKey: true }), 4, 10)).toBeUndefined();
      expect(rowMove(press(key, { altKey: true }), 4, 10)).toBeUndefined();
    }
  });
});
