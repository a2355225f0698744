import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type Draft, draftWorkflow, latestRevision } from '../../../shared/drafts/draft';
import type { ItemEvaluation, ItemState } from '../../../shared/policy/checklist';
import { findingKey, openItems } from '../../../shared/policy/checklist';
import type { FieldFinding } from '../../../shared/policy/draft-checklist';
import type { PostTarget } from '../../../shared/policy/platform-check';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError, Result } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { usePeopleNames } from '../approvals/use-people-names';
import { desk } from '../desk';
import { submitRefusal } from '../drafts/draft-status';
import { AttestSeveral } from './AttestSeveral';
import { FindingRow, type FindingRowActions } from './FindingRow';
import {
  type OpenGroupKey,
  attestButtonId,
  attestationLine,
  attestationsOf,
  groupHeadingId,
  itemAnchor,
  openGroups,
  refusalLinks,
  satisfiedItems,
  shortTime,
  standingAttestation,
} from './checklist-groups';

const STATE_LABEL: Readonly<Record<ItemState, string>> = {
  satisfied: 'Satisfied',
  open: 'Open',
  'needs-attestation': 'Needs attestation',
};

/** A finding can be the whole end of a long post (past a platform's limit): show its start. */
function excerpt(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77)}…`;
}

/** One finding's identity in the panel: its item, field, place and kind (an item reads several). */
function findingId(itemId: string, finding: FieldFinding): string {
  return `${itemAnchor(itemId)}-${finding.field}-${finding.start}-${finding.kind}`;
}

interface ChecklistPanelProps {
  readonly items: readonly ItemEvaluation[];
  /** The saved draft, when there is one; attestations and submissions need saved content. */
  readonly draft: Draft | undefined;
  readonly unsaved: boolean;
  readonly onDraftChange: (draft: Draft) => void;
  readonly onJump: (finding: FieldFinding) => void;
  /** The draft's target pages; each page-limit item names its page in its title. */
  readonly targets: readonly PostTarget[];
  /** The signed-in person, so their own name shows beside what they attested. */
  readonly me?: Pick<Profile, 'id' | 'name'>;
}

/**
 * Where focus goes once the checklist shows the change just recorded: the first of `targets`
 * (element ids, or a chooser run against the panel) that exists, so it is never lost to <body>.
 */
interface PendingFocus {
  readonly ready: (items: readonly ItemEvaluation[]) => boolean;
  readonly targets: readonly (string | ((panel: HTMLElement) => HTMLElement | undefined))[];
}

/** The focusable element at `index` among `selector` matches, or the last one before it. */
function nthOrLast(panel: HTMLElement, selector: string, index: number): HTMLElement | undefined {
  const all = [...panel.querySelectorAll<HTMLElement>(selector)].filter(
    (element) => !(element as HTMLButtonElement).disabled,
  );
  return all[index] ?? all.at(-1);
}

/** The content checklist (SPEC section 2), re-evaluated as the person types. */
export function ChecklistPanel({
  items,
  draft,
  unsaved,
  onDraftChange,
  onJump,
  me,
}: ChecklistPanelProps) {
  const [error, setError] = useState<DeskError>();
  const [status, setStatus] = useState('');
  const [justifying, setJustifying] = useState<string>();
  const [severalOpen, setSeveralOpen] = useState(false);
  const [triedSubmit, setTriedSubmit] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  const pendingFocus = useRef<PendingFocus>(undefined);
  const nameOf = usePeopleNames(me);
  const open = openItems(items).length;
  // Attestations and justifications are for the words about to be submitted: a draft's only.
  const canRecord = draft !== undefined && !unsaved && draftWorkflow(draft).status === 'draft';
  const notSubmittable = draft && !unsaved ? submitRefusal(draft) : undefined;
  const groups = openGroups(items);
  const satisfied = satisfiedItems(items);

  // The checklist is re-evaluated after a change arrives (a worker, a frame later): focus moves
  // once it shows the change, when the button just pressed has gone.
  useEffect(() => {
    const pending = pendingFocus.current;
    const panel = panelRef.current;
    if (!pending || !panel || !pending.ready(items)) return;
    pendingFocus.current = undefined;
    for (const target of pending.targets) {
      const element = typeof target === 'string' ? document.getElementById(target) : target(panel);
      if (element) {
        element.scrollIntoView({ block: 'center' });
        element.focus({ preventScroll: true });
        return;
      }
    }
  }, [items, draft]);

  const focusLater = (pending: PendingFocus) => {
    pendingFocus.current = pending;
  };
  // After the last of a group: the next group's heading, else Submit (the next step), else the top.
  const afterGroup = (key: OpenGroupKey) => [
    groupHeadingId(key),
    ...groups.filter((group) => group.key !== key).map((group) => groupHeadingId(group.key)),
    'checklist-submit',
    'checklist-heading',
  ];

  const act = async (call: () => Promise<Result<Draft>>, done: string) => {
    setError(undefined);
    const result = await call();
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    onDraftChange(result.value);
    setStatus(done);
    return true;
  };

  const attestOne = (item: ItemEvaluation['item']) => {
    if (!draft) return;
    const attestButtons = [
      ...(panelRef.current?.querySelectorAll<HTMLElement>('[data-attest]') ?? []),
    ];
    const index = attestButtons.findIndex((button) => button.dataset['attest'] === item.id);
    focusLater({
      ready: (now) => now.find((e) => e.item.id === item.id)?.state !== 'needs-attestation',
      targets: [
        (panel) => nthOrLast(panel, '[data-attest]', Math.max(0, index)),
        ...afterGroup('attest'),
      ],
    });
    void act(
      () => desk().drafts.attest({ id: draft.id, itemId: item.id }),
      `Attested: ${item.title}`,
    ).then((ok) => {
      if (!ok) pendingFocus.current = undefined;
    });
  };

  const withdraw = (item: ItemEvaluation['item']) => {
    if (!draft) return;
    focusLater({
      ready: (now) => now.find((e) => e.item.id === item.id)?.state !== 'satisfied',
      targets: [attestButtonId(item.id), itemAnchor(item.id), 'checklist-heading'],
    });
    void act(
      () => desk().drafts.withdrawAttestation({ id: draft.id, itemId: item.id }),
      `Attestation withdrawn: ${item.title}. The item is open again.`,
    ).then((ok) => {
      if (!ok) pendingFocus.current = undefined;
    });
  };

  const submit = () => {
    if (!draft) return;
    // The panel already knows what is open for the saved text: the list of links, not a refusal.
    if (open > 0) {
      setTriedSubmit(true);
      setError(undefined);
      requestAnimationFrame(() => document.getElementById('checklist-refusal-heading')?.focus());
      return;
    }
    void (async () => {
      setError(undefined);
      const result = await desk().drafts.submit({ id: draft.id });
      if (!result.ok) {
        // Opened meanwhile (another window attested, the gate saw more): the same list of links.
        if (result.error.code === 'checklist-open') setTriedSubmit(true);
        else setError(result.error);
        return;
      }
      setTriedSubmit(false);
      onDraftChange(result.value);
      setStatus(`Submitted revision ${latestRevision(draft).number} for approval`);
    })();
  };

  const goTo = (itemId: string) => {
    const heading = document.getElementById(itemAnchor(itemId));
    if (!heading) return;
    // Centred: the top of the panel is under its sticky header.
    heading.scrollIntoView({ block: 'center' });
    heading.focus({ preventScroll: true });
  };

  const renderAttestations = (itemId: string) => {
    const given = attestationsOf(draft, itemId);
    if (given.length === 0) return null;
    const standing = standingAttestation(draft, itemId);
    return (
      <div className="checklist-attestations">
        <ul>
          {given.map((attestation) => (
            <li key={`${attestation.by}-${attestation.at}`}>
              {attestationLine(attestation, nameOf)}
            </li>
          ))}
        </ul>
        {standing && canRecord ? (
          <button
            type="button"
            className="checklist-withdraw"
            aria-label={`Withdraw attestation: ${items.find((e) => e.item.id === itemId)?.item.title ?? itemId}`}
            onClick={() => {
              const found = items.find((e) => e.item.id === itemId);
              if (found) withdraw(found.item);
            }}
          >
            Withdraw
          </button>
        ) : null}
      </div>
    );
  };

  // The rows' actions read this render's state through a ref, so one object serves the panel's
  // life and a memoised row is not drawn again for a new callback.
  const latestActions = useRef<FindingRowActions>(undefined);
  useLayoutEffect(() => {
    latestActions.current = {
      jump: onJump,
      toggleJustify: (rowId) => setJustifying((now) => (now === rowId ? undefined : rowId)),
      closeJustify: (rowId) => {
        setJustifying(undefined);
        requestAnimationFrame(() => document.getElementById(`${rowId}-justify`)?.focus());
      },
      recorded: (finding, rowId, quoted, saved) => {
        const justified = findingKey(finding);
        const before = [
          ...(panelRef.current?.querySelectorAll<HTMLElement>('[data-finding-focus]') ?? []),
        ];
        const index = before.findIndex((b) => b.dataset['findingFocus'] === rowId);
        focusLater({
          ready: (now) => !now.some((e) => e.findings.some((f) => findingKey(f) === justified)),
          targets: [
            (panel) => nthOrLast(panel, '[data-finding-focus]', Math.max(0, index)),
            ...afterGroup('justify'),
          ],
        });
        setJustifying(undefined);
        onDraftChange(saved);
        setStatus(`Justification recorded for “${quoted}”`);
      },
    };
  });
  const [rowActions] = useState<FindingRowActions>(() => ({
    jump: (finding) => latestActions.current?.jump(finding),
    toggleJustify: (rowId) => latestActions.current?.toggleJustify(rowId),
    closeJustify: (rowId) => latestActions.current?.closeJustify(rowId),
    recorded: (...args) => latestActions.current?.recorded(...args),
  }));

  const renderFindings = (evaluation: ItemEvaluation) => {
    const { item } = evaluation;
    // React's key leaves out the place, so typing before a finding moves its row, not redraws it.
    const seen = new Map<string, number>();
    return evaluation.findings.map((found) => {
      const finding = found as FieldFinding;
      // Its length and first words, not the whole text: a page's cut can be a whole long post.
      const same = `${finding.field}-${finding.kind}-${finding.text.length}-${finding.text.slice(0, 64)}`;
      const nth = seen.get(same) ?? 0;
      seen.set(same, nth + 1);
      const rowId = findingId(item.id, finding);
      return (
        <FindingRow
          key={`${same}-${nth}`}
          finding={finding}
          rowId={rowId}
          quoted={excerpt(finding.text)}
          canJustify={canRecord && !finding.mustEdit}
          justifying={justifying === rowId}
          draftId={draft?.id}
          actions={rowActions}
        />
      );
    });
  };

  const renderItem = (evaluation: ItemEvaluation) => {
    const { item, state, reason: why, findings, justifiedFindings } = evaluation;
    return (
      <li key={item.id} className={`checklist-item state-${state}`} data-item={item.id}>
        <div className="item-head">
          <span className="item-state">{STATE_LABEL[state]}</span>
          <cite className="item-section">{item.section}</cite>
        </div>
        <h4 id={itemAnchor(item.id)} tabIndex={-1} className="item-title checklist-item-title">
          {item.title}
        </h4>
        <p className="item-reason">{why}</p>
        {findings.length > 0 ? <ul className="findings">{renderFindings(evaluation)}</ul> : null}
        {justifiedFindings.map((finding) => {
          // The same key the gate and the packet read, and the latest record, as the packet shows.
          const key = findingKey(finding);
          const record = draft?.justifications.findLast((j) => j.findingKey === key);
          return (
            <p key={`${finding.start}-j`} className="justified">
              Justified: “{excerpt(finding.text)}” — {record?.reason ?? ''}
              {record ? (
                <span className="checklist-who">
                  {' '}
                  (by {nameOf(record.by)}, {shortTime(record.at)})
                </span>
              ) : null}
            </p>
          );
        })}
        {renderAttestations(item.id)}
        {state === 'needs-attestation' && item.satisfiedBy !== 'automatic' ? (
          <button
            type="button"
            id={attestButtonId(item.id)}
            data-attest={item.id}
            className="attest-button"
            disabled={!canRecord}
            aria-label={`Attest: ${item.title}`}
            onClick={() => attestOne(item)}
          >
            Attest
          </button>
        ) : null}
      </li>
    );
  };

  const refusal = triedSubmit && open > 0 ? refusalLinks(items) : undefined;
  return (
    <aside aria-labelledby="checklist-heading" className="checklist" ref={panelRef}>
      <div className="checklist-header">
        <h2 id="checklist-heading" tabIndex={-1}>
          Content checklist
        </h2>
        <p className="hint checklist-count" aria-live="polite">
          {open === 0 ? 'Every item is satisfied.' : `${open} of ${items.length} items open`}
        </p>
        {!canRecord && (draft === undefined || unsaved) ? (
          <p className="hint">
            Save the draft to attest items or justify findings: they are recorded for saved content.
          </p>
        ) : null}
        <button
          type="button"
          id="checklist-submit"
          className="primary"
          disabled={!canRecord || notSubmittable !== undefined}
          aria-describedby={
            refusal
              ? 'checklist-refusal-heading'
              : notSubmittable
                ? 'checklist-submit-refusal'
                : undefined
          }
          onClick={submit}
        >
          Submit for approval
        </button>
        {notSubmittable ? (
          <p id="checklist-submit-refusal" className="hint">
            {notSubmittable}
          </p>
        ) : null}
        {refusal ? (
          <nav className="checklist-refusal" aria-labelledby="checklist-refusal-heading">
            <p id="checklist-refusal-heading" tabIndex={-1}>
              Before you can submit:
            </p>
            <ul>
              {refusal.links.map(({ item }) => (
                <li key={item.id}>
                  <button type="button" className="checklist-link" onClick={() => goTo(item.id)}>
                    {item.title}
                  </button>
                </li>
              ))}
            </ul>
            {refusal.more > 0 ? <p className="hint">and {refusal.more} more</p> : null}
          </nav>
        ) : null}
        <p role="status" className="save-status">
          {status}
        </p>
        {error ? <ErrorMessage error={error} /> : null}
      </div>
      {groups.map((group) => (
        <section
          key={group.key}
          className={`checklist-open-group checklist-open-${group.key}`}
          aria-labelledby={groupHeadingId(group.key)}
        >
          <h3 id={groupHeadingId(group.key)} tabIndex={-1} className="checklist-group">
            {group.heading} ({group.items.length})
          </h3>
          <p className="hint checklist-group-hint">{group.hint}</p>
          {group.key === 'attest' && canRecord ? (
            severalOpen ? (
              <AttestSeveral
                draftId={draft.id}
                items={group.items.filter((e) => e.item.satisfiedBy !== 'automatic')}
                onClose={() => {
                  setSeveralOpen(false);
                  requestAnimationFrame(() =>
                    document.getElementById('checklist-attest-several-open')?.focus(),
                  );
                }}
                onRecorded={(saved, itemIds) => {
                  focusLater({
                    ready: (now) =>
                      itemIds.every(
                        (id) => now.find((e) => e.item.id === id)?.state !== 'needs-attestation',
                      ),
                    targets: [
                      (panel) => nthOrLast(panel, '[data-attest]', 0),
                      ...afterGroup('attest'),
                    ],
                  });
                  setSeveralOpen(false);
                  onDraftChange(saved);
                  setStatus(
                    `Attested ${itemIds.length} item${itemIds.length === 1 ? '' : 's'} in one step`,
                  );
                }}
              />
            ) : (
              <button
                type="button"
                id="checklist-attest-several-open"
                className="checklist-attest-several-open"
                onClick={() => setSeveralOpen(true)}
              >
                Attest several…
              </button>
            )
          ) : null}
          <ol className="checklist-items">{group.items.map((e) => renderItem(e))}</ol>
        </section>
      ))}
      {satisfied.length > 0 ? (
        <details className="checklist-satisfied">
          <summary>Satisfied ({satisfied.length})</summary>
          <ol className="checklist-items">{satisfied.map((e) => renderItem(e))}</ol>
        </details>
      ) : null}
    </aside>
  );
}
