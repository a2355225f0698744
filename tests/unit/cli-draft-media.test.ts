import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { createHandlers, openServices } from '../../src/main/services';
import type { Draft } from '../../src/shared/drafts/draft';
import type { DraftMedia, StoredMedia } from '../../src/shared/drafts/media';
import { cli, cliFirstAdministrator, setEnv, sharedFolder } from './records-fixtures';
import { ATTESTABLE, PASSPHRASE } from './workflow-fixtures';

let folder: string;
let inputs: string;
beforeAll(async () => {
  folder = await sharedFolder('social-desk-cli-media-');
  inputs = await sharedFolder('social-desk-cli-media-inputs-');
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(inputs, { recursive: true, force: true });
});

const as = (profile: string) => ['--data', folder, '--profile', profile];
const EVENT = {
  title: 'Academy graduation',
  body: 'Congratulations to the new officers who graduated from the academy today.',
  category: 'special-event',
};
let files = 0;
async function draftFile(content: object): Promise<string> {
  files += 1;
  const file = join(inputs, `draft-${files}.json`);
  await writeFile(file, JSON.stringify(content));
  return file;
}
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('the academy class on the steps'),
]);

/** A photo attached the way the app attaches one (the command line has no upload). */
async function draftWithPhoto(): Promise<{ draft: Draft; photo: DraftMedia }> {
  const services = await openServices(folder, 'cli media test');
  try {
    const dispatch = createDispatcher(createHandlers(services));
    const dana = services.profiles.list().find((p) => p.name === 'Dana Reyes');
    if (dana === undefined) throw new Error('no Dana Reyes');
    services.session.signIn(dana);
    const uploaded = await dispatch(
      'drafts:uploadMedia',
      { name: 'graduation.png', mediaType: 'image/png', base64: PNG.toString('base64') },
      true,
    );
    if (!uploaded.ok) throw new Error(uploaded.error.message);
    const photo: DraftMedia = {
      ...(uploaded.value as StoredMedia),
      depicts: ['uniform'],
      permissions: [],
    };
    const saved = await dispatch('drafts:save', { ...EVENT, media: [photo] }, true);
    if (!saved.ok) throw new Error(saved.error.message);
    return { draft: saved.value as Draft, photo };
  } finally {
    await services.close();
  }
}

async function draftNow(
  id: string,
): Promise<{ status: string; latestRevision: Draft['revisions'][number] }> {
  const run = await cli('drafts', 'show', id, '--data', folder);
  expect(run.code, run.err).toBe(0);
  return JSON.parse(run.out) as { status: string; latestRevision: Draft['revisions'][number] };
}

describe('drafts save from the command line, on a draft with photos', () => {
  it('sets up: an administrator who drafts and an approver', async () => {
    await cliFirstAdministrator(folder, 'Dana Reyes', 'administrator,drafter', PASSPHRASE);
    const run = await cli(
      'profiles',
      'add',
      '--name',
      'Quinn Chief',
      '--roles',
      'approver',
      ...as('Dana Reyes'),
    );
    expect(run.code, run.err).toBe(0);
  }, 60_000);

  it('keeps the photos when the file says nothing of them, so an approval stands', async () => {
    setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
    const { draft, photo } = await draftWithPhoto();
    const attest = await cli(
      'drafts',
      'attest',
      draft.id,
      '--items',
      ATTESTABLE.join(','),
      ...as('Dana Reyes'),
    );
    expect(attest.code, attest.err).toBe(0);
    expect((await cli('drafts', 'submit', draft.id, ...as('Dana Reyes'))).code).toBe(0);
    const decided = await cli(
      'drafts',
      'decide',
      draft.id,
      '--decision',
      'approve',
      ...as('Quinn Chief'),
    );
    expect(decided.code, decided.err).toBe(0);
    expect((await draftNow(draft.id)).status).toBe('approved');

    const same = await cli('drafts', 'save', draft.id, await draftFile(EVENT), ...as('Dana Reyes'));
    expect(same.code, same.err).toBe(0);
    const after = await draftNow(draft.id);
    expect(after.latestRevision.media).toEqual([photo]);
    expect(after.latestRevision.number).toBe(1);
    expect(after.status).toBe('approved');
  }, 60_000);

  it('takes the file’s media as written: an empty list removes them, an unknown file is refused', async () => {
    setEnv({ SOCIAL_DESK_PASSPHRASE: PASSPHRASE });
    const { draft, photo } = await draftWithPhoto();
    const missing = await cli(
      'drafts',
      'save',
      draft.id,
      await draftFile({ ...EVENT, media: [{ ...photo, sha256: 'cd'.repeat(32) }] }),
      ...as('Dana Reyes'),
    );
    expect(missing.code).not.toBe(0);
    expect(missing.err).toContain(
      'The photo or video graduation.png is not kept in this data folder',
    );
    expect((await draftNow(draft.id)).latestRevision.media).toEqual([photo]);

    const removed = await cli(
      'drafts',
      'save',
      draft.id,
      await draftFile({ ...EVENT, media: [] }),
      ...as('Dana Reyes'),
    );
    expect(removed.code, removed.err).toBe(0);
    const after = await draftNow(draft.id);
    expect(after.latestRevision.number).toBe(2);
    expect(after.latestRevision.media ?? []).toEqual([]);
  }, 60_000);
});
