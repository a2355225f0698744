import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DISPOSE_MAX } from '../../../shared/records/retention-view';
import { RECORD_TYPES, type RecordType } from '../../../shared/records/record-types';
import { type RecordRef, recordRefSchema } from '../../../shared/records/record';
import { dispositionPayloadSchema } from '../../journal/disposition-event';
import { eventLineSchema } from '../../journal/journal-line';
import { JOURNAL_FOLDER, listSegments } from '../../journal/segments';
import type { CliContext } from '../cli-context';
import { asPerson } from '../as-person';
import { CliUsageError } from '../passphrase-input';
import { listOption, refuseStrayOptions, textOption } from './retention';

const USAGE = 'social-desk dispose --reason TEXT [--records type:id,type:id] --profile NAME';

/** `--records comment:12,comment:40`, each a type and an id, or a usage error naming the first wrong one. */
function recordsFrom(context: CliContext): RecordRef[] | undefined {
  const refs = listOption(context, 'records', USAGE);
  if (refs === undefined) return undefined;
  if (refs.length === 0 || refs.length > DISPOSE_MAX) {
    throw new CliUsageError(
      `--records names 1 to ${DISPOSE_MAX} records as type:id, separated by commas: ${USAGE}.`,
    );
  }
  return refs.map((ref) => {
    const at = ref.indexOf(':');
    const parsed = recordRefSchema.safeParse({ type: ref.slice(0, at), id: ref.slice(at + 1) });
    if (at < 1 || !parsed.success) {
      throw new CliUsageError(
        `--records: "${ref}" is not type:id (types: ${RECORD_TYPES.join(', ')}; social-desk retention due lists what is due with its type and id). Nothing was changed. ${USAGE}.`,
      );
    }
    return parsed.data;
  });
}

/** The disposition events just recorded, read back from the journal's last segments. */
async function dispositionEvents(folder: string, seqs: readonly number[]) {
  const wanted = new Set(seqs);
  const first = Math.min(...seqs);
  const segments = await listSegments(join(folder, JOURNAL_FOLDER));
  // Only the segments that can hold them: the last one starting at or before the first wanted.
  const from = segments.findLastIndex((segment) => segment.firstSeq <= first);
  const found = [];
  for (const segment of segments.slice(Math.max(from, 0))) {
    const lines = createInterface({ input: createReadStream(segment.file), crlfDelay: Infinity });
    for await (const text of lines) {
      if (!text.startsWith('{"header"')) continue;
      const line = eventLineSchema.safeParse(JSON.parse(text));
      if (!line.success || !wanted.has(line.data.header.seq)) continue;
      const payload = dispositionPayloadSchema.safeParse(line.data.payload);
      found.push({
        seq: line.data.header.seq,
        at: line.data.header.at,
        hash: line.data.hash,
        ...(payload.success
          ? {
              schedule: payload.data.schedule,
              reason: payload.data.reason,
              records: payload.data.records ?? [],
              events: payload.data.events,
              ...(payload.data.files ? { files: payload.data.files } : {}),
            }
          : {}),
      });
    }
  }
  return found;
}

/**
 * `dispose --reason TEXT --profile NAME [--records type:id,...]`: through the app's own channel,
 * so only records past retention and under no hold go, by a records profile, each schedule item's
 * records in one chained disposition event. With no records named: everything due and not held.
 * A named record under hold (or not due) is refused, exit 1, in the main process's words, and
 * nothing is disposed of.
 */
export async function dispose(context: CliContext): Promise<number> {
  if (context.args.length > 0) {
    throw new CliUsageError(
      `dispose takes no words (${context.args.join(' ')}); name records with --records type:id,...: ${USAGE}.`,
    );
  }
  refuseStrayOptions(context, ['reason', 'records'], USAGE);
  const reason = textOption(context, 'reason', USAGE)?.trim();
  if (!reason) {
    throw new CliUsageError(
      `Say why with --reason (for example "retention period ended under GS1 item 41"). Nothing was changed. ${USAGE}.`,
    );
  }
  const records = recordsFrom(context);
  const result = await asPerson(context, 'Disposing of records', async (desk) => {
    const outcome = await desk.send('records:dispose', {
      reason,
      ...(records ? { records } : {}),
    });
    const folder = desk.services.dataFolder;
    return { outcome, events: await dispositionEvents(folder, outcome.events) };
  });
  const disposed = Object.fromEntries(
    RECORD_TYPES.filter((type) => result.outcome.disposed[type] !== undefined).map(
      (type: RecordType) => [type, result.outcome.disposed[type]],
    ),
  );
  context.io.out(
    JSON.stringify(
      { disposed, held: result.outcome.held, kept: result.outcome.kept, events: result.events },
      null,
      2,
    ),
  );
  return 0;
}
