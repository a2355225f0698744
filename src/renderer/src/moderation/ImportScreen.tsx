import { useCallback, useEffect, useRef, useState } from 'react';
import type { Go } from '../app/screens';
import type { Profile } from '../../../shared/profiles/profile';
import type {
  ImportFieldMap,
  ImportPreview,
  ImportStatus,
} from '../../../shared/moderation/import-view';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { usePages } from '../app/use-pages';
import { desk } from '../desk';
import { ImportReportView } from './import/ImportReportView';
import { ManualEntryForm } from './import/ManualEntryForm';
import './import.css';

type DateOrder = 'dmy' | 'mdy' | 'ymd';
const FIELDS = [
  ['text', 'Text column'],
  ['author', 'Author column'],
  ['time', 'Time column'],
  ['id', 'Id column'],
  ['permalink', 'Permalink column'],
] as const;
const POLL_MS = 250;
const count = (value: number) => value.toLocaleString('en-US');

/** Import a platform export: choose it, check the mapping on its first rows, import, read the report. */
export function ImportScreen(_props: { go: Go; me: Profile }) {
  const [error, setError] = useState<DeskError>();
  const pages = usePages(setError);
  const [pageId, setPageId] = useState('');
  const [chosen, setChosen] = useState<{ file: string; name: string; bytes: number }>();
  const [map, setMap] = useState<ImportFieldMap>();
  const [dateFormat, setDateFormat] = useState<DateOrder>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [saveAs, setSaveAs] = useState('');
  const [job, setJob] = useState<string>();
  const [status, setStatus] = useState<ImportStatus>();

  // Only the answer to the latest preview counts: a person changing three columns quickly must not
  // have an earlier answer's mapping put back over their later choices.
  const latestPreview = useRef(0);
  const runPreview = useCallback(
    async (file: string, nextMap?: ImportFieldMap, order?: DateOrder) => {
      setError(undefined);
      latestPreview.current += 1;
      const asked = latestPreview.current;
      const result = await desk().comments.previewImport({
        file,
        ...(nextMap ? { map: nextMap } : {}),
        ...(order ? { dateFormat: order } : {}),
      });
      if (asked !== latestPreview.current) return;
      if (!result.ok) {
        setPreview(undefined);
        setError(result.error);
        return;
      }
      setPreview(result.value);
      setMap(result.value.mapping);
    },
    [],
  );

  const choose = async () => {
    setError(undefined);
    const result = await desk().comments.chooseImportFile({});
    if (!result.ok) {
      setError(result.error);
      return;
    }
    if (result.value === null) return;
    setChosen(result.value);
    setMap(undefined);
    setDateFormat(undefined);
    setStatus(undefined);
    setJob(undefined);
    await runPreview(result.value.file);
  };

  const changeColumn = (field: keyof ImportFieldMap, column: string) => {
    if (!chosen) return;
    const others = Object.entries(map ?? {}).filter(([key]) => key !== field);
    const next: ImportFieldMap = Object.fromEntries(
      column === '' ? others : [...others, [field, column]],
    );
    setMap(next);
    void runPreview(chosen.file, next, dateFormat);
  };

  const start = async () => {
    if (!chosen) return;
    setError(undefined);
    const result = await desk().comments.startImport({
      file: chosen.file,
      pageId,
      ...(map ? { map } : {}),
      ...(dateFormat ? { dateFormat } : {}),
      ...(saveAs.trim() ? { saveMappingAs: saveAs.trim() } : {}),
    });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setStatus(undefined);
    setJob(result.value.job);
  };

  const cancel = async () => {
    if (!job) return;
    const result = await desk().comments.cancelImport({ job });
    if (result.ok) setStatus(result.value);
    else setError(result.error);
  };

  useEffect(() => {
    if (!job) return undefined;
    let current = true;
    const poll = async () => {
      const result = await desk().comments.importStatus({ job });
      if (!current) return;
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setStatus(result.value);
      if (result.value.state === 'running') timer = setTimeout(() => void poll(), POLL_MS);
    };
    let timer = setTimeout(() => void poll(), 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [job]);

  const running = status === undefined ? job !== undefined : status.state === 'running';
  const finished = status !== undefined && status.state !== 'running';
  const canImport =
    chosen !== undefined && preview?.mapping.text !== undefined && pageId !== '' && !running;

  return (
    <div className="import-screen">
      <h1>Import comments</h1>
      <section aria-labelledby="import-file-heading">
        <h2 id="import-file-heading">From a platform export (CSV or JSON)</h2>
        <div className="field">
          <label htmlFor="import-page">Page</label>
          <select id="import-page" value={pageId} onChange={(e) => setPageId(e.target.value)}>
            <option value="">Choose the page the comments are from</option>
            {(pages ?? []).map((page) => (
              <option key={page.id} value={page.id}>
                {page.name}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="button" onClick={() => void choose()} disabled={running}>
            Choose export file…
          </button>
          {chosen ? (
            <span className="import-chosen">
              {chosen.name} ({count(chosen.bytes)} bytes)
            </span>
          ) : null}
        </div>
        {preview && chosen ? (
          <>
            <fieldset className="import-mapping">
              <legend>Which column holds each part of a comment</legend>
              {preview.savedMapping ? (
                <p className="hint">Using the mapping saved for {preview.savedMapping}.</p>
              ) : null}
              {FIELDS.map(([field, label]) => (
                <div className="field" key={field}>
                  <label htmlFor={`import-map-${field}`}>{label}</label>
                  <select
                    id={`import-map-${field}`}
                    value={map?.[field] ?? ''}
                    disabled={running}
                    onChange={(e) => changeColumn(field, e.target.value)}
                  >
                    <option value="">{field === 'text' ? 'Choose a column' : 'None'}</option>
                    {preview.columns.map((column) => (
                      <option key={column} value={column}>
                        {column}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
              {preview.needsDateFormat || dateFormat ? (
                <div className="field">
                  <label htmlFor="import-date-order">Date order</label>
                  <select
                    id="import-date-order"
                    value={dateFormat ?? ''}
                    aria-describedby="import-date-order-hint"
                    onChange={(e) => {
                      const order = (e.target.value || undefined) as DateOrder | undefined;
                      setDateFormat(order);
                      void runPreview(chosen.file, map, order);
                    }}
                  >
                    <option value="">Choose how numeric dates are written</option>
                    <option value="mdy">Month first (03/04/2026 is March 4)</option>
                    <option value="dmy">Day first (03/04/2026 is 3 April)</option>
                    <option value="ymd">Year first (2026/03/04)</option>
                  </select>
                  <p id="import-date-order-hint" className="hint">
                    This export writes dates as numbers: say which order it uses, or some rows are
                    refused.
                  </p>
                </div>
              ) : null}
            </fieldset>
            {preview.problem ? (
              <p role="status" className="import-problem">
                {preview.problem}
              </p>
            ) : null}
            <table className="import-table">
              <caption>The first rows as they would be imported</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Text</th>
                  <th scope="col">Author</th>
                  <th scope="col">Posted at</th>
                  <th scope="col">Id</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows.map((row) =>
                  row.problem ? (
                    <tr key={row.line} className="import-refused">
                      <td>{row.line}</td>
                      <td colSpan={4}>Refused: {row.problem}</td>
                    </tr>
                  ) : (
                    <tr key={row.line}>
                      <td>{row.line}</td>
                      <td className="import-text">{row.text}</td>
                      <td>{row.author}</td>
                      <td>{row.postedAt ?? '—'}</td>
                      <td>{row.commentId}</td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
            <div className="field">
              <label htmlFor="import-save-as">Save this mapping for</label>
              <input
                id="import-save-as"
                value={saveAs}
                maxLength={100}
                aria-describedby="import-save-as-hint"
                onChange={(e) => setSaveAs(e.target.value)}
              />
              <p id="import-save-as-hint" className="hint">
                Optional: the platform or tool the export came from. Its next export with the same
                columns is then mapped the same way.
              </p>
            </div>
            <div className="actions">
              <button type="button" disabled={!canImport} onClick={() => void start()}>
                Import comments
              </button>
              {running ? (
                <button type="button" onClick={() => void cancel()}>
                  Cancel import
                </button>
              ) : null}
              {!canImport && !running ? (
                <span className="hint">
                  {pageId === '' ? 'Choose the page first. ' : ''}
                  {preview.mapping.text === undefined ? 'Choose the Text column.' : ''}
                </span>
              ) : null}
            </div>
          </>
        ) : null}
        {running || status ? <Progress status={status} /> : null}
        {finished ? <ImportReportView key={job} status={status} /> : null}
        {error ? <ErrorMessage error={error} /> : null}
      </section>
      {pages ? <ManualEntryForm pages={pages} /> : null}
    </div>
  );
}

function Progress({ status }: { readonly status: ImportStatus | undefined }) {
  const bytes = status?.bytes ?? 0;
  const read = status?.bytesRead ?? 0;
  const words =
    status === undefined
      ? 'Starting the import…'
      : `${count(status.rowsRead)} rows read; ${count(read)} of ${count(bytes)} bytes${status.state === 'running' ? '' : ` (${status.state})`}`;
  return (
    <div className="import-progress">
      <label htmlFor="import-progress-bar">Import progress</label>
      <progress id="import-progress-bar" max={bytes || 1} value={read} />
      <p role="status">{words}</p>
    </div>
  );
}
