import { type Draft, latestRevision } from '../../shared/drafts/draft';
import type { DraftCheckContext } from '../../shared/policy/draft-checklist';
import type { Profile } from '../../shared/profiles/profile';
import { attest, justify, submit } from '../drafts/draft-gate';
import { DeskFailure } from '../ipc/desk-failure';
import type { DomainHandlers, HandlerContext } from './domain-handlers';

/** The flagged words as the audit summary quotes them: enough to recognise, never a whole body. */
function quoted(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}

export function draftHandlers({ services }: HandlerContext): DomainHandlers<'drafts'> {
  const { pages, drafts } = services;
  // What the gate checks a draft against: the department's own lines and its target pages.
  const checkContext = (draft: Draft): DraftCheckContext => ({
    department: services.department,
    targets: pages.targets(latestRevision(draft).pages),
  });
  // Each change is recorded in the journal before the draft's file is written (DraftService); an
  // item attested twice changes nothing, so nothing is written or recorded.
  const change = async (
    id: string,
    by: Profile,
    apply: (draft: Draft) => Draft,
    summary: (saved: Draft) => string,
  ) =>
    (await drafts.update(id, apply, { by, summary: (saved) => `draft ${summary(saved)}` })).saved;
  const notYet = (what: string): never => {
    throw new DeskFailure('internal', `${what} is not built yet.`);
  };
  return {
    'drafts:list': () => drafts.list(),
    'drafts:get': ({ id }) => drafts.get(id),
    'drafts:attest': ({ id, itemId }, by) => {
      const at = new Date().toISOString();
      return change(
        id,
        by,
        (draft) => attest(draft, itemId, by.id, at, checkContext(draft)),
        () => `attested ${itemId}`,
      );
    },
    'drafts:justify': ({ id, kind, text, reason }, by) => {
      const at = new Date().toISOString();
      return change(
        id,
        by,
        (draft) => justify(draft, { kind, text, reason }, by.id, at, checkContext(draft)),
        () => `justified the ${kind} finding “${quoted(text)}”`,
      );
    },
    'drafts:submit': ({ id }, by) => {
      const at = new Date().toISOString();
      return change(
        id,
        by,
        (draft) => submit(draft, by.id, at, checkContext(draft)),
        (saved) => `submitted revision ${saved.revisions.length} for approval`,
      );
    },
    'drafts:save': async (request, by) => {
      pages.targets(request.pages); // every target page must exist before anything is written
      return (await drafts.saveAndCompare(request, by)).saved;
    },
    'drafts:withdraw': () => notYet('Withdrawing'),
    'drafts:published': () => notYet('Recording publication'),
    'drafts:archive': () => notYet('Archiving'),
  };
}
