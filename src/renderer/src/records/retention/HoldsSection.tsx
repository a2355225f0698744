import { useEffect, useRef, useState } from 'react';
import type { Page } from '../../../../shared/pages/page';
import type { LegalHold } from '../../../../shared/records/legal-hold';
import { RECORD_TYPE_WORDS } from '../../../../shared/records/record-types';
import { formatTime } from '../../app/format-time';
import { scopeWords } from './hold-form';
import { PlaceHoldForm } from './PlaceHoldForm';
import { ReleaseHoldForm } from './ReleaseHoldForm';

/** Active holds first (they block dispositions today), then released ones; placed order within. */
export function holdsInOrder(holds: readonly LegalHold[]): LegalHold[] {
  return [...holds].sort(
    (a, b) => Number(a.released !== undefined) - Number(b.released !== undefined),
  );
}

/** Legal holds: the list, Place a hold, and Release per active hold for a records profile. */
export function HoldsSection({
  holds,
  pages,
  canChange,
  onChanged,
}: {
  readonly holds: readonly LegalHold[];
  readonly pages: readonly Page[];
  readonly canChange: boolean;
  readonly onChanged: () => void;
}) {
  const [releasing, setReleasing] = useState<string | undefined>();
  // One outcome line for the section: a hold placed, then released, never shows both.
  const [said, setSaid] = useState('');
  // A Release form closed by Cancel gives focus back to its Release button, not to the page.
  const refocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (releasing !== undefined || refocus.current === undefined) return;
    document.getElementById(`release-button-${refocus.current}`)?.focus();
    refocus.current = undefined;
  }, [releasing]);
  const pageName = (id: string) => pages.find((page) => page.id === id)?.name ?? id;
  const typeWords = (type: keyof typeof RECORD_TYPE_WORDS) => RECORD_TYPE_WORDS[type].many;
  return (
    <section aria-labelledby="retention-holds-heading" className="retention-part">
      <h2 id="retention-holds-heading">Legal holds</h2>
      {holds.length === 0 ? (
        <p className="empty">No legal hold has been placed.</p>
      ) : (
        <ul className="retention-holds">
          {holdsInOrder(holds).map((hold) => (
            <li
              key={hold.hold}
              className={hold.released ? 'retention-hold released' : 'retention-hold'}
            >
              <h3 className="retention-hold-name">
                {hold.name}{' '}
                <span className="retention-hold-state">
                  {hold.released ? '(released)' : '(active: blocks disposition)'}
                </span>
              </h3>
              <p>
                Matter: {hold.matter}. Covers: {scopeWords(hold.scope, typeWords, pageName)}.
              </p>
              <p className="retention-hold-who">
                Placed by {hold.placedByName},{' '}
                <time dateTime={hold.placedAt}>{formatTime(hold.placedAt)}</time>.
                {hold.released ? (
                  <>
                    {' '}
                    Released by {hold.released.byName},{' '}
                    <time dateTime={hold.released.at}>{formatTime(hold.released.at)}</time>:{' '}
                    {hold.released.reason}
                  </>
                ) : null}
              </p>
              {canChange && !hold.released ? (
                releasing === hold.hold ? (
                  <ReleaseHoldForm
                    hold={hold}
                    onCancel={() => {
                      refocus.current = hold.hold;
                      setReleasing(undefined);
                    }}
                    onReleased={(released) => {
                      setReleasing(undefined);
                      setSaid(`The hold “${released.name}” is released.`);
                      onChanged();
                    }}
                  />
                ) : (
                  <button
                    type="button"
                    id={`release-button-${hold.hold}`}
                    onClick={() => {
                      setSaid('');
                      setReleasing(hold.hold);
                    }}
                  >
                    Release<span className="visually-hidden"> the hold {hold.name}</span>…
                  </button>
                )
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="retention-outcome">
        {said}
      </div>
      {canChange ? (
        <PlaceHoldForm
          pages={pages}
          onPlaced={(placed) => {
            setSaid(`The hold “${placed.name}” is placed: it blocks every disposition it covers.`);
            onChanged();
          }}
        />
      ) : null}
    </section>
  );
}
