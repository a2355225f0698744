import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { CommentSummary } from '../../../../shared/moderation/comment-view';
import type { DeskError } from '../../../../shared/result';
import { ErrorMessage } from '../../app/ErrorMessage';
import { FieldError, describedBy } from '../../app/field-parts';
import { desk } from '../../desk';

export const SENT_BY = ['Platform message', 'Email', 'Other'] as const;

const sentFormSchema = z
  .object({
    channel: z.enum(SENT_BY),
    details: z.string().trim().max(300, 'At most 300 characters'),
  })
  .refine((form) => form.channel !== 'Other' || form.details !== '', {
    message: 'Say how it was sent (a letter, a phone call…)',
    path: ['details'],
  });

const notSentFormSchema = z.object({
  why: z
    .string()
    .trim()
    .min(1, 'Say why the notice was not sent: the record must explain it')
    .max(500, 'At most 500 characters'),
});

/**
 * The ready notice for a removal, to copy into a message to the commenter, and the record of what
 * happened: sent (and how) or not sent (and why). The text recorded is the text shown.
 */
export function NoticeForm({
  comment,
  action,
  canRecord,
  sentOnly = false,
  onChanged,
}: {
  readonly comment: CommentSummary;
  readonly action: number;
  readonly canRecord: boolean;
  /** Recorded as not sent already: what is left to record is that it was sent after all. */
  readonly sentOnly?: boolean;
  readonly onChanged: (comment: CommentSummary) => void;
}) {
  const [text, setText] = useState<string>();
  const [error, setError] = useState<DeskError>();
  const id = `follow-up-notice-${comment.seq}`;

  useEffect(() => {
    let current = true;
    void desk()
      .comments.noticeText({ action })
      .then((result) => {
        if (!current) return;
        if (result.ok) setText(result.value.text);
        else setError(result.error);
      });
    return () => {
      current = false;
    };
  }, [action]);

  return (
    <div className="follow-up-notice">
      {text === undefined && !error ? <p role="status">Preparing the notice…</p> : null}
      {text !== undefined ? (
        <ReadyNotice
          id={id}
          action={action}
          text={text}
          canRecord={canRecord}
          sentOnly={sentOnly}
          onChanged={onChanged}
        />
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}

/** The notice once prepared: its text to copy, and the two ways to record what happened. */
export function ReadyNotice({
  id,
  action,
  text,
  canRecord,
  sentOnly = false,
  onChanged,
}: {
  readonly id: string;
  readonly action: number;
  readonly text: string;
  readonly canRecord: boolean;
  readonly sentOnly?: boolean;
  readonly onChanged: (comment: CommentSummary) => void;
}) {
  const [error, setError] = useState<DeskError>();
  const area = useRef<HTMLTextAreaElement>(null);

  const record = async (request: { sent: boolean; how: string }) => {
    setError(undefined);
    const result = await desk().comments.notice({ action, text, ...request });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onChanged(result.value);
  };

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-text`}>Notice to the commenter</label>
        <textarea
          id={`${id}-text`}
          ref={area}
          readOnly
          rows={12}
          value={text}
          aria-describedby={`${id}-text-hint`}
        />
        <p id={`${id}-text-hint`} className="hint">
          Ready to send: it names the removal category and quotes the page’s rule as it stood when
          the comment was posted. Select it, copy it (Ctrl+C) into the platform’s message to the
          commenter or an email, then record how it went.
        </p>
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              area.current?.focus();
              area.current?.select();
            }}
          >
            Select the notice
          </button>
        </div>
      </div>
      {canRecord ? (
        <div className="follow-up-records">
          <SentForm id={id} onRecord={(how) => record({ sent: true, how })} />
          {sentOnly ? null : (
            <NotSentForm id={id} onRecord={(why) => record({ sent: false, how: why })} />
          )}
        </div>
      ) : (
        <p className="hint">A moderator records whether the notice was sent.</p>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </>
  );
}

function SentForm({
  id,
  onRecord,
}: {
  readonly id: string;
  readonly onRecord: (how: string) => Promise<void>;
}) {
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({
    resolver: zodResolver(sentFormSchema),
    defaultValues: { channel: 'Platform message' as const, details: '' },
  });
  const detailsError = errors.details?.message;
  const save = handleSubmit(({ channel, details }) =>
    onRecord(details === '' ? channel : `${channel}: ${details}`),
  );
  return (
    <form
      className="follow-up-form"
      aria-label="Notice sent"
      noValidate
      onSubmit={(event) => void save(event)}
    >
      <div className="field">
        <label htmlFor={`${id}-channel`}>How it was sent</label>
        <select id={`${id}-channel`} {...register('channel')}>
          {SENT_BY.map((channel) => (
            <option key={channel} value={channel}>
              {channel}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-details`}>Details (needed for “Other”)</label>
        <input
          id={`${id}-details`}
          type="text"
          autoComplete="off"
          aria-invalid={detailsError ? true : undefined}
          aria-describedby={describedBy(`${id}-details`, false, detailsError)}
          {...register('details')}
        />
        <FieldError id={`${id}-details`} error={detailsError} />
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          Record notice as sent
        </button>
      </div>
    </form>
  );
}

function NotSentForm({
  id,
  onRecord,
}: {
  readonly id: string;
  readonly onRecord: (why: string) => Promise<void>;
}) {
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(notSentFormSchema), defaultValues: { why: '' } });
  const whyError = errors.why?.message;
  const save = handleSubmit(({ why }) => onRecord(why));
  return (
    <form
      className="follow-up-form"
      aria-label="Notice not sent"
      noValidate
      onSubmit={(event) => void save(event)}
    >
      <div className="field">
        <label htmlFor={`${id}-why`}>Why it was not sent</label>
        <textarea
          id={`${id}-why`}
          rows={2}
          aria-invalid={whyError ? true : undefined}
          aria-describedby={describedBy(`${id}-why`, true, whyError)}
          {...register('why')}
        />
        <p id={`${id}-why-hint`} className="hint">
          For example: the commenter’s account accepts no messages, and no address is known.
        </p>
        <FieldError id={`${id}-why`} error={whyError} />
      </div>
      <div className="actions">
        <button type="submit" disabled={isSubmitting}>
          Record notice as not sent
        </button>
      </div>
    </form>
  );
}
