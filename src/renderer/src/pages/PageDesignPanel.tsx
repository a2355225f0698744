import type { ItemEvaluation, ItemState } from '../../../shared/policy/checklist';
import type { Finding } from '../../../shared/policy/finding';
import {
  ATTESTABLE_PAGE_ITEMS,
  CHIEF_APPROVAL_ITEM,
  itemsBlockingSubmission,
} from '../../../shared/pages/page-design';

const STATE_LABEL: Readonly<Record<ItemState, string>> = {
  satisfied: 'Satisfied',
  open: 'Open',
  'needs-attestation': 'Needs attestation',
};

const ATTESTABLE = new Set(ATTESTABLE_PAGE_ITEMS.map((item) => item.id));

function excerpt(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77)}…`;
}

/**
 * The page-design checklist (III.B.2, III.B.3) beside the intro statement, re-evaluated as the
 * person types; the main process evaluates it again before anything is submitted.
 */
export function PageDesignPanel({
  items,
  findings,
  attestFor,
  onAttest,
  busy,
}: {
  readonly items: readonly ItemEvaluation[];
  readonly findings: readonly Finding[];
  /** Why attesting is not possible now (unsaved words, a submitted version), or undefined. */
  readonly attestFor: string | undefined;
  readonly onAttest: (itemId: string, title: string) => void;
  readonly busy: boolean;
}) {
  const open = itemsBlockingSubmission(items).length;
  return (
    <aside aria-labelledby="pages-checklist-heading" className="checklist pages-checklist">
      <h2 id="pages-checklist-heading">Page-design checklist</h2>
      <p className="hint" aria-live="polite">
        {open === 0
          ? 'Every item is met but the Chief’s approval, which the packet asks for.'
          : `${open} item(s) to meet before submitting (the Chief’s approval comes with the packet)`}
      </p>
      {attestFor ? <p className="hint">{attestFor}</p> : null}
      <ol className="checklist-items">
        {items.map(({ item, state, reason, evidence }) => (
          <li key={item.id} className={`checklist-item state-${state}`} data-item={item.id}>
            <div className="item-head">
              <span className="item-state">{STATE_LABEL[state]}</span>
              <cite className="item-section">{item.section}</cite>
            </div>
            <p className="item-title">{item.title}</p>
            <p className="item-reason">
              {item.id === CHIEF_APPROVAL_ITEM && state !== 'satisfied'
                ? 'Asked of the Chief in the approval packet; met by the approval.'
                : reason}
            </p>
            {evidence.length > 0 ? (
              <ul className="pages-evidence" aria-label={`Evidence for ${item.section}`}>
                {evidence.map((span) => (
                  <li key={`${span.start}-${span.end}`}>
                    <q>{excerpt(span.text)}</q>
                  </li>
                ))}
              </ul>
            ) : null}
            {state === 'needs-attestation' && ATTESTABLE.has(item.id) ? (
              <button
                type="button"
                className="attest-button"
                disabled={attestFor !== undefined || busy}
                aria-label={`Attest: ${item.title}`}
                onClick={() => onAttest(item.id, item.title)}
              >
                Attest
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      {findings.length > 0 ? (
        <section aria-labelledby="pages-findings-heading">
          <h3 id="pages-findings-heading">Found in the text</h3>
          <ul className="findings">
            {findings.map((finding) => (
              <li key={`${finding.kind}-${finding.start}`}>
                <mark>{excerpt(finding.text)}</mark> {finding.message} ({finding.section})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}
