import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import type { Draft } from '../../src/shared/drafts/draft';
import type { Page } from '../../src/shared/pages/page';
import { CONTENT_CHECKLIST } from '../../src/shared/policy/catalogue';
import type { Profile, Role } from '../../src/shared/profiles/profile';
import type { Result } from '../../src/shared/result';
import { sharedFolder } from './records-fixtures';
import { snapshotTree } from './temp-folder';

/** Every content-checklist item a person attests (the rest the scanners decide). */
export const ATTESTABLE = CONTENT_CHECKLIST.filter((item) => item.satisfiedBy !== 'automatic').map(
  (item) => item.id,
);

/**
 * A real data folder with real services and the real dispatcher, and the people of a CAT: Pat
 * (the first administrator, who drafts), Quinn (an approver who drafts nothing), Alex (a drafter
 * who is also an approver, for separation of duties) and Robin (an administrator who transcribes).
 */
export interface WorkflowDesk {
  readonly folder: string;
  readonly services: Services;
  readonly dispatch: Dispatch;
  readonly people: Readonly<Record<'pat' | 'quinn' | 'alex' | 'robin', Profile>>;
  readonly page: Page;
  /** Signs `who` in to the session the dispatcher acts for. */
  as(who: Profile): void;
  /** Sends a request as `who` and returns its value, failing the test on a refusal. */
  call<T = unknown>(who: Profile, channel: string, request: object): Promise<T>;
  /** Sends a request as `who` and returns the refusal, failing the test if it was accepted. */
  refusal(
    who: Profile,
    channel: string,
    request: object,
  ): Promise<{ code: string; message: string }>;
  /** A saved draft with every person-checked item attested, as `who`. */
  ready(who: Profile, content?: Partial<DraftInput>): Promise<Draft>;
  /** `ready`, then submitted by `who`. */
  submitted(who: Profile, content?: Partial<DraftInput>): Promise<Draft>;
  /** The drafts folder (each draft's file and the index), byte for byte. */
  draftsOnDisk(): Promise<Map<string, Buffer | 'folder'>>;
  close(): Promise<void>;
}

export interface DraftInput {
  readonly title: string;
  readonly body: string;
  readonly category: string;
  readonly pages: string[];
  /** A time-sensitive category's template values (template-fixtures.ts has complete ones). */
  readonly fields?: Readonly<Record<string, string>>;
}

export const PASSPHRASE = 'a long enough passphrase';

export async function openWorkflowDesk(prefix = 'social-desk-workflow-'): Promise<WorkflowDesk> {
  const folder = await sharedFolder(prefix);
  const services = await openServices(folder, 'workflow test');
  const dispatch = createDispatcher(createHandlers(services));
  const first = await dispatch(
    'session:createFirstAdministrator',
    { name: 'Pat Okafor', passphrase: PASSPHRASE },
    true,
  );
  if (!first.ok) throw new Error(first.error.message);
  const pat = first.value as Profile;
  const add = (name: string, roles: Role[]) =>
    services.profiles.add({ name, roles, passphrase: PASSPHRASE }, pat);
  const quinn = await add('Quinn Chief', ['approver']);
  const alex = await add('Alex Both', ['drafter', 'approver']);
  const robin = await add('Robin Admin', ['administrator']);
  const page = await services.pages.add(
    { platform: 'facebook', name: 'Example PD', url: 'https://www.facebook.com/examplepd' },
    pat,
    services.audit,
  );
  const as = (who: Profile) => {
    services.session.signIn(who);
  };
  const send = async (who: Profile, channel: string, request: object) => {
    as(who);
    return dispatch(channel, request, true);
  };
  // The caller names what the channel answers (the dispatcher has already checked its schema).
  const call: WorkflowDesk['call'] = async (who, channel, request) => {
    const result: Result<unknown> = await send(who, channel, request);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as never;
  };
  const ready = async (who: Profile, content: Partial<DraftInput> = {}) => {
    const draft = await call<Draft>(who, 'drafts:save', {
      title: 'Bike rodeo',
      body: 'Bring your bike to the station lot on Saturday at 10 a.m.',
      category: 'special-event',
      pages: [],
      ...content,
    });
    for (const itemId of ATTESTABLE)
      await call<Draft>(who, 'drafts:attest', { id: draft.id, itemId });
    return call<Draft>(who, 'drafts:get', { id: draft.id });
  };
  return {
    folder,
    services,
    dispatch,
    people: { pat, quinn, alex, robin },
    page,
    as,
    call,
    async refusal(who, channel, request) {
      const result = await send(who, channel, request);
      expect(result.ok, `${channel} should have been refused`).toBe(false);
      if (result.ok) throw new Error('accepted');
      return result.error;
    },
    ready,
    async submitted(who, content) {
      const draft = await ready(who, content);
      return call<Draft>(who, 'drafts:submit', { id: draft.id });
    },
    draftsOnDisk: () => snapshotTree(join(folder, 'drafts')),
    async close() {
      await services.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** The packet hash a draft was last submitted with. */
export function packetOf(draft: Draft): string {
  const submit = draft.workflow.findLast((step) => step.move === 'submit');
  if (submit?.move !== 'submit' || submit.packetHash === undefined)
    throw new Error(`draft ${draft.id} was never submitted with a packet`);
  return submit.packetHash;
}
