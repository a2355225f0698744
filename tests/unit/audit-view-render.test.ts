import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuditScreen } from '../../src/renderer/src/records/AuditScreen';
import { AuditTable } from '../../src/renderer/src/records/AuditTable';
import {
  AUDIT_FORM_DEFAULTS,
  auditFormSchema,
  toAuditFilter,
} from '../../src/renderer/src/records/audit-form';
import { CONTRACT } from '../../src/shared/ipc/contract';
import type { Profile } from '../../src/shared/profiles/profile';
import type { AuditEntry } from '../../src/shared/records/audit-view';

// The audit screen's first render and its table as markup; the list itself runs through the real
// dispatcher in audit-view.test.ts.
const profile = (roles: Profile['roles']): Profile => ({
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Casey Records',
  roles,
  createdAt: '2026-12-01T08:00:00.000Z',
  createdBy: 'first-start',
});
const BEFORE = 'b'.repeat(64);
const AFTER = 'c'.repeat(64);
const entry = (extra: Partial<AuditEntry>): AuditEntry => ({
  seq: 12,
  at: '2026-11-30T12:00:00.000Z',
  by: '22222222-2222-4222-8222-222222222222',
  byName: 'Avery Admin',
  kind: 'audit.change',
  what: 'page "Example PD" changed',
  store: 'pages',
  document: '33333333-3333-4333-8333-333333333333',
  before: BEFORE,
  after: AFTER,
  notApplied: false,
  disposed: false,
  hash: 'd'.repeat(64),
  ...extra,
});

describe('the audit trail screen', () => {
  it('offers days, person, kind, store and words, each labelled, and saving as CSV or HTML', () => {
    const html = renderToStaticMarkup(
      createElement(AuditScreen, { go: () => undefined, me: profile(['records']) }),
    );
    expect(html).toContain('<h1 id="audit-heading">Audit trail</h1>');
    for (const label of ['From', 'To', 'Who', 'Kind', 'Store', 'Words in the description'])
      expect(html).toContain(`>${label}</label>`);
    expect(html).toContain('Moderation action');
    expect(html).toContain('Department settings');
    expect(html).toContain('Reading the journal…');
  });

  it('tells a profile without the role who may read the audit trail, and asks for nothing', () => {
    const html = renderToStaticMarkup(
      createElement(AuditScreen, { go: () => undefined, me: profile(['moderator']) }),
    );
    expect(html).toContain(
      'Reading the audit trail needs the records or administrator role; Casey Records has moderator.',
    );
    expect(html).not.toContain('<form');
  });

  it('shows when, who, what, kind and the hashes shortened, each read out whole', () => {
    const html = renderToStaticMarkup(
      createElement(AuditTable, {
        entries: [
          entry({}),
          entry({ seq: 11, before: null, notApplied: true, what: 'page "Example PD" added' }),
          entry({
            seq: 10,
            kind: 'moderation.action',
            what: 'Removed comment 4 (Personal attacks)',
            store: undefined,
            document: undefined,
            before: undefined,
            after: undefined,
          }),
        ],
      }),
    );
    expect(html).toContain('<th scope="col">Before → after</th>');
    expect(html).toMatch(/<time datetime="2026-11-30T12:00:00.000Z">/i);
    expect(html).toContain('Avery Admin');
    expect(html).toContain('Event 12');
    expect(html).toContain('bbbbbbbb…bbbb');
    expect(html).toContain(`title="Before SHA-256 ${BEFORE}"`);
    expect(html).toContain(`<span class="visually-hidden">After SHA-256 ${AFTER}</span>`);
    expect(html).toContain('Not applied: the document was never written.');
    expect(html).toContain('Moderation action');
    expect(html).toContain('Removed comment 4 (Personal attacks)');
  });

  it('sends the filter the contract accepts, leaving out what is left empty', () => {
    expect(toAuditFilter(AUDIT_FORM_DEFAULTS)).toEqual({});
    const form = {
      ...AUDIT_FORM_DEFAULTS,
      from: '2026-01-01',
      kind: 'audit.change',
      words: ' page ',
    };
    const filter = toAuditFilter(auditFormSchema.parse(form));
    expect(filter).toEqual({ from: '2026-01-01', kind: 'audit.change', words: 'page' });
    expect(CONTRACT['audit:list'].request.safeParse({ ...filter, limit: 100 }).success).toBe(true);
    const swapped = auditFormSchema.safeParse({ ...form, to: '2025-12-31' });
    expect(swapped.success).toBe(false);
  });
});
