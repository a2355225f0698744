import type { ScanContext } from '../finding';

/**
 * The text a whole-text check reads: the document a piece was cut from when a piece is scanned,
 * otherwise the text itself. "Is a case mentioned anywhere?" gets the same answer for a sentence
 * in a 50,000-character post whether the post is scanned whole or a piece at a time.
 */
export function wholeText(text: string, context: ScanContext = {}): string {
  return context.document ?? text;
}

/**
 * The text beside the words matched at [start, end) of `text`: the rest of the document when a
 * piece is scanned, otherwise the rest of the text, the two sides joined by a space. "Does the rest
 * of the post speak of an election?" gets the same answer in a piece as in the whole.
 */
export function textBeside(
  text: string,
  start: number,
  end: number,
  context: ScanContext = {},
): string {
  const { document, pieceStart } = context;
  if (document === undefined || pieceStart === undefined)
    return `${text.slice(0, start)} ${text.slice(end)}`;
  return `${document.slice(0, pieceStart + start)} ${document.slice(pieceStart + end)}`;
}

/**
 * How many times each pattern occurs in the document, as a key for a scanner's remembered pieces:
 * whether the text beside a piece's match has one depends on how many the rest of the document
 * holds, which the piece's own words and this count settle.
 */
export function documentCounts(...patterns: readonly RegExp[]): (document: string) => string {
  const everywhere = patterns.map(
    (pattern) => new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}g`),
  );
  return (document) => everywhere.map((pattern) => document.match(pattern)?.length ?? 0).join(',');
}

/**
 * A whole-text check and the key its answer gives a scanner's remembered pieces: one character
 * per check, so a piece is scanned again when an answer changes.
 */
export function documentChecks(...patterns: readonly RegExp[]): (document: string) => string {
  for (const pattern of patterns)
    if (pattern.global || pattern.sticky)
      throw new Error(`A whole-text check must not be global or sticky: ${String(pattern)}`);
  return (document) => patterns.map((pattern) => (pattern.test(document) ? '1' : '0')).join('');
}

/**
 * A whole-text test answered once per text: every sentence of a post asks "is a case mentioned
 * anywhere?", and the answer for the last text asked is kept.
 */
export function lastTextTest(pattern: RegExp): (text: string) => boolean {
  if (pattern.global || pattern.sticky)
    throw new Error(`A whole-text test must not be global or sticky: ${String(pattern)}`);
  let last: { text: string; answer: boolean } | undefined;
  return (text) => {
    if (last?.text !== text) last = { text, answer: pattern.test(text) };
    return last.answer;
  };
}
