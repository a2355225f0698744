import { useState } from 'react';
import { type Draft, draftWorkflow, latestRevision } from '../../../shared/drafts/draft';
import type { ItemEvaluation, ItemState } from '../../../shared/policy/checklist';
import { openItems } from '../../../shared/policy/checklist';
import type { FieldFinding } from '../../../shared/policy/draft-checklist';
import type { PostTarget } from '../../../shared/policy/platform-check';
import { limitsFor } from '../../../shared/policy/platform-limits';
import type { DeskError, Result } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { desk } from '../desk';
import { submitRefusal } from '../drafts/draft-status';

const STATE_LABEL: Readonly<Record<ItemState, string>> = {
  satisfied: 'Satisfied',
  open: 'Open',
  'needs-attestation': 'Needs attestation',
};

/** A finding can be the whole end of a long post (past a platform's limit): show its start. */
function excerpt(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 77)}…`;
}

interface ChecklistPanelProps {
  readonly items: readonly ItemEvaluation[];
  /** The saved draft, when there is one; attestations and submissions need saved content. */
  readonly draft: Draft | undefined;
  readonly unsaved: boolean;
  readonly onDraftChange: (draft: Draft) => void;
  readonly onJump: (finding: FieldFinding) => void;
  /** The draft's target pages, each heading the group of its platform's limits. */
  readonly targets: readonly PostTarget[];
}

interface ItemGroup {
  readonly key: string;
  readonly heading: string | undefined;
  readonly items: readonly ItemEvaluation[];
}

/** The content items first, then each target page's limits under the page's name. */
function groupByPage(
  items: readonly ItemEvaluation[],
  targets: readonly PostTarget[],
): ItemGroup[] {
  const pageOf = (id: string) =>
    targets.find(
      (target) => id === `limits.${target.page}` || id.startsWith(`limits.${target.page}.`),
    );
  const groups: ItemGroup[] = [
    { key: 'content', heading: undefined, items: items.filter((e) => !pageOf(e.item.id)) },
  ];
  for (const target of targets) {
    const mine = items.filter((e) => pageOf(e.item.id) === target);
    if (mine.length === 0) continue;
    const platform = limitsFor(target.platform)?.label ?? target.platform;
    groups.push({
      key: target.page,
      heading: `Limits for “${target.name}” (${platform})`,
      items: mine,
    });
  }
  return groups;
}

/** The content checklist (SPEC section 2), re-evaluated as the person types. */
export function ChecklistPanel({
  items,
  draft,
  unsaved,
  onDraftChange,
  onJump,
  targets,
}: ChecklistPanelProps) {
  const [error, setError] = useState<DeskError>();
  const [status, setStatus] = useState('');
  const [justifying, setJustifying] = useState<string>();
  const [reason, setReason] = useState('');
  const open = openItems(items).length;
  // Attestations and justifications are for the words about to be submitted: a draft's only.
  const canRecord = draft !== undefined && !unsaved && draftWorkflow(draft).status === 'draft';
  const notSubmittable = draft && !unsaved ? submitRefusal(draft) : undefined;

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

  const renderItem = ({
    item,
    state,
    reason: why,
    findings,
    justifiedFindings,
  }: ItemEvaluation) => (
    <li key={item.id} className={`checklist-item state-${state}`} data-item={item.id}>
      <div className="item-head">
        <span className="item-state">{STATE_LABEL[state]}</span>
        <cite className="item-section">{item.section}</cite>
      </div>
      <p className="item-title">{item.title}</p>
      <p className="item-reason">{why}</p>
      {findings.length > 0 ? (
        <ul className="findings">
          {findings.map((finding) => {
            const f = finding as FieldFinding;
            const key = `${item.id}:${f.field}:${f.start}`;
            return (
              <li key={key}>
                <mark>{excerpt(f.text)}</mark> {f.message}
                <div className="finding-actions">
                  <button
                    type="button"
                    onClick={() => onJump(f)}
                    aria-label={`Show “${excerpt(f.text)}” in the ${f.field}`}
                  >
                    Show in text
                  </button>
                  {canRecord && !f.mustEdit ? (
                    <button
                      type="button"
                      onClick={() => {
                        setJustifying(key);
                        setReason('');
                      }}
                      aria-label={`Justify “${excerpt(f.text)}”`}
                    >
                      Justify…
                    </button>
                  ) : null}
                </div>
                {justifying === key ? (
                  <form
                    className="justify-form"
                    onSubmit={(event) => {
                      event.preventDefault();
                      if (!draft) return;
                      void act(
                        () =>
                          desk().drafts.justify({
                            id: draft.id,
                            kind: f.kind,
                            text: f.text,
                            reason,
                          }),
                        `Justification recorded for “${f.text}”`,
                      ).then((ok) => {
                        if (ok) setJustifying(undefined);
                      });
                    }}
                  >
                    <label htmlFor={`${key}-reason`}>
                      Why “{f.text}” is acceptable (recorded with your name)
                    </label>
                    <textarea
                      id={`${key}-reason`}
                      rows={2}
                      value={reason}
                      onChange={(event) => setReason(event.target.value)}
                    />
                    <div className="finding-actions">
                      <button type="submit" className="primary">
                        Record justification
                      </button>
                      <button type="button" onClick={() => setJustifying(undefined)}>
                        Cancel
                      </button>
                    </div>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {justifiedFindings.map((finding) => {
        const record = draft?.justifications.find(
          (j) => j.kind === finding.kind && j.text.toLowerCase() === finding.text.toLowerCase(),
        );
        return (
          <p key={`${finding.start}-j`} className="justified">
            Justified: “{finding.text}” — {record?.reason ?? ''}
          </p>
        );
      })}
      {state === 'needs-attestation' && item.satisfiedBy !== 'automatic' ? (
        <button
          type="button"
          className="attest-button"
          disabled={!canRecord}
          aria-label={`Attest: ${item.title}`}
          onClick={() => {
            if (draft)
              void act(
                () => desk().drafts.attest({ id: draft.id, itemId: item.id }),
                `Attested: ${item.title}`,
              );
          }}
        >
          Attest
        </button>
      ) : null}
    </li>
  );

  return (
    <aside aria-labelledby="checklist-heading" className="checklist">
      <h2 id="checklist-heading">Content checklist</h2>
      <p className="hint" aria-live="polite">
        {open === 0 ? 'Every item is satisfied.' : `${open} of ${items.length} items still open`}
      </p>
      {!canRecord && (draft === undefined || unsaved) ? (
        <p className="hint">
          Save the draft to attest items or justify findings: they are recorded for saved content.
        </p>
      ) : null}
      {groupByPage(items, targets).map((group) => (
        <section key={group.key} aria-labelledby={group.heading ? `group-${group.key}` : undefined}>
          {group.heading ? (
            <h3 id={`group-${group.key}`} className="checklist-group">
              {group.heading}
            </h3>
          ) : null}
          <ol className="checklist-items">{group.items.map(renderItem)}</ol>
        </section>
      ))}
      <div className="submit-box">
        <button
          type="button"
          className="primary"
          disabled={!canRecord || notSubmittable !== undefined}
          aria-describedby={notSubmittable ? 'checklist-submit-refusal' : undefined}
          onClick={() => {
            if (draft)
              void act(
                () => desk().drafts.submit({ id: draft.id }),
                `Submitted revision ${latestRevision(draft).number} for approval`,
              );
          }}
        >
          Submit for approval
        </button>
        {notSubmittable ? (
          <p id="checklist-submit-refusal" className="hint">
            {notSubmittable}
          </p>
        ) : null}
        <p role="status" className="save-status">
          {status}
        </p>
        {error ? <ErrorMessage error={error} /> : null}
      </div>
    </aside>
  );
}
