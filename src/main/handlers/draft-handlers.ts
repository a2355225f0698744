import { type Draft, latestRevision } from '../../shared/drafts/draft';
import type { DraftCheckContext } from '../../shared/policy/draft-checklist';
import type { Profile } from '../../shared/profiles/profile';
import type { WorkflowStep } from '../../shared/workflow/workflow';
import { attest, justify, submissionStep } from '../drafts/draft-gate';
import { assertMediaKept } from '../drafts/media-check';
import { DeskFailure } from '../ipc/desk-failure';
import { freezePostPacket } from '../workflow/post-packet';
import { checkPublicationTime } from '../workflow/publication-time';
import { attestationHandlers } from './attestation-handlers';
import { copyHandlers } from './copy-handlers';
import type { DomainHandlers, HandlerContext } from './domain-handlers';
import { draftSearchHandlers } from './draft-search-handlers';
import { mediaHandlers } from './media-handlers';

/** The flagged words as the audit summary quotes them: enough to recognise, never a whole body. */
function quoted(text: string): string {
  return text.length <= 80 ? text : `${text.slice(0, 79)}…`;
}

export function draftHandlers(context: HandlerContext): DomainHandlers<'drafts'> {
  const { services } = context;
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
  // A workflow move, judged by the status machine inside the drafts' queue, then recorded.
  const move = async (
    id: string,
    by: Profile,
    name: WorkflowStep['move'],
    build: (draft: Draft) => WorkflowStep | Promise<WorkflowStep>,
    summary: (saved: Draft) => string,
  ) => (await drafts.move(id, name, by, build, (saved) => `draft ${summary(saved)}`)).saved;
  const titled = (draft: Draft) => `"${latestRevision(draft).title}"`;
  return {
    // The drafting desk's own jobs, each in its file.
    ...attestationHandlers(context),
    ...mediaHandlers(context),
    ...draftSearchHandlers(context),
    ...copyHandlers(context),
    'drafts:list': ({ first }) => {
      // The list is open: a search may follow, so the words start being read now.
      services.draftSearch.warm();
      return first === undefined ? drafts.list() : drafts.list().slice(0, first);
    },
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
      return move(
        id,
        by,
        'submit',
        // The packet is frozen from this very draft before the step that names it is written.
        (draft) =>
          submissionStep(draft, by.id, at, checkContext(draft), (submitted) =>
            freezePostPacket(services, submitted, { by: by.id, at }),
          ),
        (saved) => {
          const step = saved.workflow.at(-1);
          const packet = step?.move === 'submit' ? step.packetHash : undefined;
          return `submitted revision ${saved.revisions.length} for approval with packet ${packet ?? 'none'}`;
        },
      );
    },
    'drafts:save': async (request, by) => {
      pages.targets(request.pages); // every target page must exist before anything is written
      // Every photo must be kept in the data folder and every permission it links be the draft's.
      if (request.media !== undefined && request.media.length > 0) {
        const existing = request.id === undefined ? undefined : await drafts.get(request.id);
        await assertMediaKept(services.attachments.dataFolder, request, existing);
      }
      return (await drafts.saveAndCompare(request, by)).saved;
    },
    'drafts:withdraw': ({ id, reason }, by) =>
      move(
        id,
        by,
        'withdraw',
        () => ({ move: 'withdraw', by: by.id, at: new Date().toISOString(), reason }),
        (saved) => `${titled(saved)} withdrawn from approval${reason ? `: ${reason}` : ''}`,
      ),
    'drafts:published': ({ id, pageId, url, publishedAt }, by) => {
      const page = pages.get(pageId); // not-found, named, for a page never recorded
      return move(
        id,
        by,
        'publish',
        (draft) => {
          const targets = latestRevision(draft).pages;
          if (targets.length > 0 && !targets.includes(pageId)) {
            throw new DeskFailure(
              'invalid-request',
              `${titled(draft)} was approved for ${targets.map((target) => `“${pages.get(target).name}”`).join(', ')}, not for “${page.name}”. Record the page it was posted to from its target pages; a post for another page needs its own approval. Nothing was changed.`,
            );
          }
          const now = new Date();
          // Not before the approval it went out under, not later than now (shared with pages).
          checkPublicationTime(publishedAt, draft.workflow, now);
          return {
            move: 'publish',
            by: by.id,
            at: now.toISOString(),
            platform: page.platform,
            url,
            publishedAt,
            pageId,
          };
        },
        (saved) => `${titled(saved)} recorded as published on “${page.name}” at ${url}`,
      );
    },
    'drafts:archive': ({ id, reason }, by) =>
      move(
        id,
        by,
        'archive',
        () => ({ move: 'archive', by: by.id, at: new Date().toISOString(), reason }),
        (saved) => `${titled(saved)} archived${reason ? `: ${reason}` : ''}`,
      ),
  };
}
