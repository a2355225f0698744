import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertChecklistComplete, justify } from '../../src/main/drafts/draft-gate';
import type { Draft } from '../../src/shared/drafts/draft';
import { fillTemplate, missingTemplateFields } from '../../src/shared/drafts/templates';
import { composePostPacket } from '../../src/shared/packets/compose-packet';
import { renderPacketHtml } from '../../src/shared/packets/packet-html';
import { CONTENT_CHECKLIST } from '../../src/shared/policy/catalogue';
import { findingKey } from '../../src/shared/policy/checklist';
import { draftChecklist } from '../../src/shared/policy/draft-checklist';
import {
  TEMPLATE_DETAILS_ITEM,
  templatePlaceholderFindings,
} from '../../src/shared/policy/template-placeholders';
import { runChecklistJob } from '../../src/renderer/src/checklist/checklist-job';
import { postInput } from './packet-fixtures';

const HALF_FILLED = {
  location: 'Main St between 1st and 3rd Ave',
  start: '7 am',
  'expected-end': '5 pm',
};
/** "ROAD CLOSURE: Main St … Detour: [Detour]." as the template writes it with the detour empty. */
const BODY = fillTemplate('road-closure', HALF_FILLED) ?? '';
const HASH = createHash('sha256').update(BODY).digest('hex');
const ATTESTABLE = CONTENT_CHECKLIST.filter((item) => item.satisfiedBy !== 'automatic');

function draftOf(body: string, fields: Record<string, string> = HALF_FILLED): Draft {
  const hash = createHash('sha256').update(body).digest('hex');
  return {
    id: '0d0d0d0d-0000-4000-8000-00000000000a',
    createdAt: '2026-12-01T08:00:00.000Z',
    revisions: [
      {
        title: 'Main St closed',
        body,
        category: 'road-closure',
        pages: [],
        fields,
        number: 1,
        savedAt: '2026-12-01T08:00:00.000Z',
        savedBy: 'p-sam',
        contentHash: hash,
      },
    ],
    // Every item a person can vouch for is vouched for: only the scanners can keep it open.
    attestations: ATTESTABLE.map((item) => ({
      itemId: item.id,
      contentHash: hash,
      by: 'p-sam',
      at: '2026-12-01T08:05:00.000Z',
    })),
    justifications: [],
    workflow: [],
    permissions: [],
  };
}

function templateItem(items: ReturnType<typeof draftChecklist>['items']) {
  const found = items.find((evaluation) => evaluation.item.id === TEMPLATE_DETAILS_ITEM);
  if (!found) throw new Error(`${TEMPLATE_DETAILS_ITEM} is not on the checklist`);
  return found;
}

