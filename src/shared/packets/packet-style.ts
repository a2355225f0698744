/**
 * The packet's only style, embedded whole in every packet. It is a constant so that its SHA-256 is
 * too: the app's Content-Security-Policy allows exactly this inline style (by that hash) in the
 * sandboxed frame that shows a packet, and nothing else inline. Changing a byte here changes the
 * hash: update the policy in src/renderer/index.html (a unit test fails until it matches). ASCII
 * only (the dash below is a CSS escape), so its hash cannot depend on how a page was decoded.
 */
export const PACKET_STYLE = `
:root { color: #111; background: #fff; font: 11pt/1.45 "Liberation Serif", "Times New Roman", serif; }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 .5rem; border-bottom: 2px solid #111; padding-bottom: .15rem; }
h3 { font-size: 1.05rem; margin: 1.1rem 0 .35rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #555; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.preview { border: 3px solid #a00; color: #a00; font: bold 1.2rem/1.3 sans-serif; text-align: center; padding: .4rem; margin-bottom: 1rem; letter-spacing: .08em; }
.frozen { border: 1px solid #111; padding: .3rem .5rem; margin-bottom: 1rem; font-family: sans-serif; }
.post-text { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #777; padding: .6rem .75rem; font-family: "Liberation Sans", Arial, sans-serif; }
.link { text-decoration: underline dotted; }
.cut { background: #f3d0d0; text-decoration: line-through; }
.cut-label { font-weight: bold; }
.state-open, .state-needs-attestation { font-weight: bold; color: #a00; }
.words { font-family: "Liberation Mono", monospace; background: #fff3b0; white-space: pre-wrap; overflow-wrap: anywhere; }
.hash { font-family: "Liberation Mono", monospace; overflow-wrap: anywhere; }
.item-id { font-family: "Liberation Mono", monospace; font-size: .85em; color: #333; }
ul { margin: .2rem 0; padding-left: 1.2rem; }
blockquote { margin: .3rem 0 .6rem 1rem; padding-left: .6rem; border-left: 3px solid #777; }
.decision { border: 2px solid #111; padding: .75rem 1rem; break-inside: avoid; }
.decision ul { list-style: none; padding: 0; }
.box { display: inline-block; width: .9em; height: .9em; border: 1.5px solid #111; margin-right: .5em; vertical-align: -.1em; }
.line { display: block; border-bottom: 1px solid #111; height: 1.9rem; margin-bottom: .2rem; }
.comments .line { height: 1.7rem; }
@page { margin: 16mm 14mm; }
body.is-preview { page: preview; }
@page preview {
  @top-center { content: "PREVIEW \\2014  NOT SUBMITTED"; color: #a00; font: bold 11pt sans-serif; }
}
@media print {
  :root { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  .page-break { break-before: page; }
  h2, h3 { break-after: avoid; }
}
`;
