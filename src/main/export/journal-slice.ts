import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { JournalHead } from '../journal/journal';
import { JOURNAL_FOLDER, listSegments } from '../journal/segments';
import type { ExportFile } from './export-file';

const SEQ = /^\{"header":\{"seq":(\d+),/;
const PAYLOAD = ',"payload":';

/**
 * Copies the journal lines of the given events, verbatim, in order, up to the head as it was when
 * the export began (later lines may still be being written). A line of a record with redactions
 * would carry the withheld words in its payload: it is written with its header and hash only and
 * a `withheld` note, so its place in the chain can still be checked. Returns how many lines.
 */
export async function writeJournalSlice(
  dataFolder: string,
  head: JournalHead,
  seqs: ReadonlySet<number>,
  withheld: ReadonlyMap<number, string>,
  out: ExportFile,
  signal: AbortSignal | undefined,
): Promise<number> {
  if (seqs.size === 0) return 0;
  let written = 0;
  for (const segment of await listSegments(join(dataFolder, JOURNAL_FOLDER))) {
    if (segment.firstSeq > head.events) break;
    const lines = createInterface({ input: createReadStream(segment.file), crlfDelay: Infinity });
    for await (const text of lines) {
      const match = SEQ.exec(text);
      if (!match?.[1]) continue;
      const seq = Number(match[1]);
      if (seq > head.events) break;
      if (!seqs.has(seq)) continue;
      signal?.throwIfAborted();
      const reason = withheld.get(seq);
      await out.write(`${reason === undefined ? text : withheldLine(text, reason)}\n`);
      written += 1;
    }
    lines.close();
  }
  return written;
}

/** The line up to its payload, then a note of why the payload is withheld. */
function withheldLine(text: string, reason: string): string {
  const at = text.indexOf(PAYLOAD);
  const prefix = at === -1 ? text.replace(/\}$/, '') : text.slice(0, at);
  return `${prefix},"withheld":${JSON.stringify({ reason })}}`;
}

export const HOW_TO_VERIFY = `How to check the journal lines of this export
=============================================

events.jsonl holds, verbatim, the lines of Social Desk's journal that the exported records come
from, in order. Each line is one JSON object: {"header": {...}, "hash": "...", "payload": ...}.
head.json holds the journal's head (how many events, and the hash of the last) when the export
was made.

1. Each line's hash. Write the header as JSON with its keys in this order and no spaces:
   {"at":...,"by":...,"payloadHash":...,"prev":...,"seq":...,"type":...}
   (strings as JSON writes them). Its SHA-256, in lower-case hex, must equal the line's "hash".

2. Each line's payload. Write the payload as canonical JSON (RFC 8785: object keys sorted at every
   depth, no spaces). Its SHA-256 must equal the header's "payloadHash". In the line itself the
   payload already stands in that form, so the bytes after "payload": up to the last "}" are
   what is hashed.
   A line with "disposed" instead of a payload: the payload was disposed of under the retention
   schedule; its hash stays in the header. A line with "withheld" instead of a payload: the
   export withheld it because the record it belongs to has redactions (see redactions.json);
   its header and hash still check as in step 1.

3. The chain. Each header's "prev" is the hash of the event before it (seq - 1); the first event's
   prev is 64 zeros. Where two lines here have consecutive seqs, check that the later one's "prev"
   equals the earlier one's "hash". Lines between them that are not part of this export are not
   included: to check the whole chain up to head.json, run \`social-desk log verify\` on the
   department's data folder, which walks every event and ends at the same head (or beyond it,
   if events were recorded after the export).

4. The export as a whole: \`social-desk export verify FOLDER\` re-hashes every file against
   manifest.json, and names the first file changed, missing or added.

With Node.js, step 1 for one line:
  const { createHash } = require('node:crypto');
  const h = JSON.parse(line).header;
  const text = JSON.stringify({ at: h.at, by: h.by, payloadHash: h.payloadHash, prev: h.prev, seq: h.seq, type: h.type });
  createHash('sha256').update(text).digest('hex') === JSON.parse(line).hash;
`;
