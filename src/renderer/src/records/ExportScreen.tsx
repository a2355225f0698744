import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Profile } from '../../../shared/profiles/profile';
import {
  EXPORT_PHASE_WORDS,
  type ExportResult,
  type ExportStatus,
} from '../../../shared/records/export-view';
import {
  RECORD_TYPES,
  RECORD_TYPE_WORDS,
  type RecordType,
} from '../../../shared/records/record-types';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { FieldError, describedBy } from '../app/field-parts';
import type { Go } from '../app/screens';
import { NO_PAGES, usePages } from '../app/use-pages';
import { desk } from '../desk';
import { EXPORT_DEFAULTS, type ExportForm, exportFormSchema, toExportRequest } from './export-form';
import './export.css';
import { DayRangeFields, PageChoice } from './DayRangeFields';

const POLL_MS = 250;

/**
 * Export for a public-records request or e-discovery (SPEC section 6): what the request asks for,
 * then a folder and a zip of the records with a manifest that `export verify` checks. The window
 * never learns where on disk the export went beyond the folder's name.
 */
export function ExportScreen(_props: { go: Go; me: Profile }) {
  const pages = usePages() ?? NO_PAGES;
  const [job, setJob] = useState<string | undefined>();
  const [status, setStatus] = useState<ExportStatus | undefined>();
  const [error, setError] = useState<DeskError | undefined>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<ExportForm>({
    resolver: zodResolver(exportFormSchema),
    defaultValues: EXPORT_DEFAULTS,
  });

  const running = job !== undefined && (status === undefined || status.state === 'running');

  const start = handleSubmit(async (form) => {
    setError(undefined);
    setStatus(undefined);
    const answer = await desk().records.startExport(toExportRequest(form));
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    // No job: the folder dialog was closed, and nothing was exported.
    setJob(answer.value.job);
  });

  const cancel = async () => {
    if (!job) return;
    const answer = await desk().records.cancelExport({ job });
    if (answer.ok) setStatus(answer.value);
    else setError(answer.error);
  };

  useEffect(() => {
    if (!job) return undefined;
    let current = true;
    const poll = async () => {
      const answer = await desk().records.exportStatus({ job });
      if (!current) return;
      if (!answer.ok) {
        setError(answer.error);
        return;
      }
      setStatus(answer.value);
      if (answer.value.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
    };
    let timer = setTimeout(() => void poll(), 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [job]);

  const typesError = errors.types?.message ?? errors.types?.root?.message;

  return (
    <section aria-labelledby="export-heading" className="records-export">
      <h1 id="export-heading">Export for a records request</h1>
      <form
        className="export-form"
        aria-label="What the request asks for"
        noValidate
        onSubmit={(event) => void start(event)}
      >
        <div className="field">
          <label htmlFor="export-request">Request name or number</label>
          <input
            id="export-request"
            autoComplete="off"
            aria-invalid={errors.request ? true : undefined}
            aria-describedby={describedBy('export-request', true, errors.request?.message)}
            {...register('request')}
          />
          <p id="export-request-hint" className="hint">
            As the records office logs it, for example “PRR 2026-114”. It names the export and its
            audit entry.
          </p>
          <FieldError id="export-request" error={errors.request?.message} />
        </div>
        <div className="export-narrow">
          <DayRangeFields
            prefix="export"
            from={register('from')}
            to={register('to')}
            errors={{ from: errors.from?.message, to: errors.to?.message }}
            hints={{ to: 'Days the records were created, both included.' }}
          />
          <PageChoice id="export-page" pages={pages} field={register('pageId')} />
        </div>
        <fieldset
          className="export-types"
          aria-describedby={typesError ? 'export-types-error' : undefined}
        >
          <legend>Types of record</legend>
          {RECORD_TYPES.map((type) => (
            <label key={type} className="export-type">
              <input type="checkbox" value={type} {...register('types')} />{' '}
              {RECORD_TYPE_WORDS[type].many}
            </label>
          ))}
          <FieldError id="export-types" error={typesError} />
        </fieldset>
        <div className="field">
          <label htmlFor="export-words">Words</label>
          <input
            id="export-words"
            autoComplete="off"
            aria-invalid={errors.words ? true : undefined}
            aria-describedby={describedBy('export-words', true, errors.words?.message)}
            {...register('words')}
          />
          <p id="export-words-hint" className="hint">
            Separate with commas; a record with any of them is exported. Leave empty for every
            record.
          </p>
          <FieldError id="export-words" error={errors.words?.message} />
        </div>
        <div className="field">
          <label htmlFor="export-note">Note (optional)</label>
          <textarea id="export-note" rows={2} {...register('note')} />
        </div>
        <div className="field">
          <label className="export-redact">
            <input type="checkbox" {...register('redactThirdParties')} /> Withhold third parties’
            personal data in comments (phone numbers, e-mail addresses, home addresses…)
          </label>
          <p className="hint">
            The exported copy shows “[REDACTED: reason]”; redactions.json lists each for review. The
            stored records are never changed.
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={isSubmitting || running}>
            Start the export…
          </button>
          {running ? (
            <button type="button" onClick={() => void cancel()}>
              Cancel the export
            </button>
          ) : null}
        </div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
      {job ? <Progress status={status} /> : null}
      {status?.state === 'done' && status.result ? <Finished result={status.result} /> : null}
      {status && (status.state === 'failed' || status.state === 'cancelled') ? (
        <p role="alert" className="export-stopped">
          {status.message}
        </p>
      ) : null}
    </section>
  );
}

function Progress({ status }: { readonly status: ExportStatus | undefined }) {
  const total = status?.total ?? 0;
  const written = status?.written ?? 0;
  const words =
    status === undefined
      ? 'Starting the export…'
      : `${EXPORT_PHASE_WORDS[status.phase]}: ${written.toLocaleString()} of ${total.toLocaleString()} records written${status.state === 'running' ? '' : ` (${status.state})`}`;
  return (
    <div className="export-progress">
      <label htmlFor="export-progress-bar">Export progress</label>
      <progress id="export-progress-bar" max={total || 1} value={written}>
        {words}
      </progress>
      <p role="status">{words}</p>
    </div>
  );
}

function Finished({ result }: { readonly result: ExportResult }) {
  const counts = Object.entries(result.counts) as [RecordType, number][];
  return (
    <section aria-labelledby="export-done-heading" className="export-done">
      <h2 id="export-done-heading">Exported</h2>
      <dl>
        <dt>Folder</dt>
        <dd>{result.folder}</dd>
        <dt>Zip</dt>
        <dd>{result.zip}</dd>
        <dt>Records</dt>
        <dd>
          {result.records.toLocaleString()}
          {counts.length > 0
            ? ` (${counts.map(([type, count]) => `${count.toLocaleString()} ${RECORD_TYPE_WORDS[type].many.toLowerCase()}`).join(', ')})`
            : ''}
        </dd>
        <dt>Files</dt>
        <dd>{result.files.toLocaleString()}</dd>
        <dt>Redactions</dt>
        <dd>{result.redactions.toLocaleString()}</dd>
        <dt>Manifest SHA-256</dt>
        <dd>
          <code className="export-hash">{result.manifestSha256}</code>
        </dd>
      </dl>
      <h3>How to verify</h3>
      <p>Anyone holding the folder can check that no file was changed, removed or added since:</p>
      <pre>
        <code>social-desk export verify {result.folder}</code>
      </pre>
      <p>journal/HOW-TO-VERIFY.txt in the folder says how to check the journal lines.</p>
    </section>
  );
}
