import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef } from 'react';
import {
  type CommentSuggestion,
  suggestFor,
} from '../../../../shared/moderation/comment-suggestions';
import type { CommentSummary } from '../../../../shared/moderation/comment-view';
import type { ScanContext } from '../../../../shared/policy/finding';
import { formatTime } from '../../app/format-time';
import { STATE_WORDS } from './state-words';

/** Each row is two lines high (the text is cut to one), so rows need no measuring. */
const ROW_HEIGHT = 58;
const rowHeight = () => ROW_HEIGHT;

export const rowId = (seq: number) => `queue-row-${seq}`;

/**
 * The comments found, one option each in a listbox: the list keeps focus and names the current
 * one (aria-activedescendant), so j/k and the arrows move without moving focus. Only the rows in
 * view are drawn, so a list of thousands stays quick.
 */
export function QueueList({
  comments,
  selected,
  onSelect,
  pageName,
  scan,
}: {
  readonly comments: readonly CommentSummary[];
  readonly selected: number;
  readonly onSelect: (index: number) => void;
  readonly pageName: (id: string) => string;
  readonly scan: ScanContext;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const getItemKey = useCallback((index: number) => comments[index]?.seq ?? index, [comments]);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: comments.length,
    getScrollElement: () => scroller.current,
    estimateSize: rowHeight,
    getItemKey,
    overscan: 6,
  });
  useEffect(() => {
    if (selected >= 0 && selected < comments.length)
      virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [selected, comments.length, virtualizer]);

  const current = comments[selected];
  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={scroller}
      className="queue-list"
      role="listbox"
      aria-label="Comments"
      tabIndex={0}
      aria-activedescendant={current ? rowId(current.seq) : undefined}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const comment = comments[item.index];
          if (!comment) return null;
          return (
            <QueueRow
              key={comment.seq}
              comment={comment}
              index={item.index}
              top={item.start}
              selected={item.index === selected}
              onSelect={onSelect}
              pageName={pageName(comment.pageId)}
              scan={scan}
            />
          );
        })}
      </div>
    </div>
  );
}

/**
 * Suggestions per comment text, worked out once as rows come into view; kept per scan context,
 * since the department's own lines (which arrive after the first rows) change what is personal data.
 */
const suggestionCache = new WeakMap<ScanContext, Map<string, readonly CommentSuggestion[]>>();
export function suggestionsOf(text: string, scan: ScanContext): readonly CommentSuggestion[] {
  let cache = suggestionCache.get(scan);
  if (!cache) {
    cache = new Map();
    suggestionCache.set(scan, cache);
  }
  let found = cache.get(text);
  if (!found) {
    found = suggestFor(text, scan);
    if (cache.size > 5_000) cache.clear();
    cache.set(text, found);
  }
  return found;
}

const QueueRow = memo(function QueueRow({
  comment,
  index,
  top,
  selected,
  onSelect,
  pageName,
  scan,
}: {
  readonly comment: CommentSummary;
  readonly index: number;
  readonly top: number;
  readonly selected: boolean;
  readonly onSelect: (index: number) => void;
  readonly pageName: string;
  readonly scan: ScanContext;
}) {
  const hints = suggestionsOf(comment.text, scan);
  return (
    <div
      id={rowId(comment.seq)}
      role="option"
      aria-selected={selected}
      className={`queue-row queue-state-${comment.state}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
      onClick={() => onSelect(index)}
    >
      <span className="queue-row-meta">
        <span className="queue-state-word">{STATE_WORDS[comment.state]}</span>
        {' · '}
        <strong>{comment.author || 'Unknown author'}</strong>
        {' · '}
        {formatTime(comment.postedAt ?? comment.seenAt)}
        {' · '}
        {pageName}
        {hints.length > 0 ? (
          <span className="queue-row-hints">
            {' · Suggests: '}
            {hints.map((hint) => hint.label).join(', ')}
          </span>
        ) : null}
      </span>
      <span className="queue-row-text">{comment.text}</span>
    </div>
  );
});
