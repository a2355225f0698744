import { REMOVAL_CATEGORY_LABELS } from '../pages/intro-categories';
import { type RemovalReason, publishedRemovalReasons } from '../policy/intro-statement';

/** What a notice to a commenter is made from; every part is on the record, nothing is typed in. */
export interface NoticeFacts {
  readonly reason: RemovalReason;
  readonly pageName: string;
  readonly pageUrl: string;
  /** When the comment was posted (else first seen), as an ISO instant. */
  readonly commentedAt: string;
  /** The comment's author as the platform showed them, for the greeting. */
  readonly author?: string;
  /** The intro statement in force when the comment was posted: its words and since when. */
  readonly statement: { readonly text: string; readonly since?: string | undefined };
  /** Who signs: the department, never an officer by name. */
  readonly department?: string | undefined;
  /** The time zone the dates are read in (the desk's own by default). */
  readonly timeZone?: string;
}

/** A quote this long keeps the whole notice within what the log records (5,000 characters). */
const QUOTE_MAX = 2500;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * The sentences of the statement that name the category: the rule a visitor was told of. Empty
 * when the words do not name it (the version recorded the category without saying it).
 */
export function ruleSentences(text: string, reason: RemovalReason): string[] {
  const spans = publishedRemovalReasons(text).get(reason) ?? [];
  const found: string[] = [];
  for (const { index, segment } of segmenter.segment(text)) {
    const end = index + segment.length;
    if (spans.some((span) => span.start >= index && span.start < end)) {
      found.push(segment.replace(/\s+/g, ' ').trim());
    }
  }
  return found;
}

function quoted(sentences: readonly string[]): string {
  const whole = sentences.join(' ');
  return whole.length <= QUOTE_MAX ? whole : `${whole.slice(0, QUOTE_MAX - 1).trimEnd()}…`;
}

function day(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-US', {
    dateStyle: 'long',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

/**
 * The ready-to-send message telling a commenter their comment was removed: the category as the
 * page's intro statement published it, and that statement's own words as they stood when the
 * comment was posted. It says nothing of the comment's views (removals are viewpoint neutral,
 * III.B.3.d.1) and names no officer: the department speaks.
 */
export function noticeText(facts: NoticeFacts): string {
  const category = REMOVAL_CATEGORY_LABELS[facts.reason];
  const when = day(facts.commentedAt, facts.timeZone);
  const rule = ruleSentences(facts.statement.text, facts.reason);
  const since = facts.statement.since
    ? ` (as published on ${day(facts.statement.since, facts.timeZone)})`
    : '';
  const author = facts.author?.trim();
  const lines = [
    author ? `Hello ${author},` : 'Hello,',
    '',
    `Your comment of ${when} on our page “${facts.pageName}” (${facts.pageUrl}) has been removed under the page’s published comment rules, in the category “${category}”.`,
    '',
    rule.length > 0
      ? `When you posted it, the page’s comment rules${since} said:`
      : `When you posted it, the page’s comment rules${since} listed “${category}” as a reason a comment may be removed.`,
    ...(rule.length > 0 ? ['', `“${quoted(rule)}”`] : []),
    '',
    `The comment was removed for that reason alone, not for any opinion or viewpoint it expressed. You are welcome to keep taking part on the page within its rules, which are posted at ${facts.pageUrl}.`,
    '',
    'If you believe this was a mistake, please reply to this message and we will look at it again.',
    '',
    'Thank you,',
    facts.department?.trim() || `The moderators of “${facts.pageName}”`,
  ];
  return lines.join('\n');
}
