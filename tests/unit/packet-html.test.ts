import { describe, expect, it } from 'vitest';
import { latestRevision } from '../../src/shared/drafts/draft';
import { escapeHtml, PREVIEW_MARK } from '../../src/shared/packets/packet-html';
import { PACKET_STYLE } from '../../src/shared/packets/packet-style';
import {
  introPacketHtml,
  pagePacketHtml,
  postPacketHtml,
} from '../../src/shared/packets/render-packet';
import { draftChecklist } from '../../src/shared/policy/draft-checklist';
import { pageDesignChecklist } from '../../src/shared/policy/page-checklist';
import { pageTarget } from '../../src/shared/policy/platform-check';
import { DECISION_LABELS } from '../../src/shared/workflow/workflow';
import {
  FACEBOOK_PAGE,
  INTRO_TEXT,
  PAGES,
  X_PAGE,
  introVersion,
  nameOf,
  packetDraft,
  postInput,
} from './packet-fixtures';

const DEPARTMENT = {
  phones: ['555-010-0000'],
  emails: [],
  websites: ['https://www.example.gov/police'],
};

describe('a post packet', () => {
  const input = postInput();
  const html = postPacketHtml(input);
  const draft = packetDraft();
  const revision = latestRevision(draft);
  const { findings, items } = draftChecklist(revision, draft, revision.contentHash, {
    targets: PAGES.map(pageTarget),
  });

  it('lists every checklist item, with its section and state', () => {
    expect(items).toHaveLength(24);
    for (const { item } of items) {
      expect(html, item.id).toContain(`<span class="item-id">${escapeHtml(item.id)}</span>`);
      expect(html, item.id).toContain(escapeHtml(item.title));
    }
    expect(html).toContain('9 of 24 items satisfied.');
  });

  it('shows every finding with its matched words and how it was resolved, and by whom', () => {
    expect(findings.length).toBeGreaterThan(8);
    for (const finding of findings) {
      expect(html, finding.text).toContain(
        `<span class="words">${escapeHtml(finding.text)}</span>`,
      );
    }
    expect(html).toContain(
      'Justified by Dana Reyes on 2026-12-01 09:45 UTC: Smith is the name of the missing person’s dog &lt;b&gt;Vote&lt;/b&gt;.',
    );
    expect(html).toContain('Attested by Sam &lt;Ortiz&gt; &amp; Co on 2026-12-01 09:40 UTC');
    expect(html).toContain('Open: only an edit of the text resolves it');
  });

  it('does not show an attestation made for an earlier revision', () => {
    expect(html).not.toContain('Attested by Dana Reyes');
  });

  it('prints the content hash, the cited sections with their words and the decision block', () => {
    expect(html).toContain(revision.contentHash);
    expect(html).toContain('Missing or endangered person (III.A.2.c.4)');
    expect(html).toContain(
      '<dt><strong>III.B.1.f</strong></dt><dd>Not conduct political activities or private business.</dd>',
    );
    for (const label of Object.values(DECISION_LABELS)) {
      expect(html).toContain(`<span class="box" aria-hidden="true"></span>${label}</li>`);
    }
    for (const line of ['Name', 'Date', 'Signature']) {
      expect(html).toContain(`<p>${line}<span class="line"></span></p>`);
    }
  });

  it('shows what each platform would cut, and no link is clickable', () => {
    expect(html).toContain('<span class="cut-label">[cut from here]</span><del class="cut">');
    expect(html).toContain('No media attached.');
    expect(html).not.toMatch(/<a\b/i);
    expect(html).toContain('<span class="link">https://example.gov/police/tips</span>');
  });

  it('escapes everything: a <script> in the body stays text, and the document has no script', () => {
    expect(input.draft.revisions.at(-1)?.body).toContain('<script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;packet&quot;)&lt;/script&gt;');
    expect(html).not.toMatch(/\son\w+=/i);
    const hostile = postPacketHtml(
      postInput({ departmentName: '</style><script>x</script>', nameOf: () => '"><img src=x>' }),
    );
    expect(hostile).not.toMatch(/<script|<img/i);
    expect(hostile.match(/<style>/g)).toHaveLength(1);
  });

  it('is one standalone, accessible document with one constant style', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.match(/<style>([\s\S]*?)<\/style>/)?.[1]).toBe(PACKET_STYLE);
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).toContain('<th scope="col">Section</th>');
    expect(html).toContain('<h1>');
    expect(html).toContain('content="default-src &#39;none&#39;;');
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(postPacketHtml(postInput())).toBe(html);
    expect(postPacketHtml(postInput({ preparedAt: '2026-12-02T10:16:00.000Z' }))).not.toBe(html);
  });

  it('marks a preview on every page, and a frozen packet not at all', () => {
    expect(html).toContain(`<p class="preview" role="note">${PREVIEW_MARK}</p>`);
    expect(html).toContain('<body class="is-preview">');
    expect(PACKET_STYLE).toContain('@page preview');
    const frozen = postPacketHtml(postInput({ frozen: true, submittedBy: 'p-dana' }));
    expect(frozen.split('</style>')[1]).not.toContain(PREVIEW_MARK);
    expect(frozen).toContain('<th scope="row">Submitted</th>');
    expect(frozen).toContain('<th scope="row">Who asks</th><td>Dana Reyes</td>');
  });
});

describe('page and intro-statement packets', () => {
  const version = introVersion(2);
  const html = introPacketHtml({
    page: FACEBOOK_PAGE,
    version,
    previous: introVersion(1, 'The <old> words.'),
    department: DEPARTMENT,
    nameOf,
    preparedAt: '2026-12-02T10:00:00.000Z',
    frozen: true,
  });

  it('lists the whole page-design checklist with the words that meet each item', () => {
    const { items } = pageDesignChecklist(FACEBOOK_PAGE, INTRO_TEXT, new Set(), {
      department: DEPARTMENT,
    });
    for (const { item } of items) expect(html, item.id).toContain(escapeHtml(item.title));
    expect(html).toContain(
      '<blockquote>Anything posted here is subject to public disclosure.</blockquote>',
    );
    expect(html).toContain('Attested by Dana Reyes on 2026-11-20 10:05 UTC');
  });

  it('shows the removal categories it publishes, the version it replaces and its hash', () => {
    expect(html).toContain(
      '<li>Obscenities</li><li>Off-topic comments</li><li>Personal attacks</li>',
    );
    expect(html).toContain('Version 1, the statement it replaces');
    expect(html).toContain('The &lt;old&gt; words.');
    expect(html).toContain(version.contentHash);
  });

  it('a page packet without a statement says so and is marked a preview', () => {
    const page = pagePacketHtml({
      page: X_PAGE,
      intro: undefined,
      department: DEPARTMENT,
      nameOf,
      preparedAt: '2026-12-02T10:00:00.000Z',
      frozen: false,
    });
    expect(page).toContain('No intro statement is recorded for this page yet.');
    expect(page).toContain(PREVIEW_MARK);
    expect(page).toContain('<h3>Removal categories it publishes (III.B.3.d.1)</h3><p>None');
  });
});
