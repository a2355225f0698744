import { DeskFailure } from '../ipc/desk-failure';
import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';
import { profileNames } from './profile-names';

export function commentActionHandlers({
  services,
}: HandlerContext): Pick<ActingHandlers, 'comments:act' | 'comments:correct'> {
  const { comments, moderation } = services;
  const summaryOf = (seq: number) => {
    const comment = comments.comment(seq);
    if (!comment) throw new DeskFailure('not-found', `There is no comment ${seq}.`);
    return comments.summary(comment, profileNames(services));
  };
  return {
    // Screenshots: issue 11's queue slice copies them in (AttachmentStore) and names the hash.
    'comments:act': async ({ screenshot: _screenshot, ...action }, by) => {
      await moderation.act(by, action);
      return summaryOf(action.comment);
    },
    'comments:correct': async (correction, by) => {
      await comments.ready();
      const action = comments.action(correction.corrects);
      if (!action) {
        throw new DeskFailure(
          'invalid-request',
          `Event ${correction.corrects} is not a moderation action; a correction here must name one.`,
        );
      }
      await moderation.correct(by, correction);
      return summaryOf(action.comment);
    },
  };
}
