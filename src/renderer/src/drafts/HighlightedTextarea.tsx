import {
  type ComponentPropsWithRef,
  memo,
  type Ref,
  useDeferredValue,
  useMemo,
  useRef,
} from 'react';
import { FINDING_KINDS, type FindingKind } from '../../../shared/policy/finding';
import { FINDING_KIND_LABELS } from './editor-findings';

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
interface LinePiece {
  readonly key?: string;
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
  const seen = new Map<string, number>();
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
    // Keyed by its text, so a line typed above it leaves it (and its layout) alone.
    const repeat = seen.get(text) ?? 0;
    seen.set(text, repeat + 1);
    return { key: `${repeat}:${text}`, text, marks: marks.join(' ') };
  });
}

/**
 * A line of the mirror. Each line is its own block, redrawn only when its text or marks change:
 * typing in a 50,000-character body lays out the line being typed in, not the whole text.
 */
const MirrorLine = memo(function MirrorLine({ text, marks }: LinePiece) {
  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const mark of marks === '' ? [] : marks.split(' ')) {
    const [start = 0, end = 0, open, kind = 0] = mark.split('-').map(Number);
    pieces.push(text.slice(at, start));
    pieces.push(
      <mark key={start} className={markClass(FINDING_KINDS[kind] ?? 'platform-limit', open === 1)}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  pieces.push(text.slice(at));
  // An empty line still takes its line's height, as it does in the textarea.
  return <div className="mirror-line">{text === '' ? '\u200b' : pieces}</div>;
});

/**
 * A textarea with its findings marked in the text: a mirror of the same text sits behind the
 * transparent textarea, with <mark> around each finding, and scrolls with it.
 */
export function HighlightedTextarea({
  value,
  highlights,
  textareaRef,
  ...props
}: ComponentPropsWithRef<'textarea'> & {
  readonly value: string;
  readonly highlights: readonly Highlight[];
  readonly textareaRef: Ref<HTMLTextAreaElement>;
}) {
  const backdrop = useRef<HTMLDivElement>(null);
  // The marks may trail the typing by a frame or two: the textarea itself never waits for them.
  const shown = useDeferredValue(useMemo(() => ({ value, highlights }), [value, highlights]));
  const lines = useMemo(() => splitLines(shown.value, shown.highlights), [shown]);
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
