import { useCallback, useEffect, useState } from 'react';
import type { Profile } from '../../../shared/profiles/profile';
import type { RetentionOverview } from '../../../shared/records/retention-view';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import type { Go } from '../app/screens';
import { NO_PAGES, usePages } from '../app/use-pages';
import { desk } from '../desk';
import { READ_ONLY_LINE, canChangeRecords } from './retention/can-change';
import { DueSection } from './retention/DueSection';
import { HoldsSection } from './retention/HoldsSection';
import { SchedulesSection } from './retention/SchedulesSection';
import './retention.css';

/** The screen as drawn from an overview; separate so it can be rendered from a known one. */
export function RetentionView({
  overview,
  me,
  pages,
  reload,
}: {
  readonly overview: RetentionOverview;
  readonly me: Profile;
  readonly pages: Parameters<typeof HoldsSection>[0]['pages'];
  readonly reload: () => void;
}) {
  const canChange = canChangeRecords(me);
  return (
    <>
      {canChange ? null : <p className="retention-read-only">{READ_ONLY_LINE}</p>}
      <SchedulesSection schedules={overview.schedules} canChange={canChange} onSaved={reload} />
      <DueSection overview={overview} canChange={canChange} onDisposed={reload} />
      <HoldsSection holds={overview.holds} pages={pages} canChange={canChange} onChanged={reload} />
    </>
  );
}

/**
 * Retention and legal holds (SPEC section 6; III.B.3.c): each record type's schedule, what is due
 * for disposition and when more falls due, the legal holds, and for a records profile the forms
 * that change them. Everyone signed in reads it; the main process refuses changes from anyone
 * without the records role whatever this screen offers.
 */
export function RetentionScreen({ me }: { go: Go; me: Profile }) {
  const [overview, setOverview] = useState<RetentionOverview | undefined>();
  const [error, setError] = useState<DeskError | undefined>();
  const pages = usePages() ?? NO_PAGES;
  const reload = useCallback(() => {
    void desk()
      .records.retention({})
      .then((answer) => {
        if (answer.ok) {
          setOverview(answer.value);
          setError(undefined);
        } else setError(answer.error);
      });
  }, []);
  useEffect(reload, [reload]);

  return (
    <section aria-labelledby="retention-heading" className="retention-screen">
      <h1 id="retention-heading">Retention and legal holds</h1>
      {error ? <ErrorMessage error={error} /> : null}
      {overview ? (
        <RetentionView overview={overview} me={me} pages={pages} reload={reload} />
      ) : error ? null : (
        <p role="status">Reading the schedules, holds and what is due…</p>
      )}
    </section>
  );
}
