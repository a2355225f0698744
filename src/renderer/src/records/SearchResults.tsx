import {
  type RecordSearchResult,
  SEARCH_HIT_KIND_WORDS,
  type SearchHit,
} from '../../../shared/records/search-view';
import type { Go } from '../app/screens';
import { formatTime } from '../app/format-time';
import { screenOf } from './search-form';

function countWords(result: RecordSearchResult): string {
  if (result.total === 0) return 'No record holds every one of those words.';
  const records = result.total === 1 ? '1 record matches' : `${result.total} records match`;
  return result.total > result.hits.length
    ? `${records}; the newest ${result.hits.length} are shown. Narrow the search to see the others.`
    : `${records}, newest first.`;
}

function Opener({ hit, go }: { readonly hit: SearchHit; readonly go: Go }) {
  const screen = screenOf(hit);
  if (!screen) return <>{hit.title}</>;
  return (
    <button type="button" className="link" onClick={() => go(screen)}>
      {hit.title}
    </button>
  );
}

/** The hits as a table: kind, title (opens the record), the words in context, the date. */
export function SearchResults({
  result,
  go,
  pageName,
}: {
  readonly result: RecordSearchResult;
  readonly go: Go;
  readonly pageName: (id: string) => string;
}) {
  return (
    <section aria-labelledby="search-results-heading" className="search-results">
      <h2 id="search-results-heading">Results</h2>
      <p role="status">{countWords(result)}</p>
      {result.notices.length > 0 ? (
        <ul className="search-notices" aria-label="What the search could not read">
          {result.notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
      {result.hits.length > 0 ? (
        <table>
          <caption className="visually-hidden">Records found</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Record</th>
              <th scope="col">Words in context</th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            {result.hits.map((hit) => (
              <tr key={`${hit.type}:${hit.id}`}>
                <td>{SEARCH_HIT_KIND_WORDS[hit.type]}</td>
                <td>
                  <Opener hit={hit} go={go} />
                  {hit.pages.length > 0 ? (
                    <span className="search-hit-pages">{hit.pages.map(pageName).join(', ')}</span>
                  ) : null}
                  {hit.type === 'packet' ? (
                    <span className="search-hit-id">SHA-256 {hit.id}</span>
                  ) : null}
                </td>
                <td className="search-snippet">{hit.snippet}</td>
                <td>
                  <time dateTime={hit.created}>{formatTime(hit.created)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
