import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftFile } from '../../src/main/drafts/draft-files';
import { DraftSearch } from '../../src/main/drafts/draft-search';
import { DraftService } from '../../src/main/drafts/draft-service';
import type { Draft } from '../../src/shared/drafts/draft';
import { tempFolder } from './temp-folder';
import { type WorkflowDesk, openWorkflowDesk } from './workflow-fixtures';

const BY = { id: 'search-test' };

async function saved(
  drafts: DraftService,
  title: string,
  body: string,
  id?: string,
): Promise<Draft> {
  return drafts.save({ ...(id ? { id } : {}), title, body, category: 'other', pages: [] }, BY);
}

/** Real drafts on disk, the search opened over them as the handlers open it. */
async function deskWith(...drafts: readonly (readonly [string, string])[]): Promise<{
  folder: string;
  service: DraftService;
  search: DraftSearch;
  ids: string[];
  warnings: string[];
}> {
  const folder = await tempFolder('social-desk-search-');
  const service = await DraftService.open(folder);
  const ids: string[] = [];
  for (const [title, body] of drafts) ids.push((await saved(service, title, body)).id);
  const warnings: string[] = [];
  const search = new DraftSearch(service, { warn: (line) => warnings.push(line) });
  return { folder, service, search, ids, warnings };
}

describe('word search over the drafts’ text', () => {
  it('finds a draft by a word of its body, and by the start of one ("clos" finds "closure")', async () => {
    const { service, search, ids } = await deskWith(
      ['Parade on Saturday', 'Main Street closure from 9 a.m. for the parade; detour via Elm.'],
      ['Bike rodeo', 'Bring your bike to the station lot.'],
    );
    expect(await search.search('detour')).toEqual([ids[0]]);
    expect(await search.search('clos')).toEqual([ids[0]]);
    expect(await search.search('BIKE')).toEqual([ids[1]]);
    expect(await search.search('nothing-like-it')).toEqual([]);
    await service.close();
  });

  it('wants every word a person typed, forgives a slip in a longer word, ranks titles first', async () => {
    const { service, search, ids } = await deskWith(
      ['Road work', 'Elm Street is closed for paving; a detour is posted.'],
      ['Detour on Elm', 'Traffic is sent around the fair.'],
      ['Paving season', 'Crews are paving Oak Avenue this week.'],
    );
    expect(await search.search('elm paving')).toEqual([ids[0]]);
    expect(await search.search('pavng')).toEqual(expect.arrayContaining([ids[0], ids[2]]));
    // The same word in a title outranks it in a body.
    expect((await search.search('detour'))[0]).toBe(ids[1]);
    await service.close();
  });

  it('follows a save: new words are found, removed words no longer match', async () => {
    const { service, search, ids } = await deskWith([
      'Storm',
      'Heavy rain tonight; avoid the underpass.',
    ]);
    const [id] = ids;
    expect(await search.search('underpass')).toEqual([id]);
    await saved(service, 'Storm', 'Heavy rain tonight; the river trail is flooded.', id);
    expect(await search.search('underpass')).toEqual([]);
    expect(await search.search('flooded')).toEqual([id]);
    await service.close();
  });

  it('finds a draft started after the first search', async () => {
    const { service, search } = await deskWith(['First', 'Something else entirely.']);
    expect(await search.search('recruitment')).toEqual([]);
    const fresh = await saved(service, 'Join us', 'Recruitment fair at the academy on Friday.');
    expect(await search.search('recruitment')).toEqual([fresh.id]);
    expect(await search.search('academy fri')).toEqual([fresh.id]);
    await service.close();
  });

  it('reads the drafts as saved now at its first search, never an earlier copy', async () => {
    const { service, search, ids } = await deskWith(['Notice', 'The old words.']);
    const [id] = ids;
    // Saved before any search: the index is read from the files then, not kept from before.
    await saved(service, 'Notice', 'The new words.', id);
    expect(await search.search('old')).toEqual([]);
    expect(await search.search('new')).toEqual([id]);
    await service.close();
  });

  it('leaves out a draft whose file cannot be read, names it, and still finds the others', async () => {
    const { folder, service, search, ids, warnings } = await deskWith(
      ['Lost dog', 'A brown dog found near the park.'],
      ['Park cleanup', 'Volunteers meet at the park gate.'],
    );
    const [damaged, intact] = ids as [string, string];
    await writeFile(draftFile(folder, damaged), '{"not a draft');
    expect(await search.search('park')).toEqual([intact]);
    expect([...search.leftOut().keys()]).toEqual([damaged]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(damaged);
    expect(warnings[0]).toContain('left out of the search');
    await service.close();
  });

  it('gives no result for a draft that is no longer on the list', async () => {
    const { folder, service, search, ids } = await deskWith(
      ['Fair', 'County fair parking.'],
      ['Fair traffic', 'Fair traffic advice.'],
    );
    expect(await search.search('fair')).toHaveLength(2);
    // Taken off the list since the index was read (its file damaged, found on opening it).
    const [gone] = ids as [string, string];
    await writeFile(draftFile(folder, gone), 'damaged');
    await service.get(gone).catch(() => undefined);
    expect(await search.search('fair')).toEqual([ids[1]]);
    await service.close();
  });

  it('keeps the words of drafts saved while the index is being read as they were saved last', async () => {
    const { service, search, ids } = await deskWith(
      ...Array.from({ length: 300 }, (_, i) => [`Draft ${i}`, `Alpha words ${i}.`] as const),
    );
    // The most recently saved are read first: their saves land while the rest is still being read.
    const edited = ids.slice(-10);
    const first = search.search('alpha');
    const edits = edited.map((id, i) => saved(service, `Draft ${i}`, `Bravo words ${i}.`, id));
    await Promise.all(edits);
    await first;
    const bravo = await search.search('bravo');
    expect(new Set(bravo)).toEqual(new Set(edited));
    expect(new Set(await search.search('alpha'))).toEqual(new Set(ids.slice(0, -10)));
    await service.close();
  });
});

describe('drafts:search through the dispatcher', () => {
  let desk: WorkflowDesk;
  beforeAll(async () => {
    desk = await openWorkflowDesk('social-desk-search-');
  });
  afterAll(() => desk.close());

  it('answers the ids of matching drafts, best first, to a signed-in person', async () => {
    const { pat } = desk.people;
    const closure = await desk.call<Draft>(pat, 'drafts:save', {
      title: 'Bridge closure',
      body: 'The Hawthorne bridge is closed overnight.',
      category: 'other',
      pages: [],
    });
    const mention = await desk.call<Draft>(pat, 'drafts:save', {
      title: 'Weekend events',
      body: 'Mind the bridge work downtown.',
      category: 'other',
      pages: [],
    });
    expect(await desk.call(pat, 'drafts:search', { words: 'bridge' })).toEqual({
      ids: [closure.id, mention.id],
    });
    expect(await desk.call(pat, 'drafts:search', { words: 'hawth' })).toEqual({
      ids: [closure.id],
    });
    const refused = await desk.refusal(pat, 'drafts:search', { words: '   ' });
    expect(refused.message).toContain('Type a word to search for');
  });

  it('lists only the most recently saved first when asked for the first few (the list paints them at once)', async () => {
    const { pat } = desk.people;
    const all = await desk.call<{ id: string }[]>(pat, 'drafts:list', {});
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(await desk.call(pat, 'drafts:list', { first: 1 })).toEqual(all.slice(0, 1));
    const refused = await desk.refusal(pat, 'drafts:list', { first: 0 });
    expect(refused.code).toBe('invalid-request');
  });
});
