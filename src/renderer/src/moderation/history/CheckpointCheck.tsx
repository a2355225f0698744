import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import {
  type LastCheckpoint,
  checkpointTextSchema,
} from '../../../../shared/moderation/journal-status';
import { FieldError, describedBy } from '../../app/field-parts';
import { formatTime } from '../../app/format-time';
import { HashText } from './HashText';

const checkFormSchema = z.object({ checkpoint: checkpointTextSchema });

/** A checkpoint kept elsewhere, pasted back to check the journal still holds it. */
export function CheckpointForm({
  busy,
  onCheck,
}: {
  readonly busy: boolean;
  readonly onCheck: (checkpoint: string) => Promise<void>;
}) {
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(checkFormSchema), defaultValues: { checkpoint: '' } });
  const error = errors.checkpoint?.message;
  const check = handleSubmit(({ checkpoint }) => onCheck(checkpoint));
  return (
    <form
      className="checkpoint-check"
      aria-label="Check a kept checkpoint"
      noValidate
      onSubmit={(event) => void check(event)}
    >
      <div className="field">
        <label htmlFor="checkpoint-kept">A checkpoint you kept (SEQ:HASH)</label>
        <input
          id="checkpoint-kept"
          type="text"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy('checkpoint-kept', true, error)}
          {...register('checkpoint')}
        />
        <p id="checkpoint-kept-hint" className="hint">
          Paste it as printed or emailed: the events, a colon, then the 64-character head hash.
          Checking reads every event, as verifying does, and confirms event SEQ still has that hash.
        </p>
        <FieldError id="checkpoint-kept" error={error} />
      </div>
      <div className="actions">
        <button type="submit" disabled={busy || isSubmitting} aria-busy={busy || isSubmitting}>
          Check against this checkpoint
        </button>
      </div>
    </form>
  );
}

/** The last checkpoint checked here, its verdict in `log verify --checkpoint`'s words. */
export function LastCheckpointChecked({ last }: { readonly last: LastCheckpoint | null }) {
  if (!last) {
    return (
      <>
        None checked here yet: paste a checkpoint you kept below (or run{' '}
        <code>social-desk log verify --checkpoint SEQ:HASH</code>).
      </>
    );
  }
  return (
    <div className={last.ok ? 'verify-ok' : 'verify-failed'}>
      <p>
        <strong>
          {last.ok
            ? 'Held: the journal still has this checkpoint'
            : `Not held${last.firstBad === undefined ? '' : `: failed at event ${last.firstBad}`}`}
        </strong>{' '}
        (event {last.events.toLocaleString()}), checked on{' '}
        <time dateTime={last.at}>{formatTime(last.at)}</time>.
      </p>
      <HashText hash={last.head} label="Checkpoint hash" />
      <p className="verify-words">{last.message}</p>
    </div>
  );
}
