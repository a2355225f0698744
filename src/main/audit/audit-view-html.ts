import { escapeHtml as e } from '../../shared/packets/packet-html';
import {
  AUDIT_STORE_WORDS,
  type AuditEntry,
  type AuditFilter,
  auditKindWords,
} from '../../shared/records/audit-view';

/** A saved file may load nothing and run nothing: its one style is inline, it has no script. */
const DOCUMENT_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const STYLE = `
body { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 2rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #6b6b6b; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
code { font-size: 0.85em; word-break: break-all; }
.note { border-left: 4px solid #1f4e79; padding: 0.25rem 0.75rem; background: #f5f7fa; max-width: 48rem; }
.flag { font-weight: 600; }
@media print { body { margin: 0; } }
`;

/** What the filter asked for, in words: the file says which entries it holds. */
export function auditFilterWords(
  filter: AuditFilter,
  personName: (id: string) => string,
): string[] {
  const said: string[] = [];
  if (filter.from || filter.to) {
    said.push(
      filter.from && filter.to
        ? `From ${filter.from} to ${filter.to} (local time, both days included)`
        : filter.from
          ? `From ${filter.from} on`
          : `Up to ${filter.to ?? ''}`,
    );
  }
  if (filter.by) said.push(`By ${personName(filter.by)}`);
  if (filter.kind) said.push(`Kind: ${auditKindWords(filter.kind)}`);
  if (filter.store) said.push(`Store: ${AUDIT_STORE_WORDS[filter.store] ?? filter.store}`);
  if (filter.words) said.push(`Description contains: ${filter.words}`);
  return said.length > 0 ? said : ['Every entry in the journal'];
}

export function auditHtmlStart(options: {
  readonly department?: string | undefined;
  readonly filter: readonly string[];
  readonly generatedAt: string;
}): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${e(DOCUMENT_POLICY)}"><title>Audit trail</title><style>${STYLE}</style></head><body>
<h1>Audit trail${options.department ? ` — ${e(options.department)}` : ''}</h1>
<p>Saved ${e(options.generatedAt)}. ${options.filter.map(e).join('; ')}.</p>
<p class="note">Each entry is an event of the Social Desk journal, newest first. For a change to a store, “before” and “after” are the SHA-256 of the document before and after it; “hash” is the event’s hash in the journal’s chain, which <code>social-desk log verify</code> checks.</p>
<table><thead><tr><th scope="col">Event</th><th scope="col">When (UTC)</th><th scope="col">Who</th><th scope="col">Kind</th><th scope="col">What</th><th scope="col">Before</th><th scope="col">After</th><th scope="col">Event hash</th></tr></thead><tbody>
`;
}

export function auditHtmlRow(entry: AuditEntry): string {
  const flags = [
    entry.notApplied
      ? ' <span class="flag">(not applied: the document was never written)</span>'
      : '',
    entry.disposed ? ' <span class="flag">(content disposed of)</span>' : '',
  ].join('');
  const kind = `${auditKindWords(entry.kind)}${entry.store ? `: ${AUDIT_STORE_WORDS[entry.store] ?? entry.store}` : ''}`;
  return `<tr><td class="n">${entry.seq}</td><td>${e(entry.at)}</td><td>${e(entry.byName)}</td><td>${e(kind)}</td><td>${e(entry.what)}${flags}</td><td>${hashCell(entry.before)}</td><td>${hashCell(entry.after)}</td><td><code>${e(entry.hash)}</code></td></tr>\n`;
}

export function auditHtmlEnd(count: number): string {
  return `</tbody></table>
<p>${count === 1 ? '1 entry' : `${count} entries`}.</p>
</body></html>
`;
}

function hashCell(hash: string | null | undefined): string {
  if (hash === undefined) return '';
  return hash === null ? 'none' : `<code>${e(hash)}</code>`;
}
