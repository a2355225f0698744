import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  COMMENT_SEARCH_MAX,
  COMMENT_STATES,
  type CommentFilter,
  commentStateSchema,
} from '../../../../shared/moderation/comment-view';
import { REMOVAL_REASONS, removalReasonSchema } from '../../../../shared/moderation/events';
import { REMOVAL_CATEGORY_LABELS } from '../../../../shared/pages/intro-categories';
import type { Page } from '../../../../shared/pages/page';
import type { Profile } from '../../../../shared/profiles/profile';
import { FieldError, describedBy } from '../../app/field-parts';
import { desk } from '../../desk';
import { STATE_WORDS } from './state-words';

/** How long typing must pause before the list is asked again. */
const TYPING_PAUSE_MS = 200;

const date = z.union([z.literal(''), z.iso.date({ error: 'A date as YYYY-MM-DD' })]);
const filtersSchema = z
  .object({
    words: z
      .string()
      .max(COMMENT_SEARCH_MAX, `Search for at most ${COMMENT_SEARCH_MAX} characters`),
    pageId: z.string(),
    state: z.union([z.literal(''), commentStateSchema]),
    reason: z.union([z.literal(''), removalReasonSchema]),
    moderator: z.string(),
    from: date,
    to: date,
  })
  .refine((f) => f.from === '' || f.to === '' || f.from <= f.to, {
    message: 'The “to” date is before the “from” date: swap them',
    path: ['to'],
  });
type Filters = z.infer<typeof filtersSchema>;

/** The queue opens on what still needs a look: new comments, oldest first. */
export const QUEUE_DEFAULTS: Filters = {
  words: '',
  pageId: '',
  state: 'new',
  reason: '',
  moderator: '',
  from: '',
  to: '',
};

export function toCommentFilter(filters: Filters): CommentFilter {
  const words = filters.words.trim();
  return {
    order: 'oldest',
    ...(words === '' ? {} : { words }),
    ...(filters.pageId === '' ? {} : { pageId: filters.pageId }),
    ...(filters.state === '' ? {} : { state: filters.state }),
    ...(filters.reason === '' ? {} : { reason: filters.reason }),
    ...(filters.moderator === '' ? {} : { moderator: filters.moderator }),
    ...(filters.from === '' ? {} : { from: filters.from }),
    ...(filters.to === '' ? {} : { to: filters.to }),
  };
}

function useModerators(): readonly Profile[] {
  const [people, setPeople] = useState<readonly Profile[]>([]);
  useEffect(() => {
    let current = true;
    void desk()
      .people.list({})
      .then((result) => {
        if (current && result.ok)
          setPeople(result.value.filter((person) => person.roles.includes('moderator')));
      });
    return () => {
      current = false;
    };
  }, []);
  return people;
}

/**
 * Words, page, state, reason, moderator and dates, all answered by `comments:list` over the whole
 * log. A change is sent once typing pauses; a filter that is not valid yet is not sent.
 */
export function QueueFilters({
  pages,
  onChange,
}: {
  readonly pages: readonly Page[];
  readonly onChange: (filter: CommentFilter) => void;
}) {
  const moderators = useModerators();
  const {
    register,
    control,
    trigger,
    formState: { errors },
  } = useForm<Filters>({
    resolver: zodResolver(filtersSchema),
    defaultValues: QUEUE_DEFAULTS,
    mode: 'onChange',
  });
  const values = useWatch({ control }) as Filters;
  const key = JSON.stringify(values);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      void trigger().then((valid) => {
        if (valid) onChange(toCommentFilter(JSON.parse(key) as Filters));
      });
    }, TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [key, trigger, onChange]);

  const field = (id: keyof Filters, label: string, control: React.ReactNode, error?: string) => (
    <div className="field">
      <label htmlFor={`queue-${id}`}>{label}</label>
      {control}
      <FieldError id={`queue-${id}`} error={error} />
    </div>
  );

  return (
    <form
      className="queue-filters"
      role="search"
      aria-label="Filter comments"
      noValidate
      onSubmit={(event) => event.preventDefault()}
    >
      {field(
        'words',
        'Search comments',
        <input
          id="queue-words"
          type="search"
          aria-invalid={errors.words ? true : undefined}
          aria-describedby={describedBy('queue-words', true, errors.words?.message)}
          {...register('words')}
        />,
        errors.words?.message,
      )}
      <p id="queue-words-hint" className="visually-hidden">
        Words in the comment or its author’s name; press / to come back here.
      </p>
      {field(
        'pageId',
        'Page',
        <select id="queue-pageId" {...register('pageId')}>
          <option value="">All pages</option>
          {pages.map((page) => (
            <option key={page.id} value={page.id}>
              {page.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        'state',
        'State',
        <select id="queue-state" {...register('state')}>
          <option value="">Any</option>
          {COMMENT_STATES.map((state) => (
            <option key={state} value={state}>
              {STATE_WORDS[state]}
            </option>
          ))}
        </select>,
      )}
      {field(
        'reason',
        'Reason',
        <select id="queue-reason" {...register('reason')}>
          <option value="">Any reason</option>
          {REMOVAL_REASONS.map((reason) => (
            <option key={reason} value={reason}>
              {REMOVAL_CATEGORY_LABELS[reason]}
            </option>
          ))}
        </select>,
      )}
      {field(
        'moderator',
        'Moderator',
        <select id="queue-moderator" {...register('moderator')}>
          <option value="">Anyone</option>
          {moderators.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        'from',
        'From',
        <input
          id="queue-from"
          type="date"
          aria-invalid={errors.from ? true : undefined}
          aria-describedby={describedBy('queue-from', false, errors.from?.message)}
          {...register('from')}
        />,
        errors.from?.message,
      )}
      {field(
        'to',
        'To',
        <input
          id="queue-to"
          type="date"
          aria-invalid={errors.to ? true : undefined}
          aria-describedby={describedBy('queue-to', false, errors.to?.message)}
          {...register('to')}
        />,
        errors.to?.message,
      )}
    </form>
  );
}
