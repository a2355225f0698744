import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftSearch } from '../../src/main/drafts/draft-search';
import { DraftService } from '../../src/main/drafts/draft-service';
import { createDispatcher } from '../../src/main/ipc/dispatcher';
import { createHandlers, openServices } from '../../src/main/services';
import { tempFolder } from './temp-folder';

const BY = { id: 'search-owner-test' };
const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

/** How many listeners follow the drafts' saves: each is a search index kept current in memory. */
function following(drafts: DraftService): number {
  // Private to the service; read here only to prove nothing is left following it.
  return drafts['savedListeners'].size;
}

describe('the word search is one object owned by the services', () => {
  it('is made once however often the handlers are made, and stops following saves at close', async () => {
    const folder = await tempFolder('social-desk-search-owner-');
    folders.push(folder);
    const services = await openServices(folder, 'search owner test');
    const search = services.draftSearch;
    // The services' own: the word search, and the attachments learning which photos are named.
    expect(following(services.drafts)).toBe(2);
    // The app makes its handlers once; tests and a reload may make them again.
    createHandlers(services);
    const dispatch = createDispatcher(createHandlers(services));
    expect(following(services.drafts)).toBe(2);

    // The handlers answer from the services' index, which follows a save made after it was read.
    const first = await dispatch(
      'session:createFirstAdministrator',
      { name: 'Pat Okafor', passphrase: 'a long enough passphrase' },
      true,
    );
    expect(first.ok).toBe(true);
    expect(await dispatch('drafts:search', { words: 'zebra' }, true)).toEqual({
      ok: true,
      value: { ids: [] },
    });
    const saved = await services.drafts.save(
      { title: 'Zoo', body: 'A zebra crossing on Elm.', category: 'other', pages: [] },
      BY,
    );
    expect(await search.search('zebra')).toEqual([saved.id]);

    await services.close();
    expect(following(services.drafts)).toBe(0);
  });

  it('close() stops a search following saves: a later save never reaches its index', async () => {
    const folder = await tempFolder('social-desk-search-close-');
    folders.push(folder);
    const drafts = await DraftService.open(folder);
    const search = new DraftSearch(drafts);
    expect(await search.search('zebra')).toEqual([]); // the index is read now
    search.close();
    const saved = await drafts.save(
      { title: 'Zoo', body: 'A zebra crossing on Elm.', category: 'other', pages: [] },
      BY,
    );
    expect(drafts.has(saved.id)).toBe(true);
    expect(await search.search('zebra')).toEqual([]);
    expect(following(drafts)).toBe(0);
    await drafts.close();
  });
});
