import { memo } from 'react';
import type { Draft } from '../../../shared/drafts/draft';
import type { FieldFinding } from '../../../shared/policy/draft-checklist';
import { JustifyForm } from './JustifyForm';

/** What a finding's row asks of its panel; one object for the panel's life, so rows can be memoised. */
export interface FindingRowActions {
  jump(finding: FieldFinding): void;
  toggleJustify(rowId: string): void;
  closeJustify(rowId: string): void;
  recorded(finding: FieldFinding, rowId: string, quoted: string, saved: Draft): void;
}

interface FindingRowProps {
  readonly finding: FieldFinding;
  /** The row's element ids start with this: its item, field and place. */
  readonly rowId: string;
  readonly quoted: string;
  readonly canJustify: boolean;
  readonly justifying: boolean;
  /** The saved draft a justification is recorded on. */
  readonly draftId: string | undefined;
  readonly actions: FindingRowActions;
}

function FindingRowView({
  finding,
  rowId,
  quoted,
  canJustify,
  justifying,
  draftId,
  actions,
}: FindingRowProps) {
  return (
    <li>
      <mark>{quoted}</mark> {finding.message}
      <div className="finding-actions">
        <button
          type="button"
          id={`${rowId}-show`}
          // The finding's short id, not its words: a page's cut can be a whole long post.
          data-finding-focus={canJustify ? undefined : rowId}
          onClick={() => actions.jump(finding)}
          aria-label={`Show “${quoted}” in the ${finding.field}`}
        >
          Show in text
        </button>
        {canJustify ? (
          <button
            type="button"
            id={`${rowId}-justify`}
            data-finding-focus={rowId}
            aria-expanded={justifying}
            onClick={() => actions.toggleJustify(rowId)}
            aria-label={`Justify “${quoted}”`}
          >
            Justify…
          </button>
        ) : null}
      </div>
      {justifying && draftId ? (
        <JustifyForm
          formId={rowId}
          draftId={draftId}
          kind={finding.kind}
          text={finding.text}
          quoted={quoted}
          onClose={() => actions.closeJustify(rowId)}
          onRecorded={(saved) => actions.recorded(finding, rowId, quoted, saved)}
        />
      ) : null}
    </li>
  );
}

const sameFinding = (a: FieldFinding, b: FieldFinding) =>
  a === b ||
  (a.kind === b.kind &&
    a.field === b.field &&
    a.start === b.start &&
    a.end === b.end &&
    a.text === b.text &&
    a.message === b.message &&
    a.section === b.section &&
    a.mustEdit === b.mustEdit &&
    JSON.stringify(a.target) === JSON.stringify(b.target));

/**
 * A finding in the checklist panel. Each key press brings a new checklist from the worker with
 * hundreds of findings in a long post, nearly all the same as before: a row is drawn again only
 * when what it shows changed.
 */
export const FindingRow = memo(
  FindingRowView,
  (before, after) =>
    sameFinding(before.finding, after.finding) &&
    before.rowId === after.rowId &&
    before.quoted === after.quoted &&
    before.canJustify === after.canJustify &&
    before.justifying === after.justifying &&
    before.draftId === after.draftId &&
    before.actions === after.actions,
);
