import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DRAFT_INDEX, draftsFolder } from '../drafts/draft-files';
import type { EventObserver } from '../journal/chain';
import {
  DEPARTMENT_SETTINGS_FILE,
  DEPARTMENT_SETTINGS_STORE,
} from '../department/settings-service';
import { RETENTION_FILE, RETENTION_STORE } from '../retention/retention-store';
import { PAGES_FILE } from '../pages/page-service';
import { PROFILES_FILE } from '../profiles/profile-store';
import { type AuditStamp, auditStampSchema, storeHash } from '../storage/document-store';
import { AUDIT_CHANGE, AUDIT_NOT_APPLIED } from './audit-trail';

const stampingPayloadSchema = z
  .object({ store: z.string(), document: z.string(), storeHash: z.string() })
  .loose();
const notAppliedPayloadSchema = z.object({ event: z.number().int() }).loose();
const stampedFileSchema = z.object({ audit: auditStampSchema.optional() }).loose();

export interface StampProblem {
  readonly file: string;
  readonly problem: string;
}

/** What the journal says each stamped file must hold: its last applied stamping event. */
export class StampHistory {
  private readonly last = new Map<string, { now: AuditStamp; before?: AuditStamp }>();

  /** For `verifyJournal`: watches the audit events as the chain is walked, at no extra read. */
  readonly observe: EventObserver = (header, payload) => {
    if (header.type === AUDIT_CHANGE) {
      const change = stampingPayloadSchema.safeParse(payload());
      if (!change.success) return; // an event from before stamps: it vouches for no file
      const key = keyOf(change.data.store, change.data.document);
      const stamp = { seq: header.seq, storeHash: change.data.storeHash };
      this.last.set(key, { now: stamp, before: this.last.get(key)?.now });
    } else if (header.type === AUDIT_NOT_APPLIED) {
      const undone = notAppliedPayloadSchema.safeParse(payload());
      if (!undone.success) return;
      for (const [key, entry] of this.last) {
        if (entry.now.seq !== undone.data.event) continue;
        if (entry.before) this.last.set(key, { now: entry.before });
        else this.last.delete(key);
      }
    }
  };

  expected(key: string): AuditStamp | undefined {
    return this.last.get(key)?.now;
  }
}

function keyOf(store: string, document: string): string {
  return store === 'drafts' ? `drafts/${document}` : store;
}

/**
 * For `log verify`, after the chain itself verified: every stamped file (profiles.json,
 * pages.json, each draft) must carry exactly the stamp of the last event that recorded it, not
 * undone. This catches a stamp forged to match an edit, a stamp taken off, a file put back whole to
 * an earlier state, and a change the journal records that the file never got.
 */
export async function verifyStamps(
  dataFolder: string,
  history: StampHistory,
): Promise<StampProblem[]> {
  const problems: StampProblem[] = [];
  const files: { key: string; path: string }[] = [
    { key: 'profiles', path: join(dataFolder, PROFILES_FILE) },
    { key: 'pages', path: join(dataFolder, PAGES_FILE) },
    { key: DEPARTMENT_SETTINGS_STORE, path: join(dataFolder, DEPARTMENT_SETTINGS_FILE) },
    { key: RETENTION_STORE, path: join(dataFolder, RETENTION_FILE) },
  ];
  const names = await readdir(draftsFolder(dataFolder)).catch(() => [] as string[]);
  for (const name of names.sort()) {
    if (!name.endsWith('.json') || name === DRAFT_INDEX) continue;
    files.push({
      key: `drafts/${name.slice(0, -'.json'.length)}`,
      path: join(draftsFolder(dataFolder), name),
    });
  }
  // Several files in flight at once: at 20,000 drafts the wait for each read dominates.
  const found: (StampProblem | undefined)[] = new Array<StampProblem | undefined>(files.length);
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < files.length; index = next++) {
      const file = files[index];
      if (!file) continue;
      const problem = await checkFile(
        file.path,
        file.key.startsWith('drafts/'),
        history.expected(file.key),
      );
      if (problem) found[index] = { file: file.path, problem };
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  for (const problem of found) if (problem) problems.push(problem);
  return problems;
}

async function checkFile(path: string, isDraft: boolean, expected: AuditStamp | undefined) {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    return 'it is not readable JSON';
  }
  const parsed = stampedFileSchema.safeParse(json);
  if (!parsed.success) return 'it is not a file Social Desk writes';
  const stamp = parsed.data.audit;
  if (!stamp) {
    // Never stamped is an earlier version's file; a stamp taken off hides an edit.
    return expected
      ? `it has no audit stamp, yet journal event ${expected.seq} recorded a stamped version of it`
      : undefined;
  }
  const document: Record<string, unknown> = { ...parsed.data };
  delete document.audit;
  const content = isDraft ? document.draft : document;
  if (content === undefined || storeHash(content) !== stamp.storeHash)
    return `its content no longer has the hash its stamp (event ${stamp.seq}) recorded`;
  if (!expected)
    return `its stamp names event ${stamp.seq}, but no event of this journal recorded it`;
  if (stamp.seq === expected.seq && stamp.storeHash === expected.storeHash) return undefined;
  if (stamp.seq < expected.seq)
    return `it holds the version of event ${stamp.seq}, but the journal recorded a later change (event ${expected.seq}) that it does not hold: it was put back to an earlier state`;
  return `its stamp names event ${stamp.seq}, which did not record this content`;
}
