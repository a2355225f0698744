import { useEffect, useRef } from 'react';
import type { ImportStatus } from '../../../../shared/moderation/import-view';

const count = (value: number) => value.toLocaleString('en-US');

/** The per-row report at the end, as the CLI gives it; focus moves to its heading. */
export function ImportReportView({ status }: { readonly status: ImportStatus }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const report = status.report;
  return (
    <section className="import-report" aria-labelledby="import-report-heading">
      <h2 id="import-report-heading" ref={heading} tabIndex={-1}>
        Import report
      </h2>
      {status.state === 'cancelled' ? (
        <p>
          {report?.stoppedAfterLine
            ? `Cancelled at line ${count(report.stoppedAfterLine)}: the counts below are of the rows up to it, and every new or edited comment among them was saved. No row after it was imported.`
            : 'Cancelled before the first row: nothing was imported.'}{' '}
          Import the same file again to add the rest: comments already saved are skipped.
        </p>
      ) : null}
      {status.error ? (
        <div role="alert" className="error-message">
          <p>{status.error}</p>
        </div>
      ) : null}
      {status.warning ? (
        <div role="alert" className="error-message">
          <p>{status.warning}</p>
        </div>
      ) : null}
      {report ? (
        <>
          <ul className="import-report-counts">
            <li>{count(report.imported)} new comments imported</li>
            <li>{count(report.edited)} edited since an earlier import (both texts kept)</li>
            <li>{count(report.duplicates)} already recorded, skipped</li>
            <li>{count(report.rejected.length)} rows refused</li>
            {report.notSaved !== undefined ? (
              <li>{count(report.notSaved)} not saved: import the same file again to add them</li>
            ) : null}
          </ul>
          {report.rejected.length > 0 ? (
            <table className="import-table">
              <caption>Rows refused: fix them in the export, or enter them by hand</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {report.rejected.map((row) => (
                  <tr key={row.line}>
                    <td>{row.line}</td>
                    <td>{row.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
