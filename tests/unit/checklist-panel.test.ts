import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChecklistPanel } from '../../src/renderer/src/checklist/ChecklistPanel';
import {
  JustifyForm,
  REASON_LIMITS,
  justifyFormSchema,
} from '../../src/renderer/src/checklist/JustifyForm';
import {
  attestSeveralLabel,
  attestationLine,
  openGroups,
  refusalLinks,
  satisfiedItems,
} from '../../src/renderer/src/checklist/checklist-groups';
import type { Draft } from '../../src/shared/drafts/draft';
import type { ItemEvaluation } from '../../src/shared/policy/checklist';
import { draftChecklist } from '../../src/shared/policy/draft-checklist';
import type { PostTarget } from '../../src/shared/policy/platform-check';

// The checklist panel as a new user meets it: open items first, by what they need, satisfied ones
// out of the way, Submit at the top; its first render as markup (the lead's keyboard spec drives
// the clicks in Chromium).
const HASH = 'c'.repeat(64);
const DANA = { id: '11111111-1111-4111-8111-111111111111', name: 'Dana Reyes' };
const ALEX = { id: '22222222-2222-4222-8222-222222222222', name: 'Alex Both' };
const PAGES: PostTarget[] = [
  { page: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', name: 'Example PD', platform: 'facebook' },
  { page: 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', name: 'PD on X', platform: 'x' },
  { page: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', name: 'PD Instagram', platform: 'instagram' },
  { page: 'dddddddd-dddd-4ddd-8ddd-dddddddddddd', name: 'Nextdoor PD', platform: 'nextdoor' },
];
/** 14:05 on 2 December, local time (the panel shows local time). */
const AT = new Date(2026, 11, 2, 14, 5).toISOString();
const LATER = new Date(2026, 11, 2, 14, 20).toISOString();

// Long enough for X to cut, with a flagged phone number (a finding to edit or justify).
const BODY = `Road closed on Main St. Call 555-201-3344 with questions. ${'Detour via Oak Ave. '.repeat(20)}`;

function draftWith(attestations: Draft['attestations']): Draft {
  return {
    id: '44444444-4444-4444-8444-444444444444',
    createdAt: AT,
    revisions: [
      {
        title: 'Main St closed',
        body: BODY,
        category: 'other',
        pages: PAGES.map((p) => p.page),
        number: 1,
        savedAt: AT,
        savedBy: DANA.id,
        contentHash: HASH,
      },
    ],
    attestations,
    justifications: [],
    workflow: [],
    permissions: [],
  };
}

function itemsOf(draft: Draft): ItemEvaluation[] {
  const latest = draft.revisions[0];
  if (!latest) throw new Error('no revision');
  return draftChecklist(latest, draft, HASH, { targets: PAGES }).items;
}

const render = (draft: Draft) =>
  renderToStaticMarkup(
    createElement(ChecklistPanel, {
      items: itemsOf(draft),
      draft,
      unsaved: false,
      onDraftChange: () => {},
      onJump: () => {},
      targets: PAGES,
      me: DANA,
    }),
  );

describe('the checklist panel’s order', () => {
  const attested = { itemId: 'content.decorum', contentHash: HASH, by: DANA.id, at: AT };
  const draft = draftWith([attested]);
  const items = itemsOf(draft);

  it('puts what a platform would cut first, then findings to edit or justify, then attestations, satisfied ones apart', () => {
    const groups = openGroups(items);
    expect(groups.map((g) => g.heading)).toEqual(['Edit the text', 'Edit or justify', 'Attest']);
    const [edit, justify, attest] = groups;
    expect(edit?.items.every((e) => e.findings.some((f) => f.mustEdit))).toBe(true);
    // The page-limit item keeps its page's name.
    expect(edit?.items.map((e) => e.item.title).join(' ')).toContain('“PD on X”');
    expect(justify?.items.every((e) => e.state === 'open')).toBe(true);
    expect(attest?.items.every((e) => e.state === 'needs-attestation')).toBe(true);
    expect(attest?.items.map((e) => e.item.id)).not.toContain('content.decorum');
    const counted = groups.reduce((n, g) => n + g.items.length, 0);
    expect(counted + satisfiedItems(items).length).toBe(items.length);
  });

  it('caps the refusal’s links at five and says how many more', () => {
    const open = openGroups(items).flatMap((g) => g.items);
    expect(open.length).toBeGreaterThan(6);
    const { links, more } = refusalLinks(items);
    expect(links.map((e) => e.item.id)).toEqual(open.slice(0, 5).map((e) => e.item.id));
    expect(more).toBe(open.length - 5);
    // Six open: all six shown, never "and 1 more".
    expect(refusalLinks(open.slice(0, 6))).toMatchObject({ more: 0 });
    expect(refusalLinks(open.slice(0, 6)).links).toHaveLength(6);
  });

  it('renders the header with Submit before any item, open groups with their counts, satisfied items collapsed', () => {
    const html = render(draft);
    const submit = html.indexOf('>Submit for approval</button>');
    const firstItem = html.indexOf('class="checklist-item');
    expect(submit).toBeGreaterThan(0);
    expect(submit).toBeLessThan(firstItem);
    expect(html).toMatch(/of \d+ items open/);
    const edit = html.indexOf('Edit the text (');
    const justify = html.indexOf('Edit or justify (');
    const attest = html.indexOf('Attest (');
    const satisfied = html.indexOf('<details class="checklist-satisfied"><summary>Satisfied (');
    expect([edit, justify, attest, satisfied].every((at) => at > 0)).toBe(true);
    expect(edit).toBeLessThan(justify);
    expect(justify).toBeLessThan(attest);
    expect(attest).toBeLessThan(satisfied);
    // The details are closed: no `open` attribute.
    expect(html).not.toMatch(/<details[^>]*\bopen\b/);
    // Every item's heading can take focus from the refusal's links.
    expect(html).toMatch(/<h4 id="checklist-item-content_decorum" tabindex="-1"/);
    expect(html).toContain('>Attest several…</button>');
  });

  it('shows who attested and when, with Withdraw, and keeps a withdrawn attestation in view', () => {
    const html = render(draft);
    const nameOf = (id: string) => (id === DANA.id ? DANA.name : ALEX.name);
    expect(attestationLine(attested, nameOf)).toBe('Attested by Dana Reyes, 2 Dec 14:05');
    expect(html).toContain('Attested by Dana Reyes, 2 Dec 14:05');
    expect(html).toContain('aria-label="Withdraw attestation: ');
    const withdrawn = { ...attested, withdrawn: { by: ALEX.id, at: LATER } };
    expect(attestationLine(withdrawn, nameOf)).toBe(
      'Attested by Dana Reyes, 2 Dec 14:05; withdrawn by Alex Both, 2 Dec 14:20',
    );
    // Withdrawn: the item needs a person again, and no Withdraw is offered for it.
    const again = render(draftWith([withdrawn]));
    expect(again).not.toContain('aria-label="Withdraw attestation: ');
    expect(again).toContain('aria-label="Attest: ');
  });

  it('names the count on the one button that attests several', () => {
    expect(attestSeveralLabel(0)).toBe('Attest 0 selected items');
    expect(attestSeveralLabel(1)).toBe('Attest 1 selected item');
    expect(attestSeveralLabel(12)).toBe('Attest 12 selected items');
  });
});

describe('the justify form', () => {
  const form = () =>
    renderToStaticMarkup(
      createElement(JustifyForm, {
        formId: 'f1',
        draftId: '44444444-4444-4444-8444-444444444444',
        kind: 'personal-data',
        text: '555-201-3344',
        quoted: '555-201-3344',
        onRecorded: () => {},
        onClose: () => {},
      }),
    );

  it('says the contract’s limits and the count before anything is typed, tied to the textarea', () => {
    expect(REASON_LIMITS).toBe('At least 10 characters, at most 2,000.');
    const html = form();
    expect(html).toContain('At least 10 characters, at most 2,000.');
    expect(html).toContain('0 of 2,000 characters');
    expect(html).toMatch(/<textarea[^>]*aria-describedby="f1-reason-hint"/);
    expect(html).toContain('<label for="f1-reason">Why “555-201-3344” is acceptable');
  });

  it('refuses a short or long reason in the contract’s own words', () => {
    const short = justifyFormSchema.safeParse({ reason: '  too short ' });
    expect(short.error?.issues[0]?.message).toBe(
      'Say why in at least 10 characters: the approver reads it',
    );
    const long = justifyFormSchema.safeParse({ reason: 'x'.repeat(2_001) });
    expect(long.error?.issues[0]?.message).toBe('Say why in at most 2,000 characters');
    expect(justifyFormSchema.safeParse({ reason: 'A public street.' }).success).toBe(true);
  });
});
