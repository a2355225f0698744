import { escapeHtml as e } from '../packets/packet-html';
import { REMOVAL_REASONS } from './events';
import { type SvgNode, consistencyChart } from './consistency-report-chart';
import {
  type ReasonCounts,
  REASON_LABELS,
  type ReportReading,
  mixWords,
  percent,
  readReport,
} from './consistency-report-reading';
import type { ConsistencyReport } from './report-view';

/** A saved report may load nothing and run nothing: its one style is inline, it has no script. */
const DOCUMENT_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
body { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; margin: 2rem; line-height: 1.45; }
h1 { font-size: 1.6rem; margin-bottom: 0.25rem; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid #6b6b6b; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: #eef1f5; }
.note { border-left: 4px solid #1f4e79; padding: 0.25rem 0.75rem; background: #f5f7fa; max-width: 48rem; }
.look { font-weight: 600; }
figure { margin: 1rem 0; }
svg { max-width: 100%; height: auto; }
@media print { body { margin: 0; } }
`;

/** Writes the chart's tree as SVG text, every attribute and word escaped. */
export function svgText(node: SvgNode): string {
  const attributes = Object.entries(node.attributes)
    .map(([name, value]) => ` ${name}="${e(String(value))}"`)
    .join('');
  const inner = `${node.text === undefined ? '' : e(node.text)}${(node.children ?? []).map(svgText).join('')}`;
  return `<${node.tag}${attributes}>${inner}</${node.tag}>`;
}

/** "2026-01-01 to 2026-12-31", or what an open end means. */
export function periodWords(report: ConsistencyReport): string {
  const { from, to } = report.range;
  if (from === undefined && to === undefined) return 'The whole log';
  if (from === undefined) return `Everything up to ${to ?? ''}`;
  if (to === undefined) return `From ${from} on`;
  return `${from} to ${to}`;
}

export function generatedWords(report: ConsistencyReport, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(report.generatedAt));
}

/** Why the report exists and how to read it: the same words in the file and on the screen. */
export const REPORT_PURPOSE = [
  'Under III.B.3.d.1 a comment may be removed only as an obscenity, an off-topic comment or a personal attack, and only for a category the page’s intro statement had published when the comment was posted. Each hide and removal counted here was checked against those categories when it was made.',
  'This report shows how often each category was applied, month by month, page by page and moderator by moderator, so a supervisor can show the rules were applied the same way over time. It counts decisions; it does not show or judge what any comment said or who wrote it.',
  'A difference is a question to look at (which pages and hours a person covers, a busy month), not a finding about anyone.',
];

function countCells(counts: ReasonCounts, total: number): string {
  return REMOVAL_REASONS.map(
    (reason) => `<td class="n">${counts[reason]} (${percent(counts[reason], total)})</td>`,
  ).join('');
}

const reasonHeads = REMOVAL_REASONS.map((r) => `<th scope="col">${e(REASON_LABELS[r])}</th>`).join(
  '',
);

function summaryTable(report: ConsistencyReport, reading: ReportReading): string {
  const rows: [string, number][] = [
    ['Moderation actions recorded in the period (every kind)', report.actions],
    ['Standing hides', reading.hides],
    ['Standing removals', reading.removals],
    ['Hides and removals later corrected (not counted)', report.corrected],
    ['Hides and removals a second reviewer disagreed with (not counted)', report.disputed],
    ['Hides and removals waiting for a second reviewer (not counted yet)', report.awaitingReview],
  ];
  return `<table><caption>Summary</caption><tbody>${rows
    .map(([label, n]) => `<tr><th scope="row">${e(label)}</th><td class="n">${n}</td></tr>`)
    .join('')}</tbody></table>`;
}

function monthsTable(reading: ReportReading): string {
  const head = reading.months.map((m) => `<th scope="col">${e(m.month)}</th>`).join('');
  const body = REMOVAL_REASONS.map(
    (reason) =>
      `<tr><th scope="row">${e(REASON_LABELS[reason])}</th>${reading.months
        .map(
          (m) =>
            `<td class="n">${m.byReason[reason]} (${percent(m.byReason[reason], m.total)})</td>`,
        )
        .join(
          '',
        )}<td class="n">${reading.reasons.find((r) => r.id === reason)?.total ?? 0}</td></tr>`,
  ).join('');
  const totals = `<tr><th scope="row">All reasons</th>${reading.months
    .map((m) => `<td class="n">${m.total}</td>`)
    .join('')}<td class="n">${reading.total}</td></tr>`;
  return `<table id="months"><caption>Each reason month by month: count (share of the month)</caption><thead><tr><th scope="col">Reason</th>${head}<th scope="col">Total</th></tr></thead><tbody>${body}${totals}</tbody></table>`;
}

function pagesTable(reading: ReportReading): string {
  const body = reading.pages
    .map(
      (page) =>
        `<tr><th scope="row">${e(page.name)}</th>${countCells(page.byReason, page.total)}<td class="n">${page.total}</td></tr>`,
    )
    .join('');
  return `<table id="pages"><caption>By page: count (share of the page’s decisions)</caption><thead><tr><th scope="col">Page</th>${reasonHeads}<th scope="col">Total</th></tr></thead><tbody>${body}</tbody></table>`;
}

function moderatorsTable(reading: ReportReading): string {
  const body = reading.moderators
    .map(
      (mix) =>
        `<tr><th scope="row">${e(mix.name)}</th>${countCells(mix.byReason, mix.total)}<td class="n">${mix.total}</td><td>${REMOVAL_REASONS.map(
          (r) => `${e(REASON_LABELS[r])} ${percent(mix.rest[r], mix.restTotal)}`,
        ).join(
          '<br>',
        )}</td><td${mix.worthALook ? ' class="look"' : ''}>${e(mixWords(mix))}</td></tr>`,
    )
    .join('');
  return `<table id="moderators"><caption>By moderator: their reason mix beside the rest of the team’s</caption><thead><tr><th scope="col">Moderator</th>${reasonHeads}<th scope="col">Total</th><th scope="col">Rest of the team</th><th scope="col">Reading</th></tr></thead><tbody>${body}</tbody></table>`;
}

function cellsTable(report: ConsistencyReport): string {
  const body = report.cells
    .map(
      (cell) =>
        `<tr><td>${e(cell.month)}</td><td>${e(cell.pageName)}</td><td>${e(cell.moderatorName)}</td><td>${cell.action === 'hide' ? 'Hide' : 'Remove'}</td><td>${e(REASON_LABELS[cell.reason])}</td><td class="n">${cell.count}</td></tr>`,
    )
    .join('');
  return `<table id="cells"><caption>Every count: month, page, moderator, action and reason</caption><thead><tr><th scope="col">Month</th><th scope="col">Page</th><th scope="col">Moderator</th><th scope="col">Action</th><th scope="col">Reason</th><th scope="col">Count</th></tr></thead><tbody>${body}</tbody></table>`;
}

/** The report as one standalone HTML document: no script, nothing loaded, every word escaped. */
export function consistencyReportHtml(report: ConsistencyReport, timeZone?: string): string {
  const reading = readReport(report);
  const title = `Consistency report: ${periodWords(report)}`;
  const empty = reading.total === 0;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${e(title)}</h1>
${report.department === undefined ? '' : `<p>${e(report.department)}</p>`}
<p>Period: ${e(periodWords(report))}. Generated ${e(generatedWords(report, timeZone))}. Months are read in local time.</p>
<div class="note">${REPORT_PURPOSE.map((line) => `<p>${e(line)}</p>`).join('')}</div>
<h2>Summary</h2>
${summaryTable(report, reading)}
<h2>Month by month</h2>
${
  empty
    ? '<p>No standing hides or removals in this period.</p>'
    : `<figure>${svgText(consistencyChart(reading))}<figcaption>Standing hides and removals per month, stacked by reason; each reason has its own pattern, named in the legend. The table below has the same counts.</figcaption></figure>
${monthsTable(reading)}`
}
${
  empty
    ? ''
    : `<h2>By page</h2>
${pagesTable(reading)}
<h2>By moderator</h2>
${moderatorsTable(reading)}
<h2>Every count</h2>
${cellsTable(report)}`
}
</main>
</body>
</html>
`;
}
