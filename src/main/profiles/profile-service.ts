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
import { DeskFailure } from '../ipc/desk-failure';
import type { DocumentStore } from '../storage/document-store';
import { hashPassphrase, passphraseMatches } from './passphrase';
import { type ProfilesFile, type StoredProfile, openProfileStore } from './profile-store';

/** The wait after n wrong passphrases in a row: 0, 1 s, 2 s, 4 s, ... up to 30 s. */
export function signInDelayMs(failures: number): number {
  return failures === 0 ? 0 : Math.min(30_000, 1000 * 2 ** (failures - 1));
}

export interface ProfileServiceOptions {
  readonly now?: () => Date;
  readonly wait?: (ms: number) => Promise<unknown>;
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

export class ProfileService {
  private signIns: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly store: DocumentStore<ProfilesFile>,
    private readonly now: () => Date,
    private readonly wait: (ms: number) => Promise<unknown>,
  ) {}

  static async open(
    dataFolder: string,
    options: ProfileServiceOptions = {},
  ): Promise<ProfileService> {
    return new ProfileService(
      await openProfileStore(dataFolder),
      options.now ?? (() => new Date()),
      options.wait ?? sleep,
    );
  }

  list(): Profile[] {
    return this.store.data.profiles.map(publicProfile);
  }

  isEmpty(): boolean {
    return this.store.data.profiles.length === 0;
  }

  /**
   * The very first profile needs no sign-in and must be an administrator (someone has to be able
   * to add the others); every later one is added by a signed-in administrator.
   */
  async add(
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
    } else if (!addedBy || !hasRole(addedBy, 'administrator')) {
      throw new DeskFailure(
        'not-permitted',
        'Only an administrator can add a profile: sign in as one with --profile.',
      );
    }
    if (this.store.data.profiles.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
      throw new DeskFailure(
        'invalid-request',
        `There is already a profile named "${name}". Choose another name.`,
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
    await this.store.commit({
      ...this.store.data,
      profiles: [...this.store.data.profiles, stored],
    });
    return publicProfile(stored);
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
        await this.replace({ ...stored, failedSignIns: 0, lastFailedAt: undefined });
      return publicProfile(stored);
    }
    const failures = stored.failedSignIns + 1;
    await this.replace({
      ...stored,
      failedSignIns: failures,
      lastFailedAt: this.now().toISOString(),
    });
    const seconds = signInDelayMs(failures) / 1000;
    throw new DeskFailure(
      'sign-in-refused',
      `Wrong passphrase for "${stored.name}". The next attempt will wait ${seconds} s. Nothing was changed.`,
    );
  }

  private find(name: string): StoredProfile | undefined {
    const wanted = name.trim().toLowerCase();
    return this.store.data.profiles.find((p) => p.name.toLowerCase() === wanted);
  }

  private async replace(next: StoredProfile): Promise<void> {
    await this.store.commit({
      ...this.store.data,
      profiles: this.store.data.profiles.map((p) => (p.id === next.id ? next : p)),
    });
  }
}
