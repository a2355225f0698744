import {
  type ComponentPropsWithRef,
  memo,
  type Ref,
  useDeferredValue,
  useMemo,
  useRef,
  useState,
} from 'react';
import { FINDING_KINDS, type FindingKind } from '../../../shared/policy/finding';
import { FINDING_KIND_LABELS } from './editor-findings';
import { editBetween } from './follow-edits';

export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly open: boolean;
  /** Each kind has its own colour and underline, named in the legend beside the text. */
  readonly kind: FindingKind;
}

/** The mark's classes: open or justified, and its kind (`mark-personal-data`). */
export function markClass(kind: FindingKind, open: boolean): string {
  return `${open ? 'finding-open' : 'finding-justified'} mark-${kind}`;
}

/** One line of the text with the parts of findings in it, as "start-end-open-kind" marks. */
export interface LinePiece {
  readonly key: string;
  readonly text: string;
  /** Offsets within the line; a string so an unchanged line compares equal and is not redrawn. */
  readonly marks: string;
}

function splitLines(value: string, highlights: readonly Highlight[]): LinePiece[] {
  const texts = value.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + 1;
  }
  // Each highlight goes to the lines it spans: work in proportion to the text and the findings.
  const perLine: Highlight[][] = texts.map(() => []);
  for (const highlight of highlights) {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] ?? 0) <= highlight.start) low = middle;
      else high = middle - 1;
    }
    for (let line = low; line < texts.length && (starts[line] ?? 0) < highlight.end; line += 1)
      perLine[line]?.push(highlight);
  }
  return texts.map((text, line) => {
    const lineStart = starts[line] ?? 0;
    const lineEnd = lineStart + text.length;
    const marks: string[] = [];
    let covered = lineStart;
    for (const highlight of (perLine[line] ?? []).sort((a, b) => a.start - b.start)) {
      const start = Math.max(highlight.start, lineStart, covered);
      const end = Math.min(highlight.end, lineEnd);
      if (start >= end) continue;
      const kind = FINDING_KINDS.indexOf(highlight.kind);
      marks.push(`${start - lineStart}-${end - lineStart}-${highlight.open ? 1 : 0}-${kind}`);
      covered = end;
    }
    return { key: '', text, marks: marks.join(' ') };
  });
}

let lastKey = 0;

/**
 * Keys for the lines, kept from the lines shown before: the lines before and after an edit keep
 * theirs, so a line typed above one leaves it (and its layout) alone, and a line typed in keeps
 * its own, so it is updated in place rather than drawn anew (in a 50,000-character paragraph, a
 * new block of that size laid out from nothing on every key).
 */
export function keepKeys(before: readonly LinePiece[], after: readonly LinePiece[]): LinePiece[] {
  let head = 0;
  while (head < before.length && head < after.length && before[head]?.text === after[head]?.text)
    head += 1;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail]?.text === after[after.length - 1 - tail]?.text
  )
    tail += 1;
  const inPlace = before.length === after.length;
  return after.map((line, index) => {
    const kept =
      index < head
        ? before[index]
        : index >= after.length - tail
          ? before[before.length - (after.length - index)]
          : inPlace
            ? before[index]
            : undefined;
    if (kept) return { ...line, key: kept.key };
    lastKey += 1;
    return { ...line, key: `line-${lastKey}` };
  });
}

/** A long line is drawn in spans of this many characters, so a key changes one span's text. */
const SPAN = 1_024;

/**
 * Where a span after `at` ends: the first space at or after the next multiple of SPAN (before
 * `to`), so no span ends inside a word, an emoji's surrogate pair or a letter and its accent.
 */
function spanEnd(text: string, at: number, to: number): number {
  const space = text.indexOf(' ', (Math.floor(at / SPAN) + 1) * SPAN);
  return space === -1 || space >= to ? to : space + 1;
}

/** A stretch of a line; of a long line, as spans ending after spaces, keyed by where they start. */
function spans(text: string, from: number, to: number): React.ReactNode[] {
  if (text.length <= SPAN) return [text.slice(from, to)];
  const nodes: React.ReactNode[] = [];
  for (let at = from; at < to;) {
    const end = spanEnd(text, at, to);
    nodes.push(<span key={at}>{text.slice(at, end)}</span>);
    at = end;
  }
  return nodes;
}

/**
 * A line of the mirror. Each line is its own block, redrawn only when its text or marks change:
 * typing in a 50,000-character body lays out the line being typed in, not the whole text.
 */
const MirrorLine = memo(function MirrorLine({ text, marks }: Omit<LinePiece, 'key'>) {
  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const mark of marks === '' ? [] : marks.split(' ')) {
    const [start = 0, end = 0, open, kind = 0] = mark.split('-').map(Number);
    pieces.push(...spans(text, at, start));
    pieces.push(
      <mark
        key={`mark-${start}`}
        className={markClass(FINDING_KINDS[kind] ?? 'platform-limit', open === 1)}
      >
        {spans(text, start, end)}
      </mark>,
    );
    at = end;
  }
  pieces.push(...spans(text, at, text.length));
  // An empty line still takes its line's height, as it does in the textarea.
  return <div className="mirror-line">{text === '' ? '\u200b' : pieces}</div>;
});

