import { createHash } from 'node:crypto';
import {
  COMMENT_CAPTURED,
  COMMENT_EDITED,
  capturedCommentSchema,
  commentEditedSchema,
} from '../../shared/moderation/comment';
import { type CommentState, STATE_AFTER } from '../../shared/moderation/comment-view';
import {
  CORRECTION,
  MODERATION_ACTION,
  MODERATION_ACTIONS,
  MODERATION_NOTICE,
  MODERATION_PAGE_RULES,
  MODERATION_REVIEW,
  REMOVAL_REASONS,
  correctionEventSchema,
  moderationActionEventSchema,
  noticeEventSchema,
  pageRulesEventSchema,
  reviewEventSchema,
} from '../../shared/moderation/events';
import { DISPOSITION, dispositionPayloadSchema } from '../journal/disposition-event';
import type { EventLine } from '../journal/journal-line';
import { TextArena } from './comment-index-arena';
import { Table } from './comment-index-columns';

export interface PageRules {
  readonly secondReviewer: boolean;
  readonly noticeRequired: boolean;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The record fields of a captured comment in the arena, in this order. */
export const FIELD = { commentId: 0, author: 1, permalink: 2, postedAt: 3, seenAt: 4, text: 5 };

/** The kinds of a comment's story events. */
export const STORY = { captured: 0, edited: 1, action: 2, correction: 3, review: 4, notice: 5 };

/** Action flags: the page's rules when it was made, and what followed it. */
export const FLAG = {
  needsReview: 1,
  needsNotice: 2,
  reviewed: 4,
  agreed: 8,
  noticed: 16,
  sent: 32,
  /** A disposition took it out: its row stays (rows never move) but is empty and listed nowhere. */
  disposed: 64,
};

export const commentSpec = {
  seq: 'Uint32Array',
  page: 'Uint32Array',
  /** Posted, else seen: what "from" and "to" and the order go by (ms since 1970). */
  time: 'Float64Array',
  record: 'Float64Array',
  /** The latest text's address when an edit changed it, else -1 (the record's text). */
  latestText: 'Float64Array',
  latestSeq: 'Uint32Array',
  edits: 'Uint32Array',
  idHash: 'Uint32Array',
  storyHead: 'Int32Array',
  storyTail: 'Int32Array',
  /** The action standing now (a row of the actions), else -1. */
  standing: 'Int32Array',
  /** 1 when a disposition removed its captured content (texts, author, platform id). */
  disposed: 'Uint8Array',
  /**
   * When its capture was journaled: all a rebuild knows of a comment whose content was disposed
   * of, so a disposition in a running index leaves it with that and no more.
   */
  capturedAt: 'Float64Array',
} as const;
export const storySpec = {
  seq: 'Uint32Array',
  next: 'Int32Array',
  kind: 'Uint8Array',
  /** The action row a link belongs to (the action, its review, notice or correction), else -1. */
  action: 'Int32Array',
} as const;
export const actionSpec = {
  seq: 'Uint32Array',
  comment: 'Int32Array',
  kind: 'Uint8Array',
  /** 0: none; else 1 + the reason's place in REMOVAL_REASONS. */
  reason: 'Uint8Array',
  intro: 'Int32Array',
  by: 'Int32Array',
  at: 'Float64Array',
  correctedBy: 'Uint32Array',
  flags: 'Uint8Array',
  reviewSeq: 'Uint32Array',
  reviewBy: 'Int32Array',
  noticeSeq: 'Uint32Array',
} as const;
/** One row per journal seq: which comment and action it belongs to (row + 1), and where it is. */
export const seqSpec = {
  comment: 'Int32Array',
  action: 'Int32Array',
  offset: 'Float64Array',
} as const;
export const orderSpec = { row: 'Int32Array' } as const;

/** FNV-1a over a page's string number and a platform comment id: the lookup table's key. */
function idKey(page: number, commentId: string): number {
  let hash = (0x811c9dc5 ^ page) >>> 0;
  for (let i = 0; i < commentId.length; i += 1) {
    hash ^= commentId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The comment index's data: typed columns, texts in an arena, and the few strings (pages,
 * profiles, intro versions) by number. `apply` keeps it by one event in the journal's order; the
 * same `apply` builds it from the journal, so kept and rebuilt cannot differ.
 */
export class IndexStore {
  readonly comments = new Table(commentSpec, 1024, {
    latestText: -1,
    storyHead: -1,
    storyTail: -1,
    standing: -1,
  });
  readonly story = new Table(storySpec, 1024, { next: -1, action: -1 });
  readonly actions = new Table(actionSpec, 1024, { intro: -1, reviewBy: -1 });
  readonly bySeq = new Table(seqSpec, 1024, { offset: -1 });
  /** Comment rows by (time, seq): `sorted` of them in order, then those added since. */
  readonly order = new Table(orderSpec);
  sorted = 0;
  arena = TextArena.empty();
  readonly strings: string[] = [];
  private readonly stringNumber = new Map<string, number>();
  /** Action times that `toISOString` would not spell the same way (by action row). */
  readonly atText = new Map<number, string>();
  /** The address of each edit's text, by the edit's seq: every text a comment had. */
  readonly editText = new Map<number, number>();
  readonly rules = new Map<string, PageRules>();
  /** Open-addressing table from (page, platform id) to comment row + 1. */
  private idKeys = new Uint32Array(2048);
  private idRows = new Int32Array(2048);
  private idCount = 0;
  /** Called as a comment gains words: at its capture (edit 0, with its author), at each edit. */
  onText: (row: number, edit: number) => void = () => undefined;
  /** Called when a disposition removed texts: the word index is made again from the store. */
  onDisposition: () => void = () => undefined;
  /** The last disposition event applied (the snapshot records it). */
  lastDisposition = 0;

  stringOf(value: string): number {
    let number = this.stringNumber.get(value);
    if (number === undefined) {
      number = this.strings.length;
      this.strings.push(value);
      this.stringNumber.set(value, number);
    }
    return number;
  }

  /** A string's number, or -1 when the index has never seen it (a filter never adds one). */
  numberOf(value: string): number {
    return this.stringNumber.get(value) ?? -1;
  }

  /** The words a comment gained at its capture (edit 0) or at an edit. */
  wordsOf(row: number, edit: number): string {
    if (edit === 0)
      return `${this.field(row, FIELD.text) ?? ''} ${this.field(row, FIELD.author) ?? ''}`;
    const address = this.editText.get(edit);
    return address === undefined ? '' : (this.arena.read(address, 0) ?? '');
  }

  /** Room given back after the whole journal or a snapshot was read (see Table.trim). */
  trim(): void {
    for (const table of [this.comments, this.story, this.actions, this.bySeq, this.order]) {
      table.trim();
    }
  }

  /** After a snapshot's strings are put back. */
  restoreStrings(strings: readonly string[]): void {
    this.strings.length = 0;
    this.stringNumber.clear();
    for (const value of strings) this.stringOf(value);
  }

  rowOf(seq: number): number {
    return seq < this.bySeq.length ? this.bySeq.get('comment', seq) - 1 : -1;
  }

  /** The comment row whose captured event is `seq`, or -1. */
  commentRow(seq: number): number {
    const row = this.rowOf(seq);
    return row >= 0 && this.comments.get('seq', row) === seq ? row : -1;
  }

  actionRow(seq: number): number {
    return seq < this.bySeq.length ? this.bySeq.get('action', seq) - 1 : -1;
  }

  field(row: number, field: number): string | undefined {
    return this.arena.read(this.comments.get('record', row), field);
  }

  text(row: number): string {
    const latest = this.comments.get('latestText', row);
    return (latest >= 0 ? this.arena.read(latest, 0) : this.field(row, FIELD.text)) ?? '';
  }

  /** The comment a platform id names on a page, or -1. */
  find(pageId: string, commentId: string): number {
    const page = this.stringNumber.get(pageId);
    if (page === undefined) return -1;
    const key = idKey(page, commentId);
    const mask = this.idKeys.length - 1;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const row = (this.idRows[slot] ?? 0) - 1;
      if (row < 0) return -1;
      if (
        this.idKeys[slot] === key &&
        this.comments.get('page', row) === page &&
        this.field(row, FIELD.commentId) === commentId
      ) {
        return row;
      }
    }
  }

  private addId(key: number, row: number): void {
    if ((this.idCount + 1) * 2 > this.idKeys.length) this.growIds();
    const mask = this.idKeys.length - 1;
    let slot = key & mask;
    while ((this.idRows[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.idKeys[slot] = key;
    this.idRows[slot] = row + 1;
    this.idCount += 1;
  }

  private growIds(): void {
    const keys = this.idKeys;
    const rows = this.idRows;
    this.idKeys = new Uint32Array(keys.length * 2);
    this.idRows = new Int32Array(keys.length * 2);
    this.idCount = 0;
    for (let slot = 0; slot < keys.length; slot += 1) {
      const row = (rows[slot] ?? 0) - 1;
      if (row >= 0) this.addId(keys[slot] ?? 0, row);
    }
  }

  /** The lookup table again from the comments' keys (after a snapshot is loaded). */
  rebuildIds(): void {
    let size = 2048;
    while (size < this.comments.length * 2 + 2) size *= 2;
    this.idKeys = new Uint32Array(size);
    this.idRows = new Int32Array(size);
    this.idCount = 0;
    for (let row = 0; row < this.comments.length; row += 1) {
      this.addId(this.comments.get('idHash', row), row);
    }
  }

  /** Where an event's line is: its byte offset in the segment holding it. */
  place(seq: number, offset: number): void {
    this.bySeq.reach(seq + 1);
    this.bySeq.set('offset', seq, offset);
  }

  offset(seq: number): number {
    return seq < this.bySeq.length ? this.bySeq.get('offset', seq) : -1;
  }

  standing(row: number): number {
    return this.comments.get('standing', row);
  }

  state(row: number): CommentState {
    const action = this.standing(row);
    if (action < 0) return 'new';
    return STATE_AFTER[MODERATION_ACTIONS[this.actions.get('kind', action)] ?? 'keep'];
  }

  /** An action row a disposition emptied: no action of the index now. */
  detached(action: number): boolean {
    return (this.actions.get('flags', action) & FLAG.disposed) !== 0;
  }

  actionAt(action: number): string {
    return this.atText.get(action) ?? new Date(this.actions.get('at', action)).toISOString();
  }

  /** Story events of a comment, in the journal's order. */
  /** The events of an action's story: itself, its corrections, review and every notice. */
  eventsOfAction(action: number): number[] {
    const row = this.actions.get('comment', action);
    const events: number[] = [];
    if (row < 0) return events;
    for (let link = this.comments.get('storyHead', row); link >= 0;) {
      if (this.story.get('action', link) === action) events.push(this.story.get('seq', link));
      link = this.story.get('next', link);
    }
    return events;
  }

  storyOf(row: number): { seq: number; kind: number }[] {
    const events: { seq: number; kind: number }[] = [];
    for (let link = this.comments.get('storyHead', row); link >= 0;) {
      events.push({ seq: this.story.get('seq', link), kind: this.story.get('kind', link) });
      link = this.story.get('next', link);
    }
    return events;
  }

  /** Comment rows by (time, seq), the ones added since the last call merged in. */
  ordered(): Int32Array {
    const { order } = this;
    if (this.sorted < order.length) {
      const time = this.comments.columns.time;
      const seq = this.comments.columns.seq;
      const rows = order.columns.row as Int32Array;
      const before = (a: number, b: number) =>
        (time[a] ?? 0) - (time[b] ?? 0) || (seq[a] ?? 0) - (seq[b] ?? 0);
      const added = Array.from(rows.subarray(this.sorted, order.length)).sort(before);
      // Most comments arrive in time order: only a merge of the few that do not.
      const merged = new Int32Array(order.length);
      let i = 0;
      let j = 0;
      let k = 0;
      while (i < this.sorted || j < added.length) {
        const a = rows[i] ?? 0;
        const b = added[j] ?? 0;
        if (j >= added.length || (i < this.sorted && before(a, b) <= 0)) {
          merged[k++] = a;
          i += 1;
        } else {
          merged[k++] = b;
          j += 1;
        }
      }
      rows.set(merged);
      this.sorted = order.length;
    }
    return (order.columns.row as Int32Array).subarray(0, order.length);
  }

  private link(row: number, seq: number, kind: number, action = -1): void {
    const link = this.story.push();
    this.story.set('seq', link, seq);
    this.story.set('kind', link, kind);
    this.story.set('action', link, action);
    const tail = this.comments.get('storyTail', row);
    if (tail < 0) this.comments.set('storyHead', row, link);
    else this.story.set('next', tail, link);
    this.comments.set('storyTail', row, link);
    this.bySeq.reach(seq + 1);
    this.bySeq.set('comment', seq, row + 1);
  }

  /** The last action of a comment not corrected, found again after an action or correction. */
  private restand(row: number): void {
    let standing = -1;
    for (let link = this.comments.get('storyHead', row); link >= 0;) {
      if (this.story.get('kind', link) === STORY.action) {
        const action = this.actionRow(this.story.get('seq', link));
        if (action >= 0 && this.actions.get('correctedBy', action) === 0) standing = action;
      }
      link = this.story.get('next', link);
    }
    this.comments.set('standing', row, standing);
  }

  /**
   * What a disposition removes from the index, so that it holds what a rebuild from the rewritten
   * journal would (the rebuild is the measure: a payload it cannot read is not in it):
   * - a captured comment: its texts, author, permalink, platform id, page and times (the bytes
   *   zeroed in the arena, so no snapshot carries them on); the row stays, as the placeholder a
   *   rebuild makes, so the actions naming it still find it;
   * - an edit: its text, and its place in the story and the comment's count of edits;
   * - a moderation action: the action and every link of its review, notice and corrections (a
   *   rebuild skips those, as they name an action it does not have), then what stands again;
   * - a review, notice or correction alone: that link, and what it had set on its action.
   */
  private dispose(seq: number): void {
    const row = this.commentRow(seq);
    if (row >= 0) {
      this.disposeCapture(row);
      return;
    }
    const action = this.actionRow(seq);
    if (action >= 0) {
      this.detachAction(action);
      return;
    }
    const owner = this.rowOf(seq);
    if (owner < 0) return;
    for (let link = this.comments.get('storyHead', owner); link >= 0;) {
      if (this.story.get('seq', link) === seq) {
        const kind = this.story.get('kind', link);
        if (kind === STORY.edited) this.disposeEdit(owner, seq);
        else this.detachFollowUp(owner, link, kind);
        return;
      }
      link = this.story.get('next', link);
    }
  }

  private disposeCapture(row: number): void {
    const record = this.comments.get('record', row);
    this.arena.wipe(record, 6);
    const at = new Date(this.comments.get('capturedAt', row)).toISOString();
    this.comments.set('record', row, this.arena.append(['', '', undefined, undefined, at, '']));
    this.comments.set('page', row, this.stringOf(''));
    this.comments.set('time', row, this.comments.get('capturedAt', row));
    this.comments.set('disposed', row, 1);
    // Its time changed: the order is made again at the next list.
    this.sorted = 0;
    // A rebuild judges its actions by the rules of a page it no longer knows (none): what they
    // needed then (a second review, a notice) is not known either.
    for (let link = this.comments.get('storyHead', row); link >= 0;) {
      const action = this.story.get('action', link);
      if (this.story.get('kind', link) === STORY.action && action >= 0) {
        const flags = this.actions.get('flags', action);
        this.actions.set('flags', action, flags & ~(FLAG.needsReview | FLAG.needsNotice));
      }
      link = this.story.get('next', link);
    }
  }

  private disposeEdit(row: number, seq: number): void {
    const address = this.editText.get(seq);
    if (address !== undefined) this.arena.wipe(address, 1);
    this.editText.delete(seq);
    this.unlinkWhere(row, (link) => this.story.get('seq', link) === seq);
    this.comments.set('edits', row, Math.max(0, this.comments.get('edits', row) - 1));
    let latestText = -1;
    let latestSeq = this.comments.get('seq', row);
    for (let link = this.comments.get('storyHead', row); link >= 0;) {
      if (this.story.get('kind', link) === STORY.edited) {
        latestSeq = this.story.get('seq', link);
        latestText = this.editText.get(latestSeq) ?? -1;
      }
      link = this.story.get('next', link);
    }
    this.comments.set('latestText', row, latestText);
    this.comments.set('latestSeq', row, latestSeq);
  }

  /** An action out of the index as if never applied: its row emptied, not moved. */
  private detachAction(action: number): void {
    const row = this.actions.get('comment', action);
    this.unlinkWhere(row, (link) => this.story.get('action', link) === action);
    this.bySeq.set('action', this.actions.get('seq', action), 0);
    for (const name of Object.keys(actionSpec) as (keyof typeof actionSpec)[]) {
      this.actions.set(name, action, 0);
    }
    this.actions.set('comment', action, -1);
    this.actions.set('intro', action, -1);
    this.actions.set('by', action, -1);
    this.actions.set('reviewBy', action, -1);
    this.actions.set('flags', action, FLAG.disposed);
    this.atText.delete(action);
    this.restand(row);
  }

  /** A review, notice or correction disposed of while its action stays. */
  private detachFollowUp(row: number, link: number, kind: number): void {
    const seq = this.story.get('seq', link);
    const action = this.story.get('action', link);
    this.unlinkWhere(row, (other) => other === link);
    if (action < 0) return;
    const { actions } = this;
    const remaining = (wanted: number) => {
      const seqs: number[] = [];
      for (let at = this.comments.get('storyHead', row); at >= 0;) {
        if (this.story.get('kind', at) === wanted && this.story.get('action', at) === action) {
          seqs.push(this.story.get('seq', at));
        }
        at = this.story.get('next', at);
      }
      return seqs;
    };
    const flags = actions.get('flags', action);
    if (kind === STORY.review && actions.get('reviewSeq', action) === seq) {
      // An action has one review at most (a second is refused: a review is corrected, not redone).
      actions.set('flags', action, flags & ~(FLAG.reviewed | FLAG.agreed));
      actions.set('reviewSeq', action, 0);
      actions.set('reviewBy', action, -1);
    } else if (kind === STORY.notice && actions.get('noticeSeq', action) === seq) {
      // A notice recorded as sent is the last: any notice before it was recorded as not sent.
      const before = remaining(STORY.notice).at(-1);
      const cleared = flags & ~(FLAG.noticed | FLAG.sent);
      actions.set('flags', action, before === undefined ? cleared : cleared | FLAG.noticed);
      actions.set('noticeSeq', action, before ?? 0);
    } else if (kind === STORY.correction && actions.get('correctedBy', action) === seq) {
      actions.set('correctedBy', action, remaining(STORY.correction)[0] ?? 0);
      this.restand(row);
    }
  }

  /** Takes the links `gone` picks out of a comment's story; their seqs name no comment now. */
  private unlinkWhere(row: number, gone: (link: number) => boolean): void {
    const { story } = this;
    let previous = -1;
    for (let link = this.comments.get('storyHead', row); link >= 0;) {
      const next = story.get('next', link);
      if (gone(link)) {
        if (previous < 0) this.comments.set('storyHead', row, next);
        else story.set('next', previous, next);
        if (this.comments.get('storyTail', row) === link) {
          this.comments.set('storyTail', row, previous);
        }
        this.bySeq.set('comment', story.get('seq', link), 0);
        story.set('seq', link, 0);
        story.set('next', link, -1);
        story.set('action', link, -1);
      } else {
        previous = link;
      }
      link = next;
    }
  }

  /**
   * A captured comment whose content was disposed of before this index read it (a rebuild): a row
   * with no text, page or platform id, so its actions, which name its seq, still find it.
   */
  private placeholder(seq: number, at: string): void {
    const row = this.comments.push();
    const time = Date.parse(at);
    const seenAt = new Date(time).toISOString();
    this.comments.set('seq', row, seq);
    this.comments.set('page', row, this.stringOf(''));
    this.comments.set('time', row, time);
    this.comments.set('capturedAt', row, time);
    this.comments.set('record', row, this.arena.append(['', '', undefined, undefined, seenAt, '']));
    this.comments.set('latestSeq', row, seq);
    this.comments.set('disposed', row, 1);
    this.order.set('row', this.order.push(), row);
    this.link(row, seq, STORY.captured);
  }

  /** Keeps the index with one event: called for every event in the journal's order. */
  apply(event: EventLine): void {
    const { seq, type, by, at } = event.header;
    this.bySeq.reach(seq + 1);
    if (event.payload === undefined && event.disposed) {
      if (type === COMMENT_CAPTURED) this.placeholder(seq, at);
      return;
    }
    switch (type) {
      case COMMENT_CAPTURED: {
        const parsed = capturedCommentSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const c = parsed.data;
        if (this.find(c.pageId, c.commentId) >= 0) return;
        const row = this.comments.push();
        const page = this.stringOf(c.pageId);
        const key = idKey(page, c.commentId);
        const { comments } = this;
        comments.set('seq', row, seq);
        comments.set('page', row, page);
        comments.set('time', row, Date.parse(c.postedAt ?? c.seenAt));
        comments.set('capturedAt', row, Date.parse(at));
        comments.set(
          'record',
          row,
          this.arena.append([c.commentId, c.author, c.permalink, c.postedAt, c.seenAt, c.text]),
        );
        comments.set('latestSeq', row, seq);
        comments.set('idHash', row, key);
        this.addId(key, row);
        this.order.set('row', this.order.push(), row);
        this.link(row, seq, STORY.captured);
        this.onText(row, 0);
        return;
      }
      case COMMENT_EDITED: {
        const parsed = commentEditedSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const row = this.commentRow(parsed.data.captured);
        if (row < 0) return;
        const address = this.arena.append([parsed.data.text]);
        this.editText.set(seq, address);
        this.comments.set('latestText', row, address);
        this.comments.set('latestSeq', row, seq);
        this.comments.set('edits', row, this.comments.get('edits', row) + 1);
        this.link(row, seq, STORY.edited);
        this.onText(row, seq);
        return;
      }
      case MODERATION_ACTION: {
        const parsed = moderationActionEventSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const row = this.commentRow(parsed.data.comment);
        if (row < 0) return;
        const rules = this.pageRules(this.strings[this.comments.get('page', row)] ?? '');
        const kind = parsed.data.action;
        const removal = kind === 'hide' || kind === 'remove';
        const action = this.actions.push();
        const { actions } = this;
        actions.set('seq', action, seq);
        actions.set('comment', action, row);
        actions.set('kind', action, MODERATION_ACTIONS.indexOf(kind));
        const reason = parsed.data.reason;
        actions.set('reason', action, reason ? REMOVAL_REASONS.indexOf(reason) + 1 : 0);
        const intro = parsed.data.introVersion;
        actions.set('intro', action, intro === undefined ? -1 : this.stringOf(intro));
        actions.set('by', action, this.stringOf(by));
        const time = Date.parse(at);
        actions.set('at', action, time);
        if (new Date(time).toISOString() !== at) this.atText.set(action, at);
        actions.set(
          'flags',
          action,
          (removal && rules.secondReviewer ? FLAG.needsReview : 0) |
            (kind === 'remove' && rules.noticeRequired ? FLAG.needsNotice : 0),
        );
        this.bySeq.set('action', seq, action + 1);
        this.link(row, seq, STORY.action, action);
        this.comments.set('standing', row, action);
        return;
      }
      case CORRECTION: {
        const parsed = correctionEventSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const action = this.actionRow(parsed.data.corrects);
        if (action < 0) return;
        if (this.actions.get('correctedBy', action) === 0) {
          this.actions.set('correctedBy', action, seq);
        }
        const row = this.actions.get('comment', action);
        this.link(row, seq, STORY.correction, action);
        this.restand(row);
        return;
      }
      case MODERATION_REVIEW: {
        const parsed = reviewEventSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const action = this.actionRow(parsed.data.action);
        if (action < 0) return;
        const flags = this.actions.get('flags', action) & ~(FLAG.reviewed | FLAG.agreed);
        const agreed = parsed.data.verdict === 'agree' ? FLAG.agreed : 0;
        this.actions.set('flags', action, flags | FLAG.reviewed | agreed);
        this.actions.set('reviewSeq', action, seq);
        this.actions.set('reviewBy', action, this.stringOf(by));
        this.link(this.actions.get('comment', action), seq, STORY.review, action);
        return;
      }
      case MODERATION_NOTICE: {
        const parsed = noticeEventSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const action = this.actionRow(parsed.data.action);
        if (action < 0) return;
        const flags = this.actions.get('flags', action) & ~(FLAG.noticed | FLAG.sent);
        const sent = parsed.data.sent ? FLAG.sent : 0;
        this.actions.set('flags', action, flags | FLAG.noticed | sent);
        this.actions.set('noticeSeq', action, seq);
        this.link(this.actions.get('comment', action), seq, STORY.notice, action);
        return;
      }
      case MODERATION_PAGE_RULES: {
        const parsed = pageRulesEventSchema.safeParse(event.payload);
        if (!parsed.success) return;
        this.rules.set(parsed.data.pageId, {
          secondReviewer: parsed.data.secondReviewer,
          noticeRequired: parsed.data.noticeRequired,
        });
        return;
      }
      case DISPOSITION: {
        const parsed = dispositionPayloadSchema.safeParse(event.payload);
        if (!parsed.success) return;
        for (const named of parsed.data.events) this.dispose(named.seq);
        this.lastDisposition = seq;
        this.onDisposition();
        return;
      }
      default:
        return;
    }
  }

  pageRules(pageId: string): PageRules {
    return this.rules.get(pageId) ?? { secondReviewer: false, noticeRequired: false };
  }
}