describe('a template’s “[Label]” left in the body', () => {
  it('is found where it stands, as an edit only a person’s edit resolves', () => {
    expect(BODY).toContain('Detour: [Detour].');
    const findings = templatePlaceholderFindings(BODY, 'road-closure');
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding?.kind).toBe('template-placeholder');
    expect(finding?.section).toBe('III.A.2.c.1');
    expect(finding?.mustEdit).toBe(true);
    expect(BODY.slice(finding?.start, finding?.end)).toBe('[Detour]');
    expect(finding?.message).toContain('“Detour”');
  });

  it('is not raised for another category’s labels, nor for a category without a template', () => {
    expect(
      templatePlaceholderFindings('Last seen [Location] near the park', 'missing-person'),
    ).toEqual([]);
    expect(templatePlaceholderFindings('Bring a [Detour] sign', 'special-event')).toEqual([]);
    expect(templatePlaceholderFindings(BODY, undefined)).toEqual([]);
  });

  it('keeps the template item open in the live panel’s checklist, whatever is justified', () => {
    const draft = draftOf(BODY);
    const justified = {
      ...draft,
      justifications: [
        {
          findingKey: findingKey({ kind: 'template-placeholder', text: '[Detour]' }),
          kind: 'template-placeholder',
          text: '[Detour]',
          reason: 'The detour is announced later.',
          by: 'p-sam',
          at: '2026-12-01T08:06:00.000Z',
        },
      ],
    };
    const { items } = runChecklistJob({
      content: { title: 'Main St closed', body: BODY, category: 'road-closure' },
      records: justified,
      savedHash: HASH,
      context: {},
    });
    const item = templateItem(items);
    expect(item.state).toBe('open');
    expect(item.findings.map((f) => f.text)).toEqual(['[Detour]']);
    expect(item.justifiedFindings).toEqual([]);
  });

  it('is satisfied once the detail is written in', () => {
    const filled = fillTemplate('road-closure', { ...HALF_FILLED, detour: 'Elm St' }) ?? '';
    const { items } = draftChecklist(
      { title: 'Main St closed', body: filled, category: 'road-closure' },
      undefined,
      undefined,
    );
    expect(templateItem(items).state).toBe('satisfied');
  });

  it('stops the main gate from submitting, and cannot be justified there', () => {
    const draft = draftOf(BODY);
    expect(() => assertChecklistComplete(draft, {})).toThrow(
      /Every detail of the category’s template/,
    );
    expect(() =>
      justify(
        draft,
        { kind: 'template-placeholder', text: '[Detour]', reason: 'Later.' },
        'p-sam',
        '2026-12-01T08:06:00.000Z',
        {},
      ),
    ).toThrow(/template detail not filled in: no justification can change that/);
    const filled = fillTemplate('road-closure', { ...HALF_FILLED, detour: 'Elm St' }) ?? '';
    expect(() =>
      assertChecklistComplete(draftOf(filled, { ...HALF_FILLED, detour: 'Elm St' }), {}),
    ).not.toThrow();
  });
});

describe('the packet of a templated post', () => {
  it('prints the template’s required details, one left empty saying so', () => {
    const packet = composePostPacket(postInput({ draft: draftOf(BODY), targets: [] }));
    expect(packet.cover.details).toEqual({
      caption: 'Required details (the road closure template)',
      rows: [
        ['Location', 'Main St between 1st and 3rd Ave'],
        ['Start', '7 am'],
        ['Expected end', '5 pm'],
        ['Detour', 'Not filled in'],
      ],
    });
    const html = renderPacketHtml(packet);
    expect(html).toContain('<caption>Required details (the road closure template)</caption>');
    expect(html).toContain('<tr><th scope="row">Detour</th><td>Not filled in</td></tr>');
    const item = packet.checklist[0]?.items.find((i) => i.id === TEMPLATE_DETAILS_ITEM);
    expect(item?.state).toBe('open');
    expect(item?.findings[0]?.resolution).toBe('Open: only an edit of the text resolves it');
  });

  it('prints no details table for a category without a template', () => {
    const draft = draftOf('Lock your car tonight.');
    const other: Draft = {
      ...draft,
      revisions: draft.revisions.map((r) => ({
        ...r,
        category: 'crime-prevention',
        fields: undefined,
      })),
    };
    const packet = composePostPacket(postInput({ draft: other, targets: [] }));
    expect(packet.cover.details).toBeUndefined();
    expect(renderPacketHtml(packet)).not.toContain('Required details');
  });
});

describe('a template field left empty is refused in the category’s own words', () => {
  it.each([
    [
      'active-threat',
      'instruction',
      'Fill in “Instruction”: an active community threat notice needs it',
    ],
    ['road-closure', 'expected-end', 'Fill in “Expected end”: a road closure notice needs it'],
    [
      'weather-emergency',
      'next-update',
      'Fill in “Next update”: a weather emergency notice needs it',
    ],
  ])('%s', (category, field, message) => {
    const issue = missingTemplateFields(category, {}).find((i) => i.path[1] === field);
    expect(issue?.message).toBe(message);
  });
});
