import { useDeferredValue, useMemo } from 'react';
import { CONTENT_CHECKLIST } from '../../../shared/policy/catalogue';
import { type ItemState, evaluateChecklist, scannedKinds } from '../../../shared/policy/checklist';
import { SCANNERS, scanText } from '../../../shared/policy/scanners';

const STATE_LABEL: Readonly<Record<ItemState, string>> = {
  satisfied: 'Satisfied',
  open: 'Open',
  'needs-attestation': 'Needs attestation',
};

const KINDS = scannedKinds(SCANNERS);
const NOTHING_ATTESTED: ReadonlySet<string> = new Set();

/** The content checklist (SPEC section 2), re-evaluated as the person types. */
export function ChecklistPanel({ text }: { readonly text: string }) {
  // Deferred so typing in a long body never waits for the scan.
  const deferredText = useDeferredValue(text);
  const evaluations = useMemo(
    () =>
      evaluateChecklist(CONTENT_CHECKLIST, {
        findings: scanText(deferredText),
        attested: NOTHING_ATTESTED,
        scannedKinds: KINDS,
      }),
    [deferredText],
  );
  const open = evaluations.filter((evaluation) => evaluation.state !== 'satisfied').length;

  return (
    <aside aria-labelledby="checklist-heading" className="checklist">
      <h2 id="checklist-heading">Content checklist</h2>
      <p className="hint" aria-live="polite">
        {open === 0
          ? 'Every item is satisfied.'
          : `${open} of ${evaluations.length} items still open`}
      </p>
      <ol className="checklist-items">
        {evaluations.map(({ item, state, reason, findings }) => (
          <li key={item.id} className={`checklist-item state-${state}`} data-item={item.id}>
            <div className="item-head">
              <span className="item-state">{STATE_LABEL[state]}</span>
              <cite className="item-section">{item.section}</cite>
            </div>
            <p className="item-title">{item.title}</p>
            <p className="item-reason">{reason}</p>
            {findings.length > 0 ? (
              <ul className="findings">
                {findings.map((finding) => (
                  <li key={`${finding.start}-${finding.end}`}>
                    <mark>{finding.text}</mark> {finding.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </aside>
  );
}
