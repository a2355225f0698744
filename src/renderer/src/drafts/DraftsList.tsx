import { zodResolver } from '@hookform/resolvers/zod';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  DRAFT_CATEGORIES,
  categoryLabel,
  draftCategorySchema,
} from '../../../shared/drafts/categories';
import type { DraftSummary } from '../../../shared/drafts/draft';
import { DRAFT_SEARCH_MAX } from '../../../shared/ipc/channels/drafting-channels';
import type { DeskError } from '../../../shared/result';
import { STATUSES, STATUS_LABELS } from '../../../shared/workflow/workflow';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatTime } from '../app/format-time';
import { pageNamer } from '../app/page-name';
import { usePeopleNames } from '../approvals/use-people-names';
import { desk } from '../desk';
import { prewarmChecklistWorker } from '../checklist/checklist-worker-client';
import { isTyping } from './ShortcutsDialog';
import { NO_PAGES, usePages } from '../app/use-pages';

/** Every row is one line high (long cells are cut with an ellipsis), so rows need no measuring. */
const ROW_HEIGHT = 40;
/** The sticky header's height, kept equal to the rows' in styles.css. */
const HEADER_HEIGHT = 40;
/** How long typing must pause before the drafts' text is searched (titles match at once). */
const WORD_SEARCH_DELAY_MS = 200;
const COLUMNS = 7;
/** How many of the most recently saved drafts are asked for first: more than a screen holds. */
const FIRST_ROWS = 50;
const rowHeight = () => ROW_HEIGHT;

const filtersSchema = z.object({
  status: z.union([z.literal(''), z.enum(STATUSES)]),
  category: z.union([z.literal(''), draftCategorySchema]),
  author: z.string(),
  page: z.string(),
  words: z.string().max(DRAFT_SEARCH_MAX, `Search for at most ${DRAFT_SEARCH_MAX} characters`),
});
type Filters = z.infer<typeof filtersSchema>;
const NO_FILTERS: Filters = { status: '', category: '', author: '', page: '', words: '' };

/** A word search's answer, for the words it was asked (typing on makes it stale). */
interface WordMatches {
  readonly words: string;
  /** Draft id → its place in the answer, best first. */
  readonly ranks: ReadonlyMap<string, number>;
}

const count = (n: number) => n.toLocaleString('en-US');

