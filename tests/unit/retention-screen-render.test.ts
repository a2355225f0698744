import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RetentionView } from '../../src/renderer/src/records/RetentionScreen';
import { DueTable } from '../../src/renderer/src/records/retention/DueTable';
import {
  disposeAllWords,
  disposeTickedWords,
  outcomeWords,
} from '../../src/renderer/src/records/retention/dispose-words';
import { holdFormSchema, toHoldRequest } from '../../src/renderer/src/records/retention/hold-form';
import {
  scheduleDefaults,
  scheduleFormSchema,
  toSchedule,
} from '../../src/renderer/src/records/retention/schedule-form';
import { CONTRACT } from '../../src/shared/ipc/contract';
import type { Page } from '../../src/shared/pages/page';
import type { Profile } from '../../src/shared/profiles/profile';
import type { RetentionOverview } from '../../src/shared/records/retention-view';

// The retention screen as markup for a records profile and for a reader, and the words its
// confirmation and outcome say; the channels themselves run through the real dispatcher in
// retention-channels.test.ts and retention-screen-overview.test.ts.
const person = (name: string, roles: Profile['roles']): Profile => ({
  id: '11111111-1111-4111-8111-111111111111',
  name,
  roles,
  createdAt: '2026-12-01T08:00:00.000Z',
  createdBy: 'first-start',
});
const CASEY = person('Casey Records', ['records']);
const SAM = person('Sam Ortiz', ['moderator']);
const PAGE = '33333333-3333-4333-8333-333333333333';
const HOLD = '44444444-4444-4444-8444-444444444444';
const PAGES: Page[] = [
  {
    id: PAGE,
    platform: 'facebook',
    name: 'Example PD on Facebook',
    url: 'https://www.facebook.com/examplepd',
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'dana',
    workflow: [],
  },
];

const OVERVIEW: RetentionOverview = CONTRACT['records:retention'].response.parse({
  schedules: [
    { type: 'draft' },
    { type: 'post' },
    {
      type: 'comment',
      schedule: {
        type: 'comment',
        trigger: 'created',
        period: { years: 2, months: 0, days: 0 },
        authority: 'GS1 item 41',
      },
      setBy: CASEY.id,
      setByName: 'Casey Records',
      setAt: '2026-12-01T09:00:00.000Z',
    },
    {
      type: 'moderation',
      schedule: {
        type: 'moderation',
        trigger: 'created',
        period: { years: 1, months: 0, days: 0 },
        authority: 'GS1 item 42',
      },
    },
    { type: 'packet' },
    { type: 'intro' },
    {
      type: 'audit',
      schedule: { type: 'audit', trigger: 'created', permanent: true, authority: 'GS1 item 1' },
    },
  ],
  holds: [
    {
      hold: '55555555-5555-4555-8555-555555555555',
      name: 'Old matter',
      matter: 'Claim 2025-3',
      scope: { types: ['draft'] },
      placedBy: CASEY.id,
      placedByName: 'Casey Records',
      placedAt: '2026-01-02T09:00:00.000Z',
      released: {
        by: CASEY.id,
        byName: 'Casey Records',
        at: '2026-06-01T09:00:00.000Z',
        reason: 'Claim settled',
      },
    },
    {
      hold: HOLD,
      name: 'Parade complaint',
      matter: 'PRR 2026-114',
      scope: { from: '2026-01-01', pages: [PAGE], words: ['parade'] },
      placedBy: CASEY.id,
      placedByName: 'Casey Records',
      placedAt: '2026-11-02T09:00:00.000Z',
    },
  ],
  today: '2026-12-03',
  due: { total: 20, held: 3, byType: { comment: 15, moderation: 5 }, heldByType: { comment: 3 } },
  next: { on: '2027-03-01', count: 14 },
  disposable: ['comment'],
});

const render = (me: Profile) =>
  renderToStaticMarkup(
    createElement(RetentionView, { overview: OVERVIEW, me, pages: PAGES, reload: () => undefined }),
  );

