import type { ReactNode } from 'react';
import { REMOVAL_REASONS } from '../../../../shared/moderation/events';
import {
  type ReasonCounts,
  REASON_LABELS,
  type ReportReading,
  mixWords,
  percent,
} from '../../../../shared/moderation/consistency-report-reading';
import type { ConsistencyReport } from '../../../../shared/moderation/report-view';

/**
 * A wide table scrolls in its own region, which takes focus so a keyboard can scroll it too; the
 * caption names the region.
 */
function Scroll({ id, caption, children }: { id: string; caption: string; children: ReactNode }) {
  return (
    <div className="report-table-wrap" role="region" aria-labelledby={id} tabIndex={0}>
      <table className="report-table">
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

function ReasonHeads() {
  return (
    <>
      {REMOVAL_REASONS.map((reason) => (
        <th key={reason} scope="col">
          {REASON_LABELS[reason]}
        </th>
      ))}
    </>
  );
}

function ReasonCells({ counts, total }: { counts: ReasonCounts; total: number }) {
  return (
    <>
      {REMOVAL_REASONS.map((reason) => (
        <td key={reason} className="n">
          {counts[reason]} ({percent(counts[reason], total)})
        </td>
      ))}
    </>
  );
}

export function SummaryTable({
  report,
  reading,
}: {
  report: ConsistencyReport;
  reading: ReportReading;
}) {
  const rows: [string, number][] = [
    ['Moderation actions recorded in the period (every kind)', report.actions],
    ['Standing hides', reading.hides],
    ['Standing removals', reading.removals],
    ['Hides and removals later corrected (not counted)', report.corrected],
    ['Hides and removals a second reviewer disagreed with (not counted)', report.disputed],
    ['Hides and removals waiting for a second reviewer (not counted yet)', report.awaitingReview],
  ];
  return (
    <Scroll id="report-summary" caption="Summary">
      <tbody>
        {rows.map(([label, n]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td className="n">{n}</td>
          </tr>
        ))}
      </tbody>
    </Scroll>
  );
}

export function MonthsTable({ reading }: { reading: ReportReading }) {
  return (
    <Scroll id="report-months" caption="Each reason month by month: count (share of the month)">
      <thead>
        <tr>
          <th scope="col">Reason</th>
          {reading.months.map((m) => (
            <th key={m.month} scope="col">
              {m.month}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {REMOVAL_REASONS.map((reason) => (
          <tr key={reason}>
            <th scope="row">{REASON_LABELS[reason]}</th>
            {reading.months.map((m) => (
              <td key={m.month} className="n">
                {m.byReason[reason]} ({percent(m.byReason[reason], m.total)})
              </td>
            ))}
            <td className="n">{reading.reasons.find((r) => r.id === reason)?.total ?? 0}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">All reasons</th>
          {reading.months.map((m) => (
            <td key={m.month} className="n">
              {m.total}
            </td>
          ))}
          <td className="n">{reading.total}</td>
        </tr>
      </tbody>
    </Scroll>
  );
}

export function PagesTable({ reading }: { reading: ReportReading }) {
  return (
    <Scroll id="report-pages" caption="By page: count (share of the page’s decisions)">
      <thead>
        <tr>
          <th scope="col">Page</th>
          <ReasonHeads />
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {reading.pages.map((page) => (
          <tr key={page.id}>
            <th scope="row">{page.name}</th>
            <ReasonCells counts={page.byReason} total={page.total} />
            <td className="n">{page.total}</td>
          </tr>
        ))}
      </tbody>
    </Scroll>
  );
}

export function ModeratorsTable({ reading }: { reading: ReportReading }) {
  return (
    <Scroll
      id="report-moderators"
      caption="By moderator: their reason mix beside the rest of the team’s"
    >
      <thead>
        <tr>
          <th scope="col">Moderator</th>
          <ReasonHeads />
          <th scope="col">Total</th>
          <th scope="col">Rest of the team</th>
          <th scope="col">Reading</th>
        </tr>
      </thead>
      <tbody>
        {reading.moderators.map((mix) => (
          <tr key={mix.id}>
            <th scope="row">{mix.name}</th>
            <ReasonCells counts={mix.byReason} total={mix.total} />
            <td className="n">{mix.total}</td>
            <td>
              {REMOVAL_REASONS.map((reason) => (
                <span key={reason} className="report-rest">
                  {REASON_LABELS[reason]} {percent(mix.rest[reason], mix.restTotal)}
                </span>
              ))}
            </td>
            <td className={mix.worthALook ? 'report-look' : undefined}>{mixWords(mix)}</td>
          </tr>
        ))}
      </tbody>
    </Scroll>
  );
}

export function CellsTable({ report }: { report: ConsistencyReport }) {
  return (
    <Scroll id="report-cells" caption="Every count: month, page, moderator, action and reason">
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Page</th>
          <th scope="col">Moderator</th>
          <th scope="col">Action</th>
          <th scope="col">Reason</th>
          <th scope="col">Count</th>
        </tr>
      </thead>
      <tbody>
        {report.cells.map((cell) => (
          <tr key={`${cell.month} ${cell.pageId} ${cell.moderator} ${cell.action} ${cell.reason}`}>
            <td>{cell.month}</td>
            <td>{cell.pageName}</td>
            <td>{cell.moderatorName}</td>
            <td>{cell.action === 'hide' ? 'Hide' : 'Remove'}</td>
            <td>{REASON_LABELS[cell.reason]}</td>
            <td className="n">{cell.count}</td>
          </tr>
        ))}
      </tbody>
    </Scroll>
  );
}
