import { createHash, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Dispatch, createDispatcher } from '../../src/main/ipc/dispatcher';
import { PAGES_FILE } from '../../src/main/pages/page-service';
import { type Services, createHandlers, openServices } from '../../src/main/services';
import type { Page } from '../../src/shared/pages/page';
import type { Profile } from '../../src/shared/profiles/profile';
import { postedIntroVersion } from './intro-version-fixture';
import { tempFolder } from './temp-folder';

export const PAGE_ID = randomUUID();
const PASSPHRASE = 'a long enough passphrase';

// Obscenity only from February; from May, personal attacks too.
export const FIRST = postedIntroVersion(PAGE_ID, 1, ['obscenity'], '2026-02-01T12:00:00.000Z');
export const SECOND = postedIntroVersion(
  PAGE_ID,
  2,
  ['obscenity', 'personal-attack'],
  '2026-05-01T12:00:00.000Z',
);

const PAGE: Page = {
  id: PAGE_ID,
  platform: 'facebook',
  name: 'Example PD on Facebook',
  url: 'https://www.facebook.com/examplepd',
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'dana',
  workflow: [],
};

export interface StoryDesk {
  readonly folder: string;
  readonly services: Services;
  readonly dispatch: Dispatch;
  readonly pat: Profile;
  readonly sam: Profile;
  /** Sends as `who`; the answer as the dispatcher gave it (ok or refused). */
  send(who: Profile, channel: string, request: object): ReturnType<Dispatch>;
  /** Appends a captured comment as an import does (its file and line); answers its seq. */
  capture(text: string, postedAt: string, source?: { file: string; line: number }): Promise<number>;
  /** Appends the edit a later export showed; answers its seq. */
  edit(captured: number, replaces: number, before: string, text: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * A real data folder (pages.json with one page and two intro versions posted on known dates),
 * real services, the real dispatcher, and two people: Pat (administrator), Sam (moderator).
 */
export async function openStoryDesk(folder?: string): Promise<StoryDesk> {
  const dataFolder = folder ?? (await tempFolder('social-desk-story-'));
  if (!folder) {
    await writeFile(
      join(dataFolder, PAGES_FILE),
      JSON.stringify({ schemaVersion: 2, pages: [PAGE], introStatements: [FIRST, SECOND] }),
    );
  }
  const services = await openServices(dataFolder, 'story test');
  const dispatch = createDispatcher(createHandlers(services));
  let pat: Profile;
  let sam: Profile;
  if (!folder) {
    const first = await dispatch(
      'session:createFirstAdministrator',
      { name: 'Pat Okafor', passphrase: PASSPHRASE },
      true,
    );
    if (!first.ok) throw new Error(first.error.message);
    pat = first.value as Profile;
    sam = await services.profiles.add(
      { name: 'Sam Ortiz', roles: ['moderator'], passphrase: PASSPHRASE },
      pat,
    );
  } else {
    const byName = (name: string) => {
      const found = services.profiles.list().find((profile) => profile.name === name);
      if (!found) throw new Error(`no profile ${name}`);
      return found;
    };
    pat = byName('Pat Okafor');
    sam = byName('Sam Ortiz');
  }
  let commentIds = 0;
  const appendOne = async (type: string, payload: unknown) => {
    const [header] = await services.journal.append([{ type, by: sam.id, payload }]);
    if (!header) throw new Error('nothing appended');
    return header.seq;
  };
  return {
    folder: dataFolder,
    services,
    dispatch,
    pat,
    sam,
    send(who, channel, request) {
      services.session.signIn(who);
      return dispatch(channel, request, true);
    },
    capture(text, postedAt, source) {
      commentIds += 1;
      return appendOne('comment.captured', {
        pageId: PAGE_ID,
        commentId: `10158000000_${commentIds}`,
        text,
        author: 'Jordan Visitor',
        permalink: `https://www.facebook.com/examplepd/posts/1?comment_id=${commentIds}`,
        postedAt,
        seenAt: '2026-11-30T08:00:00.000Z',
        ...(source ? { source } : {}),
      });
    },
    edit(captured, replaces, before, text) {
      return appendOne('comment.edited', {
        pageId: PAGE_ID,
        commentId: `10158000000_${commentIds}`,
        captured,
        replaces,
        previousTextSha256: createHash('sha256').update(before, 'utf8').digest('hex'),
        text,
        seenAt: '2026-12-01T08:00:00.000Z',
        source: { file: 'facebook-comments-dec.csv', line: 7 },
      });
    },
    close: () => services.close(),
  };
}
