import type { Draft } from '../../../shared/drafts/draft';
import { RECORD_TYPES, type RecordType, triggersOf } from '../../../shared/records/record-types';
import { retentionScheduleSchema } from '../../../shared/records/retention-schedule';
import { readDraftFile } from '../../drafts/draft-inspection';
import { DraftStore } from '../../drafts/draft-store';
import { DeskFailure } from '../../ipc/desk-failure';
import { Journal } from '../../journal/journal';
import { CommentIndex } from '../../moderation/comment-index';
import { PageService } from '../../pages/page-service';
import { retentionOutlook } from '../../retention/due-records';
import { RecordCatalogue } from '../../retention/record-catalogue';
import { RetentionStore } from '../../retention/retention-store';
import type { CliContext } from '../cli-context';
import { asPerson } from '../as-person';
import { CliUsageError } from '../passphrase-input';
import { PacketStore } from '../../packets/packet-store';

const DUE_USAGE = `social-desk retention due [--types ${RECORD_TYPES.join(',')}]`;
const SET_USAGE =
  'social-desk retention set --type T --trigger created|published|superseded|closed (--years N --months N --days N | --permanent) --authority TEXT [--note TEXT] --profile NAME';

/** An option's text, or undefined; a flag given where text is wanted is a usage error. */
export function textOption(context: CliContext, name: string, usage: string): string | undefined {
  const value = context.options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new CliUsageError(`--${name} takes a value: ${usage}.`);
  return value;
}

/** A comma list ("a,b"), its parts trimmed, empty parts dropped. */
export function listOption(context: CliContext, name: string, usage: string): string[] | undefined {
  return textOption(context, name, usage)
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Any option the command does not read is a mistake worth saying, not ignoring (exit 2). */
export function refuseStrayOptions(
  context: CliContext,
  own: readonly string[],
  usage: string,
): void {
  const mine = new Set(['data', 'profile', ...own]);
  const stray = Object.keys(context.options).filter(
    (option) => context.options[option] !== undefined && !mine.has(option),
  );
  if (stray.length > 0) {
    throw new CliUsageError(
      `${context.command} does not take ${stray.map((option) => `--${option}`).join(', ')}: ${usage}.`,
    );
  }
}

/** `--types a,b`, each a record type, or a usage error naming the ones that are not. */
export function typesOption(context: CliContext, usage: string): RecordType[] | undefined {
  const types = listOption(context, 'types', usage);
  if (types === undefined) return undefined;
  const wrong = types.filter((type) => !(RECORD_TYPES as readonly string[]).includes(type));
  if (types.length === 0 || wrong.length > 0) {
    throw new CliUsageError(
      `--types takes record types separated by commas (${RECORD_TYPES.join(', ')})${wrong.length > 0 ? `, not ${wrong.join(', ')}` : ''}: ${usage}.`,
    );
  }
  return [...new Set(types)] as RecordType[];
}

/** The drafts as files on disk, read without the writer's lock and never repaired or written. */
async function draftFiles(folder: string) {
  const summaries = await DraftStore.readSummaries(folder);
  return {
    list: () => summaries,
    get: async (id: string): Promise<Draft> => {
      const read = await readDraftFile(folder, id);
      if (read.ok) return read.draft;
      throw new DeskFailure(
        'store-damaged',
        `Draft ${id} could not be read (${read.kind === 'missing' ? 'its file is missing' : `its file is ${read.kind}: ${read.detail}`}), so what is due cannot be said. Nothing was changed: run social-desk check or restore the draft's file, then try again.`,
      );
    },
  };
}

/**
 * `retention due [--types a,b]`: the records past retention today, held ones with the names of
 * the holds keeping them, and the next day more fall due, as JSON. It only reads (the journal
 * read-only, the comment index never saving its snapshot, the drafts read as files), so it runs
 * beside the open app.
 */
export async function retentionDue(context: CliContext): Promise<number> {
  if (context.args.length > 0) {
    throw new CliUsageError(
      `retention due takes no words (${context.args.join(' ')}): ${DUE_USAGE}.`,
    );
  }
  refuseStrayOptions(context, ['types'], DUE_USAGE);
  const types = typesOption(context, DUE_USAGE);
  const folder = await context.readFolder();
  const retention = await RetentionStore.open(folder, { quarantine: false });
  const pages = await PageService.open(folder, { quarantine: false });
  const drafts = await draftFiles(folder);
  const { journal } = await Journal.open(folder, { readOnly: true });
  const comments = CommentIndex.open(folder, journal, { readOnly: true });
  try {
    const catalogue = new RecordCatalogue({
      dataFolder: folder,
      drafts,
      pages,
      comments,
      packets: new PacketStore(folder),
    });
    const outlook = await retentionOutlook(catalogue, retention, types ? { types } : {});
    if (comments.notice) context.io.err(`social-desk: ${comments.notice}`);
    const due = outlook.due.map((entry) => ({
      type: entry.record.type,
      id: entry.record.id,
      title: entry.record.title,
      dueOn: entry.dueOn,
      heldBy: entry.heldBy.map((hold) => hold.name),
      authority: entry.authority,
    }));
    context.io.out(
      JSON.stringify(
        {
          total: due.length,
          held: due.filter((entry) => entry.heldBy.length > 0).length,
          due,
          next: outlook.next ?? null,
        },
        null,
        2,
      ),
    );
    return 0;
  } finally {
    await comments.close();
    await journal.close();
  }
}

/** A whole number option (--years 3), or a usage error; absent counts as 0. */
function countOption(context: CliContext, name: string): number {
  const text = textOption(context, name, SET_USAGE);
  if (text === undefined) return 0;
  const count = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(count)) {
    throw new CliUsageError(`--${name} takes a whole number (not "${text}"): ${SET_USAGE}.`);
  }
  return count;
}

