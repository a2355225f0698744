import { commentStory } from '../moderation/comment-story';
import { checkpointOf } from '../journal/verify-report';
import { JournalStatusKeeper, journalStatusKeeper } from '../moderation/journal-status';
import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';
import { profileNames } from './profile-names';

/** Issue 11: a comment's whole story, and the journal's verification state. */
export function commentStoryHandlers(
  context: HandlerContext,
): Pick<ActingHandlers, 'comments:get' | 'comments:journalStatus'> {
  const { services } = context;
  const keeper = journalStatusKeeper(
    services,
    () => new JournalStatusKeeper(services.dataFolder, services.journal),
  );
  return {
    'comments:get': ({ seq }) =>
      commentStory(seq, {
        index: services.comments,
        pages: services.pages,
        nameOf: profileNames(services),
      }),
    'comments:journalStatus': ({ verifyNow, checkpoint }) =>
      keeper.status(
        verifyNow ?? false,
        checkpoint === undefined ? undefined : checkpointOf(checkpoint),
      ),
  };
}
