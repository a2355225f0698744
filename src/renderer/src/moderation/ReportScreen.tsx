import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { consistencyChart } from '../../../shared/moderation/consistency-report-chart';
import { periodWords, REPORT_PURPOSE } from '../../../shared/moderation/consistency-report-html';
import { readReport } from '../../../shared/moderation/consistency-report-reading';
import type { ConsistencyReport, ReportRange } from '../../../shared/moderation/report-view';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError, Result } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { FieldError, describedBy } from '../app/field-parts';
import type { Go } from '../app/screens';
import { desk } from '../desk';
import { svgElement } from './report/ConsistencyChart';
import {
  CellsTable,
  ModeratorsTable,
  MonthsTable,
  PagesTable,
  SummaryTable,
} from './report/ReportTables';
import {
  type ReportFormValues,
  defaultPeriod,
  rangeOf,
  reportFormSchema,
} from './report/report-form';
import './report.css';

/**
 * The consistency report: standing hides and removals by reason, page, moderator and month, so a
 * supervisor can show the published categories were applied the same way over time (III.B.3.d.1).
 */
export function ReportScreen(_props: { go: Go; me: Profile }) {
  const [report, setReport] = useState<ConsistencyReport>();
  const [shown, setShown] = useState<ReportRange>();
  const [error, setError] = useState<DeskError>();
  const [saveError, setSaveError] = useState<DeskError>();
  const [saveStatus, setSaveStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ReportFormValues>({
    resolver: zodResolver(reportFormSchema),
    defaultValues: defaultPeriod(),
  });

  // Only the latest request's answer is shown: an older one arriving late would mislabel the period.
  const latest = useRef(0);
  const answer = useCallback(
    (asked: number, range: ReportRange, result: Result<ConsistencyReport>) => {
      if (asked !== latest.current) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(undefined);
      setReport(result.value);
      setShown(range);
    },
    [],
  );
  const load = async (range: ReportRange) => {
    latest.current += 1;
    const asked = latest.current;
    setSaveStatus('');
    setSaveError(undefined);
    answer(asked, range, await desk().comments.report(range));
  };

  useEffect(() => {
    latest.current += 1;
    const asked = latest.current;
    const range = rangeOf(defaultPeriod());
    void desk()
      .comments.report(range)
      .then((result) => answer(asked, range, result));
  }, [answer]);

  // The period saved is the one shown, so the file matches what the person has read.
  const save = async (format: 'html' | 'csv') => {
    if (!shown) return;
    setSaving(true);
    setSaveError(undefined);
    setSaveStatus('');
    const result = await desk().comments.saveReport({ ...shown, format });
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error);
      return;
    }
    // A cancelled dialog is no news: nothing is said.
    setSaveStatus(
      result.value.saved === null
        ? ''
        : `${format === 'html' ? 'HTML' : 'CSV'} saved to ${result.value.saved}`,
    );
  };

  const reading = report ? readReport(report) : undefined;
  return (
    <section aria-labelledby="report-heading" className="consistency-report">
      <div className="screen-heading">
        <h1 id="report-heading">Consistency report</h1>
      </div>
      <div className="report-purpose">
        {REPORT_PURPOSE.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      <form
        className="report-period"
        aria-label="Period"
        onSubmit={(event) => void handleSubmit((values) => load(rangeOf(values)))(event)}
      >
        <div className="field">
          <label htmlFor="report-from">From</label>
          <input
            id="report-from"
            type="date"
            aria-invalid={errors.from ? true : undefined}
            aria-describedby={describedBy('report-from', true, errors.from?.message)}
            {...register('from')}
          />
          <p id="report-from-hint" className="hint">
            First day included; empty for the start of the log.
          </p>
          <FieldError id="report-from" error={errors.from?.message} />
        </div>
        <div className="field">
          <label htmlFor="report-to">To</label>
          <input
            id="report-to"
            type="date"
            aria-invalid={errors.to ? true : undefined}
            aria-describedby={describedBy('report-to', true, errors.to?.message)}
            {...register('to')}
          />
          <p id="report-to-hint" className="hint">
            Last day included; empty for up to now.
          </p>
          <FieldError id="report-to" error={errors.to?.message} />
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={isSubmitting}>
            Show report
          </button>
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {!report && !error ? <p role="status">Counting the hides and removals…</p> : null}
      {report && reading ? (
        <>
          <p className="report-period-shown">
            Period: {periodWords(report)}. Months are read in this computer’s local time.
          </p>
          <div className="actions report-save">
            <button type="button" disabled={saving} onClick={() => void save('html')}>
              Save as HTML
            </button>
            <button type="button" disabled={saving} onClick={() => void save('csv')}>
              Save as CSV
            </button>
          </div>
          <p role="status" className="save-status">
            {saveStatus}
          </p>
          {saveError ? <ErrorMessage error={saveError} /> : null}
          <h2>Summary</h2>
          <SummaryTable report={report} reading={reading} />
          <h2>Month by month</h2>
          {reading.total === 0 ? (
            <p className="empty">No standing hides or removals in this period.</p>
          ) : (
            <>
              <figure className="report-chart">
                {svgElement(consistencyChart(reading))}
                <figcaption>
                  Standing hides and removals per month, stacked by reason; each reason has its own
                  pattern, named in the legend. The table below has the same counts.
                </figcaption>
              </figure>
              <MonthsTable reading={reading} />
              <h2>By page</h2>
              <PagesTable reading={reading} />
              <h2>By moderator</h2>
              <ModeratorsTable reading={reading} />
              <h2>Every count</h2>
              <CellsTable report={report} />
            </>
          )}
        </>
      ) : null}
    </section>
  );
}
