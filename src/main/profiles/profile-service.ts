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
  const {
    id,
    name,
    roles,
    createdAt,
    createdBy,
    deactivatedAt,
    deactivatedBy,
    deactivationReason,
  } = stored;
  return {
    id,
    name,
    roles,
    createdAt,
    createdBy,
    ...(deactivatedAt === undefined ? {} : { deactivatedAt }),
    ...(deactivatedBy === undefined ? {} : { deactivatedBy }),
    ...(deactivationReason === undefined ? {} : { deactivationReason }),
  };
}

/** Without the given keys at all (not `undefined`): the stored JSON and its hash stay the same. */
function without<T extends object, K extends keyof T & string>(value: T, ...keys: K[]): Omit<T, K> {
  const dropped: readonly string[] = keys;
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !dropped.includes(key)),
  ) as Omit<T, K>;
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
    return this.queued(() => this.addNow(request, addedBy));
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
    if (stored.deactivatedAt !== undefined) {
      // Refused before any passphrase is checked: there is nothing to guess at.
      const by = this.nameOf(stored.deactivatedBy);
      throw new DeskFailure(
        'sign-in-refused',
        `"${stored.name}" was deactivated on ${stored.deactivatedAt.slice(0, 10)}${by ? ` by ${by}` : ''}${stored.deactivationReason ? ` (${stored.deactivationReason})` : ''}: a deactivated profile cannot sign in. Ask an administrator to reactivate it. Nothing was changed.`,
      );
    }
    await this.wait(signInDelayMs(stored.failedSignIns));
    if (await passphraseMatches(passphrase, stored.passphrase)) {
      if (stored.failedSignIns > 0)
        await this.replace(
          { ...without(stored, 'lastFailedAt'), failedSignIns: 0 },
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
    return this.queued(() => this.write(next, publicProfile(next), summary));
  }

  /**
   * The audit event carries only hashes of the profile before and after (AuditTrail hashes
   * documents), so neither a passphrase nor its stored hash reaches the journal.
   */
  private write(next: StoredProfile, by: Profile | { id: string }, summary: string) {
    return commitAudited(
      this.store,
      this.audit,
      {
        ...this.store.data,
        profiles: this.store.data.profiles.map((p) => (p.id === next.id ? next : p)),
      },
      {
        by,
        store: 'profiles',
        document: next.id,
        before: this.store.data.profiles.find((p) => p.id === next.id),
        after: next,
        summary,
      },
    );
  }

  private queued<T>(work: () => Promise<T>): Promise<T> {
    const run = this.changes.then(work);
    this.changes = run.catch(() => undefined);
    return run;
  }

  private nameOf(id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.store.data.profiles.find((p) => p.id === id)?.name;
  }

  private stored(id: string): StoredProfile {
    const stored = this.store.data.profiles.find((p) => p.id === id);
    if (!stored) {
      throw new DeskFailure(
        'not-found',
        `There is no profile with id ${id}. \`social-desk profiles list\` shows them. Nothing was changed.`,
      );
    }
    return stored;
  }

  /**
   * Someone must always be able to add people and change roles: a change that would leave no
   * active administrator is refused, saying who and what to do instead.
   */
  private keepAnAdministrator(target: StoredProfile, by: Profile, what: string): void {
    if (!hasRole(target, 'administrator') || target.deactivatedAt !== undefined) return;
    const others = this.store.data.profiles.filter(
      (p) => p.id !== target.id && p.deactivatedAt === undefined && hasRole(p, 'administrator'),
    );
    if (others.length > 0) return;
    const who = target.id === by.id ? 'You are' : `${target.name} is`;
    throw new DeskFailure(
      'invalid-request',
      `${who} the last active administrator: ${what} would leave no one who can add people or change roles. Give another person the administrator role first. Nothing was changed.`,
    );
  }

  /** A person's roles as given now; taking the administrator role from the last one is refused. */
  setRoles(id: string, requested: readonly Role[], by: Profile): Promise<Profile> {
    return this.queued(async () => {
      const target = this.stored(id);
      const roles = [...new Set(requested)];
      if (roles.length === 0) {
        throw new DeskFailure(
          'invalid-request',
          'Give the person at least one role. Nothing was changed.',
        );
      }
      const same =
        roles.length === target.roles.length && roles.every((role) => target.roles.includes(role));
      if (same) return publicProfile(target);
      if (!roles.includes('administrator')) {
        this.keepAnAdministrator(
          target,
          by,
          target.id === by.id
            ? 'taking away your administrator role'
            : 'taking away the administrator role',
        );
      }
      const next: StoredProfile = { ...target, roles };
      await this.write(
        next,
        by,
        `roles of "${target.name}" changed from ${target.roles.join(', ')} to ${roles.join(', ')}`,
      );
      return publicProfile(next);
    });
  }

  /**
   * A new passphrase, hashed at the full cost; the run of wrong ones is forgotten, since whoever
   * was guessing now faces a passphrase they never saw.
   */
  resetPassphrase(id: string, passphrase: string, by: Profile): Promise<Profile> {
    return this.queued(async () => {
      const checked = valid(passphraseSchema, passphrase);
      const target = this.stored(id);
      const next: StoredProfile = {
        ...without(target, 'lastFailedAt'),
        passphrase: await hashPassphrase(checked),
        failedSignIns: 0,
      };
      await this.write(next, by, `passphrase of "${target.name}" reset by ${by.name}`);
      return publicProfile(next);
    });
  }

  /** Never deleted: records name the profile. It can no longer sign in, or act if signed in. */
  deactivate(id: string, reason: string, by: Profile): Promise<Profile> {
    return this.queued(async () => {
      const target = this.stored(id);
      if (target.deactivatedAt !== undefined) {
        throw new DeskFailure(
          'invalid-request',
          `${target.name} was already deactivated on ${target.deactivatedAt.slice(0, 10)}. Nothing was changed.`,
        );
      }
      this.keepAnAdministrator(
        target,
        by,
        target.id === by.id ? 'deactivating your profile' : 'deactivating this profile',
      );
      const why = reason.trim();
      const next: StoredProfile = {
        ...target,
        deactivatedAt: this.now().toISOString(),
        deactivatedBy: by.id,
        deactivationReason: why,
      };
      await this.write(next, by, `profile "${target.name}" deactivated: ${why}`);
      return publicProfile(next);
    });
  }

  reactivate(id: string, by: Profile): Promise<Profile> {
    return this.queued(async () => {
      const target = this.stored(id);
      if (target.deactivatedAt === undefined) {
        throw new DeskFailure(
          'invalid-request',
          `${target.name} is active: there is nothing to reactivate. Nothing was changed.`,
        );
      }
      const next: StoredProfile = without(
        target,
        'deactivatedAt',
        'deactivatedBy',
        'deactivationReason',
      );
      await this.write(next, by, `profile "${target.name}" reactivated`);
      return publicProfile(next);
    });
  }
}
