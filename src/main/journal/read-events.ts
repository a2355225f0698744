import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type EventLine, eventLineSchema } from './journal-line';
import { JOURNAL_FOLDER, listSegments } from './segments';

/** Every event in order, one line in memory at a time; seals and a torn tail are skipped. */
export async function* readEvents(dataFolder: string): AsyncGenerator<EventLine> {
  for (const segment of await listSegments(join(dataFolder, JOURNAL_FOLDER))) {
    const lines = createInterface({ input: createReadStream(segment.file), crlfDelay: Infinity });
    for await (const text of lines) {
      if (!text.startsWith('{"header"')) continue;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        continue;
      }
      const event = eventLineSchema.safeParse(json);
      if (event.success) yield event.data;
    }
  }
}
