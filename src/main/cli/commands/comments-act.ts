import type { CliContext } from '../cli-context';
import { asPerson } from '../as-person';
import { CliUsageError } from '../passphrase-input';

/** `comments act COMMENT_ID --action A [--reason R] [--note TEXT]`: through the app's own channel. */
export async function commentsAct(context: CliContext): Promise<number> {
  const [id, ...extra] = context.args;
  const comment = Number(id);
  if (id === undefined || extra.length > 0 || !Number.isInteger(comment) || comment < 1) {
    throw new CliUsageError(
      'Give one comment: social-desk comments act COMMENT_ID --action keep|hide|remove|restore|refer (`social-desk comments list` shows the ids).',
    );
  }
  const { action, reason, note } = context.options;
  const summary = await asPerson(context, 'Moderating a comment', (desk) =>
    desk.send('comments:act', {
      comment,
      action: action as never,
      ...(typeof reason === 'string' ? { reason: reason as never } : {}),
      ...(typeof note === 'string' ? { note } : {}),
    }),
  );
  context.io.out(JSON.stringify(summary, null, 2));
  return 0;
}
