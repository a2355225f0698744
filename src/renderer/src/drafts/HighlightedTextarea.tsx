import {
  type ComponentPropsWithRef,
  memo,
  type Ref,
  useDeferredValue,
  useMemo,
  useRef,
} from 'react';

export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly open: boolean;
}

/** One line of the text with the parts of findings that fall in it, as "start-end-open" marks. */
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
      marks.push(`${start - lineStart}-${end - lineStart}-${highlight.open ? 1 : 0}`);
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
    const [start = 0, end = 0, open] = mark.split('-').map(Number);
    pieces.push(text.slice(at, start));
    pieces.push(
      <mark key={start} className={open === 1 ? 'finding-open' : 'finding-justified'}>
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
