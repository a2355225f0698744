import { DIRECTIVE } from '../policy/directive';
import type {
  ContentOnPage,
  CoverSheet,
  Packet,
  PacketChecklist,
  PacketChecklistItem,
  PacketFinding,
  TextSegment,
} from './packet';
import { packetTime } from './compose-packet';
import { PACKET_STYLE } from './packet-style';

/** Everything printed goes through here: no text from a record can become markup. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const e = escapeHtml;

export const PREVIEW_MARK = 'PREVIEW — NOT SUBMITTED';

/**
 * The document's own policy, for the packet saved as a file and opened in any browser: it may load
 * nothing at all. Its one style is inline; no script exists in it to allow.
 */
const DOCUMENT_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

function segment({ text, mark }: TextSegment): string {
  switch (mark) {
    case 'plain':
      return e(text);
    case 'link':
      return `<span class="link">${e(text)}</span>`;
    case 'cut':
      return `<span class="cut-label">[cut from here]</span><del class="cut">${e(text)}</del>`;
    default: {
      const unreachable: never = mark;
      return unreachable;
    }
  }
}

function list(lines: readonly string[]): string {
  return `<ul>${lines.map((line) => `<li>${e(line)}</li>`).join('')}</ul>`;
}

/** Rows of label (text) and value (already markup, every word of it escaped). */
function rows(facts: readonly (readonly [string, string])[]): string {
  return facts
    .map(([label, value]) => `<tr><th scope="row">${e(label)}</th><td>${value}</td></tr>`)
    .join('');
}

function cover(packet: Packet, sheet: CoverSheet): string {
  const facts: [string, string][] = [
    ['What', e(sheet.what)],
    ['Department', e(sheet.departmentName ?? 'Not set up in Social Desk')],
    ['Who asks', e(sheet.askedBy)],
    [packet.frozen ? 'Submitted' : 'Prepared', e(sheet.askedAt)],
    ...(sheet.category
      ? ([['Category', `${e(sheet.category.label)} (${e(sheet.category.section)})`]] as [
          string,
          string,
        ][])
      : []),
    ...sheet.facts.map(([label, value]): [string, string] => [label, e(value)]),
    ['Item id', `<span class="hash">${e(sheet.itemId)}</span>`],
    [
      'Content SHA-256',
      packet.contentHash === undefined
        ? e(packet.contentHashOf)
        : `<span class="hash">${e(packet.contentHash)}</span> (${e(packet.contentHashOf)})`,
    ],
  ];
  const pages =
    sheet.pages.length === 0
      ? '<p>No target page chosen yet.</p>'
      : `<table><caption>Target pages</caption><thead><tr><th scope="col">Page</th><th scope="col">Platform</th><th scope="col">Address (not a link)</th><th scope="col">Audience</th></tr></thead><tbody>${sheet.pages
          .map(
            (page) =>
              `<tr><td>${e(page.name)}</td><td>${e(page.platform)}</td><td><span class="link">${e(page.url)}</span></td><td>${e(page.audience)}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  const details = sheet.details
    ? `<table><caption>${e(sheet.details.caption)}</caption><tbody>${rows(
        sheet.details.rows.map(([label, value]): [string, string] => [label, e(value)]),
      )}</tbody></table>`
    : '';
  return `<section aria-labelledby="cover"><h2 id="cover">Cover sheet</h2><table><tbody>${rows(facts)}</tbody></table>${details}${pages}</section>`;
}

function contentPart(part: ContentOnPage): string {
  const text =
    part.segments.length === 0
      ? ''
      : `<div class="post-text">${part.segments.map(segment).join('')}</div>`;
  const notes = part.notes.length === 0 ? '' : list(part.notes);
  return `<h3>${e(part.heading)}</h3>${text}${notes}`;
}

function content(packet: Packet): string {
  const previous = packet.previous
    ? `<h3>${e(packet.previous.heading)}</h3><div class="post-text">${e(packet.previous.text)}</div>`
    : packet.kind === 'intro-statement'
      ? '<p>This is the page’s first intro statement.</p>'
      : '';
  const categories =
    packet.removalCategories === undefined
      ? ''
      : `<h3>Removal categories it publishes (III.B.3.d.1)</h3>${
          packet.removalCategories.length === 0
            ? '<p>None: no comment may be removed or hidden under this statement.</p>'
            : list(packet.removalCategories)
        }`;
  return `<section aria-labelledby="content"><h2 id="content" class="page-break">The exact content, as each page would show it</h2><p>Links are printed as text, never as links. Words a platform would cut are struck through after “[cut from here]”.</p>${packet.content
    .map(contentPart)
    .join('')}${categories}${previous}</section>`;
}

function media(packet: Packet): string {
  const body =
    packet.media.length === 0
      ? '<p>No media attached.</p>'
      : `<table><thead><tr><th scope="col">File</th><th scope="col">SHA-256</th><th scope="col">Depicts</th><th scope="col">Written permission</th></tr></thead><tbody>${packet.media
          .map(
            (item) =>
              `<tr><td>${e(item.name)}</td><td class="hash">${e(item.sha256)}</td><td>${e(item.depicts.join(', ') || 'Nothing recorded')}</td><td>${e(item.permission ?? 'None recorded')}</td></tr>`,
          )
          .join('')}</tbody></table>`;
  return `<section aria-labelledby="media"><h2 id="media">Media and written permissions</h2>${body}</section>`;
}

