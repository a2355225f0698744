import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { Inbox, InboxItem } from '../../../shared/ipc/channels/workflow-channels';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError } from '../../../shared/result';
import { waitedFor } from '../../../shared/workflow/workflow';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatTime } from '../app/format-time';
import type { Go } from '../app/screens';
import { desk } from '../desk';
import { ResultNote, ScanField, TextField } from './DecisionFields';
import {
  ITEM_KIND_LABELS,
  categoryWords,
  confirmFormSchema,
  transcribeConfirmationFormSchema,
} from './decision-forms';
import { usePeopleNames } from './use-people-names';
import { NO_PAGES, usePages } from '../app/use-pages';

type Awaiting = Inbox['awaitingConfirmation'][number];

/** The approver's inbox: submitted items oldest first, and verbal approvals still unconfirmed. */
export function InboxScreen({ go, me }: { readonly go: Go; readonly me: Profile }) {
  const [inbox, setInbox] = useState<Inbox>();
  const [loadedAt, setLoadedAt] = useState(() => new Date());
  const pages = usePages() ?? NO_PAGES;
  const [error, setError] = useState<DeskError>();
  const [done, setDone] = useState<string>();
  const nameOf = usePeopleNames(me);

  // Each change of `reloads` reads the inbox again (Refresh, a confirmation recorded).
  const [reloads, setReloads] = useState(0);
  const load = useCallback(() => setReloads((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    void desk()
      .approvals.inbox({})
      .then((result) => {
        if (!current) return;
        if (result.ok) {
          setInbox(result.value);
          setLoadedAt(new Date());
          setError(undefined);
        } else setError(result.error);
      });
    return () => {
      current = false;
    };
  }, [reloads]);

  // The inbox names pages and people as the main process gives them; an id is shown as a name.
  const pageName = (page: string) => pages.find((p) => p.id === page)?.name ?? page;

  const empty =
    inbox !== undefined && inbox.submitted.length === 0 && inbox.awaitingConfirmation.length === 0;

  return (
    <section aria-labelledby="inbox-heading" className="inbox">
      <div className="screen-heading">
        <h1 id="inbox-heading">Approvals</h1>
        <button type="button" onClick={load}>
          Refresh
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {done ? <ResultNote key={done}>{done}</ResultNote> : null}
      {inbox === undefined && !error ? <p role="status">Loading the inbox…</p> : null}
      {empty ? (
        <p className="empty">
          Nothing is waiting: no item is submitted for a decision and no verbal approval waits for
          written confirmation.
        </p>
      ) : null}
      {inbox && !empty ? (
        <>
          <section aria-labelledby="inbox-submitted-heading" className="inbox-section">
            <h2 id="inbox-submitted-heading">Waiting for a decision</h2>
            {inbox.submitted.length === 0 ? (
              <p className="empty">Nothing is submitted for a decision.</p>
            ) : (
              <ol className="inbox-list">
                {inbox.submitted.map((item) => (
                  <SubmittedItem
                    key={`${item.kind}:${item.id}`}
                    item={item}
                    now={loadedAt}
                    pageName={pageName}
                    nameOf={nameOf}
                    onOpen={() =>
                      go({
                        name: 'packet',
                        item: { kind: item.kind, id: item.id },
                        back: { name: 'inbox' },
                      })
                    }
                  />
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="inbox-verbal-heading" className="inbox-section">
            <h2 id="inbox-verbal-heading">Verbal approvals waiting for written confirmation</h2>
            {inbox.awaitingConfirmation.length === 0 ? (
              <p className="empty">No verbal approval waits for written confirmation.</p>
            ) : (
              <ol className="inbox-list">
                {inbox.awaitingConfirmation.map((item) => (
                  <AwaitingItem
                    key={`${item.kind}:${item.id}`}
                    item={item}
                    me={me}
                    nameOf={nameOf}
                    onConfirmed={(words) => {
                      setDone(words);
                      load();
                    }}
                  />
                ))}
              </ol>
            )}
          </section>
        </>
      ) : null}
    </section>
  );
}

export function SubmittedItem({
  item,
  now,
  pageName,
  nameOf,
  onOpen,
}: {
  readonly item: InboxItem;
  readonly now: Date;
  readonly pageName: (page: string) => string;
  readonly nameOf: (id: string) => string;
  readonly onOpen: () => void;
}) {
  const category = categoryWords(item.category);
  const headingId = `inbox-item-${item.kind}-${item.id}`;
  return (
    <li className={`inbox-item${item.urgent ? ' inbox-item-urgent' : ''}`}>
      <h3 id={headingId} className="inbox-title">
        {item.title}
        {item.urgent ? <span className="inbox-urgent"> Urgent</span> : null}
      </h3>
      <dl className="inbox-facts">
        <dt>Kind</dt>
        <dd>{ITEM_KIND_LABELS[item.kind]}</dd>
        {category ? (
          <>
            <dt>Category</dt>
            <dd>{category}</dd>
          </>
        ) : null}
        <dt>Pages</dt>
        <dd>{item.pages.length > 0 ? item.pages.map(pageName).join(', ') : 'None named'}</dd>
        <dt>Submitted by</dt>
        <dd>
          {nameOf(item.submittedBy)} on{' '}
          <time dateTime={item.submittedAt}>{formatTime(item.submittedAt)}</time>
        </dd>
        <dt>Waiting</dt>
        <dd>{waitedFor(item.submittedAt, now)}</dd>
      </dl>
      {item.ownItem ? (
        <p className="hint">
          You drafted or submitted this: another approver records its decision (separation of
          duties).
        </p>
      ) : null}
      <button
        type="button"
        className="primary"
        onClick={onOpen}
        aria-label={`Open packet: ${item.title}`}
      >
        Open packet
      </button>
    </li>
  );
}

export function AwaitingItem({
  item,
  me,
  nameOf,
  onConfirmed,
}: {
  readonly item: Awaiting;
  readonly me: Profile;
  readonly nameOf: (id: string) => string;
  readonly onConfirmed: (words: string) => void;
}) {
  const [open, setOpen] = useState<'confirm' | 'transcribe'>();
  const approver = me.roles.includes('approver');
  const administrator = me.roles.includes('administrator');
  const key = `inbox-verbal-${item.kind}-${item.id}`;
  return (
    <li className="inbox-item inbox-item-urgent">
      <h3 className="inbox-title">{item.title}</h3>
      <dl className="inbox-facts">
        <dt>Kind</dt>
        <dd>{ITEM_KIND_LABELS[item.kind]}</dd>
        <dt>Given by</dt>
        <dd>{item.givenBy}</dd>
        <dt>When</dt>
        <dd>
          <time dateTime={item.givenAt}>{formatTime(item.givenAt)}</time>
        </dd>
        <dt>How</dt>
        <dd>{item.how}</dd>
        <dt>Recorded by</dt>
        <dd>{nameOf(item.recordedBy)}</dd>
        <dt>Waiting for confirmation</dt>
        <dd>{item.waited}</dd>
      </dl>
      {!approver && !administrator ? (
        <p className="hint">
          An approver confirms it in writing, or an administrator transcribes the signed
          confirmation.
        </p>
      ) : null}
      <div className="actions">
        {approver ? (
          <button
            type="button"
            aria-expanded={open === 'confirm'}
            aria-controls={`${key}-confirm`}
            aria-label={`Confirm in writing: ${item.title}`}
            onClick={() => setOpen(open === 'confirm' ? undefined : 'confirm')}
          >
            Confirm in writing
          </button>
        ) : null}
        {administrator ? (
          <button
            type="button"
            aria-expanded={open === 'transcribe'}
            aria-controls={`${key}-transcribe`}
            aria-label={`Transcribe written confirmation: ${item.title}`}
            onClick={() => setOpen(open === 'transcribe' ? undefined : 'transcribe')}
          >
            Transcribe written confirmation
          </button>
        ) : null}
      </div>
      {open === 'confirm' ? (
        <ConfirmForm
          id={`${key}-confirm`}
          item={item}
          onDone={() => onConfirmed(`Written confirmation recorded for “${item.title}”.`)}
        />
      ) : null}
      {open === 'transcribe' ? (
        <TranscribeConfirmationForm
          id={`${key}-transcribe`}
          item={item}
          onDone={() => onConfirmed(`Signed written confirmation transcribed for “${item.title}”.`)}
        />
      ) : null}
    </li>
  );
}

function ConfirmForm({
  id,
  item,
  onDone,
}: {
  readonly id: string;
  readonly item: Awaiting;
  readonly onDone: () => void;
}) {
  const [error, setError] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<z.infer<typeof confirmFormSchema>>({
    resolver: zodResolver(confirmFormSchema),
    defaultValues: { comment: '' },
  });
  useEffect(() => {
    setFocus('comment');
  }, [setFocus]);
  const submit = handleSubmit(async ({ comment }) => {
    setError(undefined);
    const result = await desk().approvals.confirm({ kind: item.kind, id: item.id, comment });
    if (result.ok) onDone();
    else setError(result.error);
  });
  return (
    <form
      id={id}
      className="inbox-form"
      aria-label={`Confirm in writing: ${item.title}`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <p className="hint">
        Confirm that the Chief’s verbal approval given by {item.givenBy} stands, in writing, under
        your name.
      </p>
      <TextField
        id={`${id}-comment`}
        label="Comments"
        type="textarea"
        error={errors.comment?.message}
        field={register('comment')}
      />
      <button type="submit" className="primary" disabled={isSubmitting}>
        Record confirmation
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

function TranscribeConfirmationForm({
  id,
  item,
  onDone,
}: {
  readonly id: string;
  readonly item: Awaiting;
  readonly onDone: () => void;
}) {
  const [error, setError] = useState<DeskError>();
  const {
    register,
    handleSubmit,
    control,
    setFocus,
    setError: setFieldError,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<
    z.input<typeof transcribeConfirmationFormSchema>,
    unknown,
    z.output<typeof transcribeConfirmationFormSchema>
  >({
    resolver: zodResolver(transcribeConfirmationFormSchema),
    defaultValues: { comment: '', decidedBy: '', decidedOn: '', scan: null },
  });
  useEffect(() => {
    setFocus('decidedBy');
  }, [setFocus]);
  const submit = handleSubmit(async (values) => {
    setError(undefined);
    const result = await desk().approvals.transcribeConfirmation({
      kind: item.kind,
      id: item.id,
      ...values,
    });
    if (result.ok) onDone();
    else setError(result.error);
  });
  return (
    <form
      id={id}
      className="inbox-form"
      aria-label={`Transcribe written confirmation: ${item.title}`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <TextField
        id={`${id}-signed-by`}
        label="Signed by"
        error={errors.decidedBy?.message}
        field={register('decidedBy')}
      />
      <TextField
        id={`${id}-date`}
        label="Date on the signature"
        type="date"
        error={errors.decidedOn?.message}
        field={register('decidedOn')}
      />
      <Controller
        control={control}
        name="scan"
        render={({ field, fieldState }) => (
          <ScanField
            id={`${id}-scan`}
            value={field.value}
            error={fieldState.error?.message}
            onChange={field.onChange}
            onProblem={(problem) => {
              if (problem) setFieldError('scan', { message: problem });
              else clearErrors('scan');
            }}
          />
        )}
      />
      <TextField
        id={`${id}-comment`}
        label="Comments"
        type="textarea"
        error={errors.comment?.message}
        field={register('comment')}
      />
      <button type="submit" className="primary" disabled={isSubmitting}>
        Record transcribed confirmation
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
