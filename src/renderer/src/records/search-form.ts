import { z } from 'zod';
import {
  RECORD_SEARCH_WORDS_MAX,
  type RecordSearchRequest,
  SEARCH_HIT_KINDS,
  type SearchHit,
  searchHitKindSchema,
} from '../../../shared/records/search-view';
import type { Screen } from '../app/screens';

const day = z.union([z.literal(''), z.iso.date({ error: 'A date as YYYY-MM-DD' })]);

/** The search form as typed; the main process checks the request again by its contract row. */
export const searchFormSchema = z
  .object({
    words: z
      .string()
      .trim()
      .min(1, 'Type at least one word to search for')
      .max(RECORD_SEARCH_WORDS_MAX, `Search for at most ${RECORD_SEARCH_WORDS_MAX} characters`),
    types: z
      .array(searchHitKindSchema)
      .min(1, 'Tick at least one kind of record: nothing is searched without one'),
    pageId: z.string(),
    from: day,
    to: day,
  })
  .refine((form) => form.from === '' || form.to === '' || form.from <= form.to, {
    message: 'The “to” date is before the “from” date: swap them',
    path: ['to'],
  });
export type SearchForm = z.infer<typeof searchFormSchema>;

export const SEARCH_DEFAULTS: SearchForm = {
  words: '',
  types: [...SEARCH_HIT_KINDS],
  pageId: '',
  from: '',
  to: '',
};

/** The shown hits; a search can say how many match beyond them. */
export const SHOWN = 100;

export function toSearchRequest(form: SearchForm): RecordSearchRequest {
  return {
    words: form.words.trim(),
    limit: SHOWN,
    // Every kind ticked is the same as none named: the request stays short.
    ...(form.types.length === SEARCH_HIT_KINDS.length ? {} : { types: form.types }),
    ...(form.pageId === '' ? {} : { pages: [form.pageId] }),
    ...(form.from === '' ? {} : { from: form.from }),
    ...(form.to === '' ? {} : { to: form.to }),
  };
}

/**
 * Where a hit opens: the record's own screen where it has one. A packet opens as the packet of
 * the draft, page or intro version that was submitted with it.
 */
export function screenOf(hit: SearchHit): Screen | undefined {
  const back: Screen = { name: 'records-search' };
  switch (hit.type) {
    case 'draft':
    case 'post':
      return { name: 'editor', draftId: hit.id };
    case 'revision':
      return hit.item ? { name: 'history', draftId: hit.item.id } : undefined;
    case 'comment':
      return { name: 'comment', seq: Number(hit.id), back };
    case 'page':
      return { name: 'pages', pageId: hit.id };
    case 'intro':
      return hit.pages[0] ? { name: 'pages', pageId: hit.pages[0] } : undefined;
    case 'packet':
      return hit.item ? { name: 'packet', item: hit.item, back } : undefined;
    default: {
      const unreachable: never = hit.type;
      return unreachable;
    }
  }
}
