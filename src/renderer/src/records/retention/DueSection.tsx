import { useEffect, useState } from 'react';
import {
  KEPT_BECAUSE,
  RECORD_TYPES,
  RECORD_TYPE_WORDS,
} from '../../../../shared/records/record-types';
import type {
  DisposeOutcome,
  DueList,
  RetentionOverview,
} from '../../../../shared/records/retention-view';
import type { DeskError } from '../../../../shared/result';
import { ErrorMessage } from '../../app/ErrorMessage';
import { desk } from '../../desk';
import { DisposeForm } from './DisposeForm';
import { type DueRow, DueTable, rowKey } from './DueTable';

export const DUE_PAGE = 50;

const records = (count: number) => (count === 1 ? '1 record' : `${count} records`);

/** "Due today (2026-12-03): 14 records, 3 of them under legal hold." */
export function dueTodayWords(overview: RetentionOverview): string {
  const { total, held } = overview.due;
  if (total === 0) return `Nothing is due for disposition today (${overview.today}).`;
  return `Due today (${overview.today}): ${records(total)}${held > 0 ? `, ${held} of them under legal hold` : ''}.`;
}

/** "Next: 14 records on 2027-03-01". */
export function nextWords(overview: RetentionOverview): string {
  return overview.next
    ? `Next: ${records(overview.next.count)} on ${overview.next.on}`
    : 'Nothing more falls due under the schedules set now.';
}

/**
 * What is due: today's count, per type, the next day more fall due, the records a page at a
 * time, and the Dispose form for a records profile.
 */
export function DueSection({
  overview,
  canChange,
  onDisposed,
}: {
  readonly overview: RetentionOverview;
  readonly canChange: boolean;
  readonly onDisposed: (outcome: DisposeOutcome) => void;
}) {
  const [offset, setOffset] = useState(0);
  const [list, setList] = useState<DueList | undefined>();
  const [error, setError] = useState<DeskError | undefined>();
  const [ticked, setTicked] = useState<ReadonlyMap<string, DueRow>>(new Map());

  useEffect(() => {
    let current = true;
    void desk()
      .records.due({ offset, limit: DUE_PAGE })
      .then((answer) => {
        if (!current) return;
        if (answer.ok) {
          setList(answer.value);
          setError(undefined);
        } else setError(answer.error);
      });
    return () => {
      current = false;
    };
    // A new overview (after a change) reads the list again.
  }, [offset, overview]);

  const tick = (row: DueRow, on: boolean) =>
    setTicked((before) => {
      const next = new Map(before);
      if (on) next.set(rowKey(row), row);
      else next.delete(rowKey(row));
      return next;
    });
  const types = RECORD_TYPES.filter((type) => (overview.due.byType[type] ?? 0) > 0);
  const total = list?.total ?? 0;

  return (
    <section aria-labelledby="retention-due-heading" className="retention-part">
      <h2 id="retention-due-heading">Due for disposition</h2>
      <p className="retention-today">{dueTodayWords(overview)}</p>
      {types.length > 0 ? (
        <ul className="retention-by-type">
          {types.map((type) => {
            const held = overview.due.heldByType[type] ?? 0;
            return (
              <li key={type}>
                {RECORD_TYPE_WORDS[type].many}: {overview.due.byType[type]}
                {held > 0 ? ` (${held} held)` : ''}
                {overview.disposable.includes(type) ? null : (
                  <span className="retention-kept">
                    {' '}
                    — kept: {KEPT_BECAUSE[type] ?? 'this version does not dispose of these'}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="retention-next">{nextWords(overview)}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {list && list.records.length > 0 ? (
        <>
          <DueTable
            rows={list.records}
            disposable={overview.disposable}
            ticking={canChange}
            ticked={ticked}
            onTick={tick}
          />
          <nav className="retention-pager" aria-label="Pages of records due">
            <button
              type="button"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - DUE_PAGE))}
            >
              Earlier
            </button>
            <span>
              Records {offset + 1}–{offset + list.records.length} of {total}
            </span>
            <button
              type="button"
              disabled={offset + DUE_PAGE >= total}
              onClick={() => setOffset(offset + DUE_PAGE)}
            >
              Later
            </button>
          </nav>
        </>
      ) : null}
      {canChange ? (
        <DisposeForm
          overview={overview}
          ticked={[...ticked.values()]}
          onDisposed={(outcome) => {
            setTicked(new Map());
            setOffset(0);
            onDisposed(outcome);
          }}
        />
      ) : null}
    </section>
  );
}
