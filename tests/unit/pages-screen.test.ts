import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { PageDetail } from '../../src/shared/ipc/channels/page-channels';
import { IntroEditor } from '../../src/renderer/src/pages/IntroEditor';
import { PageForm } from '../../src/renderer/src/pages/PageForm';

const PAGE_ID = '7a1c2f0e-2b7d-4c55-9f1e-3d2a4b5c6d7e';
const TEXT = 'Welcome to our page. Comments are monitored; we remove obscenities.';

function detail(status: PageDetail['status']): PageDetail {
  return {
    page: {
      id: PAGE_ID,
      platform: 'facebook',
      name: 'Example PD',
      url: 'https://www.facebook.com/examplepd',
      audience: 'general public',
      administrators: ['Pat Okafor'],
      createdAt: '2026-10-01T00:00:00.000Z',
      createdBy: 'someone',
      workflow: [],
    },
    status: 'draft',
    versions: [
      {
        id: '0b6f6c8e-1d2a-4f3b-8c9d-0e1f2a3b4c5d',
        pageId: PAGE_ID,
        number: 1,
        text: TEXT,
        categories: ['obscenity', 'off-topic'],
        createdAt: '2026-10-01T00:00:00.000Z',
        createdBy: 'someone',
        contentHash: 'b'.repeat(64),
        attestations: [],
        workflow: [],
        status,
        awaitingConfirmation: false,
      },
    ],
    inForce: null,
  };
}

const render = (status: PageDetail['status']) =>
  renderToStaticMarkup(
    createElement(IntroEditor, {
      detail: detail(status),
      department: null,
      onDetail: () => undefined,
    }),
  );

describe('the Pages screen, rendered', () => {
  it('shows the page-design checklist beside the saved words, with Attest for items a person attests', () => {
    const html = render('draft');
    expect(html).toContain('<label for="pages-intro-text">Intro statement text</label>');
    expect(html).toContain('Page-design checklist');
    expect(html).toContain('III.B.3.d.2');
    expect(html).toContain(
      'aria-label="Attest: Content kept under the records retention schedule"',
    );
    // The Chief's approval is asked for by the packet: never a button.
    expect(html).not.toContain('aria-label="Attest: Approved by the Chief');
    // The text names no off-topic removal, yet the version publishes it: a warning.
    expect(html).toContain(
      'Off-topic comments” as a removal category, but its text does not name it',
    );
    expect(html).not.toMatch(/<button[^>]*disabled[^>]*aria-label="Attest/);
  });

  it('offers no attestation for a submitted version: it is read-only', () => {
    const html = render('submitted');
    expect(html).toMatch(/<button[^>]*disabled[^>]*aria-label="Attest: Content kept/);
    expect(html).toContain('nothing more is attested for it');
  });

  it('labels every control of the page form', () => {
    const html = renderToStaticMarkup(
      createElement(PageForm, { page: detail('draft').page, onSaved: () => undefined }),
    );
    for (const label of [
      'Platform',
      'Page name',
      'Page URL',
      'Audience (III.B.2.c)',
      'Administrator’s name',
    ]) {
      expect(html).toContain(`>${label}</label>`);
    }
    expect(html).toContain('Remove Pat Okafor');
    expect(html).toContain('Add administrator');
    expect(html).toContain('Save page');
  });
});
