import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DraftStatusPanel } from '../../src/renderer/src/drafts/DraftStatusPanel';
import {
  FindingLegend,
  HighlightedTextarea,
  type Highlight,
} from '../../src/renderer/src/drafts/HighlightedTextarea';
import { EDITOR_SHORTCUTS, ShortcutsDialog } from '../../src/renderer/src/drafts/ShortcutsDialog';
import { TargetPagesField } from '../../src/renderer/src/drafts/TargetPagesField';
import type { Draft } from '../../src/shared/drafts/draft';
import type { Page } from '../../src/shared/pages/page';
import { FINDING_KINDS } from '../../src/shared/policy/finding';
import type { Profile } from '../../src/shared/profiles/profile';
import type { WorkflowStep } from '../../src/shared/workflow/workflow';

// The editor's parts as markup, before any click: what a person (and the lead's Playwright spec)
// finds by role and label. Typing, F8 and the dialog run end to end in that spec.
const TEXT = 'Call 555-201-7788 today. INTERNAL USE ONLY.';
const at = (words: string) => ({
  start: TEXT.indexOf(words),
  end: TEXT.indexOf(words) + words.length,
});
const HIGHLIGHTS: Highlight[] = [
  { ...at('555-201-7788'), open: true, kind: 'personal-data' },
  { ...at('INTERNAL USE ONLY'), open: false, kind: 'confidential' },
];
const render = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(element);

describe('findings in the text', () => {
  it('marks each finding with its kind’s class, open or justified', () => {
    const html = render(
      createElement(HighlightedTextarea, {
        value: TEXT,
        highlights: HIGHLIGHTS,
        textareaRef: () => {},
        readOnly: true,
      }),
    );
    expect(html).toContain('<mark class="finding-open mark-personal-data">555-201-7788</mark>');
    expect(html).toContain(
      '<mark class="finding-justified mark-confidential">INTERNAL USE ONLY</mark>',
    );
  });

  it('names the kinds present in a legend, and how a justified mark looks', () => {
    const html = render(createElement(FindingLegend, { highlights: HIGHLIGHTS }));
    expect(html).toContain('Marked in the text:');
    expect(html).toContain('Personal data</li>');
    expect(html).toContain('Confidential</li>');
    expect(html).toContain('Justified (dashed underline)</li>');
    expect(html).not.toContain('Obscenity');
    expect(render(createElement(FindingLegend, { highlights: [] }))).toBe('');
  });
});

