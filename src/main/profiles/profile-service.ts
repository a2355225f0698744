import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { z } from 'zod';
import {
  type Profile,
  type Role,
  hasRole,
  passphraseSchema,
  profileNameSchema,
} from '../../shared/profiles/profile';
import type { AuditTrail } from '../audit/audit-trail';
import { commitAudited, stampUnstamped } from '../audit/audited-store';
import { DeskFailure } from '../ipc/desk-failure';
import type { DocumentOpenOptions, DocumentStore } from '../storage/document-store';
import { refuseLostProfiles } from './lost-profiles';
import { hashPassphrase, passphraseMatches } from './passphrase';
import {
  PROFILES_FILE,
  type ProfilesFile,
  type StoredProfile,
  openProfileStore,
} from './profile-store';

/** The wait after n wrong passphrases in a row: 0, 1 s, 2 s, 4 s, ... up to 30 s. */
export function signInDelayMs(failures: number): number {
  return failures === 0 ? 0 : Math.min(30_000, 1000 * 2 ** (failures - 1));
}

export interface ProfileServiceOptions extends DocumentOpenOptions {
  readonly now?: () => Date;
  readonly wait?: (ms: number) => Promise<unknown>;
  /** Where every change to a profile is recorded first; a service without one only reads. */
  readonly audit?: AuditTrail;
}

function valid<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new DeskFailure('invalid-request', parsed.error.issues.map((i) => i.message).join('; '));
  }
  return parsed.data;
}

function publicProfile(stored: StoredProfile): Profile {
  const { id, name, roles, createdAt, createdBy } = stored;
  return { id, name, roles, createdAt, createdBy };
}

/** Two names for one person differ only in case, width or accents' encoding ("Dana", "dana"). */
function sameName(a: string, b: string): boolean {
  return a.normalize('NFKC').toLowerCase() === b.normalize('NFKC').toLowerCase();
}

