import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewestFirst } from '../../src/main/search/newest-first';
import {
  dayRange,
  holdsEvery,
  packetText,
  queryWords,
  snippetOf,
} from '../../src/main/search/search-text';
import type { Draft } from '../../src/shared/drafts/draft';
import type { Page } from '../../src/shared/pages/page';
import type { RecordSearchResult, SearchHit } from '../../src/shared/records/search-view';
import { Journal } from '../../src/main/journal/journal';
import { cli, folderDigest } from './records-fixtures';
import { type WorkflowDesk, openWorkflowDesk, packetOf } from './workflow-fixtures';

// One real data folder holding a record of every kind with the word "lighthouse": a draft, an
// earlier revision of another draft (its latest words no longer have it), a published post (and
// the packet frozen when it was submitted), a page, an intro-statement version and a comment.
describe('search across all records', () => {
  let desk: WorkflowDesk;
  let harbour: Page;
  let draft: Draft;
  let revised: Draft;
  let post: Draft;
  let introId: string;
  let comment: number;

  const search = (request: object) => {
    const { pat } = desk.people;
    return desk.call<RecordSearchResult>(pat, 'records:search', request);
  };
  const kinds = (hits: readonly SearchHit[]) => [...new Set(hits.map((hit) => hit.type))].sort();

  beforeAll(async () => {
    desk = await openWorkflowDesk('social-desk-record-search-');
    const { pat, quinn } = desk.people;
    harbour = await desk.services.pages.add(
      {
        platform: 'instagram',
        name: 'Harbour Precinct',
        url: 'https://www.instagram.com/harbourpd',
        audience: 'Residents near the lighthouse',
      },
      pat,
      desk.services.audit,
    );
    const intro = await desk.services.pages.saveIntro(
      {
        pageId: harbour.id,
        text: 'We share news about the lighthouse district. Comments are monitored; obscene comments are removed.',
        categories: ['obscenity'],
      },
      pat,
    );
    introId = intro.version.id;
    draft = await desk.call<Draft>(pat, 'drafts:save', {
      title: 'Road works',
      body: 'The lighthouse road is closed on Monday for resurfacing.',
      category: 'other',
      pages: [desk.page.id],
    });
    const first = await desk.call<Draft>(pat, 'drafts:save', {
      title: 'Festival parking',
      body: 'Park by the lighthouse for the festival.',
      category: 'other',
      pages: [harbour.id],
    });
    revised = await desk.call<Draft>(pat, 'drafts:save', {
      id: first.id,
      title: 'Festival parking',
      body: 'Park at the ferry terminal for the festival.',
      category: 'other',
      pages: [harbour.id],
    });
    const submitted = await desk.submitted(pat, {
      title: 'Lighthouse tours',
      body: 'Free lighthouse tours with our officers this Saturday.',
      category: 'other',
      pages: [desk.page.id],
    });
    await desk.call(quinn, 'approvals:decide', {
      kind: 'post',
      id: submitted.id,
      packetHash: packetOf(submitted),
      decision: 'approve',
      comment: '',
    });
    post = await desk.call<Draft>(pat, 'drafts:published', {
      id: submitted.id,
      pageId: desk.page.id,
      url: 'https://www.facebook.com/examplepd/posts/12',
      publishedAt: new Date().toISOString(),
    });
    const [captured] = await desk.services.journal.append([
      {
        type: 'comment.captured',
        by: pat.id,
        payload: {
          pageId: harbour.id,
          commentId: 'c-1',
          text: 'Is the lighthouse open to visitors on Sundays?',
          author: 'Jordan Visitor',
          postedAt: '2020-05-01T12:00:00.000Z',
          seenAt: '2020-05-02T08:00:00.000Z',
        },
      },
    ]);
    comment = captured?.seq ?? 0;
  }, 60_000);

  afterAll(async () => {
    await desk.close();
  });

  it('finds a record of every kind in one search, each with its id, words in context and date', async () => {
    const result = await search({ words: 'lighthouse' });
    expect(kinds(result.hits)).toEqual(
      ['comment', 'draft', 'intro', 'packet', 'page', 'post', 'revision'].sort(),
    );
    expect(result.total).toBe(result.hits.length);
    const byType = (type: string) => result.hits.filter((hit) => hit.type === type);
    expect(byType('draft').map((hit) => hit.id)).toEqual([draft.id]);
    expect(byType('post').map((hit) => hit.id)).toEqual([post.id]);
    expect(byType('revision').map((hit) => hit.id)).toEqual([`${revised.id}@1`]);
    expect(byType('revision')[0]?.item).toEqual({ kind: 'post', id: revised.id });
    expect(byType('packet').map((hit) => hit.id)).toEqual([packetOf(post)]);
    expect(byType('packet')[0]?.item).toEqual({ kind: 'post', id: post.id });
    expect(byType('page').map((hit) => hit.id)).toEqual([harbour.id]);
    expect(byType('intro').map((hit) => hit.id)).toEqual([introId]);
    expect(byType('comment').map((hit) => hit.id)).toEqual([String(comment)]);
    for (const hit of result.hits) expect(hit.snippet.toLowerCase()).toContain('lighthouse');
    expect(byType('comment')[0]?.snippet).toBe('Is the lighthouse open to visitors on Sundays?');
    // Newest first: the comment posted in 2020 comes last.
    expect(result.hits.at(-1)?.type).toBe('comment');
    expect(result.notices).toEqual([]);
  });

  it('needs every word, and finds a draft by its words now, not by words it no longer has', async () => {
    expect((await search({ words: 'lighthouse resurfacing' })).hits.map((h) => h.id)).toEqual([
      draft.id,
    ]);
    const ferry = await search({ words: 'ferry terminal' });
    expect(ferry.hits.map((hit) => [hit.type, hit.id])).toEqual([['draft', revised.id]]);
    expect((await search({ words: 'zeppelin' })).total).toBe(0);
  });

  it('narrows by kind, page and dates', async () => {
    const comments = await search({ words: 'lighthouse', types: ['comment'] });
    expect(kinds(comments.hits)).toEqual(['comment']);
    const onHarbour = await search({ words: 'lighthouse', pages: [harbour.id] });
    expect(kinds(onHarbour.hits)).toEqual(['comment', 'intro', 'page', 'revision']);
    const old = await search({ words: 'lighthouse', to: '2021-12-31' });
    expect(old.hits.map((hit) => hit.type)).toEqual(['comment']);
    const recent = await search({ words: 'lighthouse', from: '2021-01-01' });
    expect(kinds(recent.hits)).not.toContain('comment');
    expect(recent.total).toBe(6);
    const limited = await search({ words: 'lighthouse', limit: 2 });
    expect(limited.hits).toHaveLength(2);
    expect(limited.total).toBe(7);
  });

  it('refuses a search it cannot run, saying what to change', async () => {
    const { pat } = desk.people;
    const refused = (request: object) => desk.refusal(pat, 'records:search', request);
    expect((await refused({ words: '   ' })).message).toContain('Type at least one word');
    expect((await refused({ words: 'lighthouse', types: ['memo'] })).message).toContain(
      'A kind of record to search is one of draft, revision, post, page, intro, comment, packet',
    );
    expect(
      (await refused({ words: 'lighthouse', from: '2026-05-01', to: '2026-04-01' })).message,
    ).toContain('swap them');
    expect((await refused({ words: 'lighthouse', limit: 500 })).message).toContain('At most 200');
    const punctuation = await refused({ words: '!!!' });
    expect(punctuation.message).toContain('has no word to search for');
    expect(punctuation.message).toContain('Nothing was searched');
    desk.services.session.signOut();
    const anonymous = await desk.dispatch('records:search', { words: 'lighthouse' }, true);
    expect(anonymous.ok).toBe(false);
    if (!anonymous.ok) expect(anonymous.error.message).toContain('Sign in first');
  });

  it('finds a draft saved after the first search, and its words replaced by the next save', async () => {
    const { pat } = desk.people;
    const later = await desk.call<Draft>(pat, 'drafts:save', {
      title: 'Kayak safety',
      body: 'Wear a lifejacket near the breakwater.',
      category: 'other',
      pages: [],
    });
    expect((await search({ words: 'breakwater' })).hits.map((hit) => hit.id)).toEqual([later.id]);
    await desk.call<Draft>(pat, 'drafts:save', {
      id: later.id,
      title: 'Kayak safety',
      body: 'Wear a lifejacket on the water.',
      category: 'other',
      pages: [],
    });
    const again = await search({ words: 'breakwater' });
    expect(again.hits.map((hit) => [hit.type, hit.id])).toEqual([['revision', `${later.id}@1`]]);
  });

  it('the command line prints JSON hits with type and id, beside the open app, and writes nothing', async () => {
    const open = await cli('search', 'lighthouse', '--data', desk.folder);
    expect(open.err).toBe('');
    expect(open.code).toBe(0);
    const hits = JSON.parse(open.out) as SearchHit[];
    expect(kinds(hits)).toEqual(
      ['comment', 'draft', 'intro', 'packet', 'page', 'post', 'revision'].sort(),
    );
    for (const hit of hits) {
      expect(typeof hit.type).toBe('string');
      expect(typeof hit.id).toBe('string');
    }
    const narrowed = await cli(
      'search',
      'lighthouse',
      '--types',
      'comment,page',
      '--page',
      harbour.id,
      '--data',
      desk.folder,
    );
    expect((JSON.parse(narrowed.out) as SearchHit[]).map((hit) => hit.type).sort()).toEqual([
      'comment',
      'page',
    ]);

    const wrong = await cli('search', 'lighthouse', '--types', 'memo', '--data', desk.folder);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('--types');
    expect(wrong.err).toContain('Nothing was searched');
    const empty = await cli('search', '--data', desk.folder);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('Type at least one word');
  });

  it('the command line leaves every file of the data folder as it was', async () => {
    await desk.services.close();
    // A comment appended after the app saved its comment index: a writer would save the index
    // again on reading it; a reader never does.
    const { journal } = await Journal.open(desk.folder);
    await journal.append([
      {
        type: 'comment.captured',
        by: desk.people.pat.id,
        payload: {
          pageId: harbour.id,
          commentId: 'c-2',
          text: 'Lighthouse parking is full',
          author: 'Sam Resident',
          postedAt: '2026-01-05T12:00:00.000Z',
          seenAt: '2026-01-05T13:00:00.000Z',
        },
      },
    ]);
    await journal.close();
    const before = await folderDigest(desk.folder);
    const run = await cli('search', 'lighthouse', '--from', '2020-01-01', '--data', desk.folder);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.out) as SearchHit[]).length).toBe(8);
    expect(await folderDigest(desk.folder)).toEqual(before);
  });
  it('names a packet it cannot read and still shows every other record', async () => {
    await rm(join(desk.folder, 'packets', `${packetOf(post)}.html`));
    const run = await cli('search', 'lighthouse', '--data', desk.folder);
    expect(run.code).toBe(0);
    expect(run.err).toContain(`Packet ${packetOf(post)} is left out of the search`);
    expect(run.err).toContain('is missing');
    const hits = JSON.parse(run.out) as SearchHit[];
    expect(kinds(hits)).toEqual(['comment', 'draft', 'intro', 'page', 'post', 'revision']);
  });
});

