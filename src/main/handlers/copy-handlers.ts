import {
  type Draft,
  type Revision,
  draftWorkflow,
  latestRevision,
} from '../../shared/drafts/draft';
import { pageTarget } from '../../shared/policy/platform-check';
import { countCharacters, pageText, platformLabel } from '../../shared/policy/page-text';
import type { ItemStatus } from '../../shared/workflow/workflow';
import type { ActingHandlers } from '../ipc/authorize';
import { DeskFailure } from '../ipc/desk-failure';
import type { HandlerContext } from './domain-handlers';

/** Only from these may a post be pasted into a platform (publishing is refused from any other). */
const POSTABLE: ReadonlySet<ItemStatus> = new Set(['approved', 'published']);

/**
 * Whether the Chief approved these exact words as they stand. "Approved with changes" is not: its
 * changes are made as a new revision and resubmitted, and publishing is refused from it.
 */
function approvedToPost(draft: Draft, revision: Revision): boolean {
  const { status, submission, decision } = draftWorkflow(draft);
  return (
    POSTABLE.has(status) &&
    decision?.decision === 'approve' &&
    submission?.contentHash === revision.contentHash &&
    (submission.revision === undefined || submission.revision === revision.number)
  );
}

/** A post's text as one target page shows it, onto the clipboard. */
export function copyHandlers(context: HandlerContext): Pick<ActingHandlers, 'drafts:copyText'> {
  const { services, shell } = context;
  return {
    'drafts:copyText': async ({ id, pageId }) => {
      // The text is read here, from the draft as saved, never taken from the renderer: what is
      // pasted into a platform is exactly the latest revision, the one the approval names.
      const draft = await services.drafts.get(id);
      const revision = latestRevision(draft);
      if (!revision.pages.includes(pageId)) {
        const known = services.pages.list().find((page) => page.id === pageId);
        throw new DeskFailure(
          'invalid-request',
          `${known ? `“${known.name}”` : `Page ${pageId}`} is not one of the target pages of revision ${revision.number} of “${revision.title}”: add it to the draft’s target pages and save, or copy the text for one of its pages. Nothing was copied.`,
        );
      }
      const page = services.pages.get(pageId);
      const target = pageTarget(page);
      const shown = pageText(revision.body, target);
      if (shown.shown.trim() === '') {
        throw new DeskFailure(
          'invalid-request',
          `Revision ${revision.number} of “${revision.title}” has no text to copy for “${page.name}” (${platformLabel(target.platform)}): write the post and save it first. Nothing was copied.`,
        );
      }
      await shell.copyText(shown.shown);
      // Status, approval and cut are answered from the saved draft, so the warning a person reads
      // after copying cannot be decided by a renderer showing stale or unsaved words.
      return {
        text: shown.shown,
        characters: countCharacters(shown.shown),
        status: draftWorkflow(draft).status,
        approved: approvedToPost(draft, revision),
        revision: revision.number,
        cut: shown.cut,
        leftOut: countCharacters(revision.body.slice(shown.shown.length)),
      };
    },
  };
}
