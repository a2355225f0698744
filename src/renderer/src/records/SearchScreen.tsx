import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Profile } from '../../../shared/profiles/profile';
import {
  type RecordSearchResult,
  SEARCH_HIT_KINDS,
  SEARCH_HIT_KIND_WORDS,
} from '../../../shared/records/search-view';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { FieldError, describedBy } from '../app/field-parts';
import type { Go } from '../app/screens';
import { NO_PAGES, usePages } from '../app/use-pages';
import { desk } from '../desk';
import { SEARCH_DEFAULTS, type SearchForm, searchFormSchema, toSearchRequest } from './search-form';
import { SearchResults } from './SearchResults';
import './search.css';
import { DayRangeFields, PageChoice } from './DayRangeFields';

/** The last search and its answer, so coming back from a record shows them again. */
let lastSearch: { readonly form: SearchForm; readonly result: RecordSearchResult } | undefined;

function remember(form: SearchForm, result: RecordSearchResult): void {
  lastSearch = { form, result };
}

/**
 * Words across every kind of record (SPEC section 6): drafts and their earlier revisions,
 * published posts, pages, intro statements, comments and approval packets, narrowed by kind,
 * page and dates. Each hit opens the record on its own screen.
 */
export function SearchScreen({ go }: { go: Go; me: Profile }) {
  const pages = usePages() ?? NO_PAGES;
  const [result, setResult] = useState<RecordSearchResult | undefined>(lastSearch?.result);
  const [error, setError] = useState<DeskError | undefined>();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<SearchForm>({
    resolver: zodResolver(searchFormSchema),
    defaultValues: lastSearch?.form ?? SEARCH_DEFAULTS,
  });

  // The drafts' words are read while the person types the first search, not after it.
  useEffect(() => {
    desk()
      .records.prepareSearch({})
      .catch(() => undefined); // only a head start: the first search reads the drafts anyway
  }, []);

  const submit = handleSubmit(async (form) => {
    setError(undefined);
    const answer = await desk().records.search(toSearchRequest(form));
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    remember(form, answer.value);
    setResult(answer.value);
  });

  const pageName = (id: string) => pages.find((page) => page.id === id)?.name ?? id;
  const typesError = errors.types?.message ?? errors.types?.root?.message;

  return (
    <section aria-labelledby="search-heading" className="records-search">
      <h1 id="search-heading">Search records</h1>
      <form
        className="search-form"
        role="search"
        aria-label="Search records"
        noValidate
        onSubmit={(event) => void submit(event)}
      >
        <div className="field search-words">
          <label htmlFor="search-words">Words</label>
          <input
            id="search-words"
            type="search"
            autoComplete="off"
            aria-invalid={errors.words ? true : undefined}
            aria-describedby={describedBy('search-words', true, errors.words?.message)}
            {...register('words')}
          />
          <p id="search-words-hint" className="hint">
            Every word must be in the record (capitals and accents do not matter).
          </p>
          <FieldError id="search-words" error={errors.words?.message} />
        </div>
        <fieldset
          className="search-kinds"
          aria-describedby={typesError ? 'search-types-error' : undefined}
        >
          <legend>Kinds of record</legend>
          {SEARCH_HIT_KINDS.map((kind) => (
            <label key={kind} className="search-kind">
              <input
                type="checkbox"
                value={kind}
                defaultChecked={(lastSearch?.form ?? SEARCH_DEFAULTS).types.includes(kind)}
                {...register('types')}
              />{' '}
              {SEARCH_HIT_KIND_WORDS[kind]}
            </label>
          ))}
          <FieldError id="search-types" error={typesError} />
        </fieldset>
        <div className="search-narrow">
          <PageChoice id="search-page" pages={pages} field={register('pageId')} />
          <DayRangeFields
            prefix="search"
            from={register('from')}
            to={register('to')}
            errors={{ from: errors.from?.message, to: errors.to?.message }}
            hints={{ to: 'Whole days, both included.' }}
          />
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={isSubmitting}>
            Search
          </button>
        </div>
      </form>
      {isSubmitting ? <p role="status">Searching…</p> : null}
      {error ? <ErrorMessage error={error} /> : null}
      {result && !error ? <SearchResults result={result} go={go} pageName={pageName} /> : null}
    </section>
  );
}
