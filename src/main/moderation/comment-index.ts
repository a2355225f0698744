import { join } from 'node:path';
import type {
  CommentFilter,
  CommentList,
  CommentState,
  CommentSummary,
} from '../../shared/moderation/comment-view';
import {
  MODERATION_ACTIONS,
  type ModerationActionEvent,
  REMOVAL_REASONS,
} from '../../shared/moderation/events';
import type { AppendedEvent, Journal } from '../journal/journal';
import { type EventLine, GENESIS_HASH } from '../journal/journal-line';
import { JOURNAL_FOLDER, listSegments, segmentFile } from '../journal/segments';
import { readLineAt, scanSegment } from './comment-index-journal';
import { type Through, readSnapshot, writeSnapshot } from './comment-index-snapshot';
import { FIELD, FLAG, IndexStore, type PageRules, STORY, textHash } from './comment-index-store';
import { listComments } from './comment-index-query';
import { CommentWords } from './comment-words';

export { textHash, type PageRules } from './comment-index-store';

/** A comment as the index gives it: what lists and filters need, and its events. */
export interface IndexedComment {
  readonly seq: number;
  readonly pageId: string;
  readonly commentId: string;
  readonly author: string;
  text: string;
  readonly originalText: string;
  edits: number;
  readonly permalink: string | undefined;
  readonly postedAt: string | undefined;
  readonly seenAt: string;
  /** The event holding its latest text, and the SHA-256 of every text recorded for it. */
  latest: number;
  latestTextHash: string;
  readonly textHashes: Set<string>;
  /** Its actions, oldest first. */
  readonly actions: number[];
  /** Every event of its story (captured, edits, actions, their corrections, reviews, notices). */
  readonly events: number[];
  /** The events holding its words: its capture and its edits (what a disposition removes). */
  readonly content: number[];
  /** Its content was disposed of under retention: the texts and author are gone. */
  readonly disposed: boolean;
}

/** A moderation action as the index gives it. */
export interface IndexedAction {
  readonly seq: number;
  readonly comment: number;
  readonly action: ModerationActionEvent['action'];
  readonly reason: ModerationActionEvent['reason'];
  readonly introVersion: string | undefined;
  readonly by: string;
  readonly at: string;
  /** The correction that voided it. */
  correctedBy: number | undefined;
  /** The page's rules when it was made: a removal then needed a second reviewer, a notice. */
  readonly needsReview: boolean;
  readonly needsNotice: boolean;
  review: { seq: number; verdict: 'agree' | 'disagree'; by: string } | undefined;
  notice: { seq: number; sent: boolean } | undefined;
}

export interface CommentIndexOptions {
  /** A reader (the CLI without the writer lock): never writes the snapshot. */
  readonly readOnly?: boolean;
  /** Reads the journal whole, as if there were no snapshot (tests compare against it). */
  readonly ignoreSnapshot?: boolean;
  /** The snapshot is saved this long after the first event it lacks (and at close). */
  readonly saveAfterMs?: number;
}

/** New texts reach the word index once appends have paused this long, this many at a time. */
const WORDS_QUIET_MS = 250;
const WORDS_SLICE = 2_000;
const NOTHING: Through = { seq: 0, hash: GENESIS_HASH, segment: 0, offset: -1 };

/**
 * Every captured comment and its state now, kept from the journal. The journal is the record;
 * this is only a way to find things in it, so it is never trusted over it:
 *
 * - It is saved as a snapshot (comment-index/snapshot.bin) that names the last event it holds and
 *   that event's hash. At open the journal's event at that place must still have that hash; then
 *   only the events after it are read. A snapshot missing, damaged, of another version, or that
 *   disagrees with the journal is not used: the index is rebuilt from the journal, `notice` says
 *   why, and the rebuilt index's snapshot replaces that file (a reader leaves it as it is).
 * - A disposition is applied to the index as to the journal, leaving what a rebuild from the
 *   rewritten journal would hold: the texts it removes leave the index (their bytes zeroed, the
 *   word index made again), a disposed comment keeps its row and the actions on it, a disposed
 *   action leaves with its review, notice and corrections (see IndexStore.dispose). The
 *   snapshot names the last disposition it has applied.
 * - An event the index fails to apply as it is appended leaves it wanting a rebuild, and it is
 *   not saved until then.
 * - Comments, actions and story links are typed-array columns and the texts UTF-8 in an arena
 *   off the heap (see comment-index-columns.ts, comment-index-arena.ts): 600,000 comments as
 *   objects would cost hundreds of MiB in the main process.
 * - Each event's byte offset in its segment is kept, so `event(seq)` reads one line.
 */
