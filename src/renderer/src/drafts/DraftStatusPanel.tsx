import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { type Draft, draftWorkflow, latestRevision } from '../../../shared/drafts/draft';
import type { Page } from '../../../shared/pages/page';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError, Result } from '../../../shared/result';
import { STATUS_LABELS } from '../../../shared/workflow/workflow';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatTime } from '../app/format-time';
import { ResultNote, TextField } from '../approvals/DecisionFields';
import { isoToLocal, localToIso } from '../approvals/decision-forms';
import { usePeopleNames } from '../approvals/use-people-names';
import { desk } from '../desk';
import {
  archiveFormSchema,
  canMove,
  decisionLine,
  isLocked,
  nextStep,
  publishFormSchema,
  withdrawFormSchema,
} from './draft-status';

interface DraftStatusPanelProps {
  readonly draft: Draft;
  readonly me: Profile;
  readonly pages: readonly Page[] | undefined;
  readonly onDraftChange: (draft: Draft) => void;
  readonly onOpenPacket: () => void;
}

/** Where the draft stands in the approval workflow, what happens next, and the moves it allows. */
export function DraftStatusPanel({
  draft,
  me,
  pages,
  onDraftChange,
  onOpenPacket,
}: DraftStatusPanelProps) {
  const nameOf = usePeopleNames(me);
  const state = draftWorkflow(draft);
  const { status } = state;
  const [open, setOpen] = useState<'withdraw' | 'archive'>();
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<DeskError>();
  const decision = decisionLine(state, nameOf, formatTime);
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStatus = useRef(status);
  // A move made elsewhere (Submit in the checklist) changes the status: say it where focus goes.
  // A move made here already focuses its own result inside the panel.
  useEffect(() => {
    if (shownStatus.current === status) return;
    shownStatus.current = status;
    if (!panel.current?.contains(document.activeElement)) heading.current?.focus();
  }, [status]);
  const pageName = (id: string | undefined) =>
    id === undefined ? undefined : pages?.find((page) => page.id === id)?.name;

  const act = async (call: () => Promise<Result<Draft>>, words: string) => {
    setError(undefined);
    setDone(undefined);
    const result = await call();
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    onDraftChange(result.value);
    setOpen(undefined);
    setDone(`${words} Status now: ${STATUS_LABELS[draftWorkflow(result.value).status]}.`);
    return true;
  };

  return (
    <section
      ref={panel}
      aria-labelledby="status-heading"
      className={`status-panel status-is-${status}`}
    >
      <div className="status-banner">
        <h2 id="status-heading" ref={heading} tabIndex={-1}>
          Status: {STATUS_LABELS[status]}
        </h2>
        {isLocked(status) ? (
          // Said in words beside the greyed fields: grey alone does not say "you cannot type here".
          <p className="status-locked-badge">Text locked</p>
        ) : null}
      </div>
      <p className="status-next">{nextStep(draft, nameOf, formatTime)}</p>
      {decision ? (
        <div className="status-decision">
          <p>
            <strong>Decision</strong> {decision}
          </p>
          {state.decision?.comment ? (
            <blockquote className="status-comment" aria-label="Decision comments">
              {state.decision.comment}
            </blockquote>
          ) : null}
        </div>
      ) : null}
      <div className="actions status-actions">
        <button type="button" onClick={onOpenPacket}>
          Open packet
        </button>
        {canMove(status, 'withdraw') && open !== 'withdraw' ? (
          <button type="button" onClick={() => setOpen('withdraw')}>
            Withdraw…
          </button>
        ) : null}
        {canMove(status, 'archive') && open !== 'archive' ? (
          <button type="button" onClick={() => setOpen('archive')}>
            Archive…
          </button>
        ) : null}
      </div>
      {open === 'withdraw' ? (
        <ReasonForm
          id="status-withdraw"
          schema={withdrawFormSchema}
          label="Reason for withdrawing"
          hint="Withdrawing takes it out of the approver’s inbox and returns it to draft."
          button="Withdraw"
          onCancel={() => setOpen(undefined)}
          onSubmit={(reason) =>
            act(() => desk().drafts.withdraw({ id: draft.id, reason }), 'Withdrawn.')
          }
        />
      ) : null}
      {open === 'archive' ? (
        <ReasonForm
          id="status-archive"
          schema={archiveFormSchema}
          label="Reason for archiving"
          hint="An archived draft is kept as a record; nothing more can be done with it."
          button="Archive"
          onCancel={() => setOpen(undefined)}
          onSubmit={(reason) =>
            act(() => desk().drafts.archive({ id: draft.id, reason }), 'Archived.')
          }
        />
      ) : null}
      {canMove(status, 'publish') && pages !== undefined ? (
        <PublishForm
          // Its first page is the default: a new list of pages starts the form again.
          key={pages.map((page) => page.id).join()}
          targeted={latestRevision(draft).pages.length > 0}
          pageIds={
            // A draft that names no target page may have gone to any page (the main process agrees).
            latestRevision(draft).pages.length > 0
              ? latestRevision(draft).pages
              : pages.map((page) => page.id)
          }
          pageName={pageName}
          onSubmit={(request) =>
            act(
              () => desk().drafts.published({ id: draft.id, ...request }),
              `Publishing recorded: ${request.url}.`,
            )
          }
        />
      ) : null}
      {state.publications.length > 0 ? (
        <table className="status-publications">
          <caption>Publications</caption>
          <thead>
            <tr>
              <th scope="col">Platform</th>
              <th scope="col">Address</th>
              <th scope="col">Posted</th>
              <th scope="col">Recorded by</th>
            </tr>
          </thead>
          <tbody>
            {state.publications.map((publication) => (
              <tr key={`${publication.url}-${publication.at}`}>
                <td>
                  {publication.platform}
                  {pageName(publication.pageId) ? ` (${pageName(publication.pageId) ?? ''})` : ''}
                </td>
                <td>
                  <code>{publication.url}</code>
                </td>
                <td>
                  <time dateTime={publication.publishedAt}>
                    {formatTime(publication.publishedAt)}
                  </time>
                </td>
                <td>{nameOf(publication.by)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {done ? <ResultNote key={done}>{done}</ResultNote> : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}

function ReasonForm({
  id,
  schema,
  label,
  hint,
  button,
  onCancel,
  onSubmit,
}: {
  readonly id: string;
  readonly schema: typeof withdrawFormSchema | typeof archiveFormSchema;
  readonly label: string;
  readonly hint: string;
  readonly button: string;
  readonly onCancel: () => void;
  readonly onSubmit: (reason: string) => Promise<boolean>;
}) {
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<z.infer<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { reason: '' },
  });
  useEffect(() => {
    setFocus('reason');
  }, [setFocus]);
  const submit = handleSubmit(async ({ reason }) => {
    await onSubmit(reason);
  });
  return (
    <form
      className="status-form"
      aria-label={button}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <TextField
        id={`${id}-reason`}
        label={label}
        type="textarea"
        rows={2}
        hint={hint}
        error={errors.reason?.message}
        field={register('reason')}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          {button}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function PublishForm({
  targeted,
  pageIds,
  pageName,
  onSubmit,
}: {
  readonly targeted: boolean;
  readonly pageIds: readonly string[];
  readonly pageName: (id: string) => string | undefined;
  readonly onSubmit: (request: {
    pageId: string;
    url: string;
    publishedAt: string;
  }) => Promise<boolean>;
}) {
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof publishFormSchema>, unknown, z.output<typeof publishFormSchema>>({
    resolver: zodResolver(publishFormSchema),
    defaultValues: { pageId: pageIds[0] ?? '', url: '', publishedAt: isoToLocal(new Date()) },
  });
  const submit = handleSubmit(async ({ publishedAt, ...values }) => {
    const at = localToIso(publishedAt);
    if (at === undefined) return; // the schema refuses it before this
    if (await onSubmit({ ...values, publishedAt: at })) {
      reset({ pageId: pageIds[0] ?? '', url: '', publishedAt: isoToLocal(new Date()) });
    }
  });
  return (
    <form
      aria-labelledby="status-publish-heading"
      className="status-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="status-publish-heading">Record publishing</h3>
      <p className="hint">
        Social Desk never posts: after copying the approved text to the page by hand, record where
        it went.
      </p>
      {!targeted ? (
        <p className="hint">This draft names no target page: choose the page it went to.</p>
      ) : null}
      {pageIds.length === 0 ? (
        <p className="field-error">
          No page is recorded yet, so there is no page to record it on: an administrator records the
          page first.
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="status-publish-page">Page</label>
        <select
          id="status-publish-page"
          aria-invalid={errors.pageId ? true : undefined}
          aria-describedby={errors.pageId ? 'status-publish-page-error' : undefined}
          {...register('pageId')}
        >
          {pageIds.map((id) => (
            <option key={id} value={id}>
              {pageName(id) ?? id}
            </option>
          ))}
        </select>
        {errors.pageId ? (
          <p id="status-publish-page-error" className="field-error">
            {errors.pageId.message}
          </p>
        ) : null}
      </div>
      <TextField
        id="status-publish-url"
        label="Post URL"
        type="url"
        error={errors.url?.message}
        field={register('url')}
      />
      <TextField
        id="status-publish-when"
        label="When it was posted"
        type="datetime-local"
        error={errors.publishedAt?.message}
        field={register('publishedAt')}
      />
      <button type="submit" className="primary" disabled={isSubmitting || pageIds.length === 0}>
        Record publishing
      </button>
    </form>
  );
}
