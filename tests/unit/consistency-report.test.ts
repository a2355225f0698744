import { describe, expect, it } from 'vitest';
import {
  type ReportAction,
  composeConsistencyReport,
  rangeProblem,
  reportFileName,
} from '../../src/shared/moderation/consistency-report';
import { consistencyReportCsv } from '../../src/shared/moderation/consistency-report-csv';
import { consistencyReportHtml } from '../../src/shared/moderation/consistency-report-html';
import { mixWords, readReport } from '../../src/shared/moderation/consistency-report-reading';
import { consistencyReportSchema } from '../../src/shared/moderation/report-view';

const ZONE = 'America/New_York';
const FACEBOOK = '0b6d3c1e-2f4a-4b5c-8d6e-7f8091a2b3c4';
const X_PAGE = '1c7e4d2f-3a5b-4c6d-9e7f-8091a2b3c4d5';
const SAM = 'sam-id';
const LEE = 'lee-id';
const NAMES: Record<string, string> = {
  [FACEBOOK]: 'Example PD on Facebook',
  [X_PAGE]: 'Example PD on X',
  [SAM]: 'Sam Ortiz',
  [LEE]: 'Lee Park',
};

/** An action as the tests write it: with its page, which the report asks for by comment. */
type Action = Omit<ReportAction, 'comment'> & { readonly pageId: string };

function act(at: string, fields: Partial<Action> = {}): Action {
  return {
    action: 'remove',
    reason: 'obscenity',
    by: SAM,
    at,
    pageId: FACEBOOK,
    corrected: false,
    review: 'none',
    ...fields,
  };
}

/**
 * A year of a small desk in New York: around New Year (UTC is already January while New York is
 * still in December), around the spring DST change, with corrections, a disputed removal, one
 * awaiting its second reviewer, and actions that are not removals at all.
 */
const YEAR: Action[] = [
  act('2025-12-15T15:00:00.000Z'),
  // 22:30 on 31 December in New York: December, though UTC says January.
  act('2026-01-01T03:30:00.000Z', { reason: 'personal-attack', by: LEE }),
  act('2026-01-01T05:30:00.000Z', { action: 'hide', reason: 'off-topic' }), // 00:30 on 1 January
  act('2026-01-20T15:00:00.000Z', { corrected: true }),
  act('2026-01-21T15:00:00.000Z', { action: 'keep', reason: undefined }),
  // 00:30 on 1 April in New York under daylight time (UTC-4); a fixed UTC-5 would say March.
  act('2026-04-01T04:30:00.000Z', { pageId: X_PAGE, by: LEE }),
  act('2026-03-09T15:00:00.000Z', { review: 'disagree' }),
  act('2026-03-10T15:00:00.000Z', { review: 'awaiting' }),
  act('2026-03-11T15:00:00.000Z', { review: 'agree', reason: 'off-topic' }),
  act('2026-03-12T15:00:00.000Z', { action: 'restore', reason: undefined }),
];

/** Each action on a comment of its own (numbered in order), on the page it names. */
function onComments(actions: readonly Action[]) {
  return {
    actions: actions.map(({ pageId: _page, ...action }, index) => ({
      ...action,
      comment: index + 1,
    })),
    pageOf: (comment: number) => actions[comment - 1]?.pageId ?? '',
  };
}

function compose(list: Action[], range = {}) {
  const { actions, pageOf } = onComments(list);
  return composeConsistencyReport(actions, range, {
    pageOf,
    pageName: (id) => NAMES[id] ?? id,
    moderatorName: (id) => NAMES[id] ?? id,
    generatedAt: '2026-12-02T20:00:00.000Z',
    department: 'Example Police Department',
    timeZone: ZONE,
  });
}