export function DraftsList({ onOpen }: { readonly onOpen: (draftId?: string) => void }) {
  const [drafts, setDrafts] = useState<readonly DraftSummary[]>();
  // Without page names the column shows each page as no longer recorded; not worth an alarm.
  const pages = usePages() ?? NO_PAGES;
  const [error, setError] = useState<DeskError>();
  const [searchError, setSearchError] = useState<DeskError>();
  const [matches, setMatches] = useState<WordMatches>();
  const personName = usePeopleNames(undefined);

  /** False while only the most recently saved are here (the whole list is on its way). */
  const [complete, setComplete] = useState(false);

  // Drafts are opened from here: the checklist worker loads while the list is read.
  useEffect(prewarmChecklistWorker, []);

  useEffect(() => {
    let current = true;
    let whole = false;
    // The most recent first, in a small answer that paints at once; the whole list (20,000
    // summaries take a moment to cross and check) follows and replaces it.
    void desk()
      .drafts.list({ first: FIRST_ROWS })
      .then((result) => {
        if (current && !whole && result.ok) setDrafts(result.value);
      });
    void desk()
      .drafts.list({})
      .then((result) => {
        if (!current) return;
        whole = true;
        if (result.ok) {
          setDrafts(result.value);
          setComplete(true);
        } else setError(result.error);
      });
    return () => {
      current = false;
    };
  }, []);

  const {
    register,
    control,
    reset,
    setFocus,
    handleSubmit,
    formState: { errors },
  } = useForm<Filters>({
    resolver: zodResolver(filtersSchema),
    defaultValues: NO_FILTERS,
    mode: 'onChange',
  });
  const filters = useWatch({ control }) as Filters;
  const words = filters.words.trim();
  const wordsTooLong = words.length > DRAFT_SEARCH_MAX;

  // The drafts' text is searched in the main process once typing pauses; titles match meanwhile.
  const [searchNow, setSearchNow] = useState(0);
  const immediate = useRef(false);
  useEffect(() => {
    if (words === '' || wordsTooLong) return;
    let current = true;
    const delay = immediate.current ? 0 : WORD_SEARCH_DELAY_MS;
    immediate.current = false;
    const timer = window.setTimeout(() => {
      void desk()
        .drafts.search({ words })
        .then((result) => {
          if (!current) return;
          setSearchError(result.ok ? undefined : result.error);
          if (result.ok)
            setMatches({ words, ranks: new Map(result.value.ids.map((id, i) => [id, i])) });
        });
    }, delay);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [words, wordsTooLong, searchNow]);

  const pageName = useMemo(() => pageNamer(pages), [pages]);
  // Titles lowered once, not at every key press over 20,000 drafts.
  const titles = useMemo(
    () => new Map((drafts ?? []).map((draft) => [draft.id, draft.title.toLowerCase()])),
    [drafts],
  );
  const authors = useMemo(
    () =>
      [...new Set((drafts ?? []).map((draft) => draft.author))]
        .map((id) => ({ id, name: personName(id) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [drafts, personName],
  );

  const wordMatches = matches !== undefined && matches.words === words ? matches : undefined;
  const shown = useMemo(() => {
    const needle = words.toLowerCase();
    const kept = (drafts ?? []).filter(
      (draft) =>
        (filters.status === '' || draft.status === filters.status) &&
        (filters.category === '' || draft.category === filters.category) &&
        (filters.author === '' || draft.author === filters.author) &&
        (filters.page === '' || draft.pages.includes(filters.page)) &&
        (needle === '' ||
          (titles.get(draft.id) ?? '').includes(needle) ||
          wordMatches?.ranks.has(draft.id) === true),
    );
    if (wordMatches === undefined) return kept;
    // Best match first; drafts found only by their title follow, most recently saved first.
    const rank = (draft: DraftSummary) => wordMatches.ranks.get(draft.id) ?? Infinity;
    return kept
      .map((draft, order) => ({ draft, order }))
      .sort((a, b) => rank(a.draft) - rank(b.draft) || a.order - b.order)
      .map(({ draft }) => draft);
  }, [drafts, filters, titles, words, wordMatches]);

  const clearFilters = () => {
    reset(NO_FILTERS);
    setMatches(undefined);
    // The button goes with the empty result: the search box is where a person starts again.
    window.setTimeout(() => setFocus('words'), 0);
  };

  const searching = words !== '' && !wordsTooLong && wordMatches === undefined && !searchError;

  return (
    <section aria-labelledby="drafts-heading" className="drafts-list">
      <div className="screen-heading">
        <h1 id="drafts-heading">Drafts</h1>
        <button type="button" className="primary" onClick={() => onOpen()}>
          New draft
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {drafts === undefined && !error ? <p role="status">Loading drafts…</p> : null}
      {drafts?.length === 0 ? (
        <p className="empty">No drafts yet. Start one with “New draft”.</p>
      ) : null}
      {drafts && drafts.length > 0 ? (
        <>
          <form
            className="drafts-list-filters"
            aria-label="Filter drafts"
            role="search"
            noValidate
            // Enter searches the drafts' text at once, without waiting for typing to pause.
            onSubmit={(event) =>
              void handleSubmit(() => {
                immediate.current = true;
                setSearchNow((n) => n + 1);
              })(event)
            }
          >
            <div className="drafts-list-filter">
              <label htmlFor="drafts-search">Search drafts</label>
              <input
                id="drafts-search"
                type="search"
                autoComplete="off"
                aria-describedby="drafts-search-hint"
                aria-invalid={errors.words ? true : undefined}
                {...register('words')}
              />
              <span id="drafts-search-hint" className="drafts-list-hint">
                Titles and the drafts’ text; the start of a word is enough.
              </span>
              {errors.words ? (
                <span className="field-error" role="alert">
                  {errors.words.message}
                </span>
              ) : null}
            </div>
            <div className="drafts-list-filter">
              <label htmlFor="drafts-status">Status</label>
              <select id="drafts-status" {...register('status')}>
                <option value="">Any</option>
                {STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {STATUS_LABELS[status]}
                  </option>
                ))}
              </select>
            </div>
            <div className="drafts-list-filter">
              <label htmlFor="drafts-category">Category</label>
              <select id="drafts-category" {...register('category')}>
                <option value="">Any</option>
                {DRAFT_CATEGORIES.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="drafts-list-filter">
              <label htmlFor="drafts-author">Author</label>
              <select id="drafts-author" {...register('author')}>
                <option value="">Any</option>
                {authors.map((author) => (
                  <option key={author.id} value={author.id}>
                    {author.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="drafts-list-filter">
              <label htmlFor="drafts-page">Page</label>
              <select id="drafts-page" {...register('page')}>
                <option value="">Any</option>
                {pages.map((page) => (
                  <option key={page.id} value={page.id}>
                    {page.name} ({page.platform})
                  </option>
                ))}
              </select>
            </div>
          </form>
          <p role="status" className="drafts-list-count">
            {complete
              ? `Showing ${count(shown.length)} of ${count(drafts.length)} drafts`
              : `Showing the ${count(shown.length)} most recently saved drafts; loading the rest…`}
            {searching ? ' (searching the drafts’ text…)' : ''}
          </p>
          {searchError && words !== '' ? <ErrorMessage error={searchError} /> : null}
          {shown.length === 0 ? (
            <div className="drafts-list-none">
              <p>No drafts match</p>
              <button type="button" onClick={clearFilters}>
                Clear filters
              </button>
            </div>
          ) : (
            <DraftsTable
              drafts={shown}
              byRelevance={wordMatches !== undefined}
              onOpen={onOpen}
              personName={personName}
              pageName={pageName}
            />
          )}
        </>
      ) : null}
    </section>
  );
}

/**
 * Where each key moves focus among the rows, from the focused row's index; the shortcuts list
 * names every one of them (DRAFTS_LIST_SHORTCUTS).
 */
export const ROW_MOVES: ReadonlyMap<string, (index: number, perPage: number) => number> = new Map([
  ['ArrowDown', (index: number) => index + 1],
  ['ArrowUp', (index: number) => index - 1],
  ['PageDown', (index: number, perPage: number) => index + perPage],
  ['PageUp', (index: number, perPage: number) => index - perPage],
  ['Home', () => 0],
  ['End', () => Number.POSITIVE_INFINITY], // kept to the last row by the caller
]);

/**
 * The row a key moves to, or undefined when the list leaves the key alone: outside a row, with a
 * modifier, or while typing (the search box and the filters keep their own keys).
 */
export function rowMove(
  press: {
    readonly key: string;
    readonly altKey: boolean;
    readonly shiftKey: boolean;
    readonly inRow: boolean;
    readonly typing: boolean;
  },
  index: number,
  perPage: number,
): number | undefined {
  if (!press.inRow || press.typing || press.altKey || press.shiftKey) return undefined;
  return ROW_MOVES.get(press.key)?.(index, perPage);
}

/**
 * A real table whose body holds only the rows in view (and a few either side): two spacer rows keep
 * the scroll height of all of them. aria-rowcount and aria-rowindex tell assistive technology where
 * each row stands among all; Tab and the arrow keys (with Page Up/Down, Home, End) reach every row,
 * scrolling it into view.
 */
function DraftsTable({
  drafts,
  byRelevance,
  onOpen,
  personName,
  pageName,
}: {
  readonly drafts: readonly DraftSummary[];
  readonly byRelevance: boolean;
  readonly onOpen: (draftId?: string) => void;
  readonly personName: (id: string) => string;
  readonly pageName: (id: string) => string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((index: number) => drafts[index]?.id ?? index, [drafts]);
  // Nothing here is memoized by React Compiler (the build does not use it): the virtualizer's
  // functions are called afresh at every render, which is what this rule guards against missing.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: drafts.length,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    // Stable between renders: a new function here makes the virtualizer re-measure every row at
    // every scroll frame (20,000 of them).
    getItemKey,
    // The header scrolls with the rows but stays on top: rows start below it, and a row scrolled
    // to by the keyboard is never left under it.
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const before = (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  const after = virtualizer.getTotalSize() - ((items.at(-1)?.end ?? HEADER_HEIGHT) - HEADER_HEIGHT);

  // A row moved to by the keyboard may not be rendered yet: focused once it is.
  const pendingFocus = useRef<number | undefined>(undefined);
  const focusPending = () => {
    const index = pendingFocus.current;
    if (index === undefined) return;
    const button = scroller.current?.querySelector<HTMLButtonElement>(
      `tr[data-index="${index}"] button`,
    );
    if (!button) return;
    pendingFocus.current = undefined;
    button.focus();
  };
  useEffect(() => {
    focusPending();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    const perPage = Math.max(
      1,
      Math.floor(((scroller.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1,
    );
    const next = rowMove(
      {
        key: event.key,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        inRow: row !== null,
        typing: isTyping(event.target),
      },
      Number(row?.dataset.index),
      perPage,
    );
    if (next === undefined) return;
    event.preventDefault();
    const target = Math.min(drafts.length - 1, Math.max(0, next));
    pendingFocus.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    focusPending();
  };

  return (
    <div className="drafts-list-scroller" ref={scroller} onKeyDown={onKeyDown}>
      <table className="drafts-list-table" aria-rowcount={drafts.length + 1}>
        <caption className="visually-hidden">
          Drafts, {byRelevance ? 'best match first' : 'most recently saved first'}. The up and down
          arrow keys move between drafts.
        </caption>
        <colgroup>
          <col className="drafts-list-col-title" />
          <col className="drafts-list-col-status" />
          <col className="drafts-list-col-author" />
          <col className="drafts-list-col-category" />
          <col className="drafts-list-col-pages" />
          <col className="drafts-list-col-saved" />
          <col className="drafts-list-col-revisions" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Author</th>
            <th scope="col">Category</th>
            <th scope="col">Pages</th>
            <th scope="col">Last saved</th>
            <th scope="col">Revisions</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 ? (
            <tr aria-hidden="true" className="drafts-list-spacer">
              <td colSpan={COLUMNS} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const draft = drafts[item.index];
            if (!draft) return null;
            return (
              <DraftRow
                key={draft.id}
                draft={draft}
                index={item.index}
                onOpen={onOpen}
                author={personName(draft.author)}
                pages={draft.pages.map(pageName).join(', ')}
              />
            );
          })}
          {after > 0 ? (
            <tr aria-hidden="true" className="drafts-list-spacer">
              <td colSpan={COLUMNS} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}

const DraftRow = memo(function DraftRow({
  draft,
  index,
  onOpen,
  author,
  pages,
}: {
  readonly draft: DraftSummary;
  readonly index: number;
  readonly onOpen: (draftId?: string) => void;
  readonly author: string;
  readonly pages: string;
}) {
  const status = `${STATUS_LABELS[draft.status]}${
    draft.awaitingConfirmation ? ' (verbal: awaiting written confirmation)' : ''
  }`;
  return (
    <tr data-index={index} aria-rowindex={index + 2}>
      <td>
        <button type="button" className="link" title={draft.title} onClick={() => onOpen(draft.id)}>
          {draft.title}
        </button>
      </td>
      {/* A cell too narrow for its words ends in "…": the whole words show on hover. */}
      <td className={`status-cell status-is-${draft.status}`} title={status}>
        {status}
      </td>
      <td title={author}>{author}</td>
      <td title={categoryLabel(draft.category)}>{categoryLabel(draft.category)}</td>
      <td title={pages || undefined}>
        {pages === '' ? <span className="drafts-list-none-yet">None yet</span> : pages}
      </td>
      <td>
        <time dateTime={draft.updatedAt}>{formatTime(draft.updatedAt)}</time>
      </td>
      <td>{draft.revisionCount}</td>
    </tr>
  );
});
