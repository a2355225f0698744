import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';
import '../moderation/follow-up.css';

const rulesFormSchema = z.object({ secondReviewer: z.boolean(), noticeRequired: z.boolean() });
type RulesForm = z.infer<typeof rulesFormSchema>;

const SECOND_REVIEWER = 'Removals need a second reviewer';
const NOTICE_REQUIRED = 'Local rules require a notice to the commenter';

/**
 * A page's moderation rules, on its detail screen: saved by an administrator, read by everyone.
 * They apply to hides and removals made from the moment they are saved; earlier ones keep the rules
 * they were made under.
 */
export function PageModerationRules({ pageId, me }: { pageId: string; me: Profile }) {
  const administrator = me.roles.includes('administrator');
  const [loaded, setLoaded] = useState<RulesForm>();
  const [error, setError] = useState<DeskError>();
  const [status, setStatus] = useState('');
  const {
    register,
    handleSubmit,
    reset,
    formState: { isSubmitting, isDirty },
  } = useForm({
    resolver: zodResolver(rulesFormSchema),
    defaultValues: { secondReviewer: false, noticeRequired: false },
  });

  useEffect(() => {
    let current = true;
    void desk()
      .comments.pageRules({ pageId })
      .then((result) => {
        if (!current) return;
        if (!result.ok) {
          setError(result.error);
          return;
        }
        const { secondReviewer, noticeRequired } = result.value;
        setLoaded({ secondReviewer, noticeRequired });
        reset({ secondReviewer, noticeRequired });
      });
    return () => {
      current = false;
    };
  }, [pageId, reset]);

  const save = handleSubmit(async (rules) => {
    setError(undefined);
    setStatus('');
    const result = await desk().comments.setPageRules({ pageId, ...rules });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const { secondReviewer, noticeRequired } = result.value;
    reset({ secondReviewer, noticeRequired });
    setStatus('Moderation rules saved: they apply to removals made from now on.');
  });

  const id = `page-rules-${pageId}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="page-moderation-rules">
      <h2 id={`${id}-heading`}>Moderation rules</h2>
      {loaded === undefined && !error ? <p role="status">Loading the moderation rules…</p> : null}
      {loaded !== undefined ? (
        <form
          aria-label="Moderation rules of this page"
          noValidate
          onSubmit={(event) => void save(event)}
        >
          <div className="field follow-up-check">
            <input
              id={`${id}-second`}
              type="checkbox"
              disabled={!administrator}
              aria-describedby={`${id}-second-hint`}
              {...register('secondReviewer')}
            />
            <label htmlFor={`${id}-second`}>{SECOND_REVIEWER}</label>
            <p id={`${id}-second-hint`} className="hint">
              Every hide or removal on this page waits until another moderator or an administrator
              agrees with it; the one who made it cannot. Both verdicts are recorded in the log.
            </p>
          </div>
          <div className="field follow-up-check">
            <input
              id={`${id}-notice`}
              type="checkbox"
              disabled={!administrator}
              aria-describedby={`${id}-notice-hint`}
              {...register('noticeRequired')}
            />
            <label htmlFor={`${id}-notice`}>{NOTICE_REQUIRED}</label>
            <p id={`${id}-notice-hint`} className="hint">
              After each removal the desk prepares a message to the commenter naming the category
              and quoting the page’s published rule; a moderator records it as sent, or as not sent
              and why.
            </p>
          </div>
          <p className="hint">
            {administrator
              ? 'The rules apply to removals made after they are saved; earlier ones keep the rules they were made under.'
              : 'An administrator sets these rules.'}
          </p>
          {administrator ? (
            <div className="actions">
              <button type="submit" className="primary" disabled={isSubmitting || !isDirty}>
                Save moderation rules
              </button>
            </div>
          ) : null}
        </form>
      ) : null}
      <p role="status" className="save-status">
        {status}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
