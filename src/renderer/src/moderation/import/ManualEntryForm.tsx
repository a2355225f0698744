import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { manualCommentSchema } from '../../../../shared/ipc/channels/moderation-channels';
import type { Page } from '../../../../shared/pages/page';
import type { DeskError } from '../../../../shared/result';
import { ErrorMessage } from '../../app/ErrorMessage';
import { FieldError, describedBy } from '../../app/field-parts';
import { desk } from '../../desk';

/** The contract's schema; the time as the date-and-time field gives it (local), read into UTC. */
const formSchema = manualCommentSchema.extend({
  postedAt: z
    .string()
    .min(1, 'When it was posted: copy the date and time the platform shows')
    .transform((local) => (Number.isNaN(Date.parse(local)) ? '' : new Date(local).toISOString()))
    .pipe(z.iso.datetime({ error: 'When it was posted: a date and time' })),
  permalink: z
    .string()
    .trim()
    .max(2048)
    .transform((value) => value || undefined)
    .optional(),
  commentId: z
    .string()
    .trim()
    .max(256)
    .transform((value) => value || undefined)
    .optional(),
});
type FormInput = z.input<typeof formSchema>;
type FormOutput = z.output<typeof formSchema>;

const ID = 'manual-comment';

/** One comment typed in by hand, seen on the platform but in no export. */
export function ManualEntryForm({ pages }: { readonly pages: readonly Page[] }) {
  const [error, setError] = useState<DeskError>();
  const [saved, setSaved] = useState<string>();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(formSchema),
    defaultValues: { pageId: '', text: '', author: '', postedAt: '', permalink: '', commentId: '' },
  });
  const submit = handleSubmit(async (comment) => {
    setError(undefined);
    setSaved(undefined);
    const result = await desk().comments.add(comment);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setSaved(`Recorded ${result.value.author}’s comment as entered by hand.`);
    reset();
  });
  const field = (name: keyof FormInput, label: string, hint?: string, multiline = false) => {
    const id = `${ID}-${name}`;
    const message = errors[name]?.message;
    const props = {
      id,
      ...register(name),
      'aria-invalid': message ? true : undefined,
      'aria-describedby': describedBy(id, hint !== undefined, message),
    };
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {multiline ? (
          <textarea rows={4} {...props} />
        ) : (
          <input type={name === 'postedAt' ? 'datetime-local' : 'text'} {...props} />
        )}
        {hint ? (
          <p id={`${id}-hint`} className="hint">
            {hint}
          </p>
        ) : null}
        <FieldError id={id} error={message} />
      </div>
    );
  };
  const pageError = errors.pageId?.message;
  return (
    <form className="import-manual" onSubmit={(event) => void submit(event)} noValidate>
      <h2>Enter one comment by hand</h2>
      <div className="field">
        <label htmlFor={`${ID}-page`}>Page it was posted on</label>
        <select
          id={`${ID}-page`}
          {...register('pageId')}
          aria-invalid={pageError ? true : undefined}
          aria-describedby={describedBy(`${ID}-page`, false, pageError)}
        >
          <option value="">Choose a page</option>
          {pages.map((page) => (
            <option key={page.id} value={page.id}>
              {page.name}
            </option>
          ))}
        </select>
        <FieldError id={`${ID}-page`} error={pageError} />
      </div>
      {field('text', 'Comment text', 'Copy it exactly as posted: it is kept verbatim.', true)}
      {field('author', 'Author', 'Their name as the platform shows it.')}
      {field('postedAt', 'Posted at')}
      {field(
        'permalink',
        'Permalink (optional)',
        'The comment’s own link on the platform; its comment id is usually part of it.',
      )}
      {field(
        'commentId',
        'Platform comment id (give it if you can)',
        'The platform’s comment id is what lets a later export of the same comments recognise this one instead of recording it again. Without it, a comment already recorded on this page with the same author, text and posted time (to the minute) is refused as a duplicate.',
      )}
      <div className="actions">
        <button type="submit" disabled={isSubmitting}>
          Record comment
        </button>
      </div>
      <p role="status">{saved}</p>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