export class CommentIndex {
  private store = new IndexStore();
  private words: CommentWords | undefined;
  private wordsLoading: Promise<CommentWords> | undefined;
  private savedWords: ReturnType<CommentWords['export']> | undefined;
  /** (row, edit) pairs whose words the word index has not had yet: numbers, not texts. */
  private wordsToAdd: number[] = [];
  private lastText = 0;
  private wordsTimer: NodeJS.Timeout | undefined;
  /** Counts the times the word index was dropped (a disposition), so a late build is not kept. */
  private wordsGeneration = 0;
  private through: Through = NOTHING;
  private segments: number[] = [];
  private loading: Promise<void> | undefined;
  private readonly pending: AppendedEvent[][] = [];
  private loaded = false;
  private rebuildWanted = false;
  private unsaved = 0;
  private saveTimer: NodeJS.Timeout | undefined;
  private saving: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly journalFolder: string;
  /** Why the index had to be rebuilt from the journal; lists carry it so the queue can say so. */
  notice: string | undefined;
  private readonly stop: () => void;

  private constructor(
    private readonly dataFolder: string,
    private readonly journal: Journal,
    private readonly options: CommentIndexOptions,
  ) {
    this.journalFolder = join(dataFolder, JOURNAL_FOLDER);
    this.stop = journal.onAppend((events) => {
      if (this.rebuildWanted) return;
      if (!this.loaded) {
        this.pending.push([...events]);
        return;
      }
      try {
        for (const event of events) this.applyAppended(event);
      } catch {
        // The journal goes on without a listener's error: the index, missing an event, is made
        // again from the journal at the next `ready()`, and never saved with the gap.
        this.rebuildWanted = true;
        return;
      }
      this.afterAppend(events.length);
    });
  }

  /** Opens at once; the reading happens in `ready()`, the first time anything needs it. */
  static open(
    dataFolder: string,
    journal: Journal,
    options: CommentIndexOptions = {},
  ): CommentIndex {
    return new CommentIndex(dataFolder, journal, options);
  }

  ready(): Promise<void> {
    if (this.rebuildWanted && this.loaded) {
      this.loaded = false;
      this.loading = this.rebuild('an event could not be added to it as it was appended');
    }
    this.loading ??= this.load();
    return this.loading;
  }

  async close(): Promise<void> {
    this.stop();
    clearTimeout(this.saveTimer);
    clearTimeout(this.wordsTimer);
    if (this.loading) await this.loading.catch(() => undefined);
    if (this.unsaved > 0 && this.loaded && !this.rebuildWanted && !this.options.readOnly) {
      await this.save();
    }
    await this.saving;
    this.closed = true;
  }

