import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReportScreen } from '../../src/renderer/src/moderation/ReportScreen';
import { svgElement } from '../../src/renderer/src/moderation/report/ConsistencyChart';
import { CellsTable, ModeratorsTable } from '../../src/renderer/src/moderation/report/ReportTables';
import {
  defaultPeriod,
  rangeOf,
  reportFormSchema,
} from '../../src/renderer/src/moderation/report/report-form';
import { composeConsistencyReport } from '../../src/shared/moderation/consistency-report';
import { consistencyChart } from '../../src/shared/moderation/consistency-report-chart';
import { svgText } from '../../src/shared/moderation/consistency-report-html';
import { readReport } from '../../src/shared/moderation/consistency-report-reading';
import type { Profile } from '../../src/shared/profiles/profile';

// The screen's parts as markup; its requests run through the real dispatcher in
// comment-report-handlers.test.ts.
const PAGE = '0b6d3c1e-2f4a-4b5c-8d6e-7f8091a2b3c4';
const report = composeConsistencyReport(
  [
    ...['2026-02-10', '2026-02-11', '2026-03-02'].map((day) => ({
      action: 'remove' as const,
      reason: 'obscenity' as const,
      by: 'sam',
      at: `${day}T15:00:00.000Z`,
      comment: 1,
      corrected: false,
      review: 'none' as const,
    })),
    {
      action: 'hide',
      reason: 'off-topic',
      by: 'sam',
      at: '2026-03-03T15:00:00.000Z',
      comment: 1,
      corrected: false,
      review: 'none',
    },
  ],
  { from: '2026-02-01', to: '2026-03-31' },
  {
    pageOf: () => PAGE,
    pageName: () => '<script>alert("page")</script>',
    moderatorName: () => '<img src=x onerror=alert(1)>',
    generatedAt: '2026-12-02T20:00:00.000Z',
    timeZone: 'America/New_York',
  },
);
const reading = readReport(report);
const ME: Profile = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Quinn Chief',
  roles: ['approver'],
  createdAt: '2026-12-01T08:00:00.000Z',
  createdBy: 'first-start',
};

describe('the consistency report screen', () => {
  it('draws the same chart as the HTML export, as elements (no markup parsed)', () => {
    const chart = consistencyChart(reading);
    const screen = renderToStaticMarkup(svgElement(chart));
    const exported = svgText(chart);
    const count = (markup: string, what: RegExp) => markup.match(what)?.length ?? 0;
    for (const what of [/<rect/g, /<text/g, /<pattern/g, /<title/g]) {
      expect(count(screen, what)).toBe(count(exported, what));
    }
    expect(screen).toContain('role="img"');
    expect(screen).toContain(
      'aria-label="Standing hides and removals per month, stacked by reason. 2026-02: 2 (Obscenity 2); 2026-03: 2 (Obscenity 1, Off-topic comments 1)."',
    );
    expect(screen).toContain('stroke-width="1"');
    expect(screen).toContain('fill="url(#consistency-off-topic)"');
  });

  it('shows names as text in the tables, never as markup', () => {
    const markup = renderToStaticMarkup(
      createElement('div', null, [
        createElement(CellsTable, { key: 'cells', report }),
        createElement(ModeratorsTable, { key: 'mods', reading }),
      ]),
    );
    expect(markup).not.toContain('<script');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('&lt;script&gt;');
    expect(markup).toContain('<th scope="col">Moderator</th>');
    expect(markup).toContain('role="region" aria-labelledby="report-cells" tabindex="0"');
  });

  it('first renders the heading and a labelled period form, the report on its way', () => {
    const markup = renderToStaticMarkup(
      createElement(ReportScreen, { go: () => undefined, me: ME }),
    );
    expect(markup).toContain('<h1 id="report-heading">Consistency report</h1>');
    expect(markup).toContain('<label for="report-from">From</label>');
    expect(markup).toContain('<label for="report-to">To</label>');
    expect(markup).toContain('III.B.3.d.1');
    expect(markup).toContain('role="status"');
  });

  it('checks the period as the main process will: real dates, in order, empty for open ends', () => {
    expect(reportFormSchema.safeParse({ from: '', to: '' }).success).toBe(true);
    expect(rangeOf({ from: '', to: '2026-03-01' })).toEqual({ to: '2026-03-01' });
    const backwards = reportFormSchema.safeParse({ from: '2026-12-31', to: '2026-01-01' });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0]?.message).toContain('put the earlier date in From');
    expect(reportFormSchema.safeParse({ from: '2026-02-30', to: '' }).success).toBe(false);
    expect(defaultPeriod(new Date(2026, 4, 9))).toEqual({ from: '2026-01-01', to: '2026-05-09' });
  });
});
