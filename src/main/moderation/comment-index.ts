import { createHash } from 'node:crypto';
import {
  COMMENT_CAPTURED,
  COMMENT_EDITED,
  capturedCommentSchema,
  commentEditedSchema,
} from '../../shared/moderation/comment';
import {
  type CommentFilter,
  type CommentList,
  type CommentState,
  type CommentSummary,
  STATE_AFTER,
} from '../../shared/moderation/comment-view';
import {
  CORRECTION,
  MODERATION_ACTION,
  MODERATION_NOTICE,
  MODERATION_PAGE_RULES,
  MODERATION_REVIEW,
  type ModerationActionEvent,
  correctionEventSchema,
  moderationActionEventSchema,
  noticeEventSchema,
  pageRulesEventSchema,
  reviewEventSchema,
} from '../../shared/moderation/events';
import type { AppendedEvent, Journal } from '../journal/journal';
import type { EventLine } from '../journal/journal-line';
import { readEvents } from '../journal/read-events';

/** A comment as the index keeps it: what lists and filters need, and its events. */
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
}

/** A moderation action as the index keeps it. */
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

export interface PageRules {
  readonly secondReviewer: boolean;
  readonly noticeRequired: boolean;
}

const NO_RULES: PageRules = { secondReviewer: false, noticeRequired: false };

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Every captured comment and its state now, kept from the journal: built once by reading it,
 * then kept by each append. The journal is the record; this is only a way to find things in it.
 *
 * First version (issue 11 foundation): everything in memory, built by reading the whole journal at
 * `ready()`; the word search is a plain scan. To be replaced by a persisted, searchable index.
 */
export class CommentIndex {
  private readonly comments = new Map<number, IndexedComment>();
  private readonly byPlatformId = new Map<string, number>();
  private readonly actionsBySeq = new Map<number, IndexedAction>();
  private readonly events = new Map<number, EventLine>();
  private readonly rules = new Map<string, PageRules>();
  private loading: Promise<void> | undefined;
  private readonly pending: AppendedEvent[][] = [];
  private loaded = false;
  private readonly stop: () => void;

  private constructor(
    private readonly dataFolder: string,
    private readonly journal: Journal,
  ) {
    this.stop = journal.onAppend((events) => {
      if (this.loaded) for (const event of events) this.apply(event.line);
      else this.pending.push([...events]);
    });
  }

  /** Opens at once; the reading happens in `ready()`, the first time anything needs it. */
  static open(dataFolder: string, journal: Journal): CommentIndex {
    return new CommentIndex(dataFolder, journal);
  }

  ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<void> {
    const through = this.journal.head().events;
    for await (const event of readEvents(this.dataFolder)) {
      if (event.header.seq > through) break;
      this.apply(event);
    }
    for (const batch of this.pending.splice(0)) {
      for (const event of batch) if (event.line.header.seq > through) this.apply(event.line);
    }
    this.loaded = true;
  }

  close(): Promise<void> {
    this.stop();
    return Promise.resolve();
  }

  /** The comment whose captured event is `seq`. */
  comment(seq: number): IndexedComment | undefined {
    return this.comments.get(seq);
  }

  /** The comment a platform id names on a page (import's duplicate and edit check). */
  find(pageId: string, commentId: string): IndexedComment | undefined {
    const seq = this.byPlatformId.get(`${pageId}\u0000${commentId}`);
    return seq === undefined ? undefined : this.comments.get(seq);
  }

  action(seq: number): IndexedAction | undefined {
    return this.actionsBySeq.get(seq);
  }

  /** Every action, oldest first (the consistency report). */
  allActions(): Iterable<IndexedAction> {
    return this.actionsBySeq.values();
  }

  /** Any event of a comment's story, by its sequence number. */
  event(seq: number): Promise<EventLine | undefined> {
    return Promise.resolve(this.events.get(seq));
  }

  pageRules(pageId: string): PageRules {
    return this.rules.get(pageId) ?? NO_RULES;
  }

  /** The action standing now (its last one not corrected), if any. */
  standing(comment: IndexedComment): IndexedAction | undefined {
    for (let i = comment.actions.length - 1; i >= 0; i--) {
      const action = this.actionsBySeq.get(comment.actions[i] ?? 0);
      if (action && action.correctedBy === undefined) return action;
    }
    return undefined;
  }

  state(comment: IndexedComment): CommentState {
    const action = this.standing(comment);
    return action ? STATE_AFTER[action.action] : 'new';
  }

