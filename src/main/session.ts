import type { Profile } from '../shared/profiles/profile';
import { DeskFailure } from './ipc/desk-failure';

/** Who is signed in to this window. Held by the main process: the renderer is never trusted with it. */
export class Session {
  private profile: Profile | undefined;

  get current(): Profile | undefined {
    return this.profile;
  }

  signIn(profile: Profile): Profile {
    this.profile = profile;
    return profile;
  }

  signOut(): void {
    this.profile = undefined;
  }

  /** Every change acts as a person: no one signed in, no change. */
  require(): Profile {
    if (!this.profile)
      throw new DeskFailure('not-signed-in', 'Sign in first: every change records who made it.');
    return this.profile;
  }
}
