import { z } from 'zod';

/**
 * The kinds of record a retention schedule, a legal hold, an export and a search name (SPEC
 * section 6; III.B.3.c: page content is subject to public-records laws and retention schedules).
 */
export const RECORD_TYPES = [
  'draft',
  'post',
  'comment',
  'moderation',
  'packet',
  'intro',
  'audit',
] as const;
export const recordTypeSchema = z.enum(RECORD_TYPES, {
  error: `A record type is one of ${RECORD_TYPES.join(', ')}`,
});
export type RecordType = z.infer<typeof recordTypeSchema>;

/** What starts a retention period running. */
export const RETENTION_TRIGGERS = ['created', 'published', 'superseded', 'closed'] as const;
export const retentionTriggerSchema = z.enum(RETENTION_TRIGGERS, {
  error: `A trigger is one of ${RETENTION_TRIGGERS.join(', ')}`,
});
export type RetentionTrigger = z.infer<typeof retentionTriggerSchema>;

interface RecordTypeWords {
  /** "Drafts and revisions": a heading. */
  readonly many: string;
  /** "draft": in a sentence. */
  readonly one: string;
  /** What each trigger means for this type; a type has only the triggers it can meet. */
  readonly triggers: Partial<Record<RetentionTrigger, string>>;
}

/** Each type in the department's words, with the events that can start its retention. */
export const RECORD_TYPE_WORDS: Readonly<Record<RecordType, RecordTypeWords>> = {
  draft: {
    many: 'Drafts and revisions',
    one: 'draft',
    triggers: {
      created: 'the draft was started',
      closed: 'the draft was archived, or denied and not taken further',
    },
  },
  post: {
    many: 'Published posts',
    one: 'published post',
    triggers: {
      published: 'the post was published',
      closed: 'the post was archived',
    },
  },
  comment: {
    many: 'Captured comments',
    one: 'comment',
    triggers: { created: 'the comment was captured' },
  },
  moderation: {
    many: 'Moderation actions',
    one: 'moderation action',
    triggers: { created: 'the action was recorded' },
  },
  packet: {
    many: 'Approval packets and decisions',
    one: 'approval packet',
    triggers: {
      created: 'the packet was frozen at submission',
      closed: 'the Chief’s decision on it was recorded',
    },
  },
  intro: {
    many: 'Intro-statement versions',
    one: 'intro-statement version',
    triggers: {
      created: 'the version was written',
      published: 'the version was posted on its page',
      superseded: 'a later version was posted on its page',
    },
  },
  audit: {
    many: 'Audit entries',
    one: 'audit entry',
    triggers: { created: 'the change was recorded' },
  },
};

export function triggersOf(type: RecordType): RetentionTrigger[] {
  return RETENTION_TRIGGERS.filter((trigger) => RECORD_TYPE_WORDS[type].triggers[trigger]);
}

/**
 * Why records of a type are never disposed of, though a schedule may list them as due: the
 * refusal, the retention screen and the confirmation say the same.
 */
export const KEPT_BECAUSE: Partial<Readonly<Record<RecordType, string>>> = {
  intro: 'every moderation action is judged under the version in force when its comment was posted',
  audit: 'they record every change, disposals included',
};