describe('the words a search reads and shows', () => {
  it('reads a packet as its reader sees it: no styles or scripts, entities decoded', () => {
    const html =
      '<html><head><style>.lighthouse{color:red}</style><script>var lighthouse=1</script></head><body><h1>Tours &amp; visits</h1><p>Caf&eacute; at the &#108;ighthouse&#x21; &#99999999;</p><!-- lighthouse --></body></html>';
    const text = packetText(html);
    expect(text).toBe('Tours & visits Caf&eacute; at the lighthouse! &#99999999;');
    expect(holdsEvery(text, queryWords('LIGHTHOUSE tours'))).toBe(true);
    expect(holdsEvery(packetText('<style>lighthouse</style>'), queryWords('lighthouse'))).toBe(
      false,
    );
  });

  it('shows the matched words in context, on one line, cut at whole words', () => {
    const long = `${'before '.repeat(40)}the Lighthouse\nroad ${'after '.repeat(60)}`;
    const snippet = snippetOf(long, queryWords('lighthouse'));
    expect(snippet.startsWith('…before')).toBe(true);
    expect(snippet).toContain('the Lighthouse road after');
    expect(snippet.endsWith('after…')).toBe(true);
    expect(snippet).not.toContain('\n');
    expect(snippet.length).toBeLessThan(220);
    expect(snippetOf('Short text', queryWords('absent'))).toBe('Short text');
  });

  it('counts every match and keeps only the newest, within the kinds, dates and pages asked for', () => {
    const range = dayRange('2026-01-01', '2026-12-31');
    const newest = new NewestFirst<number>(
      3,
      new Set(['draft', 'comment'] as const),
      range,
      new Set(['p1']),
    );
    const at = (day: string) => new Date(`${day}T12:00:00`).getTime();
    const days = [
      '2026-03-01',
      '2026-01-05',
      '2026-11-30',
      '2026-06-15',
      '2026-02-02',
      '2026-09-09',
    ];
    days.forEach((day, i) => newest.offer('draft', at(day), ['p1'], () => i));
    newest.offer('draft', at('2025-12-31'), ['p1'], () => 100);
    newest.offer('draft', at('2026-12-01'), ['p2'], () => 101);
    newest.offer('page', at('2026-12-01'), ['p1'], () => 102);
    expect(newest.total).toBe(6);
    newest.place(at('2026-10-01'), () => 200);
    expect(newest.total).toBe(6);
    expect(newest.newest()).toEqual([2, 200, 5]);
  });
});
