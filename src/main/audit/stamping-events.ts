import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { eventLineSchema } from '../journal/journal-line';
import { JOURNAL_FOLDER, listSegments } from '../journal/segments';
import { AUDIT_CHANGE } from './audit-trail';

const stampingPayloadSchema = z.object({ store: z.string(), storeHash: z.string() }).loose();

/**
 * The last audit event that stamped `store` (carried its whole-file hash), or undefined if none
 * ever did. Reads the journal once, parsing only lines that can be such an event; it runs only
 * when a store is found without its stamp, which happens once per folder after an upgrade.
 */
export async function lastStampingEvent(
  dataFolder: string,
  store: string,
): Promise<number | undefined> {
  const storeMark = `"store":${JSON.stringify(store)}`;
  let last: number | undefined;
  for (const segment of await listSegments(join(dataFolder, JOURNAL_FOLDER))) {
    const lines = createInterface({ input: createReadStream(segment.file), crlfDelay: Infinity });
    for await (const text of lines) {
      if (!text.includes('"storeHash"') || !text.includes(storeMark)) continue;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        continue;
      }
      const event = eventLineSchema.safeParse(json);
      if (!event.success || event.data.header.type !== AUDIT_CHANGE) continue;
      const payload = stampingPayloadSchema.safeParse(event.data.payload);
      if (payload.success && payload.data.store === store) last = event.data.header.seq;
    }
  }
  return last;
}
