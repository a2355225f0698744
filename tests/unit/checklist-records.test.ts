import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AttestSeveralChoices } from '../../src/renderer/src/checklist/AttestSeveral';
import { ChecklistPanel } from '../../src/renderer/src/checklist/ChecklistPanel';
import { justifyKeyAction } from '../../src/renderer/src/checklist/JustifyForm';
import type { Draft } from '../../src/shared/drafts/draft';
import { findingKey } from '../../src/shared/policy/checklist';
import { draftChecklist } from '../../src/shared/policy/draft-checklist';

const HASH = 'c'.repeat(64);
const DANA = { id: '11111111-1111-4111-8111-111111111111', name: 'Dana Reyes' };
const AT = new Date(2026, 11, 2, 14, 5).toISOString();
const LATER = new Date(2026, 11, 2, 14, 20).toISOString();
// A political finding whose words span a space: the record below quotes them with two.
const BODY = 'Come to the fair on Saturday. Vote for Smith at the booth.';

function draftWith(justifications: Draft['justifications']): Draft {
  return {
    id: '44444444-4444-4444-8444-444444444444',
    createdAt: AT,
    revisions: [
      {
        title: 'Fair day',
        body: BODY,
        category: 'other',
        pages: [],
        number: 1,
        savedAt: AT,
        savedBy: DANA.id,
        contentHash: HASH,
      },
    ],
    attestations: [],
    justifications,
    workflow: [],
    permissions: [],
  };
}

function render(draft: Draft): string {
  const latest = draft.revisions[0];
  if (!latest) throw new Error('no revision');
  return renderToStaticMarkup(
    createElement(ChecklistPanel, {
      items: draftChecklist(latest, draft, HASH, {}).items,
      draft,
      unsaved: false,
      onDraftChange: () => {},
      onJump: () => {},
      targets: [],
      me: DANA,
    }),
  );
}

describe('the panel shows the justification the gate and the packet read', () => {
  it('finds it by its finding key (white space collapsed) and shows the latest one', () => {
    const finding = draftChecklist(
      { title: 'Fair day', body: BODY },
      undefined,
      undefined,
      {},
    ).findings.find((f) => f.kind === 'political');
    if (!finding) throw new Error('the political scanner found nothing in the body');
    const key = findingKey(finding);
    const record = (text: string, reason: string, at: string) => ({
      findingKey: key,
      kind: 'political',
      text,
      reason,
      by: DANA.id,
      at,
    });
    const html = render(
      draftWith([
        record(finding.text.replace(' ', '  '), 'Smith is the fair’s pony.', AT),
        record(
          finding.text.replace(' ', '  '),
          'Smith is the fair’s pony, named by children.',
          LATER,
        ),
      ]),
    );
    expect(html).toContain('— Smith is the fair’s pony, named by children.');
    expect(html).not.toContain('— Smith is the fair’s pony.<');
  });
});

describe('Ctrl+Enter in the justify form', () => {
  const ctrlEnter = { key: 'Enter', ctrlKey: true, metaKey: false };
  it('records the justification once: a press while it is being recorded waits', () => {
    expect(justifyKeyAction(ctrlEnter, false)).toBe('submit');
    expect(justifyKeyAction({ ...ctrlEnter, ctrlKey: false, metaKey: true }, false)).toBe('submit');
    expect(justifyKeyAction(ctrlEnter, true)).toBe('wait');
    expect(justifyKeyAction({ key: 'Escape', ctrlKey: false, metaKey: false }, true)).toBe('close');
    expect(
      justifyKeyAction({ key: 'Enter', ctrlKey: false, metaKey: false }, false),
    ).toBeUndefined();
  });
});

describe('the attest-several refusal', () => {
  const items = draftChecklist(
    { title: 'Fair day', body: 'Fair on Saturday.' },
    undefined,
    undefined,
  )
    .items.filter((e) => e.state === 'needs-attestation')
    .slice(0, 2);
  const html = (message: string | undefined) =>
    renderToStaticMarkup(
      createElement(AttestSeveralChoices, { items, ticked: [], message, onToggle: () => {} }),
    );

  it('is tied to each checkbox, never as aria-invalid on the group', () => {
    const refused = html('Tick at least one item you reviewed');
    expect(refused).toMatch(/<fieldset>/);
    expect(refused).not.toMatch(/<fieldset[^>]*aria-/);
    const boxes = refused.match(/<input[^>]*type="checkbox"[^>]*>/g) ?? [];
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(box).toContain('aria-invalid="true"');
      expect(box).toContain('aria-describedby="checklist-attest-several-error"');
    }
    expect(refused).toContain(
      '<p id="checklist-attest-several-error" class="field-error">Tick at least one item you reviewed</p>',
    );
  });

  it('leaves the checkboxes unmarked before anything is refused', () => {
    expect(html(undefined)).not.toMatch(/aria-invalid|aria-describedby/);
  });
});