  /** Saves the snapshot now (the writer only); a failure leaves the old one, which open checks. */
  async save(): Promise<void> {
    if (this.options.readOnly || !this.loaded) return;
    const run = this.saving.then(async () => {
      const words = await this.wordIndex();
      // An index missing an event (a listener's failure) is never saved: the old snapshot, older
      // but whole, stays until a rebuild replaces it.
      if (this.rebuildWanted || !this.loaded) return;
      const through = this.through;
      const saved = this.unsaved;
      await writeSnapshot(this.dataFolder, this.store, through, this.segments, words.export());
      this.unsaved = Math.max(0, this.unsaved - saved);
    });
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async load(): Promise<void> {
    const head = this.journal.head();
    this.segments = (await listSegments(this.journalFolder)).map((segment) => segment.firstSeq);
    const loaded = this.options.ignoreSnapshot
      ? { unusable: 'there was none' }
      : await readSnapshot(this.dataFolder, this.store);
    let why: string | undefined;
    if ('unusable' in loaded) why = loaded.unusable;
    else {
      why = await this.agrees(loaded.through, head.events);
      if (why === undefined) {
        this.through = loaded.through;
        this.savedWords = loaded.words;
        await this.readJournal(this.through, head.events);
      }
    }
    // A reader's journal read before the running app appended and saved more is not damage:
    // the reader builds its own index up to where its journal ends, and says nothing alarming.
    const ahead = this.options.readOnly && 'through' in loaded && loaded.through.seq > head.events;
    if (why !== undefined) {
      // Missing is the ordinary first start; anything else was a snapshot that could not be used.
      await this.rebuild(why === 'there was none' || ahead ? undefined : why, head.events);
      return;
    }
    this.finishLoad(head.events);
  }

  private finishLoad(through: number): void {
    this.store.trim();
    this.store.onText = (row, edit) => this.addWords(row, edit);
    for (const batch of this.pending.splice(0)) {
      for (const event of batch) if (event.line.header.seq > through) this.applyAppended(event);
    }
    this.loaded = true;
    if (this.unsaved > 0) this.scheduleSave();
  }

  /** Why a snapshot does not match the journal, or undefined when it does. */
  private async agrees(through: Through, head: number): Promise<string | undefined> {
    if (through.seq === 0) return undefined;
    const disagrees = `it does not match the journal at event ${through.seq}`;
    if (through.seq > head)
      return `it holds events the journal does not (${through.seq} of ${head})`;
    const file = segmentFile(this.journalFolder, through.segment);
    const line = await readLineAt(file, through.offset);
    if (line?.header.seq === through.seq) return line.hash === through.hash ? undefined : disagrees;
    // The segment was rewritten (a disposition) since: find the event in it again.
    try {
      for await (const placed of scanSegment(file)) {
        if (placed.line.header.seq !== through.seq) continue;
        if (placed.line.hash !== through.hash) return disagrees;
        through.offset = placed.offset;
        return undefined;
      }
    } catch {
      return `its journal segment cannot be read`;
    }
    return disagrees;
  }

  private async rebuild(why: string | undefined, upTo?: number): Promise<void> {
    const head = upTo ?? this.journal.head().events;
    this.store = new IndexStore();
    this.words = undefined;
    this.wordsLoading = undefined;
    this.savedWords = undefined;
    this.wordsToAdd = [];
    this.through = NOTHING;
    this.rebuildWanted = false;
    this.segments = (await listSegments(this.journalFolder)).map((segment) => segment.firstSeq);
    await this.readJournal(NOTHING, head);
    if (why !== undefined) {
      this.notice = `The comment index was rebuilt from the journal, because its saved copy could not be used (${why}). Searches and lists are complete again; nothing in the journal was changed.`;
    }
    this.unsaved = Math.max(1, this.unsaved);
    this.finishLoad(head);
    // The damaged snapshot is replaced only now, by one made from the journal.
    if (!this.options.readOnly) await this.save().catch(() => undefined);
  }

  /** Applies the journal's events after `from`, up to `head`, from their segments. */
  private async readJournal(from: Through, head: number): Promise<void> {
    const store = this.store;
    store.onDisposition = () => this.forgetWords();
    // A rebuild's word index is made from the whole store; after a snapshot, only the new words.
    store.onText = from.seq === 0 ? () => undefined : (row, edit) => this.addWords(row, edit);
    for (const firstSeq of this.segments) {
      const next = this.segments.find((seq) => seq > firstSeq);
      if (next !== undefined && next <= from.seq + 1) continue;
      if (firstSeq > head) break;
      const start = firstSeq === from.segment && from.offset >= 0 ? from.offset : 0;
      for await (const { line, offset } of scanSegment(
        segmentFile(this.journalFolder, firstSeq),
        start,
      )) {
        const { seq } = line.header;
        if (seq <= from.seq) continue;
        if (seq > head) break;
        store.apply(line);
        store.place(seq, offset);
        this.through = { seq, hash: line.hash, segment: firstSeq, offset };
        this.unsaved += 1;
      }
    }
  }

  private applyAppended(event: AppendedEvent): void {
    const { line, segment, offset } = event;
    if (!this.segments.includes(segment)) {
      this.segments.push(segment);
      this.segments.sort((a, b) => a - b);
    }
    this.store.onDisposition = () => this.forgetWords();
    this.store.apply(line);
    this.store.place(line.header.seq, offset);
    this.through = { seq: line.header.seq, hash: line.hash, segment, offset };
  }

  private afterAppend(count: number): void {
    this.unsaved += count;
    this.scheduleSave();
  }

  /** Debounced: a busy import saves once a while, never on the path of an action. */
  private scheduleSave(): void {
    if (this.options.readOnly || this.saveTimer || this.closed) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save().catch(() => undefined);
    }, this.options.saveAfterMs ?? 30_000);
    this.saveTimer.unref();
  }

  /**
   * After a disposition the word index still holds the removed texts' words: it is made again
   * from the store (which no longer has them) the next time it is needed, and only then saved.
   */
  private forgetWords(): void {
    this.words = undefined;
    this.wordsLoading = undefined;
    this.savedWords = undefined;
    this.wordsToAdd = [];
    this.wordsGeneration += 1;
  }

  /**
   * New texts wait for the word index until appends pause (an import's 100,000 comments are not
   * held up by it) or a search needs them: a search always sees every text appended before it.
   */
  private addWords(row: number, edit: number): void {
    this.wordsToAdd.push(row, edit);
    this.lastText = performance.now();
    if (this.words) this.scheduleWords();
  }

  private scheduleWords(): void {
    if (this.wordsTimer || this.closed) return;
    const wait = Math.max(0, this.lastText + WORDS_QUIET_MS - performance.now());
    this.wordsTimer = setTimeout(() => {
      this.wordsTimer = undefined;
      // Still busy: wait for the pause. Else a slice now, and the rest after other work had a turn.
      if (performance.now() - this.lastText < WORDS_QUIET_MS) this.scheduleWords();
      else if (this.drainWordsSafely(WORDS_SLICE) > 0) this.scheduleWords();
    }, wait);
    this.wordsTimer.unref();
  }

  /** A failure in a timer would end the process: the word index is made again when next needed. */
  private drainWordsSafely(most: number): number {
    try {
      return this.drainWords(most);
    } catch {
      this.forgetWords();
      return 0;
    }
  }

  /** Adds up to `most` waiting texts to the word index; returns how many still wait. */
  private drainWords(most: number): number {
    const words = this.words;
    if (!words) return 0;
    const pending = this.wordsToAdd;
    const take = Math.min(pending.length, most * 2);
    for (let i = 0; i < take; i += 2)
      addTo(words, this.store, pending[i] ?? 0, pending[i + 1] ?? 0);
    this.wordsToAdd = take === pending.length ? [] : pending.slice(take);
    return this.wordsToAdd.length / 2;
  }

  /** The word index: loaded from the snapshot, or built from the texts, the first time needed. */
  wordIndex(): Promise<CommentWords> {
    if (this.words) {
      this.drainWords(Infinity);
      return Promise.resolve(this.words);
    }
    this.wordsLoading ??= (async () => {
      const saved = this.savedWords;
      this.savedWords = undefined;
      const store = this.store;
      const generation = this.wordsGeneration;
      const words = saved ? await CommentWords.import(saved) : await buildWords(store);
      if (this.store !== store || this.wordsGeneration !== generation) return this.wordIndex();
      const added = this.wordsToAdd;
      this.wordsToAdd = [];
      for (let i = 0; i < added.length; i += 2)
        addTo(words, store, added[i] ?? 0, added[i + 1] ?? 0);
      this.words = words;
      return words;
    })();
    return this.wordsLoading;
  }

  private segmentOf(seq: number): number | undefined {
    let found: number | undefined;
    for (const first of this.segments) if (first <= seq) found = first;
    return found;
  }

  /** The comment whose captured event is `seq`. */
  comment(seq: number): IndexedComment | undefined {
    const row = this.store.commentRow(seq);
    return row < 0 ? undefined : this.view(row);
  }

  /** The comment a platform id names on a page (import's duplicate and edit check). */
  find(pageId: string, commentId: string): IndexedComment | undefined {
    const row = this.store.find(pageId, commentId);
    return row < 0 ? undefined : this.view(row);
  }

  action(seq: number): IndexedAction | undefined {
    const row = this.store.actionRow(seq);
    return row < 0 ? undefined : this.actionView(row);
  }

  /** Every comment, in the order captured (the records catalogue reads them all). */
  *allComments(): Iterable<IndexedComment> {
    for (let row = 0; row < this.store.comments.length; row += 1) yield this.view(row);
  }

  /** Every action, oldest first (the consistency report), but those disposed of. */
  *allActions(): Iterable<IndexedAction> {
    for (let row = 0; row < this.store.actions.length; row += 1) {
      if (!this.store.detached(row)) yield this.actionView(row);
    }
  }

  /**
   * The journal events that are an action's record: the action, every correction of it, its
   * review and every notice (what a disposition of the action removes).
   */
  actionEvents(seq: number): number[] {
    const row = this.store.actionRow(seq);
    return row < 0 ? [] : this.store.eventsOfAction(row);
  }

  /** Any event of a comment's story, by its sequence number: one line read at its offset. */
  async event(seq: number): Promise<EventLine | undefined> {
    const segment = this.segmentOf(seq);
    const offset = this.store.offset(seq);
    if (segment !== undefined && offset >= 0) {
      const line = await readLineAt(segmentFile(this.journalFolder, segment), offset);
      if (line?.header.seq === seq) return line;
    }
    // Offsets go stale when a disposition rewrites a segment: read it again, keep the new ones.
    this.segments = (await listSegments(this.journalFolder)).map((found) => found.firstSeq);
    const again = this.segmentOf(seq);
    if (again === undefined) return undefined;
    let found: EventLine | undefined;
    for await (const placed of scanSegment(segmentFile(this.journalFolder, again))) {
      this.store.place(placed.line.header.seq, placed.offset);
      if (placed.line.header.seq === seq) found = placed.line;
    }
    return found;
  }

  pageRules(pageId: string): PageRules {
    return this.store.pageRules(pageId);
  }

  /** The action standing now (its last one not corrected), if any. */
  standing(comment: IndexedComment): IndexedAction | undefined {
    const row = this.store.commentRow(comment.seq);
    const action = row < 0 ? -1 : this.store.standing(row);
    return action < 0 ? undefined : this.actionView(action);
  }

  state(comment: IndexedComment): CommentState {
    const row = this.store.commentRow(comment.seq);
    return row < 0 ? 'new' : this.store.state(row);
  }

  summary(comment: IndexedComment, nameOf: (id: string) => string): CommentSummary {
    return summaryOf(this.store, this.store.commentRow(comment.seq), nameOf);
  }

  async list(filter: CommentFilter, nameOf: (id: string) => string): Promise<CommentList> {
    await this.ready();
    const words = filter.words?.trim() ? await this.wordIndex() : undefined;
    const store = this.store;
    const rows = listComments(store, filter, words);
    return {
      total: rows.total,
      comments: rows.rows.map((row) => summaryOf(store, row, nameOf)),
      ...(this.notice ? { notice: this.notice } : {}),
    };
  }

  private view(row: number): IndexedComment {
    const store = this.store;
    const original = store.field(row, FIELD.text) ?? '';
    const textHashes = new Set([textHash(original)]);
    const actions: number[] = [];
    const events: number[] = [];
    const content: number[] = [];
    const disposed = store.comments.get('disposed', row) === 1;
    for (const { seq, kind } of store.storyOf(row)) {
      events.push(seq);
      if (kind === STORY.action) actions.push(seq);
      // A capture disposed of holds no words now: it stays in the story, not in the content.
      if ((kind === STORY.captured && !disposed) || kind === STORY.edited) content.push(seq);
      const address = kind === STORY.edited ? store.editText.get(seq) : undefined;
      if (address !== undefined) textHashes.add(textHash(store.arena.read(address, 0) ?? ''));
    }
    const text = store.text(row);
    return {
      seq: store.comments.get('seq', row),
      pageId: store.strings[store.comments.get('page', row)] ?? '',
      commentId: store.field(row, FIELD.commentId) ?? '',
      author: store.field(row, FIELD.author) ?? '',
      text,
      originalText: original,
      edits: store.comments.get('edits', row),
      permalink: store.field(row, FIELD.permalink),
      postedAt: store.field(row, FIELD.postedAt),
      seenAt: store.field(row, FIELD.seenAt) ?? '',
      latest: store.comments.get('latestSeq', row),
      latestTextHash: textHash(text),
      textHashes,
      actions,
      events,
      content,
      disposed,
    };
  }

  private actionView(row: number): IndexedAction {
    return actionOf(this.store, row);
  }
}

