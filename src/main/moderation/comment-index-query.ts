import type { CommentFilter } from '../../shared/moderation/comment-view';
import { MODERATION_ACTIONS, REMOVAL_REASONS } from '../../shared/moderation/events';
import { FLAG, type IndexStore } from './comment-index-store';
import type { CommentWords } from './comment-words';

const STATE_CODE = { kept: 0, hidden: 1, removed: 2, restored: 3, referred: 4 } as const;
const HIDE = MODERATION_ACTIONS.indexOf('hide');
const REMOVE = MODERATION_ACTIONS.indexOf('remove');

/** The first place in `ordered` whose time is at or after `time` (the rows go by time). */
function firstAtOrAfter(ordered: Int32Array, times: Float64Array, time: number): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((times[ordered[middle] ?? 0] ?? 0) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The rows a filter keeps, in time order, and how many in all. One pass over the comments in
 * (posted-else-seen, seq) order, narrowed to the date range by binary search, testing typed
 * columns only: no object is made for a comment that is not on the page asked for.
 */
export function listComments(
  store: IndexStore,
  filter: CommentFilter,
  words: CommentWords | undefined,
): { total: number; rows: number[] } {
  const none = { total: 0, rows: [] };
  const { comments, actions } = store;
  const count = comments.length;
  let wanted: Uint8Array | undefined;
  if (words && filter.words?.trim()) {
    wanted = new Uint8Array(count);
    for (const row of words.search(filter.words, count)) if (row < count) wanted[row] = 1;
  }
  const page = filter.pageId === undefined ? -1 : store.numberOf(filter.pageId);
  const moderator = filter.moderator === undefined ? -1 : store.numberOf(filter.moderator);
  if (
    (filter.pageId !== undefined && page < 0) ||
    (filter.moderator !== undefined && moderator < 0)
  ) {
    return none;
  }
  const reason = filter.reason === undefined ? -1 : REMOVAL_REASONS.indexOf(filter.reason) + 1;
  const state = filter.state;
  const stateCode = state === undefined || state === 'new' ? -1 : STATE_CODE[state];
  const review = filter.review;
  const ordered = store.ordered();
  const times = comments.columns.time as Float64Array;
  const from = filter.from ? new Date(`${filter.from}T00:00:00`).getTime() : -Infinity;
  const to = filter.to ? new Date(`${filter.to}T23:59:59.999`).getTime() : Infinity;
  const start = from === -Infinity ? 0 : firstAtOrAfter(ordered, times, from);
  const end = to === Infinity ? ordered.length : firstAtOrAfter(ordered, times, to + 0.5);
  if (end <= start) return none;
  const pages = comments.columns.page;
  const standingColumn = comments.columns.standing;
  const disposedColumn = comments.columns.disposed;
  const kinds = actions.columns.kind;
  const reasons = actions.columns.reason;
  const bys = actions.columns.by;
  const flagsColumn = actions.columns.flags;
  const offset = filter.offset ?? 0;
  const limit = filter.limit ?? 100;
  const rows: number[] = [];
  let total = 0;
  const newest = filter.order === 'newest';
  for (let i = 0; i < end - start; i += 1) {
    const row = ordered[newest ? end - 1 - i : start + i] ?? 0;
    if (page >= 0 && pages[row] !== page) continue;
    if (wanted && wanted[row] !== 1) continue;
    const action = standingColumn[row] ?? -1;
    if (state !== undefined) {
      // A comment whose content was disposed of has nothing left to judge: never in the queue.
      if (
        state === 'new'
          ? action >= 0 || disposedColumn[row] === 1
          : action < 0 || kinds[action] !== stateCode
      )
        continue;
    }
    if (reason >= 0 && (action < 0 || reasons[action] !== reason)) continue;
    if (moderator >= 0 && (action < 0 || bys[action] !== moderator)) continue;
    if (review !== undefined) {
      const kind = kinds[action] ?? -1;
      const flags = flagsColumn[action] ?? 0;
      if (action < 0 || (kind !== HIDE && kind !== REMOVE) || !(flags & FLAG.needsReview)) continue;
      const now =
        (flags & FLAG.reviewed) === 0
          ? 'awaiting'
          : (flags & FLAG.agreed) !== 0
            ? 'agreed'
            : 'disagreed';
      if (now !== review) continue;
    }
    if (total >= offset && rows.length < limit) rows.push(row);
    total += 1;
  }
  return { total, rows };
}
