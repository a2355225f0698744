import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CommentFilter, CommentSummary } from '../../../shared/moderation/comment-view';
import { REMOVAL_CATEGORY_LABELS } from '../../../shared/pages/intro-categories';
import type { ScanContext } from '../../../shared/policy/finding';
import { type Profile, hasRole } from '../../../shared/profiles/profile';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatTime } from '../app/format-time';
import { pageNamer } from '../app/page-name';
import type { Go } from '../app/screens';
import { NO_PAGES, usePages } from '../app/use-pages';
import { desk } from '../desk';
import type { ShortcutsDialogHandle } from '../drafts/ShortcutsDialog';
import { RemovalFollowUp } from './RemovalFollowUp';
import { CurrentComment, standingWords } from './queue/CurrentComment';
import { QUEUE_DEFAULTS, QueueFilters, toCommentFilter } from './queue/QueueFilters';
import { QueueList, suggestionsOf } from './queue/QueueList';
import { QueueShortcutsDialog } from './queue/QueueShortcutsDialog';
import { HIDE_WARNING, ReasonPicker, type RemovalChoice } from './queue/ReasonPicker';
import { UndoForm } from './queue/UndoForm';
import {
  ACTION_BUTTONS,
  type KeyTarget,
  type QueueCommand,
  commandOf,
  shouldHandleQueueKey,
} from './queue/shortcuts';
import { STATE_WORDS } from './queue/state-words';
import { useCommentRules } from './queue/use-comment-rules';
import { useThread } from './queue/use-thread';
import './queue.css';

/** How many comments one request brings; more come as the person reaches the end. */
const PAGE_SIZE = 500;

type Mode = { readonly form: 'hide' | 'remove' | 'undo' } | undefined;
type SimpleAction = 'keep' | 'refer' | 'restore';

const NEEDS_MODERATOR =
  'Acting on comments needs the moderator role: this queue is read-only for you. An administrator can add the role (People and department).';

const DONE_WORDS: Readonly<Record<string, string>> = {
  keep: 'Kept',
  hide: 'Hidden',
  remove: 'Removed',
  restore: 'Restored',
  refer: 'Referred',
};

/**
 * The moderation queue (issue 11): filters over the whole log, the comments found, and the
 * current one in full with its suggestions; single keys act, a hide or removal through a picker
 * of the categories its page had published. The main process judges every action.
 */