  summary(comment: IndexedComment, nameOf: (id: string) => string): CommentSummary {
    const action = this.standing(comment);
    const removal = action && (action.action === 'hide' || action.action === 'remove');
    return {
      seq: comment.seq,
      pageId: comment.pageId,
      commentId: comment.commentId,
      author: comment.author,
      text: comment.text,
      ...(comment.edits > 0 ? { originalText: comment.originalText } : {}),
      edits: comment.edits,
      ...(comment.permalink === undefined ? {} : { permalink: comment.permalink }),
      ...(comment.postedAt === undefined ? {} : { postedAt: comment.postedAt }),
      seenAt: comment.seenAt,
      state: action ? STATE_AFTER[action.action] : 'new',
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

  async list(filter: CommentFilter, nameOf: (id: string) => string): Promise<CommentList> {
    await this.ready();
    const words = (filter.words ?? '')
      .toLocaleLowerCase()
      .split(/\s+/)
      .filter((word) => word !== '');
    const from = filter.from ? new Date(`${filter.from}T00:00:00`).getTime() : -Infinity;
    const to = filter.to ? new Date(`${filter.to}T23:59:59.999`).getTime() : Infinity;
    const matches: IndexedComment[] = [];
    for (const comment of this.comments.values()) {
      if (filter.pageId && comment.pageId !== filter.pageId) continue;
      const time = Date.parse(comment.postedAt ?? comment.seenAt);
      if (time < from || time > to) continue;
      const action = this.standing(comment);
      const state = action ? STATE_AFTER[action.action] : 'new';
      if (filter.state && state !== filter.state) continue;
      if (filter.reason && action?.reason !== filter.reason) continue;
      if (filter.moderator && action?.by !== filter.moderator) continue;
      if (filter.review) {
        const summary = this.summary(comment, () => '');
        if (summary.review !== filter.review) continue;
      }
      if (words.length > 0) {
        const text =
          `${comment.text} ${comment.originalText} ${comment.author}`.toLocaleLowerCase();
        if (!words.every((word) => text.includes(word))) continue;
      }
      matches.push(comment);
    }
    const time = (c: IndexedComment) => Date.parse(c.postedAt ?? c.seenAt);
    matches.sort((a, b) => time(a) - time(b) || a.seq - b.seq);
    if (filter.order === 'newest') matches.reverse();
    const offset = filter.offset ?? 0;
    const limit = filter.limit ?? 100;
    return {
      total: matches.length,
      comments: matches.slice(offset, offset + limit).map((c) => this.summary(c, nameOf)),
    };
  }

  /** Keeps the index with one event: called for every event in the journal's order. */
  private apply(event: EventLine): void {
    const { seq, type, by, at } = event.header;
    switch (type) {
      case COMMENT_CAPTURED: {
        const parsed = capturedCommentSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const c = parsed.data;
        const key = `${c.pageId}\u0000${c.commentId}`;
        if (this.byPlatformId.has(key)) return;
        const hash = textHash(c.text);
        this.comments.set(seq, {
          seq,
          pageId: c.pageId,
          commentId: c.commentId,
          author: c.author,
          text: c.text,
          originalText: c.text,
          edits: 0,
          permalink: c.permalink,
          postedAt: c.postedAt,
          seenAt: c.seenAt,
          latest: seq,
          latestTextHash: hash,
          textHashes: new Set([hash]),
          actions: [],
          events: [seq],
        });
        this.byPlatformId.set(key, seq);
        this.events.set(seq, event);
        return;
      }
      case COMMENT_EDITED: {
        const parsed = commentEditedSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const comment = this.comments.get(parsed.data.captured);
        if (!comment) return;
        const hash = textHash(parsed.data.text);
        comment.text = parsed.data.text;
        comment.edits += 1;
        comment.latest = seq;
        comment.latestTextHash = hash;
        comment.textHashes.add(hash);
        comment.events.push(seq);
        this.events.set(seq, event);
        return;
      }
      case MODERATION_ACTION: {
        const parsed = moderationActionEventSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const comment = this.comments.get(parsed.data.comment);
        if (!comment) return;
        const rules = this.pageRules(comment.pageId);
        const removal = parsed.data.action === 'hide' || parsed.data.action === 'remove';
        this.actionsBySeq.set(seq, {
          seq,
          comment: comment.seq,
          action: parsed.data.action,
          reason: parsed.data.reason,
          introVersion: parsed.data.introVersion,
          by,
          at,
          correctedBy: undefined,
          needsReview: removal && rules.secondReviewer,
          needsNotice: parsed.data.action === 'remove' && rules.noticeRequired,
          review: undefined,
          notice: undefined,
        });
        comment.actions.push(seq);
        comment.events.push(seq);
        this.events.set(seq, event);
        return;
      }
      case CORRECTION: {
        const parsed = correctionEventSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const action = this.actionsBySeq.get(parsed.data.corrects);
        if (!action) return;
        action.correctedBy ??= seq;
        this.comments.get(action.comment)?.events.push(seq);
        this.events.set(seq, event);
        return;
      }
      case MODERATION_REVIEW: {
        const parsed = reviewEventSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const action = this.actionsBySeq.get(parsed.data.action);
        if (!action) return;
        action.review = { seq, verdict: parsed.data.verdict, by };
        this.comments.get(action.comment)?.events.push(seq);
        this.events.set(seq, event);
        return;
      }
      case MODERATION_NOTICE: {
        const parsed = noticeEventSchema.safeParse(event.payload);
        if (!parsed.success) return;
        const action = this.actionsBySeq.get(parsed.data.action);
        if (!action) return;
        action.notice = { seq, sent: parsed.data.sent };
        this.comments.get(action.comment)?.events.push(seq);
        this.events.set(seq, event);
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
      default:
        return;
    }
  }
}
