import { REMOVAL_CATEGORY_LABELS } from '../../shared/pages/intro-categories';
import { auditKindWords } from '../../shared/records/audit-view';

/** Names a person knows, for ids the events hold. */
export interface AuditNames {
  readonly person: (id: string) => string;
  readonly page: (id: string) => string;
}

/** A comment's words are quoted only so far in one line; the comment itself keeps them all. */
const QUOTE_MAX = 200;

const ACTION_WORDS: Readonly<Record<string, string>> = {
  keep: 'Kept',
  hide: 'Hid',
  remove: 'Removed',
  restore: 'Restored',
  refer: 'Referred',
};

const REASON_WORDS: Readonly<Record<string, string>> = REMOVAL_CATEGORY_LABELS;

type Fields = Readonly<Record<string, unknown>>;

/**
 * One line in words for an event: a store's change says its own summary; the moderation desk's
 * events, dispositions and records events are put in words from their payloads. Only what the
 * payload itself holds is read, so the line is the same whichever page of the list shows it.
 */
export function auditWhat(
  type: string,
  payload: unknown,
  disposed: number | undefined,
  names: AuditNames,
): string {
  if (disposed !== undefined || typeof payload !== 'object' || payload === null) {
    const gone =
      disposed === undefined
        ? 'its content is not in the journal'
        : `its content was disposed of (disposition ${disposed})`;
    return `${auditKindWords(type)}: ${gone}`;
  }
  const p = payload as Fields;
  switch (type) {
    case 'audit.change':
      return text(p.summary) || `Changed ${text(p.document) || 'a document'} in ${text(p.store)}`;
    case 'audit.not-applied':
      return `Change ${num(p.event)} was not applied: ${text(p.reason) || 'its document could not be written'}`;
    case 'comment.captured':
      return `Captured a comment${text(p.author) ? ` by ${text(p.author)}` : ''} on ${pageName(p.pageId, names)}${p.enteredByHand === true ? ' (typed in by hand)' : ''}: “${quote(p.text)}”`;
    case 'comment.edited':
      return `Recorded an edit on the platform to comment ${num(p.captured)}: “${quote(p.text)}”`;
    case 'moderation.action': {
      const reason = REASON_WORDS[text(p.reason)] ?? text(p.reason);
      return `${ACTION_WORDS[text(p.action)] ?? text(p.action)} comment ${num(p.comment)}${reason ? ` (${reason})` : ''}${text(p.note) ? `: ${text(p.note)}` : ''}`;
    }
    case 'correction':
      return `Corrected event ${num(p.corrects)}: ${text(p.note)}`;
    case 'moderation.review':
      return `${p.verdict === 'agree' ? 'Agreed with' : 'Disagreed with'} removal ${num(p.action)} as second reviewer${text(p.note) ? `: ${text(p.note)}` : ''}`;
    case 'moderation.notice':
      return `Notice to the commenter of action ${num(p.action)} ${p.sent === true ? 'sent' : 'not sent'}${text(p.how) ? ` (${text(p.how)})` : ''}`;
    case 'moderation.page-rules':
      return `Set the moderation rules of ${pageName(p.pageId, names)}: ${p.secondReviewer === true ? 'a second reviewer needed' : 'no second reviewer'}, ${p.noticeRequired === true ? 'notice to commenters required' : 'no notice required'}`;
    case 'disposition': {
      const events = Array.isArray(p.events) ? p.events.length : 0;
      const under = text(p.schedule)
        ? `under the schedule ${text(p.schedule)}`
        : `under the order ${text(p.order)}`;
      return `Disposed of the content of ${events} event${events === 1 ? '' : 's'} ${under}: ${text(p.reason)}`;
    }
    case 'records.backup':
      return `Backed up the data folder${text(p.file) ? ` to ${text(p.file)}` : ''}${typeof p.files === 'number' ? ` (${p.files} files)` : ''}`;
    case 'records.restore':
      return `Restored the data folder from a backup${text(p.backup) ? ` (${text(p.backup)})` : ''}`;
    default:
      return auditKindWords(type);
  }
}

/** One line: runs of spaces and line breaks made one space (checked first: most have none). */
function text(value: unknown, most = Infinity): string {
  if (typeof value !== 'string') return '';
  // A comment can hold 25,000 characters; only the start of it is quoted.
  const start = value.length > most * 2 ? value.slice(0, most * 2) : value;
  return SPACING.test(start) ? start.replace(/\s+/g, ' ').trim() : start.trim();
}
const SPACING = /\s\s|[^\S ]/;

function num(value: unknown): string {
  return typeof value === 'number' ? String(value) : '?';
}

function quote(value: unknown): string {
  const words = text(value, QUOTE_MAX);
  return words.length > QUOTE_MAX ? `${words.slice(0, QUOTE_MAX - 1)}…` : words;
}

function pageName(id: unknown, names: AuditNames): string {
  return typeof id === 'string' ? names.page(id) : 'a page';
}
