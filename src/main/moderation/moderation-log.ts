import { COMMENT_CAPTURED, capturedCommentSchema } from '../../shared/moderation/comment';
import { REMOVAL_CATEGORY_LABELS } from '../../shared/pages/intro-categories';
import type { IntroStatementVersion } from '../../shared/pages/page';
import {
  CORRECTION,
  MODERATION_ACTION,
  type ModerationActionEvent,
  correctionEventSchema,
  moderationActionEventSchema,
} from '../../shared/moderation/events';
import { parseUnknown } from '../../shared/parse';
import type { Profile } from '../../shared/profiles/profile';
import { DeskFailure } from '../ipc/desk-failure';
import type { Journal } from '../journal/journal';
import type { EventHeader, EventLine } from '../journal/journal-line';
import { readEvents } from '../journal/read-events';
import type { CommentIndex } from './comment-index';

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
