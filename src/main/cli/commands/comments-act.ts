import { MODERATION_ACTIONS, REMOVAL_REASONS } from '../../../shared/moderation/events';
import type { CliContext } from '../cli-context';
import { asPerson } from '../as-person';
import { CliUsageError } from '../passphrase-input';

type Action = (typeof MODERATION_ACTIONS)[number];
type Reason = (typeof REMOVAL_REASONS)[number];

const ACTIONS = MODERATION_ACTIONS.join('|');
const REASONS = REMOVAL_REASONS.join('|');
const USAGE = `social-desk comments act COMMENT_ID --action ${ACTIONS} [--reason ${REASONS}] [--note TEXT] --profile NAME`;
/** The options this command reads; any other is a mistake worth saying, not ignoring. */
const OWN_OPTIONS = new Set(['data', 'profile', 'action', 'reason', 'note']);

const isAction = (value: unknown): value is Action =>
  typeof value === 'string' && (MODERATION_ACTIONS as readonly string[]).includes(value);
const isReason = (value: unknown): value is Reason =>
  typeof value === 'string' && (REMOVAL_REASONS as readonly string[]).includes(value);

/**
 * What was asked, or a usage error (exit 2) saying what is wrong and the whole form; nothing is
 * opened before the command line is right.
 */
function request(context: CliContext) {
  const [id, ...extra] = context.args;
  const comment = Number(id);
  if (id === undefined || extra.length > 0 || !Number.isInteger(comment) || comment < 1) {
    throw new CliUsageError(
      `Give one comment by its id (\`social-desk comments list\` shows them): ${USAGE}.`,
    );
  }
  const { action, reason, note } = context.options;
  const stray = Object.keys(context.options).filter(
    (option) => context.options[option] !== undefined && !OWN_OPTIONS.has(option),
  );
  if (stray.length > 0) {
    throw new CliUsageError(
      `comments act does not take ${stray.map((option) => `--${option}`).join(', ')}: ${USAGE}.`,
    );
  }
  if (!isAction(action)) {
    throw new CliUsageError(
      action === undefined
        ? `Say what to do with --action: one of ${MODERATION_ACTIONS.join(', ')}. ${USAGE}.`
        : `--action ${String(action)} is not an action; the actions are ${MODERATION_ACTIONS.join(', ')}. ${USAGE}.`,
    );
  }
  const removal = action === 'hide' || action === 'remove';
  if (removal && reason === undefined) {
    throw new CliUsageError(
      `To ${action} a comment, give the category with --reason: one the page’s intro statement published when the comment was posted (${REMOVAL_REASONS.join(', ')}; III.B.3.d.1). ${USAGE}.`,
    );
  }
  if (reason !== undefined && !isReason(reason)) {
    throw new CliUsageError(
      `--reason ${String(reason)} is not a removal category; the categories are ${REMOVAL_REASONS.join(', ')}. ${USAGE}.`,
    );
  }
  if (!removal && reason !== undefined) {
    throw new CliUsageError(
      `--reason is only for hide and remove; ${action} takes none (use --note to say why).`,
    );
  }
  if (note !== undefined && typeof note !== 'string') {
    throw new CliUsageError(`--note takes the note's text: ${USAGE}.`);
  }
  return {
    comment,
    action,
    ...(reason === undefined ? {} : { reason }),
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * `comments act COMMENT_ID --action A [--reason R] [--note TEXT]`: through the app's own channel,
 * so a reason the page had not published when the comment was posted is refused (exit 1) in the
 * main process's words, naming the categories it had.
 */
export async function commentsAct(context: CliContext): Promise<number> {
  const asked = request(context);
  const summary = await asPerson(context, 'Moderating a comment', (desk) =>
    desk.send('comments:act', asked),
  );
  context.io.out(JSON.stringify(summary, null, 2));
  return 0;
}