describe('the retention screen', () => {
  it('shows a records profile the seven types, what is due, the holds, and every form', () => {
    const html = render(CASEY);
    for (const type of [
      'Drafts and revisions',
      'Published posts',
      'Captured comments',
      'Moderation actions',
      'Approval packets and decisions',
      'Intro-statement versions',
      'Audit entries',
    ])
      expect(html).toContain(`<th scope="row">${type}</th>`);
    expect(html).toContain('Kept 2 years after the comment was captured (GS1 item 41)');
    expect(html).toContain('Kept permanently (GS1 item 1)');
    expect(html.match(/Kept until a schedule is set/g)).toHaveLength(4);
    expect(html).toContain('Casey Records, <time dateTime="2026-12-01T09:00:00.000Z">');
    expect(html.match(/>Edit<span class="visually-hidden">/g)).toHaveLength(7);

    expect(html).toContain('Due today (2026-12-03): 20 records, 3 of them under legal hold.');
    expect(html).toContain('Captured comments: 15 (3 held)');
    expect(html).toContain('Moderation actions: 5');
    expect(html).toContain('kept: this version does not dispose of these');
    expect(html).toContain('Next: 14 records on 2027-03-01');
    expect(html).toContain('<label for="dispose-reason">Reason</label>');
    expect(html).toContain('Everything due and not under a legal hold');

    // Active first, released with who, when and why; Release only on the active one.
    expect(html.indexOf('Parade complaint')).toBeLessThan(html.indexOf('Old matter'));
    expect(html).toContain('(active: blocks disposition)');
    expect(html).toContain('Released by Casey Records');
    expect(html).toContain('Claim settled');
    expect(html).toContain('on Example PD on Facebook');
    expect(html).toContain('with “parade”');
    expect(html.match(/Release<span class="visually-hidden"> the hold/g)).toHaveLength(1);
    expect(html).toContain('<h3 id="place-hold-heading">Place a legal hold</h3>');
    expect(html).toContain('<label for="hold-pages">Pages</label>');
    expect(html).toContain('Example PD on Facebook (facebook)</option>');
    expect(html.match(/type="checkbox" name="types"/g)).toHaveLength(7);
    expect(html).toContain('<label for="hold-words">Words, one per line</label>');
    expect(html).toMatch(/role="status"/);
    expect(html).not.toContain('Only a profile with the records role');
  });

  it('shows anyone else everything read-only, with one line saying who may change it', () => {
    const html = render(SAM);
    expect(html).toContain(
      'Only a profile with the records role can set schedules, place or release legal holds and dispose of records',
    );
    expect(html).toContain('Kept 2 years after the comment was captured');
    expect(html).toContain('Next: 14 records on 2027-03-01');
    expect(html).toContain('Parade complaint');
    for (const form of ['>Edit<', 'dispose-reason', 'place-hold-heading', '>Release<', '<form'])
      expect(html).not.toContain(form);
  });

  it('lists due records with "Held by", and offers only those it can dispose of', () => {
    const row = {
      pages: [PAGE],
      created: '2026-11-30T08:00:00.000Z',
      dueOn: '2026-12-01',
      authority: 'GS1 item 41',
    };
    const html = renderToStaticMarkup(
      createElement(DueTable, {
        rows: [
          {
            ...row,
            type: 'comment',
            id: '7',
            title: 'A: parade',
            heldBy: [HOLD],
            heldByNames: ['Parade complaint'],
          },
          { ...row, type: 'comment', id: '8', title: 'B: lights', heldBy: [], heldByNames: [] },
          {
            ...row,
            type: 'moderation',
            id: '9',
            title: 'keep on comment 8',
            heldBy: [],
            heldByNames: [],
          },
        ],
        disposable: ['comment'],
        ticking: true,
        ticked: new Map(),
        onTick: () => undefined,
      }),
    );
    expect(html).toContain('Held by Parade complaint');
    expect(html).toContain('<time dateTime="2026-12-01">2026-12-01</time>');
    expect(html.match(/type="checkbox"/g)).toHaveLength(1);
    expect(html).toContain('aria-label="Dispose of comment 8: B: lights"');
    expect(html).toContain('Kept: this version does not dispose of these');
  });

  it('says exactly what a disposition will do, and what it did', () => {
    expect(disposeAllWords(OVERVIEW)).toBe(
      '12 captured comments will lose their text for good; 3 records under legal hold stay; 5 records of types that are never disposed of stay kept.',
    );
    expect(disposeTickedWords([{ type: 'comment' }])).toBe(
      '1 comment will lose its text for good.',
    );
    expect(outcomeWords({ disposed: { comment: 12 }, events: [345], held: 3, kept: 5 })).toBe(
      'Disposed of 12 captured comments, recorded in disposition event 345. 3 records under legal hold stay. 5 records stay kept (of types never disposed of, or moderation actions whose comment stays).',
    );
  });

  it('checks the Edit and Place hold forms by the main process’s own schemas', () => {
    const form = { ...scheduleDefaults('comment'), days: '30', authority: 'GS1 item 41' };
    expect(scheduleFormSchema.safeParse(form).success).toBe(true);
    expect(CONTRACT['records:setSchedule'].request.parse(toSchedule(form))).toEqual({
      type: 'comment',
      trigger: 'created',
      period: { years: 0, months: 0, days: 30 },
      authority: 'GS1 item 41',
    });
    const empty = scheduleFormSchema.safeParse({ ...form, days: '', authority: ' ' });
    expect(empty.success).toBe(false);
    const messages = empty.error?.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    expect(messages).toContain(
      'years: A retention period is at least one day; to keep a type for good, mark it permanent',
    );
    expect(messages).toContain(
      'authority: Name the retention schedule item this follows (for example GS1 item 12)',
    );
    expect(
      CONTRACT['records:setSchedule'].request.parse(
        toSchedule({ ...form, kept: 'permanent', days: '' }),
      ),
    ).toMatchObject({ permanent: true });

    const hold = {
      name: 'Parade complaint',
      matter: 'PRR 2026-114',
      from: '2026-12-01',
      to: '2026-01-01',
      pages: [PAGE],
      types: ['comment' as const],
      words: 'parade\n\n  road closure  \n',
    };
    const backwards = holdFormSchema.safeParse(hold);
    expect(backwards.error?.issues[0]).toMatchObject({
      path: ['to'],
      message: 'The hold’s first day is after its last: swap them',
    });
    expect(CONTRACT['records:placeHold'].request.parse(toHoldRequest({ ...hold, to: '' }))).toEqual(
      {
        name: 'Parade complaint',
        matter: 'PRR 2026-114',
        scope: {
          from: '2026-12-01',
          pages: [PAGE],
          types: ['comment'],
          words: ['parade', 'road closure'],
        },
      },
    );
  });
});
