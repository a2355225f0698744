import { commentEditedSchema, capturedCommentSchema } from '../../shared/moderation/comment';
import type {
  CommentStory,
  RemovalRulesView,
  StoryEvent,
} from '../../shared/moderation/comment-view';
import {
  correctionEventSchema,
  moderationActionEventSchema,
  noticeEventSchema,
  reviewEventSchema,
} from '../../shared/moderation/events';
import { REMOVAL_CATEGORY_LABELS } from '../../shared/pages/intro-categories';
import type { IntroStatementVersion } from '../../shared/pages/page';
import { DeskFailure } from '../ipc/desk-failure';
import type { EventLine } from '../journal/journal-line';
import type { CommentIndex, IndexedAction } from './comment-index';

/** What a story is read from: the comment index (never trusted over the journal it reads), pages. */
export interface StorySources {
  readonly index: Pick<
    CommentIndex,
    'ready' | 'comment' | 'event' | 'action' | 'summary' | 'pageRules'
  >;
  readonly pages: {
    inForce(pageId: string, at: string): { version: IntroStatementVersion | null };
    versions(pageId: string): readonly IntroStatementVersion[];
    get(pageId: string): { readonly name: string };
  };
  readonly nameOf: (id: string) => string;
}

const DOING = {
  keep: 'Kept',
  hide: 'Hidden',
  remove: 'Removed',
  restore: 'Restored (visible again)',
  refer: 'Referred to a supervisor',
} as const;

/**
 * A comment's whole story from the journal, in its order: captured, each edit (both texts), each
 * action with the intro-statement version it was judged under, corrections, second reviews and
 * notices, each said in words with who, when and its chained hash.
 */
export async function commentStory(seq: number, sources: StorySources): Promise<CommentStory> {
  const { index, pages, nameOf } = sources;
  await index.ready();
  const comment = index.comment(seq);
  if (!comment) {
    throw new DeskFailure(
      'not-found',
      `There is no comment ${seq}: a comment's id is the number of the journal event that captured it (\`social-desk comments list\` shows them).`,
    );
  }
  const pageName = safePageName(pages, comment.pageId);
  const versions = safeVersions(pages, comment.pageId);
  const versionNumber = (id: string | undefined) =>
    id === undefined ? undefined : versions.find((version) => version.id === id)?.number;
  // Each text a story event held, so an edit can say what it replaced.
  const texts = new Map<number, string>();
  const events: StoryEvent[] = [];
  for (const eventSeq of comment.events) {
    const line = await index.event(eventSeq);
    if (!line) {
      throw new DeskFailure(
        'store-damaged',
        `Event ${eventSeq} of comment ${seq}'s story cannot be read from the journal. Run \`social-desk log verify\` to find what is wrong, and restore the data folder from a backup if it fails.`,
      );
    }
    const told = await tell(line, {
      texts,
      action: (at) => index.action(at),
      versionNumber,
      disposedOn: async (disposition) => (await index.event(disposition))?.header.at,
    });
    const action = index.action(eventSeq);
    events.push({
      seq: line.header.seq,
      at: line.header.at,
      by: line.header.by,
      byName: nameOf(line.header.by),
      kind: told.kind,
      summary: told.summary,
      ...(line.payload === undefined ? {} : { payload: line.payload }),
      ...(action?.correctedBy === undefined ? {} : { correctedBy: action.correctedBy }),
      hash: line.hash,
    });
  }
  return {
    comment: index.summary(comment, nameOf),
    pageName,
    rules: rulesAt(pages, comment.pageId, comment.postedAt ?? comment.seenAt),
    pageRules: { ...index.pageRules(comment.pageId) },
    events,
  };
}

interface Telling {
  readonly texts: Map<number, string>;
  readonly action: (seq: number) => IndexedAction | undefined;
  readonly versionNumber: (id: string | undefined) => number | undefined;
  readonly disposedOn: (disposition: number) => Promise<string | undefined>;
}

const KINDS: Readonly<Record<string, StoryEvent['kind']>> = {
  'comment.captured': 'captured',
  'comment.edited': 'edited',
  'moderation.action': 'action',
  correction: 'correction',
  'moderation.review': 'review',
  'moderation.notice': 'notice',
};

async function tell(
  line: EventLine,
  telling: Telling,
): Promise<{ kind: StoryEvent['kind']; summary: string }> {
  const kind = KINDS[line.header.type] ?? 'notice';
  if (line.payload === undefined) {
    const disposition = line.disposed?.disposition;
    const on = disposition === undefined ? undefined : await telling.disposedOn(disposition);
    const when = on ? ` on ${on.slice(0, 10)}` : '';
    const which = disposition === undefined ? '' : ` (disposition event ${disposition})`;
    return {
      kind,
      summary: `${KIND_WORDS[kind]}: its content was removed under retention${when}${which}; its hash is kept, so the journal still verifies.`,
    };
  }
  return { kind, summary: sayEvent(kind, line, telling) };
}

