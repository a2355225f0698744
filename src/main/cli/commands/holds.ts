import { holdReleaseSchema, holdRequestSchema } from '../../../shared/records/legal-hold';
import { RetentionStore } from '../../retention/retention-store';
import type { CliContext } from '../cli-context';
import { asPerson } from '../as-person';
import { CliUsageError } from '../passphrase-input';
import { listOption, refuseStrayOptions, textOption, typesOption } from './retention';

const LIST_USAGE = 'social-desk holds list';
const ADD_USAGE =
  'social-desk holds add --name N --matter M [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--pages ID,ID] [--types a,b] [--words "w1" --words "w2" or --words w1,w2] --profile NAME';
const RELEASE_USAGE = 'social-desk holds release HOLD_ID --reason TEXT --profile NAME';

/** The schema's complaints, each naming the option it is about. */
function problems(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => {
      // A scope's condition is its own option: scope.from is --from.
      const key = String(issue.path[0] === 'scope' ? (issue.path[1] ?? 'scope') : issue.path[0]);
      return `--${key}: ${issue.message}`;
    })
    .join('; ');
}

/**
 * `holds list`: every legal hold, released ones too (with who released it, when and why), as
 * JSON. It only reads retention.json, so it runs beside the open app.
 */
export async function holdsList(context: CliContext): Promise<number> {
  if (context.args.length > 0) {
    throw new CliUsageError(
      `holds list takes no words (${context.args.join(' ')}): ${LIST_USAGE}.`,
    );
  }
  refuseStrayOptions(context, [], LIST_USAGE);
  const folder = await context.readFolder();
  const retention = await RetentionStore.open(folder, { quarantine: false });
  // Active holds first: those are the ones that block a disposition today.
  const holds = [...retention.holds('all')].sort(
    (a, b) => Number(a.released !== undefined) - Number(b.released !== undefined),
  );
  context.io.out(JSON.stringify(holds, null, 2));
  return 0;
}

/** The hold asked for, checked by the main process's own schema before anything is opened. */
function holdFrom(context: CliContext) {
  if (context.args.length > 0) {
    throw new CliUsageError(`holds add takes no words (${context.args.join(' ')}): ${ADD_USAGE}.`);
  }
  refuseStrayOptions(
    context,
    ['name', 'matter', 'from', 'to', 'pages', 'types', 'words'],
    ADD_USAGE,
  );
  const from = textOption(context, 'from', ADD_USAGE);
  const to = textOption(context, 'to', ADD_USAGE);
  const pages = listOption(context, 'pages', ADD_USAGE);
  const types = typesOption(context, ADD_USAGE);
  const words = listOption(context, 'words', ADD_USAGE);
  const asked = {
    name: textOption(context, 'name', ADD_USAGE) ?? '',
    matter: textOption(context, 'matter', ADD_USAGE) ?? '',
    scope: {
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
      ...(pages === undefined ? {} : { pages }),
      ...(types === undefined ? {} : { types }),
      ...(words === undefined ? {} : { words }),
    },
  };
  const parsed = holdRequestSchema.safeParse(asked);
  if (!parsed.success) {
    throw new CliUsageError(`${problems(parsed.error.issues)}. Nothing was changed. ${ADD_USAGE}.`);
  }
  return parsed.data;
}

/**
 * `holds add ... --profile NAME`: a legal hold placed by a records profile through the app's own
 * channel; prints the hold with its id (the one `holds release` takes). A hold with no scope
 * options covers every record.
 */
export async function holdsAdd(context: CliContext): Promise<number> {
  const hold = holdFrom(context);
  const placed = await asPerson(context, 'Placing a legal hold', (desk) =>
    desk.send('records:placeHold', hold),
  );
  context.io.out(JSON.stringify(placed, null, 2));
  return 0;
}

/**
 * `holds release HOLD_ID --reason TEXT --profile NAME`: only a records profile, always with a
 * reason; a hold already released or unknown is refused (exit 1) in the main process's words.
 */
export async function holdsRelease(context: CliContext): Promise<number> {
  const [hold, ...extra] = context.args;
  if (hold === undefined || extra.length > 0) {
    throw new CliUsageError(
      `Give one hold by its id (social-desk holds list shows them): ${RELEASE_USAGE}.`,
    );
  }
  refuseStrayOptions(context, ['reason'], RELEASE_USAGE);
  const parsed = holdReleaseSchema.safeParse({
    hold,
    reason: textOption(context, 'reason', RELEASE_USAGE) ?? '',
  });
  if (!parsed.success) {
    const named = parsed.error.issues.map((issue) =>
      issue.path[0] === 'hold'
        ? `${hold} is not a hold id (social-desk holds list shows them)`
        : `--reason: ${issue.message}`,
    );
    throw new CliUsageError(`${named.join('; ')}. Nothing was changed. ${RELEASE_USAGE}.`);
  }
  const released = await asPerson(context, 'Releasing a legal hold', (desk) =>
    desk.send('records:releaseHold', parsed.data),
  );
  context.io.out(JSON.stringify(released, null, 2));
  return 0;
}