function actionOf(store: IndexStore, row: number): IndexedAction {
  const { actions } = store;
  const flags = actions.get('flags', row);
  const intro = actions.get('intro', row);
  const correctedBy = actions.get('correctedBy', row);
  const reason = actions.get('reason', row);
  return {
    seq: actions.get('seq', row),
    comment: store.comments.get('seq', actions.get('comment', row)),
    action: MODERATION_ACTIONS[actions.get('kind', row)] ?? 'keep',
    reason: reason === 0 ? undefined : REMOVAL_REASONS[reason - 1],
    introVersion: intro < 0 ? undefined : store.strings[intro],
    by: store.strings[actions.get('by', row)] ?? '',
    at: store.actionAt(row),
    correctedBy: correctedBy === 0 ? undefined : correctedBy,
    needsReview: (flags & FLAG.needsReview) !== 0,
    needsNotice: (flags & FLAG.needsNotice) !== 0,
    review:
      (flags & FLAG.reviewed) === 0
        ? undefined
        : {
            seq: actions.get('reviewSeq', row),
            verdict: (flags & FLAG.agreed) !== 0 ? 'agree' : 'disagree',
            by: store.strings[actions.get('reviewBy', row)] ?? '',
          },
    notice:
      (flags & FLAG.noticed) === 0
        ? undefined
        : { seq: actions.get('noticeSeq', row), sent: (flags & FLAG.sent) !== 0 },
  };
}

