import { useEffect, useState } from 'react';
import { categoryLabel } from '../../../shared/drafts/categories';
import type { DraftSummary } from '../../../shared/drafts/draft';
import type { DeskError } from '../../../shared/result';
import { STATUS_LABELS } from '../../../shared/workflow/workflow';
import { desk } from '../desk';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatTime } from '../app/format-time';

export function DraftsList({ onOpen }: { readonly onOpen: (draftId?: string) => void }) {
  const [drafts, setDrafts] = useState<readonly DraftSummary[]>();
  const [error, setError] = useState<DeskError>();

  useEffect(() => {
    let current = true;
    void desk()
      .drafts.list({})
      .then((result) => {
        if (!current) return;
        if (result.ok) setDrafts(result.value);
        else setError(result.error);
      });
    return () => {
      current = false;
    };
  }, []);

  return (
    <section aria-labelledby="drafts-heading" className="drafts-list">
      <div className="screen-heading">
        <h1 id="drafts-heading">Drafts</h1>
        <button type="button" className="primary" onClick={() => onOpen()}>
          New draft
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {drafts === undefined && !error ? <p role="status">Loading drafts…</p> : null}
      {drafts?.length === 0 ? (
        <p className="empty">No drafts yet. Start one with “New draft”.</p>
      ) : null}
      {drafts && drafts.length > 0 ? (
        <table>
          <caption className="visually-hidden">Drafts, most recently saved first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Category</th>
              <th scope="col">Status</th>
              <th scope="col">Last saved</th>
              <th scope="col">Revisions</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft) => (
              <tr key={draft.id}>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(draft.id)}>
                    {draft.title}
                  </button>
                </td>
                <td>{categoryLabel(draft.category)}</td>
                <td className={`status-cell status-is-${draft.status}`}>
                  {STATUS_LABELS[draft.status]}
                  {draft.awaitingConfirmation ? ' (verbal: awaiting written confirmation)' : ''}
                </td>
                <td>
                  <time dateTime={draft.updatedAt}>{formatTime(draft.updatedAt)}</time>
                </td>
                <td>{draft.revisionCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