describe('the consistency report counts standing hides and removals', () => {
  it('by month in local time, page, moderator, action and reason; the rest counted apart', () => {
    const report = compose(YEAR);
    expect(consistencyReportSchema.parse(report)).toEqual(report);
    expect(
      report.cells.map((c) => [c.month, c.pageName, c.moderatorName, c.action, c.reason, c.count]),
    ).toEqual([
      ['2025-12', 'Example PD on Facebook', 'Lee Park', 'remove', 'personal-attack', 1],
      ['2025-12', 'Example PD on Facebook', 'Sam Ortiz', 'remove', 'obscenity', 1],
      ['2026-01', 'Example PD on Facebook', 'Sam Ortiz', 'hide', 'off-topic', 1],
      ['2026-03', 'Example PD on Facebook', 'Sam Ortiz', 'remove', 'off-topic', 1],
      ['2026-04', 'Example PD on X', 'Lee Park', 'remove', 'obscenity', 1],
    ]);
    expect(report).toMatchObject({ actions: 10, corrected: 1, disputed: 1, awaitingReview: 1 });
  });

  it('takes whole local days at both ends of the range', () => {
    const january = compose(YEAR, { from: '2026-01-01', to: '2026-03-31' });
    // The 22:30 New Year's Eve removal is outside; the 00:30 April one too.
    expect(january.cells.map((c) => c.month)).toEqual(['2026-01', '2026-03']);
    expect(january).toMatchObject({ actions: 7, corrected: 1, disputed: 1, awaitingReview: 1 });
    expect(compose(YEAR, { to: '2025-12-31' }).cells).toHaveLength(2);
    expect(compose(YEAR, { from: '2026-04-01' }).cells).toHaveLength(1);
  });

  it('adds up a busy month into one cell per month, page, moderator, action and reason', () => {
    const busy = Array.from({ length: 40 }, (_, i) =>
      act(`2026-05-${String((i % 28) + 1).padStart(2, '0')}T12:00:00.000Z`),
    );
    expect(compose(busy).cells).toEqual([expect.objectContaining({ month: '2026-05', count: 40 })]);
  });

  it('refuses a period that ends before it starts, saying which date goes where', () => {
    expect(rangeProblem({ from: '2026-12-31', to: '2026-01-01' })).toMatch(/From.*To/);
    expect(rangeProblem({ from: '2026-01-01', to: '2026-01-01' })).toBeUndefined();
  });

  it('names its file after the period', () => {
    expect(reportFileName(compose(YEAR, { from: '2026-01-01', to: '2026-12-31' }), 'html')).toBe(
      'consistency-report-2026-01-01-to-2026-12-31.html',
    );
    expect(reportFileName(compose(YEAR), 'csv', ZONE)).toBe(
      'consistency-report-start-to-2026-12-02.csv',
    );
  });
});

describe('the reading a supervisor uses', () => {
  it('totals per reason, page, moderator and month, with empty months shown as 0', () => {
    const reading = readReport(compose(YEAR));
    expect(reading.months.map((m) => [m.month, m.total])).toEqual([
      ['2025-12', 2],
      ['2026-01', 1],
      ['2026-02', 0],
      ['2026-03', 1],
      ['2026-04', 1],
    ]);
    expect(reading.reasons.map((r) => [r.id, r.total])).toEqual([
      ['obscenity', 2],
      ['off-topic', 2],
      ['personal-attack', 1],
    ]);
    expect(reading.pages.map((p) => [p.name, p.total])).toEqual([
      ['Example PD on Facebook', 4],
      ['Example PD on X', 1],
    ]);
    expect(reading).toMatchObject({ hides: 1, removals: 4, total: 5 });
  });

  it('asks for a look at a moderator whose reason mix differs strongly from the rest of the team', () => {
    const many = (by: string, reason: Action['reason'], n: number) =>
      Array.from({ length: n }, () => act('2026-06-10T12:00:00.000Z', { by, reason }));
    const apart = readReport(
      compose([...many(SAM, 'obscenity', 12), ...many(LEE, 'personal-attack', 12)]),
    );
    const sam = apart.moderators.find((m) => m.name === 'Sam Ortiz');
    expect(sam?.worthALook).toBe(true);
    expect(sam && mixWords(sam)).toMatch(/^Worth a look: 100 of every 100/);
    expect(sam && mixWords(sam)).not.toMatch(/bias|violat|wrong/i);

    const alike = readReport(
      compose([
        ...many(SAM, 'obscenity', 10),
        ...many(SAM, 'off-topic', 2),
        ...many(LEE, 'obscenity', 9),
        ...many(LEE, 'off-topic', 3),
      ]),
    );
    expect(alike.moderators.every((m) => !m.worthALook)).toBe(true);

    const few = readReport(compose([...many(SAM, 'obscenity', 3), ...many(LEE, 'off-topic', 12)]));
    expect(few.moderators.some((m) => m.worthALook)).toBe(false);
    const fewSam = few.moderators.find((m) => m.name === 'Sam Ortiz');
    expect(fewSam && mixWords(fewSam)).toMatch(/Too few/);
  });
});