export function QueueScreen({ go, me }: { go: Go; me: Profile }) {
  const moderator = hasRole(me, 'moderator');
  const pages = usePages() ?? NO_PAGES;
  const pageName = useMemo(() => pageNamer(pages), [pages]);
  const [scan, setScan] = useState<ScanContext>({});
  // The default filter at once: the first comments need not wait for the filters' typing pause.
  const [filter, setFilter] = useState<CommentFilter>(() => toCommentFilter(QUEUE_DEFAULTS));
  const [rows, setRows] = useState<readonly CommentSummary[]>();
  const [total, setTotal] = useState(0);
  const [selected, setSelected] = useState(0);
  const [loadError, setLoadError] = useState<DeskError>();
  const [mode, setMode] = useState<Mode>();
  const [status, setStatus] = useState('');
  /** The main process's word when the index was rebuilt from the journal this session. */
  const [indexNotice, setIndexNotice] = useState<string>();
  const [barError, setBarError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const shortcuts = useRef<ShortcutsDialogHandle>(null);
  const list = useRef<HTMLDivElement>(null);
  const loadingMore = useRef(false);
  /** One action at a time: a key pressed twice while the first is recorded acts once. */
  const acting = useRef(false);

  // The department's own lines and addresses are never a visitor's personal data, nor its street
  // and place names obscenities.
  useEffect(() => {
    let current = true;
    void desk()
      .app.info({})
      .then((result) => {
        if (current && result.ok && result.value.department) {
          const { phones, emails, websites, placeNames } = result.value.department;
          setScan({ department: { phones, emails, websites, placeNames } });
        }
      });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    let current = true;
    void desk()
      .comments.list({ ...filter, limit: PAGE_SIZE })
      .then((result) => {
        if (!current) return;
        if (!result.ok) {
          setLoadError(result.error);
          return;
        }
        setLoadError(undefined);
        setIndexNotice(result.value.notice);
        setRows(result.value.comments);
        setTotal(result.value.total);
        setSelected(0);
        setMode(undefined);
      });
    return () => {
      current = false;
    };
  }, [filter]);

  // The same filter again (the form's first report) asks nothing again.
  const onFilter = useCallback(
    (next: CommentFilter) =>
      setFilter((before) => (JSON.stringify(before) === JSON.stringify(next) ? before : next)),
    [],
  );

  const loadMore = useCallback(async () => {
    if (!rows || rows.length >= total || loadingMore.current) return;
    loadingMore.current = true;
    const result = await desk().comments.list({
      ...filter,
      offset: rows.length,
      limit: PAGE_SIZE,
    });
    loadingMore.current = false;
    if (result.ok) {
      const known = new Set(rows.map((row) => row.seq));
      setRows([...rows, ...result.value.comments.filter((row) => !known.has(row.seq))]);
      setTotal(result.value.total);
    } else setLoadError(result.error);
  }, [filter, rows, total]);

  const comments = rows ?? [];
  const current = comments[selected];
  const rules = useCommentRules(current);
  const thread = useThread(current);
  const suggestions = useMemo(
    () => (current && !current.disposed ? suggestionsOf(current.text, scan) : []),
    [current, scan],
  );

  const select = useCallback(
    (index: number) => {
      if (index < 0 || index >= comments.length) return;
      setSelected(index);
      setMode(undefined);
      setBarError(undefined);
      if (index >= comments.length - 5) void loadMore();
    },
    [comments.length, loadMore],
  );

  /** One row changed: replaced where it is, nothing else asked again. */
  const replace = useCallback((changed: CommentSummary) => {
    setRows((before) => before?.map((row) => (row.seq === changed.seq ? changed : row)));
  }, []);

  const focusList = () => list.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();

  /** Sends an action; on success the row is updated and the next comment selected. */
  const act = useCallback(
    async (
      action: SimpleAction | 'hide' | 'remove',
      choice?: RemovalChoice,
    ): Promise<DeskError | undefined> => {
      if (!current) return undefined;
      if (!moderator) {
        setBarError(NEEDS_MODERATOR);
        return undefined;
      }
      if (acting.current) return undefined;
      const index = selected;
      acting.current = true;
      setBusy(true);
      const result = await desk().comments.act({ comment: current.seq, action, ...choice });
      acting.current = false;
      setBusy(false);
      if (!result.ok) return result.error;
      replace(result.value);
      setMode(undefined);
      setBarError(undefined);
      const next = Math.min(index + 1, comments.length - 1);
      setSelected(next);
      if (next >= comments.length - 5) void loadMore();
      const reason = result.value.reason
        ? ` for ${REMOVAL_CATEGORY_LABELS[result.value.reason]}`
        : '';
      setStatus(
        `${DONE_WORDS[action] ?? action}${reason}: comment ${current.seq}.${next === index ? ' That was the last comment in the list.' : ''}`,
      );
      focusList();
      return undefined;
    },
    [current, moderator, selected, comments.length, replace, loadMore],
  );

  const simple = useCallback(
    async (action: SimpleAction) => {
      if (!current) return;
      if (!moderator) {
        setBarError(NEEDS_MODERATOR);
        return;
      }
      if (action === 'restore' && current.state !== 'hidden' && current.state !== 'removed') {
        setBarError(
          `Only a hidden or removed comment can be restored; this one is ${STATE_WORDS[current.state].toLowerCase()}.`,
        );
        return;
      }
      const refusal = await act(action);
      if (refusal) setBarError(refusal.message);
    },
    [act, current, moderator],
  );

  const open = useCallback(
    (form: 'hide' | 'remove' | 'undo') => {
      if (!current) return;
      if (!moderator) {
        setBarError(NEEDS_MODERATOR);
        return;
      }
      if (form === 'undo' && !current.action) {
        setBarError('No one has acted on this comment yet: there is nothing to undo.');
        return;
      }
      setBarError(undefined);
      setMode({ form });
    },
    [current, moderator],
  );

  const undo = async (note: string): Promise<DeskError | undefined> => {
    const action = current?.action;
    if (!current || !action) return undefined;
    const result = await desk().comments.correct({ corrects: action.seq, note });
    if (!result.ok) return result.error;
    replace(result.value);
    setMode(undefined);
    setStatus(
      `Correction recorded: the action on comment ${current.seq} is withdrawn; it is now ${STATE_WORDS[result.value.state].toLowerCase()}.`,
    );
    focusList();
    return undefined;
  };

  // The queue's keys, read from one table (queue/shortcuts.ts), only when no one is typing.
  const keys = useRef<(event: KeyboardEvent) => void>(() => undefined);
  /** One command, from a key or a button: the same path either way. */
  const run = (command: QueueCommand) => {
    switch (command) {
      case 'next':
        select(selected + 1);
        return;
      case 'previous':
        select(selected - 1);
        return;
      case 'keep':
      case 'refer':
      case 'restore':
        void simple(command);
        return;
      case 'hide':
      case 'remove':
      case 'undo':
        open(command);
        return;
      case 'search':
        document.getElementById('queue-words')?.focus();
        return;
      case 'help':
        shortcuts.current?.open();
        return;
      default: {
        const never: never = command;
        return never;
      }
    }
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const target = event.target instanceof Element ? (event.target as KeyTarget) : null;
    const state = {
      formOpen: mode !== undefined,
      dialogOpen: document.querySelector('dialog[open]') !== null,
    };
    if (!shouldHandleQueueKey(target, state)) return;
    const command = commandOf(event);
    if (!command) return;
    event.preventDefault();
    run(command);
  };
  // The listener reads the latest handler, so it is added once and never sees stale state. Set
  // as the screen changes, before the browser paints: a key pressed the moment the next comment
  // shows acts on that comment (a passive effect ran later, and the key on the one before).
  useLayoutEffect(() => {
    keys.current = onKey;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => keys.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const suggested = useMemo(
    () => new Set(suggestions.flatMap((s) => (s.reason ? [s.reason] : []))),
    [suggestions],
  );

  const actionBar = current ? (
    <div className="queue-actions" role="group" aria-label="Act on this comment">
      {ACTION_BUTTONS.map(({ label, key, command }) => (
        <button
          key={label}
          type="button"
          aria-keyshortcuts={key}
          aria-disabled={!moderator || busy ? true : undefined}
          aria-describedby={barError ? 'queue-bar-error' : undefined}
          onClick={() => run(command)}
        >
          {label} <kbd aria-hidden="true">{key}</kbd>
        </button>
      ))}
    </div>
  ) : null;

  return (
    <section aria-labelledby="queue-heading" className="queue">
      <div className="screen-heading">
        <h1 id="queue-heading">Comment queue</h1>
        <button type="button" onClick={() => shortcuts.current?.open()} aria-keyshortcuts="?">
          Keyboard shortcuts
        </button>
      </div>
      {!moderator ? <p className="notice">{NEEDS_MODERATOR}</p> : null}
      {indexNotice ? (
        <p role="status" className="notice">
          {indexNotice}
        </p>
      ) : null}
      <QueueFilters pages={pages} onChange={onFilter} />
      <p role="status" className="queue-status">
        {rows === undefined && !loadError
          ? 'Loading comments…'
          : rows
            ? `${total.toLocaleString('en-US')} comment${total === 1 ? '' : 's'} found${rows.length < total ? `, ${rows.length.toLocaleString('en-US')} loaded` : ''}. ${status}`
            : status}
      </p>
      {loadError ? <ErrorMessage error={loadError} /> : null}
      {rows && rows.length === 0 ? (
        <p className="empty">
          No comment matches. Change the filters (the queue starts with new comments only), or
          import comments (Import).
        </p>
      ) : null}
      {rows && rows.length > 0 ? (
        <div className="queue-layout">
          <div ref={list} className="queue-list-column">
            <QueueList
              comments={rows}
              selected={selected}
              onSelect={select}
              pageName={pageName}
              scan={scan}
            />
            {rows.length < total ? (
              <button type="button" onClick={() => void loadMore()}>
                Load more ({(total - rows.length).toLocaleString('en-US')} not loaded yet)
              </button>
            ) : null}
          </div>
          {current ? (
            <CurrentComment
              comment={current}
              pageName={pageName(current.pageId)}
              thread={thread}
              suggestions={suggestions}
            >
              <p className="queue-hide-warning" id="queue-hide-warning">
                {HIDE_WARNING}
              </p>
              {actionBar}
              {barError ? (
                <div role="alert" className="error-message" id="queue-bar-error">
                  <p>{barError}</p>
                </div>
              ) : null}
              {mode?.form === 'hide' || mode?.form === 'remove' ? (
                rules === undefined ? (
                  <p role="status">Finding the categories the page had published then…</p>
                ) : rules.rules === null ? (
                  <NoIntroStatement
                    pageName={pageName(current.pageId)}
                    at={current.postedAt ?? current.seenAt}
                    onKeep={() => void simple('keep')}
                    onRefer={() => void simple('refer')}
                    onCancel={() => {
                      setMode(undefined);
                      focusList();
                    }}
                  />
                ) : (
                  <ReasonPicker
                    key={`${current.seq}-${mode.form}`}
                    action={mode.form}
                    categories={rules.rules.categories}
                    version={rules.rules.number}
                    suggested={suggested}
                    onRecord={(choice) => act(mode.form === 'hide' ? 'hide' : 'remove', choice)}
                    onCancel={() => {
                      setMode(undefined);
                      focusList();
                    }}
                  />
                )
              ) : null}
              {mode?.form === 'undo' ? (
                <UndoForm
                  key={current.seq}
                  actionWords={standingWords(current)}
                  onRecord={undo}
                  onCancel={() => {
                    setMode(undefined);
                    focusList();
                  }}
                />
              ) : null}
              <RemovalFollowUp comment={current} me={me} onChanged={replace} />
              <p>
                <button
                  type="button"
                  className="link"
                  onClick={() => go({ name: 'comment', seq: current.seq, back: { name: 'queue' } })}
                >
                  History
                </button>{' '}
                <span className="hint">
                  Every event of this comment, from the journal
                  {current.action ? `; last acted on ${formatTime(current.action.at)}` : ''}.
                </span>
              </p>
            </CurrentComment>
          ) : null}
        </div>
      ) : null}
      <QueueShortcutsDialog ref={shortcuts} moderator={moderator} />
    </section>
  );
}

/** A page with no published intro statement at the comment's time: no removal, and how to fix it. */
function NoIntroStatement({
  pageName,
  at,
  onKeep,
  onRefer,
  onCancel,
}: {
  readonly pageName: string;
  readonly at: string;
  readonly onKeep: () => void;
  readonly onRefer: () => void;
  readonly onCancel: () => void;
}) {
  const notice = useRef<HTMLDivElement>(null);
  // The queue's keys are off while it shows: focus comes here, and Escape goes back to the comment.
  useEffect(() => {
    notice.current?.focus();
  }, []);
  return (
    <div
      className="queue-no-intro"
      role="alert"
      ref={notice}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
      <p>
        “{pageName}” had no published intro statement on {formatTime(at)}, when this comment was
        posted, so it cannot be hidden or removed for any reason (III.B.3.d.1): a page may remove
        only what its intro statement told visitors it would. Record the page’s intro statement and
        when it was posted (Pages), then act again; or keep or refer the comment now.
      </p>
      <div className="actions">
        <button type="button" onClick={onKeep}>
          Keep instead
        </button>
        <button type="button" onClick={onRefer}>
          Refer instead
        </button>
        <button type="button" onClick={onCancel} aria-keyshortcuts="Escape">
          Cancel <kbd aria-hidden="true">Esc</kbd>
        </button>
      </div>
    </div>
  );
}