/** What was asked, checked by the same schema the main process uses; nothing opened before. */
function scheduleFrom(context: CliContext) {
  if (context.args.length > 0) {
    throw new CliUsageError(
      `retention set takes no words (${context.args.join(' ')}): ${SET_USAGE}.`,
    );
  }
  refuseStrayOptions(
    context,
    ['type', 'trigger', 'years', 'months', 'days', 'permanent', 'authority', 'note'],
    SET_USAGE,
  );
  const type = textOption(context, 'type', SET_USAGE);
  if (type === undefined || !(RECORD_TYPES as readonly string[]).includes(type)) {
    throw new CliUsageError(
      `Say which record type with --type: one of ${RECORD_TYPES.join(', ')}${type === undefined ? '' : ` (not "${type}")`}. ${SET_USAGE}.`,
    );
  }
  const trigger = textOption(context, 'trigger', SET_USAGE);
  if (trigger === undefined) {
    throw new CliUsageError(
      `Say what starts the period with --trigger: for ${type}, ${triggersOf(type as RecordType).join(' or ')}. ${SET_USAGE}.`,
    );
  }
  const permanent = context.options.permanent === true;
  const counted = ['years', 'months', 'days'].some((name) => context.options[name] !== undefined);
  if (permanent && counted) {
    throw new CliUsageError(
      `Give either --permanent or a period (--years, --months, --days), not both: ${SET_USAGE}.`,
    );
  }
  const note = textOption(context, 'note', SET_USAGE);
  const asked = {
    type,
    trigger,
    ...(permanent
      ? { permanent: true }
      : {
          period: {
            years: countOption(context, 'years'),
            months: countOption(context, 'months'),
            days: countOption(context, 'days'),
          },
        }),
    authority: textOption(context, 'authority', SET_USAGE) ?? '',
    ...(note === undefined ? {} : { note }),
  };
  const parsed = retentionScheduleSchema.safeParse(asked);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      return key === 'period' && issue.path.length > 1
        ? `--${String(issue.path[1])}: ${issue.message}`
        : `${key === 'period' ? '--years/--months/--days' : `--${key}`}: ${issue.message}`;
    });
    throw new CliUsageError(`${problems.join('; ')}. Nothing was changed. ${SET_USAGE}.`);
  }
  return parsed.data;
}

/**
 * `retention set ... --profile NAME`: a records custodian sets a type's schedule without the app,
 * through the app's own channel (the same role check, the same audit entry); prints the schedule
 * as set, with who set it and when.
 */
export async function retentionSet(context: CliContext): Promise<number> {
  const schedule = scheduleFrom(context);
  const set = await asPerson(context, 'Setting a retention schedule', (desk) =>
    desk.send('records:setSchedule', schedule),
  );
  context.io.out(JSON.stringify(set, null, 2));
  return 0;
}