const KIND_WORDS: Readonly<Record<StoryEvent['kind'], string>> = {
  captured: 'Captured',
  edited: 'Edited on the platform',
  action: 'A moderation action',
  correction: 'A correction',
  review: 'A second review',
  notice: 'The commenter’s notice',
};

function sayEvent(kind: StoryEvent['kind'], line: EventLine, telling: Telling): string {
  const unreadable = `${KIND_WORDS[kind]} (event ${line.header.seq}), recorded in a form this version cannot read; its payload is kept as recorded.`;
  switch (kind) {
    case 'captured': {
      const parsed = capturedCommentSchema.safeParse(line.payload);
      if (!parsed.success) return unreadable;
      telling.texts.set(line.header.seq, parsed.data.text);
      const { source } = parsed.data;
      return source
        ? `Captured from ${source.file}, line ${source.line}.`
        : 'Entered by hand, as seen on the platform.';
    }
    case 'edited': {
      const parsed = commentEditedSchema.safeParse(line.payload);
      if (!parsed.success) return unreadable;
      telling.texts.set(line.header.seq, parsed.data.text);
      const before = telling.texts.get(parsed.data.replaces);
      const from = parsed.data.source
        ? ` (seen in ${parsed.data.source.file}, line ${parsed.data.source.line})`
        : '';
      const was =
        before === undefined ? `the text of event ${parsed.data.replaces}` : `“${before}”`;
      return `Edited on the platform${from}: ${was} became “${parsed.data.text}”. Both texts are kept.`;
    }
    case 'action': {
      const parsed = moderationActionEventSchema.safeParse(line.payload);
      if (!parsed.success) return unreadable;
      const { action, reason, note, screenshot, introVersion } = parsed.data;
      const parts: string[] = [DOING[action]];
      if (reason) parts.push(` for “${REMOVAL_CATEGORY_LABELS[reason]}”`);
      const number = telling.versionNumber(introVersion);
      if (introVersion !== undefined) {
        parts.push(
          number === undefined
            ? `, judged under intro statement version ${introVersion} (no longer among the page's versions)`
            : `, judged under intro statement version ${number}`,
        );
      }
      parts.push('.');
      if (note) parts.push(` Note: “${note}”.`);
      if (screenshot) parts.push(` Screenshot ${screenshot.name}, SHA-256 ${screenshot.sha256}.`);
      const corrected = telling.action(line.header.seq)?.correctedBy;
      if (corrected !== undefined) parts.push(` Voided by the correction in event ${corrected}.`);
      return parts.join('');
    }
    case 'correction': {
      const parsed = correctionEventSchema.safeParse(line.payload);
      if (!parsed.success) return unreadable;
      const voided = telling.action(parsed.data.corrects);
      const what = voided ? ` (${DOING[voided.action].toLowerCase()})` : '';
      return `Correction: voids the action in event ${parsed.data.corrects}${what}. Note: “${parsed.data.note}”.`;
    }
    case 'review': {
      const parsed = reviewEventSchema.safeParse(line.payload);
      if (!parsed.success) return unreadable;
      const verdict = parsed.data.verdict === 'agree' ? 'agreed with' : 'disagreed with';
      const note = parsed.data.note ? ` Note: “${parsed.data.note}”.` : '';
      return `Second review: ${verdict} the action in event ${parsed.data.action}.${note}`;
    }
    case 'notice': {
      const parsed = noticeEventSchema.safeParse(line.payload);
      if (!parsed.success) return unreadable;
      const how = parsed.data.how ? `: ${parsed.data.how}` : '';
      return parsed.data.sent
        ? `Notice to the commenter sent${how}, about the action in event ${parsed.data.action}.`
        : `Notice to the commenter not sent${how}, about the action in event ${parsed.data.action}.`;
    }
    default: {
      const unknown: never = kind;
      return String(unknown);
    }
  }
}

/** The categories a hide or removal of the comment is judged under: its page's version then. */
function rulesAt(
  pages: StorySources['pages'],
  pageId: string,
  at: string,
): RemovalRulesView | null {
  let version: IntroStatementVersion | null;
  try {
    ({ version } = pages.inForce(pageId, at));
  } catch {
    // A page no longer recorded: nothing may be judged against it, as the log itself says.
    return null;
  }
  if (!version) return null;
  return { versionId: version.id, number: version.number, categories: [...version.categories] };
}

function safePageName(pages: StorySources['pages'], pageId: string): string {
  try {
    return pages.get(pageId).name;
  } catch {
    return `A page no longer recorded (${pageId})`;
  }
}

function safeVersions(
  pages: StorySources['pages'],
  pageId: string,
): readonly IntroStatementVersion[] {
  try {
    return pages.versions(pageId);
  } catch {
    return [];
  }
}
