import { z } from 'zod';
import {
  JUSTIFICATION_REASON_MAX,
  JUSTIFIED_TEXT_MAX,
  draftIdSchema,
  draftSaveRequestSchema,
  draftSchema,
  draftSummarySchema,
} from '../drafts/draft';
import { pageSchema } from '../pages/page';
import { FINDING_KINDS } from '../policy/finding';
import { profileSchema } from '../profiles/profile';
import {
  firstAdministratorRequestSchema,
  sessionStatusSchema,
  signInRequestSchema,
} from '../profiles/session';
import { DRAFTING_CHANNELS } from './channels/drafting-channels';
import { AUDIT_CHANNELS } from './channels/audit-channels';
import { EXPORT_CHANNELS } from './channels/export-channels';
import { MODERATION_CHANNELS } from './channels/moderation-channels';
import { PAGE_CHANNELS } from './channels/page-channels';
import { PEOPLE_CHANNELS } from './channels/people-channels';
import { RECORDS_CHANNELS } from './channels/records-channels';
import { SEARCH_CHANNELS } from './channels/search-channels';
import { WORKFLOW_CHANNELS } from './channels/workflow-channels';

const noRequest = z.object({}).strict();

export const appInfoSchema = z
  .object({
    version: z.string(),
    dataFolder: z.string(),
    /** What the start repaired or found, in words for the person (a torn write cut away, ...). */
    notices: z.array(z.string()),
    /** The department's own contact lines, never flagged as personal data (null: not set up). */
    department: z
      .object({
        /** The department's name as the settings give it (a filled template signs with it). */
        name: z.string().optional(),
        phones: z.array(z.string()),
        emails: z.array(z.string()),
        websites: z.array(z.string()),
        /** The department's street and place names, never flagged as obscene (issue 13). */
        placeNames: z.array(z.string()).optional(),
      })
      .strict()
      .nullable(),
  })
  .strict();
export type AppInfo = z.infer<typeof appInfoSchema>;

/**
 * The one IPC contract: channel name (`domain:verb`), request schema, response schema. The preload's
 * `window.desk`, the main process's handler registration and both sides' validation derive from it,
 * so adding a channel is one row here and one handler in the main process.
 */
export const CONTRACT = {
  'app:info': { request: noRequest, response: appInfoSchema },
  'session:status': { request: noRequest, response: sessionStatusSchema },
  'session:createFirstAdministrator': {
    request: firstAdministratorRequestSchema,
    response: profileSchema,
  },
  'session:signIn': { request: signInRequestSchema, response: profileSchema },
  'session:signOut': { request: noRequest, response: sessionStatusSchema },
  'pages:list': { request: noRequest, response: z.array(pageSchema) },
  'drafts:list': {
    // `first`: only the most recently saved, so a list of 20,000 paints its first rows at once.
    request: z.object({ first: z.number().int().min(1).max(1_000).optional() }).strict(),
    response: z.array(draftSummarySchema),
  },
  'drafts:get': { request: z.object({ id: draftIdSchema }).strict(), response: draftSchema },
  'drafts:save': { request: draftSaveRequestSchema, response: draftSchema },
  'drafts:attest': {
    request: z.object({ id: draftIdSchema, itemId: z.string().min(1).max(200) }).strict(),
    response: draftSchema,
  },
  'drafts:justify': {
    request: z
      .object({
        id: draftIdSchema,
        kind: z.enum(FINDING_KINDS),
        text: z
          .string()
          .min(1)
          .max(JUSTIFIED_TEXT_MAX, 'The flagged words are longer than any draft can be'),
        reason: z
          .string()
          .trim()
          .min(10, 'Say why in at least 10 characters: the approver reads it')
          .max(
            JUSTIFICATION_REASON_MAX,
            `Say why in at most ${JUSTIFICATION_REASON_MAX.toLocaleString('en-US')} characters`,
          ),
      })
      .strict(),
    response: draftSchema,
  },
  'drafts:submit': { request: z.object({ id: draftIdSchema }).strict(), response: draftSchema },
  // Each domain's rows in their own file, so each stays readable; still one table.
  ...WORKFLOW_CHANNELS,
  ...DRAFTING_CHANNELS,
  ...PAGE_CHANNELS,
  ...PEOPLE_CHANNELS,
  ...MODERATION_CHANNELS,
  ...RECORDS_CHANNELS,
  ...EXPORT_CHANNELS,
  ...SEARCH_CHANNELS,
  ...AUDIT_CHANNELS,
} as const satisfies Record<
  `${string}:${string}`,
  { readonly request: z.ZodType; readonly response: z.ZodType }
>;

export type Contract = typeof CONTRACT;
export type Channel = keyof Contract;
export type RequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type RequestInputOf<C extends Channel> = z.input<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export const CHANNELS = Object.keys(CONTRACT) as Channel[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(CONTRACT, value);
}
