import {
  KEPT_BECAUSE,
  RECORD_TYPE_WORDS,
  type RecordType,
} from '../../../../shared/records/record-types';
import type { DueList } from '../../../../shared/records/retention-view';

export type DueRow = DueList['records'][number];
export const rowKey = (row: { readonly type: string; readonly id: string }) =>
  `${row.type}:${row.id}`;

/**
 * One page of the records due: type, title, due date, schedule item, and the holds keeping a
 * held one. A records profile ticks the ones to dispose of; held records and types this version
 * does not dispose of are shown as kept and not offered.
 */
export function DueTable({
  rows,
  disposable,
  ticking,
  ticked,
  onTick,
}: {
  readonly rows: readonly DueRow[];
  readonly disposable: readonly RecordType[];
  readonly ticking: boolean;
  readonly ticked: ReadonlyMap<string, DueRow>;
  readonly onTick: (row: DueRow, on: boolean) => void;
}) {
  return (
    <table className="retention-table retention-due-table">
      <caption className="visually-hidden">Records due for disposition, oldest due first</caption>
      <thead>
        <tr>
          {ticking ? (
            <th scope="col">
              <span className="visually-hidden">Dispose of</span>
            </th>
          ) : null}
          <th scope="col">Type</th>
          <th scope="col">Record</th>
          <th scope="col">Due</th>
          <th scope="col">Schedule item</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const held = row.heldByNames.length > 0;
          const offered = !held && disposable.includes(row.type);
          const key = rowKey(row);
          return (
            <tr key={key}>
              {ticking ? (
                <td>
                  {offered ? (
                    <input
                      type="checkbox"
                      id={`due-${key}`}
                      checked={ticked.has(key)}
                      onChange={(event) => onTick(row, event.target.checked)}
                      aria-label={`Dispose of ${RECORD_TYPE_WORDS[row.type].one} ${row.id}: ${row.title}`}
                    />
                  ) : null}
                </td>
              ) : null}
              <td>{RECORD_TYPE_WORDS[row.type].one}</td>
              <td>
                {row.title}
                <span className="retention-id">
                  {RECORD_TYPE_WORDS[row.type].one} {row.id}
                </span>
              </td>
              <td>
                <time dateTime={row.dueOn}>{row.dueOn}</time>
              </td>
              <td>{row.authority}</td>
              <td>
                {held ? (
                  <strong className="retention-held">Held by {row.heldByNames.join(', ')}</strong>
                ) : offered ? (
                  'Due'
                ) : (
                  <span className="retention-kept">
                    Kept: {KEPT_BECAUSE[row.type] ?? 'this version does not dispose of these'}
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