function finding(f: PacketFinding): string {
  return `<li><span class="words">${e(f.words)}</span> (${e(f.kind)}, ${e(f.section)}, in the ${e(f.where)}): ${e(f.message)}<br /><strong>${e(f.resolution)}</strong></li>`;
}

function item(entry: PacketChecklistItem): string {
  const evidence =
    entry.evidenceWords.length === 0
      ? ''
      : `<p>Found in the text:</p>${entry.evidenceWords.map((words) => `<blockquote>${e(words)}</blockquote>`).join('')}`;
  const findings =
    entry.findings.length === 0
      ? ''
      : `<p>Findings:</p><ul>${entry.findings.map(finding).join('')}</ul>`;
  return `<tr><td>${e(entry.section)}</td><td><strong>${e(entry.title)}</strong><br /><span class="item-id">${e(entry.id)}</span><br />Evidence: ${e(entry.evidence)}</td><td>${e(entry.satisfiedBy)}</td><td class="state-${entry.state}">${e(entry.stateLabel)}</td><td>${list(entry.resolutions)}${findings}${evidence}</td></tr>`;
}

function checklist(list: PacketChecklist, index: number): string {
  const id = `checklist-${index + 1}`;
  const loose =
    list.findings.length === 0
      ? ''
      : `<h3>Findings in the words, under no item above</h3><ul>${list.findings.map(finding).join('')}</ul>`;
  const counts = list.items.filter((i) => i.state === 'satisfied').length;
  return `<h3 id="${id}">${e(list.name)}</h3><p>${counts} of ${list.items.length} items satisfied.</p><table aria-labelledby="${id}"><thead><tr><th scope="col">Section</th><th scope="col">Item</th><th scope="col">How satisfied</th><th scope="col">State</th><th scope="col">Resolution, findings and who resolved them</th></tr></thead><tbody>${list.items
    .map(item)
    .join('')}</tbody></table>${loose}`;
}

function sections(packet: Packet): string {
  return `<section aria-labelledby="sections"><h2 id="sections" class="page-break">Directive sections cited</h2><p>From directive ${e(DIRECTIVE.id)} “${e(DIRECTIVE.title)}”, effective ${e(DIRECTIVE.effective)}.</p><dl>${packet.sections
    .map((s) => `<dt><strong>${e(s.section)}</strong></dt><dd>${e(s.words)}</dd>`)
    .join('')}</dl></section>`;
}

function decision(packet: Packet): string {
  const boxes = packet.decision.options
    .map((option) => `<li><span class="box" aria-hidden="true"></span>${e(option)}</li>`)
    .join('');
  return `<section aria-labelledby="decision" class="decision"><h2 id="decision">Decision of the Chief of Police or designee</h2><p>Concerning: ${e(packet.decision.concerning)}</p><p>Mark one:</p><ul>${boxes}</ul><p>Name<span class="line"></span></p><p>Date<span class="line"></span></p><p>Signature<span class="line"></span></p><div class="comments"><p>Comments and changes required</p><span class="line"></span><span class="line"></span><span class="line"></span><span class="line"></span></div></section>`;
}

/**
 * The packet as one standalone HTML document: no script, nothing loaded, one constant style, every
 * word escaped. Pure and deterministic: the same packet gives the same bytes, so a frozen packet is
 * named by its SHA-256.
 */
export function renderPacketHtml(packet: Packet): string {
  const mark = packet.frozen
    ? `<p class="frozen">Submitted packet, frozen on ${e(packetTime(packet.preparedAt))}: the decision names this document’s SHA-256.</p>`
    : `<p class="preview" role="note">${e(PREVIEW_MARK)}</p>`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${e(DOCUMENT_POLICY)}" />`,
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${e(packet.title)}${packet.frozen ? '' : ` (${e(PREVIEW_MARK)})`}</title>`,
    `<style>${PACKET_STYLE}</style>`,
    '</head>',
    `<body${packet.frozen ? '' : ' class="is-preview"'}>`,
    '<main>',
    mark,
    `<h1>${e(packet.title)}</h1>`,
    `<p>Prepared ${e(packetTime(packet.preparedAt))} by Social Desk${packet.cover.departmentName ? ` for ${e(packet.cover.departmentName)}` : ''}.</p>`,
    cover(packet, packet.cover),
    content(packet),
    media(packet),
    `<section aria-labelledby="checklist"><h2 id="checklist" class="page-break">The whole checklist</h2>${packet.checklist.map(checklist).join('')}</section>`,
    sections(packet),
    `<section aria-labelledby="hash"><h2 id="hash" class="page-break">Content hash</h2><p>SHA-256 of ${e(packet.contentHashOf)}:</p><p class="hash">${e(packet.contentHash ?? 'none yet')}</p></section>`,
    decision(packet),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
