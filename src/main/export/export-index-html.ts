import { RECORD_TYPE_WORDS, type RecordType } from '../../shared/records/record-types';
import type { ExportRequest } from '../../shared/records/export-view';

export interface IndexFacts {
  readonly request: ExportRequest;
  readonly by: string;
  readonly at: string;
  readonly counts: Partial<Record<RecordType, number>>;
  readonly attachments: number;
  readonly missingFiles: number;
  readonly journalLines: number;
  readonly redactions: number;
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * A page a person opens first: what was asked, by whom, when, and a link to each file. No script
 * and nothing loaded from anywhere (the policy says so to the browser too): it is read, not run.
 */
export function exportIndexHtml(facts: IndexFacts): string {
  const { request } = facts;
  const filters: [string, string][] = [
    ['From', request.from ?? 'the first record'],
    ['To', request.to ?? 'the last record'],
    ['Pages', request.pages?.join(', ') ?? 'every page'],
    [
      'Record types',
      request.types?.map((type) => RECORD_TYPE_WORDS[type].many).join(', ') ?? 'every type',
    ],
    ['Words', request.words?.map((word) => `“${word}”`).join(', ') ?? 'any'],
    [
      'Third parties’ personal data in comments',
      request.redactThirdParties ? 'withheld (see redactions.json)' : 'not withheld',
    ],
  ];
  const types = Object.entries(facts.counts) as [RecordType, number][];
  const rows = types
    .map(
      ([type, count]) =>
        `<tr><th scope="row">${escape(RECORD_TYPE_WORDS[type].many)}</th><td>${count}</td><td><a href="records/${type}.json">${type}.json</a></td><td><a href="records/${type}.csv">${type}.csv</a></td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Records export: ${escape(request.request)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}table{border-collapse:collapse}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left}a{color:#0645ad}</style>
</head>
<body>
<h1>Records export: ${escape(request.request)}</h1>
<p>Exported by ${escape(facts.by)} on ${escape(facts.at)} from Social Desk.</p>
${request.note ? `<p>Note: ${escape(request.note)}</p>` : ''}
<h2>What was asked for</h2>
<dl>
${filters.map(([name, value]) => `<dt>${escape(name)}</dt><dd>${escape(value)}</dd>`).join('\n')}
</dl>
<h2>Records</h2>
${
  types.length === 0
    ? '<p>No record matched the request.</p>'
    : `<table><thead><tr><th scope="col">Type</th><th scope="col">Records</th><th scope="col">JSON</th><th scope="col">CSV</th></tr></thead><tbody>
${rows}
</tbody></table>`
}
<h2>Other files</h2>
<ul>
<li><a href="attachments/">attachments/</a>: ${facts.attachments} file(s) the records name (media, packets, scans), each named by its SHA-256${facts.missingFiles > 0 ? `; ${facts.missingFiles} named file(s) were no longer in the data folder (marked “missing” in the records)` : ''}.</li>
<li><a href="journal/events.jsonl">journal/events.jsonl</a>: ${facts.journalLines} journal line(s) the records come from, with <a href="journal/head.json">the journal’s head</a> and <a href="journal/HOW-TO-VERIFY.txt">how to check them</a>.</li>
<li><a href="redactions.json">redactions.json</a>: ${facts.redactions} redaction(s), each with the record, field, reason and the SHA-256 of what was withheld. The stored records are unchanged.</li>
<li><a href="manifest.json">manifest.json</a>: the SHA-256 and size of every file. Check the export with <code>social-desk export verify FOLDER</code>.</li>
</ul>
<p>CSV cells that a spreadsheet would run as a formula (starting with = + - @) begin with an apostrophe, so they open as text.</p>
</body>
</html>
`;
}
