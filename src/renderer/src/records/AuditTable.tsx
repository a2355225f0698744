import {
  AUDIT_STORE_WORDS,
  type AuditEntry,
  auditKindWords,
} from '../../../shared/records/audit-view';
import { formatTime } from '../app/format-time';
import { shortHash } from './audit-form';

/** A document hash, shortened on screen; the whole value is read out and shown on hover. */
function Hash({
  label,
  hash,
}: {
  readonly label: string;
  readonly hash: string | null | undefined;
}) {
  if (hash === undefined) return <span className="audit-none">—</span>;
  if (hash === null) return <span>none</span>;
  return (
    <code className="audit-hash" title={`${label} SHA-256 ${hash}`}>
      <span aria-hidden="true">{shortHash(hash)}</span>
      <span className="visually-hidden">{`${label} SHA-256 ${hash}`}</span>
    </code>
  );
}

/** The entries as a table: when, who, what, kind, and for a store's change the hashes. */
export function AuditTable({ entries }: { readonly entries: readonly AuditEntry[] }) {
  return (
    <table className="audit-table">
      <caption className="visually-hidden">Audit entries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">What</th>
          <th scope="col">Kind</th>
          <th scope="col">Before → after</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.seq}>
            <td>
              <time dateTime={entry.at}>{formatTime(entry.at)}</time>
              <span className="audit-seq">Event {entry.seq}</span>
            </td>
            <td>{entry.byName}</td>
            <td>
              {entry.what}
              {entry.notApplied ? (
                <strong className="audit-flag">
                  {' '}
                  Not applied: the document was never written.
                </strong>
              ) : null}
              {entry.disposed ? (
                <strong className="audit-flag"> Content disposed of.</strong>
              ) : null}
            </td>
            <td>
              {auditKindWords(entry.kind)}
              {entry.store ? (
                <span className="audit-store">{AUDIT_STORE_WORDS[entry.store] ?? entry.store}</span>
              ) : null}
            </td>
            <td>
              {entry.before === undefined && entry.after === undefined ? (
                <span className="audit-none">—</span>
              ) : (
                <>
                  <Hash label="Before" hash={entry.before} /> →{' '}
                  <Hash label="After" hash={entry.after} />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
