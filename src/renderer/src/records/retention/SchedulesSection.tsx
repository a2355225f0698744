import { useEffect, useRef, useState } from 'react';
import { RECORD_TYPE_WORDS, type RecordType } from '../../../../shared/records/record-types';
import { scheduleWords } from '../../../../shared/records/retention-schedule';
import type { ScheduleView } from '../../../../shared/records/retention-view';
import { formatTime } from '../../app/format-time';
import { ScheduleEditForm } from './ScheduleEditForm';

/** The schedule in words without the type's name, which the row's first cell already says. */
function keptWords(row: ScheduleView): string {
  if (!row.schedule) return 'Kept until a schedule is set';
  const words = scheduleWords(row.schedule);
  const prefix = `${RECORD_TYPE_WORDS[row.type].many}: `;
  const text = words.startsWith(prefix) ? words.slice(prefix.length) : words;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** The seven record types, each with its schedule and who set it; Edit for a records profile. */
export function SchedulesSection({
  schedules,
  canChange,
  onSaved,
}: {
  readonly schedules: readonly ScheduleView[];
  readonly canChange: boolean;
  readonly onSaved: (view: ScheduleView) => void;
}) {
  const [editing, setEditing] = useState<RecordType | undefined>();
  const [closed, setClosed] = useState<RecordType | undefined>();
  const buttons = useRef(new Map<RecordType, HTMLButtonElement>());
  const row = schedules.find((schedule) => schedule.type === editing);
  // When the form closes, focus goes back to the row's Edit button rather than to the page's top.
  useEffect(() => {
    if (closed) buttons.current.get(closed)?.focus();
  }, [closed]);
  const close = (type: RecordType) => {
    setEditing(undefined);
    setClosed(type);
  };
  return (
    <section aria-labelledby="retention-schedules-heading" className="retention-part">
      <h2 id="retention-schedules-heading">Retention schedules</h2>
      <table className="retention-table">
        <thead>
          <tr>
            <th scope="col">Record type</th>
            <th scope="col">Schedule</th>
            <th scope="col">Set by</th>
            {canChange ? (
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {schedules.map((schedule) => (
            <tr key={schedule.type}>
              <th scope="row">{RECORD_TYPE_WORDS[schedule.type].many}</th>
              <td>
                {keptWords(schedule)}
                {schedule.schedule?.note ? (
                  <span className="retention-note">{schedule.schedule.note}</span>
                ) : null}
              </td>
              <td>
                {schedule.setAt ? (
                  <>
                    {schedule.setByName ?? schedule.setBy},{' '}
                    <time dateTime={schedule.setAt}>{formatTime(schedule.setAt)}</time>
                  </>
                ) : (
                  <span className="retention-none">—</span>
                )}
              </td>
              {canChange ? (
                <td>
                  <button
                    type="button"

                    aria-expanded={editing === schedule.type}
                    ref={(element) => {
                      if (element) buttons.current.set(schedule.type, element);
                    }}
                    onClick={() => {
                      setClosed(undefined);
                      setEditing(schedule.type);
                    }}
                  >
                    Edit
                    <span className="visually-hidden">
                      {' '}
                      the schedule for {RECORD_TYPE_WORDS[schedule.type].many.toLowerCase()}
                    </span>
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {canChange && row ? (
        <ScheduleEditForm
          key={row.type}
          row={row}
          onCancel={() => close(row.type)}
          onSaved={(view) => {
            close(row.type);
            onSaved(view);
          }}
        />
      ) : null}
    </section>
  );
}
