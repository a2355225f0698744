import type { Profile } from '../shared/profiles/profile';
import { DeskFailure } from './ipc/desk-failure';

/** Who is signed in to this window. Held by the main process: the renderer is never trusted with it. */
export class Session {
  private profile: Profile | undefined;
  private readonly signOutListeners = new Set<(profileId: string) => void>();

  get current(): Profile | undefined {
    return this.profile;
  }

  signIn(profile: Profile): Profile {
    // Another person signing in over one signed in signs that one out.
    if (this.profile && this.profile.id !== profile.id) this.signOut();
    this.profile = profile;
    return profile;
  }

  signOut(): void {
    const leaving = this.profile;
    this.profile = undefined;
    if (leaving) for (const listener of this.signOutListeners) listener(leaving.id);
  }

  /** Hears each sign-out, with who left: what was kept for them (a chosen file) can go. */
  onSignOut(listener: (profileId: string) => void): () => void {
    this.signOutListeners.add(listener);
    return () => this.signOutListeners.delete(listener);
  }

  /** Every change acts as a person: no one signed in, no change. */
  require(): Profile {
    if (!this.profile)
      throw new DeskFailure('not-signed-in', 'Sign in first: every change records who made it.');
    return this.profile;
  }
}
