import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { pageNamer } from '../../src/renderer/src/app/page-name';
import { RevisionHistory } from '../../src/renderer/src/drafts/HistoryView';
import type { Draft, Revision } from '../../src/shared/drafts/draft';
import type { Page } from '../../src/shared/pages/page';

const KEPT: Page = {
  id: '33333333-3333-4333-8333-333333333333',
  name: 'Example PD',
  platform: 'facebook',
  url: 'https://www.facebook.com/examplepd',
  createdAt: '2026-12-01T09:00:00.000Z',
  createdBy: 'pat',
  workflow: [],
};
const GONE = '66666666-6666-4666-8666-666666666666';

describe('a page’s name, the same on every screen', () => {
  it('is the recorded name, or says the page is no longer recorded with its whole id', () => {
    const name = pageNamer([KEPT]);
    expect(name(KEPT.id)).toBe('Example PD');
    expect(name(GONE)).toBe(`a page no longer recorded (id ${GONE})`);
  });

  it('is how the revision history names a target page no longer recorded', () => {
    const revision = (number: number, pages: string[]): Revision => ({
      title: 'Parade',
      body: 'Parade at 10.',
      category: 'special-event',
      pages,
      number,
      savedAt: `2026-12-0${number}T10:00:00.000Z`,
      savedBy: 'dana',
      contentHash: String(number).repeat(64),
    });
    const draft: Draft = {
      id: '44444444-4444-4444-8444-444444444444',
      createdAt: '2026-12-01T10:00:00.000Z',
      revisions: [revision(1, [KEPT.id]), revision(2, [KEPT.id, GONE])],
      attestations: [],
      justifications: [],
      workflow: [],
      permissions: [],
    };
    const html = renderToStaticMarkup(
      createElement(RevisionHistory, { draft, pages: [KEPT], nameOf: (id: string) => id }),
    );
    expect(html).toContain(`a page no longer recorded (id ${GONE})`);
    expect(html).not.toContain(`page ${GONE.slice(0, 8)}`);
  });
});