/** WCAG's contrast ratio between two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, bl = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((high ?? 0) + 0.05) / ((low ?? 0) + 0.05);
}

describe('the marks’ colours in styles.css', () => {
  const css = readFileSync(join(import.meta.dirname, '../../src/renderer/src/styles.css'), 'utf8');
  const rule = (selector: string) => {
    const start = css.indexOf(`${selector} {`);
    expect(start, `${selector} has a rule in styles.css`).toBeGreaterThanOrEqual(0);
    return css.slice(start, css.indexOf('}', start));
  };
  const TEXT_COLOUR = '#1b1f24';

  it('give every kind a fill the text reads on and an underline that stands out, at 4.5:1 or more', () => {
    for (const kind of FINDING_KINDS) {
      const body = rule(`mark.mark-${kind}`);
      const line = /--mark-line: (#[0-9a-f]{6})/.exec(body)?.[1] ?? '#ffffff';
      const fill = /--mark-fill: (#[0-9a-f]{6})/.exec(body)?.[1] ?? '#000000';
      expect(contrast(TEXT_COLOUR, fill), `text on the ${kind} fill`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(line, fill), `the ${kind} underline on its fill`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(line, '#ffffff'), `the ${kind} underline on white`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('keep a justified mark readable: no pale fill, a dashed underline instead', () => {
    const justified = rule('mark.finding-justified');
    expect(justified).toContain('background: transparent');
    expect(justified).toMatch(/border-bottom: 2px dashed/);
  });
});

describe('target pages', () => {
  const page = (id: string, name: string, platform: string, url: string): Page => ({
    id,
    platform,
    name,
    url,
    createdAt: '2026-12-01T08:00:00.000Z',
    createdBy: '55555555-5555-4555-8555-555555555555',
    workflow: [],
  });
  it('are chips named by the page, its platform and its character limit', () => {
    const html = render(
      createElement(TargetPagesField, {
        pages: [
          page('a', '@ExamplePD', 'x', 'https://x.com/examplepd'),
          page('b', 'examplepd', 'instagram', 'https://www.instagram.com/examplepd'),
          page('c', 'Example PD on Mastodon', 'mastodon', 'https://example.social/@pd'),
        ],
        value: ['a'],
        onChange: () => {},
      }),
    );
    const names = [...html.matchAll(/<label for="target-[^"]*">(.*?)<\/label>/g)].map((m) =>
      (m[1] ?? '').replace(/<[^>]*>/g, ''),
    );
    expect(names).toEqual([
      '@ExamplePD (X · 280)',
      'examplepd (Instagram · 2,200)',
      'Example PD on Mastodon (mastodon: limits not known)',
    ]);
    expect(html).toContain('<li class="target-pages-chip">');
  });
});

describe('the status banner', () => {
  const DANA: Profile = {
    id: '11111111-1111-4111-8111-111111111111',
    name: 'Dana Reyes',
    roles: ['drafter'],
    createdAt: '2026-12-01T08:00:00.000Z',
    createdBy: 'first-start',
  };
  const draft = (workflow: WorkflowStep[]): Draft => ({
    id: '44444444-4444-4444-8444-444444444444',
    createdAt: '2026-12-02T08:00:00.000Z',
    revisions: [
      {
        title: 'Road safety week',
        body: 'Slow down near schools.',
        category: 'special-event',
        pages: [],
        number: 1,
        savedAt: '2026-12-02T08:00:00.000Z',
        savedBy: DANA.id,
        contentHash: 'c'.repeat(64),
      },
    ],
    attestations: [],
    justifications: [],
    workflow,
    permissions: [],
  });
  const panel = (workflow: WorkflowStep[]) =>
    render(
      createElement(DraftStatusPanel, {
        draft: draft(workflow),
        me: DANA,
        pages: [],
        onDraftChange: () => {},
        onOpenPacket: () => {},
      }),
    );

  it('says in words that a submitted draft’s text is locked, and never shows its content hash', () => {
    const html = panel([
      {
        move: 'submit',
        by: DANA.id,
        at: '2026-12-02T09:00:00.000Z',
        contentHash: 'c'.repeat(64),
        revision: 1,
        packetHash: 'd'.repeat(64),
      },
    ]);
    expect(html).toContain('<p class="status-locked-badge">Text locked</p>');
    expect(html).not.toContain('c'.repeat(12));
  });

  it('says nothing of a lock while the draft can be edited', () => {
    expect(panel([])).not.toContain('Text locked');
  });
});

describe('the keyboard shortcuts', () => {
  it('are listed in a dialog under a heading, each key with what it does', () => {
    const html = render(createElement(ShortcutsDialog, { ref: () => {} }));
    expect(html).toMatch(
      /^<dialog class="editor-shortcuts" aria-labelledby="editor-shortcuts-heading">/,
    );
    expect(html).toContain('<h2 id="editor-shortcuts-heading">Keyboard shortcuts</h2>');
    expect(EDITOR_SHORTCUTS.map((s) => s.keys)).toEqual([
      'Ctrl+S',
      'F8',
      'Shift+F8',
      'Ctrl+Enter',
      'Escape',
      '?',
    ]);
    for (const { keys } of EDITOR_SHORTCUTS) expect(html).toContain(`<kbd>${keys}</kbd>`);
    expect(html).toContain('>Close</button>');
  });
});
