import { COMMENT_CAPTURED, capturedCommentSchema } from '../../shared/moderation/comment';
import { REMOVAL_CATEGORY_LABELS } from '../../shared/pages/intro-categories';
import type { IntroStatementVersion } from '../../shared/pages/page';
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
import { parseUnknown } from '../../shared/parse';
import type { Profile } from '../../shared/profiles/profile';
import { DeskFailure } from '../ipc/desk-failure';
import type { Journal } from '../journal/journal';
import type { EventHeader, EventLine } from '../journal/journal-line';
import { readEvents } from '../journal/read-events';
import type { CommentIndex, IndexedAction } from './comment-index';

/** What a removal is judged against: the page's intro statement in force at the comment's time. */
export interface RemovalRules {
  inForce(pageId: string, at: string): { version: IntroStatementVersion | null };
  pageName(pageId: string): string;
}

/** "Obscenity and Personal attacks": the categories as the intro statement published them. */
function categoryList(version: IntroStatementVersion): string {
  const labels = version.categories.map((reason) => `“${REMOVAL_CATEGORY_LABELS[reason]}”`);
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/**
 * Actions and corrections on the moderation journal: validated, attributed to a profile, and
 * appended; nothing here edits or deletes an event.
 */
export class ModerationLog {
  /**
   * `rules`: how a hide or removal is judged (SPEC section 4): only for a category the page's
   * intro statement in force when the comment was posted had published. The moderation desk's
   * services give them (issue 11); without them (the journal's own tests) no removal is judged.
   */
  constructor(
    private readonly dataFolder: string,
    private readonly journal: Journal,
    private readonly rules?: RemovalRules,
    /** Finds a comment's events without reading the journal from the start. */
    private readonly index?: CommentIndex,
  ) {}

  /** The last review, notice or rules change under way (see `oneAtATime`). */
  private followUps: Promise<unknown> = Promise.resolve();

  async act(by: Profile, action: unknown): Promise<EventHeader> {
    const parsed = parseUnknown(moderationActionEventSchema, action, 'The moderation action');
    if (!parsed.ok) throw new DeskFailure('invalid-request', parsed.error.message);
    const target = await this.event(parsed.value.comment);
    if (target?.header.type !== COMMENT_CAPTURED) {
      throw new DeskFailure(
        'invalid-request',
        `Event ${parsed.value.comment} is not a captured comment; an action must name one.`,
      );
    }
    // The version judged under is the main process's finding, whatever a caller put there.
    const asked: ModerationActionEvent = { ...parsed.value };
    delete asked.introVersion;
    const payload = { ...asked, ...this.judge(asked, target.payload) };
    const [header] = await this.journal.append([{ type: MODERATION_ACTION, by: by.id, payload }]);
    if (!header) throw new Error('The journal appended nothing');
    return header;
  }

  async correct(by: Profile, correction: unknown): Promise<EventHeader> {
    const parsed = parseUnknown(correctionEventSchema, correction, 'The correction');
    if (!parsed.ok) throw new DeskFailure('invalid-request', parsed.error.message);
    if ((await this.eventType(parsed.value.corrects)) === undefined) {
      throw new DeskFailure(
        'invalid-request',
        `There is no event ${parsed.value.corrects} to correct.`,
      );
    }
    const [header] = await this.journal.append([
      { type: CORRECTION, by: by.id, payload: parsed.value },
    ]);
    if (!header) throw new Error('The journal appended nothing');
    return header;
  }

  /**
   * A second moderator's verdict on a hide or removal made while its page asked for one. The one
   * who made it cannot review it: a second reviewer is another person.
   */
  async review(by: Profile, request: unknown): Promise<EventHeader> {
    const parsed = parseUnknown(reviewEventSchema, request, 'The review');
    if (!parsed.ok) throw new DeskFailure('invalid-request', parsed.error.message);
    return this.oneAtATime(async () => {
      const action = await this.followedAction(parsed.value.action, 'reviewed');
      if (!action.needsReview) {
        throw new DeskFailure(
          'invalid-request',
          `Action ${action.seq} needs no second reviewer: its page did not ask for one when it was made (only hides and removals made while a page asks for one are reviewed). Nothing was changed.`,
        );
      }
      if (action.review) {
        throw new DeskFailure(
          'invalid-request',
          `Action ${action.seq} has been reviewed already (event ${action.review.seq}: ${action.review.verdict}). A review stands as recorded and is not reviewed again; if the removal itself was wrong, correct the removal, and a new one can be made and reviewed afresh. Nothing was changed.`,
        );
      }
      if (action.by === by.id) {
        throw new DeskFailure(
          'not-permitted',
          `${by.name} made this ${action.action === 'hide' ? 'hide' : 'removal'}, and a second reviewer is another person: ask another moderator or an administrator to review it. Nothing was changed.`,
        );
      }
      return this.appendOne(MODERATION_REVIEW, by, parsed.value);
    });
  }

  /**
   * Whether the commenter was told of a removal their page's local rules require a notice for:
   * sent (and how), or not sent and why. `text` is the message as it went (or would have).
   */
  async notice(by: Profile, request: unknown): Promise<EventHeader> {
    const parsed = parseUnknown(noticeEventSchema, request, 'The notice');
    if (!parsed.ok) throw new DeskFailure('invalid-request', parsed.error.message);
    const how = parsed.value.how?.trim() ?? '';
    // Kept as given, whitespace and all: it is the message the commenter got.
    const { text } = parsed.value;
    if (!parsed.value.sent && how === '') {
      throw new DeskFailure(
        'invalid-request',
        'Say why the notice was not sent (the commenter has no messages on this platform, no address is known, ...): a notice the rules require is either sent or explained. Nothing was changed.',
      );
    }
    if (text.trim() === '') {
      throw new DeskFailure(
        'invalid-request',
        'A notice records the message the commenter got (or would have got): give its text. Nothing was changed.',
      );
    }
    return this.oneAtATime(async () => {
      const action = await this.followedAction(parsed.value.action, 'given a notice');
      if (action.action !== 'remove' || !action.needsNotice) {
        throw new DeskFailure(
          'invalid-request',
          `Action ${action.seq} needs no notice: only a removal made while its page's local rules required a notice has one. Nothing was changed.`,
        );
      }
      if (action.review === undefined && action.needsReview) {
        throw new DeskFailure(
          'invalid-request',
          'This removal awaits its second reviewer: tell the commenter once another moderator or an administrator agrees with it. Nothing was changed.',
        );
      }
      if (action.review?.verdict === 'disagree') {
        throw new DeskFailure(
          'invalid-request',
          'The second reviewer disagreed with this removal: restore the comment instead; there is nothing to tell its author. Nothing was changed.',
        );
      }
      if (action.notice?.sent) {
        throw new DeskFailure(
          'invalid-request',
          `The notice for action ${action.seq} is recorded as sent already (event ${action.notice.seq}). Nothing was changed.`,
        );
      }
      const { action: seq, sent } = parsed.value;
      return this.appendOne(MODERATION_NOTICE, by, {
        action: seq,
        sent,
        ...(how ? { how } : {}),
        text,
      });
    });
  }

  /**
   * A page's moderation rules (the permission table lets only administrators set them). They
   * apply to actions made from now on; an action keeps the rules it was made under. Undefined
   * when they are the rules in force already: nothing is appended.
   */
  async setPageRules(by: Profile, request: unknown): Promise<EventHeader | undefined> {
    const parsed = parseUnknown(pageRulesEventSchema, request, 'The page’s moderation rules');
    if (!parsed.ok) throw new DeskFailure('invalid-request', parsed.error.message);
    // Throws "no page with id ..." for a page never recorded.
    this.rules?.pageName(parsed.value.pageId);
    return this.oneAtATime(async () => {
      const index = await this.readyIndex();
      const now = index.pageRules(parsed.value.pageId);
      if (
        now.secondReviewer === parsed.value.secondReviewer &&
        now.noticeRequired === parsed.value.noticeRequired
      ) {
        return undefined;
      }
      return this.appendOne(MODERATION_PAGE_RULES, by, parsed.value);
    });
  }

  /** A moderation action still standing in the record (not voided by a correction). */
  private async followedAction(seq: number, doing: string): Promise<IndexedAction> {
    const index = await this.readyIndex();
    const action = index.action(seq);
    if (!action) {
      throw new DeskFailure(
        'invalid-request',
        `Event ${seq} is not a moderation action; only a hide or removal can be ${doing}.`,
      );
    }
    if (action.correctedBy !== undefined) {
      throw new DeskFailure(
        'invalid-request',
        `Action ${seq} was voided by correction ${action.correctedBy}, so it cannot be ${doing}. Nothing was changed.`,
      );
    }
    return action;
  }

  private async readyIndex(): Promise<CommentIndex> {
    if (!this.index) throw new Error('Reviews, notices and page rules need the comment index');
    await this.index.ready();
    return this.index;
  }

  private async appendOne(type: string, by: Profile, payload: unknown): Promise<EventHeader> {
    const [header] = await this.journal.append([{ type, by: by.id, payload }]);
    if (!header) throw new Error('The journal appended nothing');
    return header;
  }

  /**
   * Reviews, notices and rules are checked against the index, then appended: one at a time, so two
   * reviewers pressing at once cannot both find the removal unreviewed.
   */
  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const next = this.followUps.then(work, work);
    this.followUps = next.catch(() => undefined);
    return next;
  }

  /**
   * A hide or removal is for a category the page had published when the comment was posted; the
   * answer names the version it was judged under. Keep, restore and refer are judged by no list.
   */
  private judge(
    action: { action: string; reason?: string | undefined },
    captured: unknown,
  ): { introVersion?: string } {
    if (!this.rules || (action.action !== 'hide' && action.action !== 'remove')) return {};
    const comment = capturedCommentSchema.safeParse(captured);
    if (!comment.success) {
      throw new DeskFailure(
        'store-damaged',
        'The captured comment’s record cannot be read (its page or time is missing), so no removal can be judged against its page’s intro statement. Run `social-desk log verify`. Nothing was changed.',
      );
    }
    const { pageId, postedAt, seenAt } = comment.data;
    const at = postedAt ?? seenAt;
    const page = this.rules.pageName(pageId);
    const { version } = this.rules.inForce(pageId, at);
    const doing = action.action === 'hide' ? 'hidden' : 'removed';
    if (!version) {
      throw new DeskFailure(
        'invalid-request',
        `“${page}” had no published intro statement on ${at.slice(0, 10)}, when this comment was posted, so it cannot be ${doing} for any reason (III.B.3.d.1): a page may remove only what its intro statement told visitors it would. Record the page’s intro statement and when it was posted (Pages), then act again, or keep or refer the comment. Nothing was changed.`,
      );
    }
    const reason = action.reason as (typeof version.categories)[number];
    if (!version.categories.includes(reason)) {
      const published =
        version.categories.length === 0
          ? 'no removal category at all'
          : `only ${categoryList(version)}`;
      throw new DeskFailure(
        'invalid-request',
        `“${page}” had published ${published} in intro statement version ${version.number} when this comment was posted (${at.slice(0, 10)}), not “${REMOVAL_CATEGORY_LABELS[reason]}”: a comment may be ${doing} only for a category the page told visitors of (III.B.3.d.1). Choose one of those, or keep or refer the comment. Nothing was changed.`,
      );
    }
    return { introVersion: version.id };
  }

  private async eventType(seq: number): Promise<string | undefined> {
    return (await this.event(seq))?.header.type;
  }

  private async event(seq: number): Promise<EventLine | undefined> {
    if (seq > this.journal.head().events) return undefined;
    if (this.index) {
      await this.index.ready();
      return this.index.event(seq);
    }
    for await (const event of readEvents(this.dataFolder)) {
      if (event.header.seq === seq) return event;
    }
    return undefined;
  }
}
