import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  HighlightedTextarea,
  type LinePiece,
  keepKeys,
  marksStayPut,
} from '../../src/renderer/src/drafts/HighlightedTextarea';

const lines = (...texts: string[]): LinePiece[] =>
  texts.map((text) => ({ key: '', text, marks: '' }));

// The mirror behind the editor's textarea redraws only what an edit changed: each line keeps its
// key (and so its drawn block) unless the edit touched it, and the line typed in keeps its own so
// it is updated in place, not drawn anew.
describe('the marked text behind the editor', () => {
  it('keeps the keys of the lines an edit did not touch, and of the line typed in', () => {
    const first = keepKeys([], lines('Lock your car.', '', 'Call us.', 'Thanks.'));
    expect(new Set(first.map((line) => line.key)).size).toBe(4);
    const typed = keepKeys(first, lines('Lock your car.', '', 'Call us today.', 'Thanks.'));
    expect(typed.map((line) => line.key)).toEqual(first.map((line) => line.key));
  });

  it('gives a new line a new key, and the lines after it their old ones', () => {
    const first = keepKeys([], lines('One.', 'Two.', 'Three.'));
    const added = keepKeys(first, lines('One.', 'Inserted.', 'Two.', 'Three.'));
    const [one, two, three] = first.map((line) => line.key);
    expect(added.map((line) => line.key)).toEqual([one, expect.any(String), two, three]);
    expect([one, two, three]).not.toContain(added[1]?.key);
    const removed = keepKeys(added, lines('One.', 'Three.'));
    expect(removed.map((line) => line.key)).toEqual([one, three]);
  });

  it('keeps every key unique when lines repeat', () => {
    const first = keepKeys([], lines('', '', 'Same.', 'Same.', ''));
    const next = keepKeys(first, lines('', '', 'Same.', 'Same.', 'Same.', ''));
    expect(new Set(next.map((line) => line.key)).size).toBe(next.length);
  });

  it('draws a long line in spans, so typing at its end changes the last span only', () => {
    const text = 'Lock your car and take your valuables inside tonight. '.repeat(60);
    const html = renderToStaticMarkup(
      createElement(HighlightedTextarea, {
        value: text,
        highlights: [{ start: 280, end: text.length, open: true, kind: 'platform-limit' }],
        textareaRef: null,
        readOnly: true,
      }),
    );
    const spans = html.match(/<span>/g) ?? [];
    expect(spans.length).toBe(Math.ceil(text.length / 1_024) + 1);
    expect(html.replace(/<[^>]+>/g, '')).toContain(text.trim());
  });

  it('never ends a span inside an emoji or before an accent', () => {
    const text = `${'a'.repeat(1_023)}😀 ${'e\u0301 '.repeat(600)}end`;
    const html = renderToStaticMarkup(
      createElement(HighlightedTextarea, {
        value: text,
        highlights: [],
        textareaRef: null,
        readOnly: true,
      }),
    );
    const texts = [...html.matchAll(/<span>([^<]*)<\/span>/g)].map((match) => match[1] ?? '');
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join('')).toBe(text);
    for (const piece of texts) {
      expect(piece.endsWith(' ') || piece === texts.at(-1)).toBe(true);
      expect(piece.charCodeAt(0)).not.toBe(0x0301);
    }
  });

  it('lets the mirror trail the typing only past the last mark, a space between, while its checklist is on its way', () => {
    const text = 'Call us. INTERNAL USE ONLY now.';
    const mark = { start: 9, end: 26, open: true, kind: 'confidential' as const };
    const drawn = { value: text, highlights: [mark] };
    const typed = (value: string, highlights = [{ ...mark }], settled = false) =>
      marksStayPut(drawn, { value, highlights, settled });
    // Typed after the mark and the space after it: it cannot move, and the checklist is coming.
    expect(typed(`${text} More`)).toBe(true);
    // The checklist for this very text has come: drawn, whatever it says.
    expect(typed(`${text} More`, [{ ...mark }], true)).toBe(false);
    // Typed against the mark's end (the word may wrap with it), or a space deleted after it.
    expect(typed('Call us. INTERNAL USE ONLYs now.')).toBe(false);
    expect(typed('Call us. INTERNAL USE ONLYnow.')).toBe(false);
    // A same-length change before the mark: no offset moves, but the widths do.
    expect(typed('Cell us. INTERNAL USE ONLY now.')).toBe(false);
    // A mark moved, gone, added or justified meanwhile: drawn at once.
    expect(typed(` ${text}`, [{ ...mark, start: 10, end: 27 }])).toBe(false);
    expect(typed(`${text} More`, [])).toBe(false);
    expect(typed(`${text} More`, [mark, { ...mark, start: 27, end: 30 }])).toBe(false);
    expect(typed(`${text} More`, [{ ...mark, open: false }])).toBe(false);
    // Typed on at the very end, against a mark that runs to it (a platform's cut): it waits.
    const cut = { start: 9, end: text.length, open: true, kind: 'platform-limit' as const };
    expect(
      marksStayPut(
        { value: text, highlights: [cut] },
        { value: `${text}T`, highlights: [{ ...cut }], settled: false },
      ),
    ).toBe(true);
    // But a character typed against that mark's end inside the text is drawn at once.
    expect(
      marksStayPut(
        { value: `${text} x`, highlights: [mark] },
        {
          value: `${text.slice(0, 26)}s${text.slice(26)} x`,
          highlights: [{ ...mark }],
          settled: false,
        },
      ),
    ).toBe(false);
    // No marks at all: nothing to misplace. Nothing drawn yet: drawn.
    expect(
      marksStayPut(
        { value: text, highlights: [] },
        { value: `${text}!`, highlights: [], settled: false },
      ),
    ).toBe(true);
    expect(marksStayPut(undefined, { value: text, highlights: [mark], settled: false })).toBe(
      false,
    );
  });
});
