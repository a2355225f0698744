import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { eventLineSchema } from '../journal/journal-line';
import { JOURNAL_FOLDER, listSegments } from '../journal/segments';
import { PAGES_FILE } from '../pages/page-service';
import { PROFILES_FILE } from '../profiles/profile-store';
import { auditStampSchema } from '../storage/document-store';
import { AUDIT_CHANGE } from './audit-trail';
import { lastStampingEvent } from './stamping-events';

const STORES = [
  { store: 'profiles', file: PROFILES_FILE },
  { store: 'pages', file: PAGES_FILE },
] as const;

const stampedFileSchema = z.object({ audit: auditStampSchema.optional() }).loose();
const auditPayloadSchema = z.object({ store: z.string(), storeHash: z.string() }).loose();

export type StampProblem = { readonly file: string; readonly problem: string };

/**
 * For `log verify`, after the chain itself verified: each store file's stamp must name an
 * `audit.change` event of this chain, for that store, carrying the file's hash. Opening a store
 * already checks the file against its own stamp; this catches a stamp forged to match an edit.
 * It cannot tell a store put back to an earlier state, stamp and all (README says so).
 */
export async function verifyStoreStamps(dataFolder: string): Promise<StampProblem[]> {
  const problems: StampProblem[] = [];
  for (const { store, file } of STORES) {
    const path = join(dataFolder, file);
    let json: unknown;
    try {
      json = JSON.parse(await readFile(path, 'utf8'));
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') continue;
      problems.push({ file: path, problem: 'it is not readable JSON' });
      continue;
    }
    const stamp = stampedFileSchema.safeParse(json);
    if (!stamp.success) {
      problems.push({ file: path, problem: 'it is not a store file' });
      continue;
    }
    const { audit } = stamp.data;
    if (!audit) {
      // Never stamped is an earlier version's file; a stamp taken off is an edit slipped past.
      const stamped = await lastStampingEvent(dataFolder, store);
      if (stamped !== undefined) {
        problems.push({
          file: path,
          problem: `it has no audit stamp, yet journal event ${stamped} recorded a stamped version of it`,
        });
      }
      continue;
    }
    const event = await eventAt(dataFolder, audit.seq);
    const payload = auditPayloadSchema.safeParse(event?.payload);
    if (!event || event.header.type !== AUDIT_CHANGE || !payload.success) {
      problems.push({
        file: path,
        problem: `its stamp names event ${audit.seq}, which is not an audit event of this journal`,
      });
    } else if (payload.data.store !== store || payload.data.storeHash !== audit.storeHash) {
      problems.push({
        file: path,
        problem: `its stamp names event ${audit.seq}, which recorded a different ${payload.data.store} store`,
      });
    }
  }
  return problems;
}

/** One event by number: only its segment is read, a line at a time. */
async function eventAt(dataFolder: string, seq: number) {
  const segments = await listSegments(join(dataFolder, JOURNAL_FOLDER));
  const segment = segments.filter((s) => s.firstSeq <= seq).at(-1);
  if (!segment) return undefined;
  const marker = `"seq":${seq},`;
  const lines = createInterface({ input: createReadStream(segment.file), crlfDelay: Infinity });
  try {
    for await (const text of lines) {
      if (!text.includes(marker)) continue;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        continue;
      }
      const event = eventLineSchema.safeParse(json);
      if (event.success && event.data.header.seq === seq) return event.data;
    }
  } finally {
    lines.close();
  }
  return undefined;
}
