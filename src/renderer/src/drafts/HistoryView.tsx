import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { type Draft, type Revision, latestRevision } from '../../../shared/drafts/draft';
import {
  type DiffPart,
  type RevisionMarker,
  type TextDiff,
  compareRevisions,
  revisionMarkers,
  visibleSpacing,
} from '../../../shared/drafts/revision-diff';
import type { Page } from '../../../shared/pages/page';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatTime } from '../app/format-time';
import { pageNamer } from '../app/page-name';
import type { Go } from '../app/screens';
import { usePeopleNames } from '../approvals/use-people-names';
import { desk } from '../desk';
import { NO_PAGES, usePages } from '../app/use-pages';

interface HistoryViewProps {
  readonly draftId: string;
  readonly go: Go;
  readonly me: Profile;
}

/** The two revisions compared: any two of the draft's, by number. */
const compareFormSchema = z.object({
  from: z.string().regex(/^\d+$/, 'Choose a revision'),
  to: z.string().regex(/^\d+$/, 'Choose a revision'),
});
type CompareForm = z.infer<typeof compareFormSchema>;

const MARKER_WORDS: Readonly<Record<RevisionMarker['move'], string>> = {
  submitted: 'Submitted',
  withdrawn: 'Withdrawn',
  decided: 'Decided',
  confirmed: 'Confirmed',
  published: 'Published',
  archived: 'Archived',
};

/** A draft's revisions, and a word-by-word comparison of any two. */
export function HistoryView({ draftId, go, me }: HistoryViewProps) {
  const [draft, setDraft] = useState<Draft>();
  const pages = usePages() ?? NO_PAGES;
  const [error, setError] = useState<DeskError>();
  const nameOf = usePeopleNames(me);
  const heading = useRef<HTMLHeadingElement>(null);

  // Where a keyboard user lands on opening the view: its heading, read first.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  useEffect(() => {
    let current = true;
    void desk()
      .drafts.get({ id: draftId })
      .then((result) => {
        if (!current) return;
        if (result.ok) setDraft(result.value);
        else setError(result.error);
      });
    return () => {
      current = false;
    };
  }, [draftId]);

  const title = draft ? latestRevision(draft).title : undefined;
  return (
    <section aria-labelledby="history-heading" className="history">
      <div className="screen-heading">
        <h1 id="history-heading" ref={heading} tabIndex={-1}>
          {title === undefined ? 'Revision history' : `Revision history: ${title}`}
        </h1>
        <button type="button" onClick={() => go({ name: 'editor', draftId })}>
          Back to the draft
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {draft === undefined && !error ? <p role="status">Loading the revisions…</p> : null}
      {draft ? <RevisionHistory draft={draft} pages={pages} nameOf={nameOf} /> : null}
    </section>
  );
}

