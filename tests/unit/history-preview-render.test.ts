import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RevisionHistory } from '../../src/renderer/src/drafts/HistoryView';
import { PagePreview } from '../../src/renderer/src/drafts/PagePreview';
import type { Draft, Revision } from '../../src/shared/drafts/draft';
import type { PostTarget } from '../../src/shared/policy/platform-check';

// The first render, as markup: the headings, labels and buttons a person (and the lead's
// Playwright spec) finds before any click. Copying itself runs through drafts:copyText
// (draft-copy.test.ts) and end to end in that spec.
const ID = '44444444-4444-4444-8444-444444444444';
const FB: PostTarget = {
  page: '33333333-3333-4333-8333-333333333333',
  name: 'Example PD',
  platform: 'facebook',
};
const X: PostTarget = {
  page: '66666666-6666-4666-8666-666666666666',
  name: 'Example PD on X',
  platform: 'x',
};
const IG: PostTarget = {
  page: '77777777-7777-4777-8777-777777777777',
  name: 'Example PD Photos',
  platform: 'instagram',
};
const hash = (n: number) => String(n).repeat(64).slice(0, 64);

function revision(number: number, body: string, pages: string[] = [FB.page]): Revision {
  return {
    title: 'Parade',
    body,
    category: 'special-event',
    pages,
    number,
    savedAt: `2026-12-0${number}T10:00:00.000Z`,
    savedBy: 'dana',
    contentHash: hash(number),
  };
}

function draftOf(revisions: Revision[], workflow: Draft['workflow'] = []): Draft {
  return {
    id: ID,
    createdAt: '2026-12-01T10:00:00.000Z',
    revisions,
    attestations: [],
    justifications: [],
    workflow,
    permissions: [],
  };
}

const render = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(element);
const button = (html: string, name: string) =>
  new RegExp(`<button[^>]*>${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</button>`).exec(
    html,
  )?.[0];

describe('PagePreview', () => {
  const body = `${'Main St is closed for the parade; use Oak St. '.repeat(7)}See cityofexample.gov/parade #parade`;
  const saved = draftOf([revision(1, body, [FB.page, X.page, IG.page])]);

  it('shows each page’s heading, what X would cut and the links Instagram leaves dead', () => {
    const html = render(
      createElement(PagePreview, { body, targets: [FB, X, IG], draft: saved, unsaved: false }),
    );
    expect(html).toContain('On “Example PD” (Facebook)');
    expect(html).toContain('On “Example PD on X” (X)');
    expect(html).toContain('On “Example PD Photos” (Instagram)');
    expect(html).toContain('[cut from here]</span><del class="preview-cut">');
    expect(html).toMatch(/X counts this post as [\d,]+ characters of 280/);
    expect(html).toContain(
      'cityofexample.gov/parade<span class="preview-mark-label"> (plain text, not a link)</span>',
    );
    expect(html).toContain('Instagram shows “cityofexample.gov/parade” as plain text, not a link');
    expect(html).toContain('Facebook makes the links clickable');
    // Every page has its button, enabled for a saved draft without unsaved changes.
    for (const name of ['Example PD', 'Example PD on X', 'Example PD Photos']) {
      expect(button(html, `Copy text for “${name}”`)).not.toContain('disabled');
    }
    expect(html).toContain('Revision 1 is not approved yet: copy it to check, do not post it.');
    expect(html).toMatch(/<p role="status" class="preview-status">/);
  });

  it('keeps the copy buttons off for an unsaved draft and for unsaved changes, and says why', () => {
    const fresh = render(
      createElement(PagePreview, { body, targets: [FB], draft: undefined, unsaved: true }),
    );
    expect(button(fresh, 'Copy text for “Example PD”')).toContain('disabled');
    expect(fresh).toContain('Save the draft to copy its text');
    const edited = render(
      createElement(PagePreview, { body, targets: [FB], draft: saved, unsaved: true }),
    );
    expect(button(edited, 'Copy text for “Example PD”')).toContain('disabled');
    expect(edited).toContain('Save your changes first');
  });

  it('says in one line that there are no target pages', () => {
    const html = render(
      createElement(PagePreview, { body, targets: [], draft: saved, unsaved: false }),
    );
    expect(html).toContain('No target pages');
    expect(html).not.toContain('<button');
  });
});

describe('RevisionHistory', () => {
  const revisions = [
    revision(1, 'Parade on Main St at 10.'),
    revision(2, 'Parade on Main St at 10. Bring water.'),
    revision(3, 'Parade on Oak St at 10. Bring water.', [FB.page, X.page]),
  ];
  const draft = draftOf(revisions, [
    {
      move: 'submit',
      by: 'dana',
      at: '2026-12-03T11:00:00.000Z',
      contentHash: hash(3),
      revision: 3,
    },
    {
      move: 'decide',
      by: 'quinn',
      at: '2026-12-03T12:00:00.000Z',
      decision: 'approve',
      comment: '',
      source: 'in-app',
    },
  ]);
  const names = new Map([
    ['dana', 'Dana Reyes'],
    ['quinn', 'Quinn Chief'],
  ]);
  const html = render(
    createElement(RevisionHistory, {
      draft,
      pages: [],
      nameOf: (id: string) => names.get(id) ?? id,
    }),
  );

  it('lists every revision with who saved it and what the workflow did with it', () => {
    expect(html).toContain('3 revisions, oldest first');
    expect(html.match(/<th scope="row">/g)).toHaveLength(3);
    expect(html).toContain('Dana Reyes');
    expect(html).toMatch(/<strong>Submitted<\/strong> — Dana Reyes/);
    expect(html).toMatch(/<strong>Decided<\/strong>: Approve — Quinn Chief/);
  });

  it('compares the one before the latest with the latest by default, word by word', () => {
    expect(html).toContain('<label for="history-from">Compare revision</label>');
    expect(html).toContain('<label for="history-to">with revision</label>');
    // The selects take their values when mounted (react-hook-form); the comparison shows them.
    expect(html).toContain('Revision 2 compared with revision 3');
    expect(html).toContain(
      '<del class="history-removed"><span class="visually-hidden">[removed: </span>Main<span class="visually-hidden">]</span></del>',
    );
    expect(html).toContain(
      '<ins class="history-added"><span class="visually-hidden">[added: </span>Oak<span class="visually-hidden">]</span></ins>',
    );
    expect(html).toContain('Target page added:');
    expect(html).toContain('words are underlined');
  });
});