describe('the HTML export', () => {
  const hostile = composeConsistencyReport(
    onComments([act('2026-02-10T15:00:00.000Z', { by: 'evil' })]).actions,
    { from: '2026-01-01', to: '2026-12-31' },
    {
      pageOf: () => FACEBOOK,
      pageName: () => '<script>alert("page")</script>',
      moderatorName: () => '<img src=x onerror=alert(1)>',
      generatedAt: '2026-12-02T20:00:00.000Z',
      department: 'Example & Sons <PD>',
      timeZone: ZONE,
    },
  );
  const html = consistencyReportHtml(hostile, ZONE);

  it('escapes every name: a page or moderator named like markup stays text', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;page&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('<p>Example &amp; Sons &lt;PD&gt;</p>');
  });

  it('is standalone: loads nothing, and cites the published categories rule', () => {
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<link|src="http|href="http|@import|url\(http/);
    expect(html).toContain('III.B.3.d.1');
    expect(html).toContain('<title>Consistency report: 2026-01-01 to 2026-12-31</title>');
    expect(html).toContain('Generated December 2, 2026 at 3:00 PM EST');
    expect(html).toContain('<th scope="col">2026-02</th>');
    expect(html).toContain(
      '<caption>Every count: month, page, moderator, action and reason</caption>',
    );
  });

  it('draws the chart as inline SVG with a label, a title, patterns and a text legend', () => {
    const svg = /<svg[^>]*>[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(
      /aria-label="Standing hides and removals per month, stacked by reason\. [^"]*2026-02: 1 \(Obscenity 1\)/,
    );
    expect(svg).toContain('<title>Standing hides and removals per month, by reason</title>');
    expect(svg).toContain('<pattern id="consistency-off-topic"');
    expect(svg).toContain('fill="url(#consistency-obscenity)"');
    expect(svg).toContain('>Off-topic comments (orange diagonal stripes)</text>');
  });

  it('says so plainly when there is nothing to count', () => {
    const none = consistencyReportHtml(compose([], { from: '2030-01-01', to: '2030-01-31' }), ZONE);
    expect(none).toContain('No standing hides or removals in this period.');
    expect(none).not.toContain('<svg');
  });
});

describe('the CSV export', () => {
  it('has a header and one row per count, quoted as RFC 4180 says', () => {
    const csv = consistencyReportCsv(compose(YEAR));
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'month,page,page_id,moderator,moderator_id,action,reason,reason_label,count',
    );
    expect(lines).toHaveLength(compose(YEAR).cells.length + 2);
    expect(lines[lines.length - 1]).toBe('');
    expect(lines[1]).toBe(
      `2025-12,Example PD on Facebook,${FACEBOOK},Lee Park,${LEE},remove,personal-attack,Personal attacks,1`,
    );
  });

  it('turns a name a spreadsheet would run as a formula into text, and quotes commas and quotes', () => {
    const names = ['=HYPERLINK("http://evil.example","x")', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'];
    const csv = consistencyReportCsv(
      composeConsistencyReport(
        onComments(names.map((_, i) => act('2026-02-10T15:00:00.000Z', { by: `m${i}` }))).actions,
        {},
        {
          pageOf: () => FACEBOOK,
          pageName: () => 'Main, "official" page',
          moderatorName: (id) => names[Number(id.slice(1))] ?? id,
          generatedAt: '2026-12-02T20:00:00.000Z',
          timeZone: ZONE,
        },
      ),
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain(",'+1,");
    expect(csv).toContain(",'-1,");
    expect(csv).toContain(",'@SUM(A1),");
    expect(csv).toContain(",'\t=1,");
    expect(csv).toContain(`,"'\r=1",`);
    expect(csv).toContain(',"Main, ""official"" page",');
    for (const line of csv.split('\r\n').slice(1)) expect(line).not.toMatch(/,[=+\-@]/);
  });
});
