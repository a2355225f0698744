import { z } from 'zod';
import { DRAFT_CATEGORIES } from '../../../shared/drafts/categories';
import {
  SCAN_MAX_BYTES,
  type InboxItem,
  scanUploadSchema,
} from '../../../shared/ipc/channels/workflow-channels';
import type { Profile } from '../../../shared/profiles/profile';
import {
  COMMENT_MAX,
  DECISIONS,
  type ItemKind,
  URGENT_CATEGORIES,
} from '../../../shared/workflow/workflow';

/**
 * The approval screens' rules that need no DOM: the forms' schemas (the same words the main
 * process would give, said before the request goes), which decision forms a person sees, and the
 * checks on a scan before it is read. The main process checks all of it again.
 */

export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  post: 'Post',
  page: 'New page',
  'intro-statement': 'Intro statement',
};

export function categoryWords(category: string | null): string | undefined {
  if (category === null) return undefined;
  return DRAFT_CATEGORIES.find((c) => c.id === category)?.label ?? category;
}

export function isUrgentCategory(category: string | null | undefined): boolean {
  return (URGENT_CATEGORIES as readonly string[]).includes(category ?? '');
}

export const COMMENT_REQUIRED =
  'Comments are required for anything but Approve: say what to change, or why';
export const COMMENT_HINT = 'Required for anything but Approve: say what to change, or why.';

const commentField = z
  .string()
  .trim()
  .max(COMMENT_MAX, `A comment has at most ${COMMENT_MAX.toLocaleString('en-US')} characters`);

/** Approve may stand alone; anything else tells the author what to change or why. */
function commentNeeded(value: { decision: string; comment: string }, ctx: z.RefinementCtx) {
  if (value.decision !== 'approve' && value.comment.trim() === '') {
    ctx.addIssue({ code: 'custom', path: ['comment'], message: COMMENT_REQUIRED });
  }
}

const chooseDecision = z.enum(DECISIONS, { error: () => 'Choose a decision' });

export const decisionFormSchema = z
  .object({ decision: chooseDecision, comment: commentField })
  .superRefine(commentNeeded);
export type DecisionForm = z.input<typeof decisionFormSchema>;

const MEGABYTE = 1024 * 1024;
export const SCAN_LIMIT_WORDS = `PDF, PNG or JPEG, at most ${SCAN_MAX_BYTES / MEGABYTE} MB`;
const SCAN_TYPES: readonly string[] = scanUploadSchema.shape.mediaType.options;

/** What is wrong with a chosen scan file before it is read; undefined when it may be attached. */
export function scanProblem(file: {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}): string | undefined {
  if (!SCAN_TYPES.includes(file.type)) {
    return `“${file.name}” is not a PDF, PNG or JPEG file: scan the signed paper to one of those.`;
  }
  if (file.size === 0) return `“${file.name}” is empty: choose the scan again.`;
  if (file.size > SCAN_MAX_BYTES) {
    const size = (file.size / MEGABYTE).toFixed(1);
    return `“${file.name}” is ${size} MB; a scan is at most ${SCAN_MAX_BYTES / MEGABYTE} MB: scan it at a lower resolution or as a PDF.`;
  }
  return undefined;
}

/** FileReader gives `data:TYPE;base64,DATA`; the contract wants DATA alone. */
export function base64OfDataUrl(dataUrl: string): string {
  const comma = dataUrl.indexOf(',');
  return comma === -1 ? '' : dataUrl.slice(comma + 1);
}

const scanField = scanUploadSchema
  .nullable()
  .refine((scan) => scan !== null, `Attach the scan of the signed paper (${SCAN_LIMIT_WORDS})`);

/** Today's date where the person is, as a date input gives it. */
export function localToday(now: Date = new Date()): string {
  return isoToLocal(now).slice(0, 10);
}

const paperFields = {
  decidedBy: z.string().trim().min(1, 'Name who signed').max(200),
  decidedOn: z.iso
    .date({ error: 'The date on the signature, as YYYY-MM-DD' })
    .refine((date) => date <= localToday(), 'The date on the signature cannot be after today'),
  scan: scanField,
};

export const transcribeFormSchema = z
  .object({ decision: chooseDecision, comment: commentField, ...paperFields })
  .superRefine(commentNeeded);
export type TranscribeForm = z.input<typeof transcribeFormSchema>;

export const confirmFormSchema = z.object({ comment: commentField });
export type ConfirmForm = z.input<typeof confirmFormSchema>;

export const transcribeConfirmationFormSchema = z.object({ comment: commentField, ...paperFields });
export type TranscribeConfirmationForm = z.input<typeof transcribeConfirmationFormSchema>;

/** `<input type="datetime-local">` gives local wall time without a zone: the instant it names. */
export function localToIso(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const time = new Date(value);
  return Number.isNaN(time.getTime()) ? undefined : time.toISOString();
}

/** The value a datetime-local input shows for an instant, in local time, to the minute. */
export function isoToLocal(iso: string | Date): string {
  const time = typeof iso === 'string' ? new Date(iso) : iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}T${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

/** A few minutes of clock difference between machines is not "the future". */
const CLOCK_SLACK_MS = 5 * 60_000;

/** A moment already past, typed in a datetime-local input. */
export function pastMoment(what: string, now: () => number = Date.now) {
  return z
    .string()
    .refine((value) => localToIso(value) !== undefined, `Say ${what}: a date and a time`)
    .refine(
      (value) => {
        const iso = localToIso(value);
        return iso === undefined || Date.parse(iso) <= now() + CLOCK_SLACK_MS;
      },
      `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} cannot be in the future`,
    );
}

export const verbalFormSchema = z.object({
  givenBy: z.string().trim().min(1, 'Name who gave the approval').max(200),
  givenAt: pastMoment('when it was given'),
  how: z.string().trim().min(1, 'Say how it was given: telephone, in person, radio').max(200),
  comment: commentField,
});
export type VerbalForm = z.input<typeof verbalFormSchema>;

/** Which parts of the decision area a person sees for one packet. */
export interface DecisionArea {
  /** Why nothing can be recorded here, in words; the forms are not shown when set. */
  readonly blocked: string | undefined;
  readonly decide: boolean;
  readonly transcribe: boolean;
  readonly verbal: boolean;
}

export function decisionArea(
  me: Pick<Profile, 'name' | 'roles'>,
  packet: { readonly frozen: boolean },
  item: Pick<InboxItem, 'ownItem' | 'urgent' | 'kind'> | undefined,
): DecisionArea {
  const none = { decide: false, transcribe: false, verbal: false };
  if (!packet.frozen) {
    return {
      ...none,
      blocked: 'This is a preview: nothing is decided on a packet until it is submitted.',
    };
  }
  if (item === undefined) {
    return {
      ...none,
      blocked: 'This packet is not waiting for a decision (it was decided or withdrawn).',
    };
  }
  const approver = me.roles.includes('approver');
  const administrator = me.roles.includes('administrator');
  if (!approver && !administrator) {
    return {
      ...none,
      blocked: `Recording a decision needs the approver role (or administrator, to transcribe signed paper); ${me.name} has ${me.roles.join(', ')}.`,
    };
  }
  if (item.ownItem) {
    return {
      ...none,
      blocked: `${me.name} drafted or submitted this, so cannot record its decision (separation of duties): another approver records it, or an administrator transcribes the Chief’s signed decision.`,
    };
  }
  return {
    blocked: undefined,
    decide: approver,
    transcribe: administrator,
    verbal: item.urgent && (approver || administrator),
  };
}
