import { z } from 'zod';
import {
  draftIdSchema,
  draftSaveRequestSchema,
  draftSchema,
  draftSummarySchema,
} from '../drafts/draft';
import { profileSchema } from '../profiles/profile';
import {
  firstAdministratorRequestSchema,
  sessionStatusSchema,
  signInRequestSchema,
} from '../profiles/session';

const noRequest = z.object({}).strict();

export const appInfoSchema = z
  .object({
    version: z.string(),
    dataFolder: z.string(),
    /** What the start repaired or found, in words for the person (a torn write cut away, ...). */
    notices: z.array(z.string()),
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
  'drafts:list': { request: noRequest, response: z.array(draftSummarySchema) },
  'drafts:get': { request: z.object({ id: draftIdSchema }).strict(), response: draftSchema },
  'drafts:save': { request: draftSaveRequestSchema, response: draftSchema },
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