export class ProfileService {
  private signIns: Promise<unknown> = Promise.resolve();
  /** Profile changes run one at a time, each seeing the last: no two "first" administrators. */
  private changes: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly store: DocumentStore<ProfilesFile>,
    private readonly now: () => Date,
    private readonly wait: (ms: number) => Promise<unknown>,
    private readonly audit: AuditTrail | undefined,
    /** True when this open stamped a profiles.json written by an earlier version. */
    readonly stampedAtOpen: boolean,
  ) {}

  /**
   * A folder whose journal already holds events had profiles: if its profiles store is missing or
   * empty now, they were lost, and handing out a new first administrator would give the records
   * to whoever asks first. That is damage, named, never a first start.
   */
  static async open(
    dataFolder: string,
    options: ProfileServiceOptions = {},
  ): Promise<ProfileService> {
    const store = await openProfileStore(dataFolder, options);
    if (store.data.profiles.length === 0) await refuseLostProfiles(dataFolder, store.existed);
    const stamped = options.audit
      ? await stampUnstamped(store, options.audit, 'profiles', PROFILES_FILE)
      : false;
    return new ProfileService(
      store,
      options.now ?? (() => new Date()),
      options.wait ?? sleep,
      options.audit,
      stamped,
    );
  }

  list(): Profile[] {
    return this.store.data.profiles.map(publicProfile);
  }

  /** A profile by id as stored now, or undefined once it is gone. */
  byId(id: string): Profile | undefined {
    const stored = this.store.data.profiles.find((p) => p.id === id);
    return stored && publicProfile(stored);
  }

  isEmpty(): boolean {
    return this.store.data.profiles.length === 0;
  }

  /**
   * The very first profile needs no sign-in and must be an administrator (someone has to be able
   * to add the others); every later one is added by a signed-in administrator.
   */
  add(
    request: { name: string; roles: readonly Role[]; passphrase: string },
    addedBy: Profile | undefined,
  ): Promise<Profile> {
    const run = this.changes.then(() => this.addNow(request, addedBy));
    this.changes = run.catch(() => undefined);
    return run;
  }

  private async addNow(
    request: { name: string; roles: readonly Role[]; passphrase: string },
    addedBy: Profile | undefined,
  ): Promise<Profile> {
    const name = valid(profileNameSchema, request.name);
    const passphrase = valid(passphraseSchema, request.passphrase);
    const roles = [...new Set(request.roles)];
    if (this.isEmpty()) {
      if (!roles.includes('administrator')) {
        throw new DeskFailure(
          'invalid-request',
          'The first profile must include the administrator role, so someone can add the others.',
        );
      }
    } else if (!addedBy) {
      throw new DeskFailure(
        'invalid-request',
        'This data folder already has profiles: the first administrator is made only on a new folder. Ask an administrator to add you.',
      );
    } else if (!hasRole(addedBy, 'administrator')) {
      throw new DeskFailure(
        'not-permitted',
        `Adding a profile needs the administrator role; ${addedBy.name} has ${addedBy.roles.join(', ')}.`,
      );
    }
    const taken = this.store.data.profiles.find((p) => sameName(p.name, name));
    if (taken) {
      throw new DeskFailure(
        'invalid-request',
        `There is already a profile named "${taken.name}" (names are compared ignoring case). Choose another name.`,
      );
    }
    const stored: StoredProfile = {
      id: randomUUID(),
      name,
      roles,
      createdAt: this.now().toISOString(),
      createdBy: addedBy?.id ?? 'first-start',
      passphrase: await hashPassphrase(passphrase),
      failedSignIns: 0,
    };
    const added = publicProfile(stored);
    await commitAudited(
      this.store,
      this.audit,
      { ...this.store.data, profiles: [...this.store.data.profiles, stored] },
      {
        by: addedBy ?? added,
        store: 'profiles',
        document: added.id,
        before: undefined,
        after: added,
        summary: addedBy
          ? `profile "${added.name}" added with roles ${added.roles.join(', ')}`
          : `first administrator "${added.name}" added with roles ${added.roles.join(', ')}`,
      },
    );
    return added;
  }

  /**
   * Checks a passphrase. Each wrong one in a row makes the next attempt wait longer, and the count
   * is stored, so starting a new process does not reset it.
   */
  signIn(name: string, passphrase: string): Promise<Profile> {
    // One attempt at a time, each reading the count the one before left: guesses sent in parallel
    // wait in line and each pays the growing delay.
    const run = this.signIns.then(() => this.signInNow(name, passphrase));
    this.signIns = run.catch(() => undefined);
    return run;
  }

  private async signInNow(name: string, passphrase: string): Promise<Profile> {
    const stored = this.find(name);
    if (!stored) {
      throw new DeskFailure(
        'sign-in-refused',
        `There is no profile named "${name}". \`social-desk profiles list\` shows them.`,
      );
    }
    await this.wait(signInDelayMs(stored.failedSignIns));
    if (await passphraseMatches(passphrase, stored.passphrase)) {
      if (stored.failedSignIns > 0)
        await this.replace(
          { ...stored, failedSignIns: 0, lastFailedAt: undefined },
          `"${stored.name}" signed in after ${stored.failedSignIns} wrong passphrase(s)`,
        );
      return publicProfile(stored);
    }
    const failures = stored.failedSignIns + 1;
    await this.replace(
      { ...stored, failedSignIns: failures, lastFailedAt: this.now().toISOString() },
      `wrong passphrase for "${stored.name}" (${failures} in a row)`,
    );
    const seconds = signInDelayMs(failures) / 1000;
    throw new DeskFailure(
      'sign-in-refused',
      `Wrong passphrase for "${stored.name}". The attempt is recorded, and the next one will wait ${seconds} s. Nothing else was changed.`,
    );
  }

  private find(name: string): StoredProfile | undefined {
    const wanted = name.trim();
    return this.store.data.profiles.find((p) => sameName(p.name, wanted));
  }

  /** Sign-in counts are records too: a run of wrong passphrases is in the journal. */
  private replace(next: StoredProfile, summary: string): Promise<void> {
    const run = this.changes.then(() =>
      commitAudited(
        this.store,
        this.audit,
        {
          ...this.store.data,
          profiles: this.store.data.profiles.map((p) => (p.id === next.id ? next : p)),
        },
        {
          by: publicProfile(next),
          store: 'profiles',
          document: next.id,
          before: this.store.data.profiles.find((p) => p.id === next.id),
          after: next,
          summary,
        },
      ),
    );
    this.changes = run.catch(() => undefined);
    return run;
  }
}
