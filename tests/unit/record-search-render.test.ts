import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Screen } from '../../src/renderer/src/app/screens';
import { SearchResults } from '../../src/renderer/src/records/SearchResults';
import { SearchScreen } from '../../src/renderer/src/records/SearchScreen';
import {
  SEARCH_DEFAULTS,
  screenOf,
  searchFormSchema,
  toSearchRequest,
} from '../../src/renderer/src/records/search-form';
import { CONTRACT } from '../../src/shared/ipc/contract';
import type { Profile } from '../../src/shared/profiles/profile';
import type { RecordSearchResult, SearchHit } from '../../src/shared/records/search-view';

// The search screen's first render and its results as markup, and where each hit opens; the
// search itself runs through the real dispatcher in record-search.test.ts.
const ME: Profile = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Casey Records',
  roles: ['records'],
  createdAt: '2026-12-01T08:00:00.000Z',
  createdBy: 'first-start',
};
const DRAFT = '22222222-2222-4222-8222-222222222222';
const PAGE = '33333333-3333-4333-8333-333333333333';
const HASH = 'a'.repeat(64);
const hit = (extra: Partial<SearchHit> & Pick<SearchHit, 'type' | 'id'>): SearchHit => ({
  title: 'Lighthouse tours',
  snippet: 'Free lighthouse tours this Saturday.',
  created: '2026-11-30T12:00:00.000Z',
  pages: [PAGE],
  ...extra,
});

describe('the records search screen', () => {
  it('offers words, every kind of record (all ticked), a page and dates, each labelled', () => {
    const html = renderToStaticMarkup(createElement(SearchScreen, { go: () => undefined, me: ME }));
    expect(html).toContain('<h1 id="search-heading">Search records</h1>');
    expect(html).toContain('role="search"');
    expect(html).toContain('<label for="search-words">Words</label>');
    expect(html).toContain('<legend>Kinds of record</legend>');
    for (const kind of [
      'Draft',
      'Earlier revision',
      'Published post',
      'Page',
      'Intro statement',
      'Comment',
      'Approval packet',
    ])
      expect(html).toContain(kind);
    expect(html.match(/type="checkbox"[^>]*checked/g)).toHaveLength(7);
    expect(html).toContain('<label for="search-page">Page</label>');
    expect(html).toContain('<label for="search-from">From</label>');
    expect(html).toContain('<label for="search-to">To</label>');
    expect(html).toContain('>Search</button>');
  });

  it('lists the hits with kind, a title that opens the record, the words in context and the date', () => {
    const result: RecordSearchResult = {
      total: 3,
      hits: [
        hit({ type: 'post', id: DRAFT }),
        hit({ type: 'packet', id: HASH, item: { kind: 'post', id: DRAFT } }),
      ],
      notices: ['Packet b is left out of the search: the file is missing.'],
    };
    const html = renderToStaticMarkup(
      createElement(SearchResults, { result, go: () => undefined, pageName: () => 'Example PD' }),
    );
    expect(html).toContain('3 records match; the newest 2 are shown.');
    expect(html).toContain('<th scope="col">Words in context</th>');
    expect(html).toContain('Published post');
    expect(html).toContain('<button type="button" class="link">Lighthouse tours</button>');
    expect(html).toContain('Free lighthouse tours this Saturday.');
    expect(html).toContain(`SHA-256 ${HASH}`);
    expect(html).toContain('Example PD');
    expect(html).toMatch(/<time datetime="2026-11-30T12:00:00.000Z">/i);
    expect(html).toContain('Packet b is left out of the search');
    const none = renderToStaticMarkup(
      createElement(SearchResults, {
        result: { total: 0, hits: [], notices: [] },
        go: () => undefined,
        pageName: () => '',
      }),
    );
    expect(none).toContain('No record holds every one of those words.');
    expect(none).not.toContain('<table');
  });

  it('opens each kind of hit where its record is', () => {
    const back: Screen = { name: 'records-search' };
    expect(screenOf(hit({ type: 'draft', id: DRAFT }))).toEqual({ name: 'editor', draftId: DRAFT });
    expect(screenOf(hit({ type: 'post', id: DRAFT }))).toEqual({ name: 'editor', draftId: DRAFT });
    expect(
      screenOf(hit({ type: 'revision', id: `${DRAFT}@1`, item: { kind: 'post', id: DRAFT } })),
    ).toEqual({ name: 'history', draftId: DRAFT });
    expect(screenOf(hit({ type: 'comment', id: '42' }))).toEqual({
      name: 'comment',
      seq: 42,
      back,
    });
    expect(screenOf(hit({ type: 'page', id: PAGE }))).toEqual({ name: 'pages', pageId: PAGE });
    expect(screenOf(hit({ type: 'intro', id: DRAFT }))).toEqual({ name: 'pages', pageId: PAGE });
    expect(screenOf(hit({ type: 'packet', id: HASH, item: { kind: 'page', id: PAGE } }))).toEqual({
      name: 'packet',
      item: { kind: 'page', id: PAGE },
      back,
    });
    expect(screenOf(hit({ type: 'packet', id: HASH }))).toBeUndefined();
  });

  it('sends what the form holds as a request its contract row accepts', () => {
    const form = searchFormSchema.parse({
      ...SEARCH_DEFAULTS,
      words: '  lighthouse  ',
      types: ['comment', 'packet'],
      pageId: PAGE,
      from: '2026-01-01',
      to: '2026-06-30',
    });
    const request = toSearchRequest(form);
    expect(request).toEqual({
      words: 'lighthouse',
      limit: 100,
      types: ['comment', 'packet'],
      pages: [PAGE],
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(CONTRACT['records:search'].request.safeParse(request).success).toBe(true);
    expect(toSearchRequest({ ...SEARCH_DEFAULTS, words: 'x' })).toEqual({ words: 'x', limit: 100 });
    const none = searchFormSchema.safeParse({ ...SEARCH_DEFAULTS, words: 'x', types: [] });
    expect(none.error?.issues[0]?.message).toContain('Tick at least one kind of record');
    const swapped = searchFormSchema.safeParse({
      ...SEARCH_DEFAULTS,
      words: 'x',
      from: '2026-02-01',
      to: '2026-01-01',
    });
    expect(swapped.error?.issues[0]?.message).toContain('swap them');
  });
});