/** The table of revisions and the comparison, once the draft is read. */
export function RevisionHistory({
  draft,
  pages,
  nameOf,
}: {
  readonly draft: Draft;
  readonly pages: readonly Page[];
  readonly nameOf: (id: string) => string;
}) {
  const { revisions } = draft;
  const latest = latestRevision(draft);
  const markers = useMemo(
    () => revisionMarkers(revisions, draft.workflow),
    [revisions, draft.workflow],
  );
  const { register, control } = useForm<CompareForm>({
    resolver: zodResolver(compareFormSchema),
    mode: 'onChange',
    // The change a person most often wants to see: what the last save changed.
    defaultValues: { from: String(Math.max(1, latest.number - 1)), to: String(latest.number) },
  });
  const [from, to] = useWatch({ control, name: ['from', 'to'] });
  const before = revisions.find((revision) => String(revision.number) === from);
  const after = revisions.find((revision) => String(revision.number) === to);
  // Stable while the pages are, so the comparison is not computed again on every render.
  const pageName = useMemo(() => pageNamer(pages), [pages]);

  return (
    <>
      <table className="history-revisions">
        <caption>
          {revisions.length === 1 ? '1 revision' : `${revisions.length} revisions`}, oldest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Revision</th>
            <th scope="col">Saved</th>
            <th scope="col">Saved by</th>
            <th scope="col">Workflow</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <RevisionRow
              key={revision.number}
              revision={revision}
              markers={markers.get(revision.number) ?? []}
              nameOf={nameOf}
            />
          ))}
        </tbody>
      </table>

      <form
        className="history-compare"
        aria-labelledby="history-compare-heading"
        onSubmit={(event) => event.preventDefault()}
      >
        <h2 id="history-compare-heading">Compare two revisions</h2>
        <div className="history-pickers">
          {(
            [
              ['from', 'Compare revision'],
              ['to', 'with revision'],
            ] as const
          ).map(([name, label]) => (
            <div className="field" key={name}>
              <label htmlFor={`history-${name}`}>{label}</label>
              <select id={`history-${name}`} {...register(name)}>
                {revisions.map((revision) => (
                  <option key={revision.number} value={String(revision.number)}>
                    {revisionOption(revision, nameOf)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      </form>
      {before && after ? <Comparison before={before} after={after} pageName={pageName} /> : null}
    </>
  );
}

function revisionOption(revision: Revision, nameOf: (id: string) => string): string {
  return `${revision.number}: ${formatTime(revision.savedAt)}, ${nameOf(revision.savedBy)}`;
}

function RevisionRow({
  revision,
  markers,
  nameOf,
}: {
  readonly revision: Revision;
  readonly markers: readonly RevisionMarker[];
  readonly nameOf: (id: string) => string;
}) {
  return (
    <tr>
      <th scope="row">{revision.number}</th>
      <td>
        <time dateTime={revision.savedAt}>{formatTime(revision.savedAt)}</time>
      </td>
      <td>{nameOf(revision.savedBy)}</td>
      <td>
        {markers.length === 0 ? (
          <span className="hint">Not submitted</span>
        ) : (
          <ul className="history-markers">
            {markers.map((marker) => (
              <li key={`${marker.move}-${marker.at}`} className={`history-marker-${marker.move}`}>
                <strong>{MARKER_WORDS[marker.move]}</strong>
                {marker.detail ? `: ${marker.detail}` : ''} — {nameOf(marker.by)},{' '}
                <time dateTime={marker.at}>{formatTime(marker.at)}</time>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

function Comparison({
  before,
  after,
  pageName,
}: {
  readonly before: Revision;
  readonly after: Revision;
  readonly pageName: (id: string) => string;
}) {
  const diff = useMemo(
    () => compareRevisions(before, after, { pageName }),
    [before, after, pageName],
  );
  return (
    <section aria-labelledby="history-diff-heading" className="history-diff">
      <h2 id="history-diff-heading">
        Revision {before.number} compared with revision {after.number}
      </h2>
      <p role="status" className="history-summary">
        {diff.summary}
      </p>
      {before.number > after.number ? (
        <p className="hint">
          Revision {before.number} is the later one: the marks show what going back to revision{' '}
          {after.number} would change.
        </p>
      ) : null}
      {diff.identical ? null : (
        <>
          <p className="history-legend">
            Key: <ins className="history-added">Added</ins> words are underlined,{' '}
            <del className="history-removed">Removed</del> words struck through; a screen reader
            says “added” and “removed”.
          </p>
          <h3>Title</h3>
          <DiffText diff={diff.title} what="title" className="history-title" />
          <h3>Body</h3>
          <DiffText diff={diff.body} what="body" className="history-body" />
          <h3>Other changes</h3>
          {diff.otherChanges.length === 0 ? (
            <p className="empty">
              None: the category, target pages, template fields and attachments are the same.
            </p>
          ) : (
            <ul className="history-other">
              {diff.otherChanges.map((change) => (
                <li key={change}>{change}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

function DiffText({
  diff,
  what,
  className,
}: {
  readonly diff: TextDiff;
  readonly what: string;
  readonly className: string;
}) {
  if (!diff.changed) {
    return <p className="hint">The {what} is the same in both.</p>;
  }
  return (
    <>
      {diff.note ? <p className="hint">{diff.note}</p> : null}
      <div className={`history-text ${className}`}>
        {diff.parts.map((part, index) => (
          <DiffMark key={index} part={part} />
        ))}
      </div>
    </>
  );
}

/** An addition or a removal said in words too, so neither colour nor a line alone tells it. */
function DiffMark({ part }: { readonly part: DiffPart }) {
  switch (part.kind) {
    case 'same':
      return <>{part.text}</>;
    case 'added':
      return (
        <ins className="history-added">
          <span className="visually-hidden">[added: </span>
          {visibleSpacing(part.text)}
          <span className="visually-hidden">]</span>
        </ins>
      );
    case 'removed':
      return (
        <del className="history-removed">
          <span className="visually-hidden">[removed: </span>
          {visibleSpacing(part.text)}
          <span className="visually-hidden">]</span>
        </del>
      );
    default: {
      const unreachable: never = part.kind;
      return unreachable;
    }
  }
}