/**
 * Whether the mirror can wait: the text changed while the checklist for it is still on its way,
 * every mark is where it was drawn, and the edit is past the last mark with a space between
 * (greedy line breaking never moves a line for what follows its break). The mirror's text may then
 * trail the typing; it catches up with the checklist. In a long paragraph this halves the mirror's
 * layouts per key. Typing against a mark's end inside the text, or a same-length change before a
 * mark (which moves no offset but changes widths), is drawn at once.
 */
export function marksStayPut(
  before: { readonly value: string; readonly highlights: readonly Highlight[] } | undefined,
  after: {
    readonly value: string;
    readonly highlights: readonly Highlight[];
    readonly settled: boolean;
  },
): boolean {
  if (!before || after.settled || before.highlights.length !== after.highlights.length)
    return false;
  const unmoved = after.highlights.every((mark, index) => {
    const was = before.highlights[index];
    return (
      was !== undefined &&
      was.start === mark.start &&
      was.end === mark.end &&
      was.open === mark.open &&
      was.kind === mark.kind
    );
  });
  if (!unmoved) return false;
  if (after.highlights.length === 0) return true;
  const lastEnd = Math.max(...after.highlights.map((mark) => mark.end));
  const { head } = editBetween(before.value, after.value);
  // Typing on at the very end, as into a long post past a platform's limit (whose cut is marked to
  // the end): at most the last word's wrap shows a round trip late, and the words typed are unmarked
  // until the checklist comes, redrawn or not.
  if (head === before.value.length && after.value.length > head) return true;
  return head > lastEnd && /\s/.test(after.value.slice(lastEnd, head));
}

/**
 * A textarea with its findings marked in the text: a mirror of the same text sits behind the
 * transparent textarea, with <mark> around each finding, and scrolls with it.
 */
export function HighlightedTextarea({
  value,
  highlights,
  settled = true,
  textareaRef,
  ...props
}: ComponentPropsWithRef<'textarea'> & {
  readonly value: string;
  readonly highlights: readonly Highlight[];
  /**
   * False while the highlights were followed from an older value and its checklist is on its way;
   * the mirror may then trail the typing (see marksStayPut).
   */
  readonly settled?: boolean;
  readonly textareaRef: Ref<HTMLTextAreaElement>;
}) {
  const backdrop = useRef<HTMLDivElement>(null);
  // The marks may trail the typing by a frame or two: the textarea itself never waits for them.
  const shown = useDeferredValue(
    useMemo(() => ({ value, highlights, settled }), [value, highlights, settled]),
  );
  // The lines and what they were drawn from, kept from the render before (React's pattern for
  // information from previous renders): their keys are kept for the lines that did not change.
  const [drawn, setDrawn] = useState<{ from?: typeof shown; lines: readonly LinePiece[] }>({
    lines: [],
  });
  let { lines } = drawn;
  if (drawn.from !== shown && !marksStayPut(drawn.from, shown)) {
    lines = keepKeys(drawn.lines, splitLines(shown.value, shown.highlights));
    setDrawn({ from: shown, lines });
  }
  return (
    <div className="highlighted">
      <div ref={backdrop} className="highlighted-backdrop" aria-hidden="true">
        {lines.map((line) => (
          <MirrorLine key={line.key} text={line.text} marks={line.marks} />
        ))}
      </div>
      <textarea
        {...props}
        ref={textareaRef}
        onScroll={(event) => {
          if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
        }}
      />
    </div>
  );
}

/**
 * The key to the marks: a swatch and a name for each kind in the text, and how a justified mark
 * looks. Colour is never the only cue: each kind is named here and at the cursor.
 */
export function FindingLegend({ highlights }: { readonly highlights: readonly Highlight[] }) {
  const present = new Set(highlights.map((h) => h.kind));
  const kinds = FINDING_KINDS.filter((kind) => present.has(kind));
  if (kinds.length === 0) return null;
  const justified = highlights.some((h) => !h.open);
  return (
    <div className="highlight-legend">
      <span id="highlight-legend-heading" className="highlight-legend-heading">
        Marked in the text:
      </span>
      <ul aria-labelledby="highlight-legend-heading">
        {kinds.map((kind) => (
          <li key={kind}>
            <mark className={`highlight-swatch ${markClass(kind, true)}`} aria-hidden="true">
              Aa
            </mark>
            {FINDING_KIND_LABELS[kind]}
          </li>
        ))}
        {justified ? (
          <li>
            <mark className="highlight-swatch finding-justified" aria-hidden="true">
              Aa
            </mark>
            Justified (dashed underline)
          </li>
        ) : null}
      </ul>
    </div>
  );
}