/** A comment's summary straight from the columns (lists make hundreds of them). */
function summaryOf(store: IndexStore, row: number, nameOf: (id: string) => string): CommentSummary {
  const { comments } = store;
  const standing = store.standing(row);
  const action = standing < 0 ? undefined : actionOf(store, standing);
  const removal = action && (action.action === 'hide' || action.action === 'remove');
  const edits = comments.get('edits', row);
  const permalink = store.field(row, FIELD.permalink);
  const postedAt = store.field(row, FIELD.postedAt);
  return {
    seq: comments.get('seq', row),
    pageId: store.strings[comments.get('page', row)] ?? '',
    commentId: store.field(row, FIELD.commentId) ?? '',
    author: store.field(row, FIELD.author) ?? '',
    text: store.text(row),
    ...(edits > 0 ? { originalText: store.field(row, FIELD.text) ?? '' } : {}),
    edits,
    ...(permalink === undefined ? {} : { permalink }),
    ...(postedAt === undefined ? {} : { postedAt }),
    seenAt: store.field(row, FIELD.seenAt) ?? '',
    state: store.state(row),
    ...(removal && action.reason ? { reason: action.reason } : {}),
    ...(action
      ? { action: { seq: action.seq, by: action.by, byName: nameOf(action.by), at: action.at } }
      : {}),
    ...(removal && action.needsReview
      ? { review: action.review ? (`${action.review.verdict}d` as 'agreed') : 'awaiting' }
      : {}),
    ...(action?.action === 'remove' && action.needsNotice
      ? { notice: action.notice ? (action.notice.sent ? 'sent' : 'not-sent') : 'due' }
      : {}),
  };
}

/** A comment's words at its capture (edit 0: a new row, one `add`) or at an edit (appended). */
function addTo(words: CommentWords, store: IndexStore, row: number, edit: number): void {
  if (edit === 0) words.add(row, store.wordsOf(row, 0));
  else words.append(row, store.wordsOf(row, edit));
}

/**
 * The word index from the store's texts, yielding now and then so the app stays responsive. Each
 * comment goes in by one `add` of all its texts: flexsearch's `append` scans each word's list.
 */
async function buildWords(store: IndexStore): Promise<CommentWords> {
  const words = new CommentWords();
  const count = store.comments.length;
  for (let row = 0; row < count; row += 1) {
    let text = store.wordsOf(row, 0);
    if (store.comments.get('edits', row) > 0) {
      for (const { seq, kind } of store.storyOf(row)) {
        if (kind === STORY.edited) text += ` ${store.wordsOf(row, seq)}`;
      }
    }
    words.add(row, text);
    if (row % 2000 === 1999) await new Promise((resolve) => setImmediate(resolve));
  }
  return words;
}
