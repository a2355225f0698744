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
  readonly text: string;
  /** Offsets within the line; a string so an unchanged line compares equal and is not redrawn. */
  readonly marks: string;
}

function splitLines(value: string, highlights: readonly Highlight[]): LinePiece[] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  const lines: LinePiece[] = [];
  let lineStart = 0;
  for (const text of value.split('\n')) {
    const lineEnd = lineStart + text.length;
    const marks: string[] = [];
    let covered = lineStart;
    for (const highlight of sorted) {
      if (highlight.start >= lineEnd || highlight.end <= lineStart) continue;
      const start = Math.max(highlight.start, lineStart, covered);
      const end = Math.min(highlight.end, lineEnd);
      if (start >= end) continue;
      marks.push(`${start - lineStart}-${end - lineStart}-${highlight.open ? 1 : 0}`);
      covered = end;
    }
    lines.push({ text, marks: marks.join(' ') });
    lineStart = lineEnd + 1;
  }
  return lines;
}

/**
 * A line of the mirror. Each line is its own block, redrawn only when its text or marks change:
 * typing in a 50,000-character body lays out one line again, not the whole text.
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
        {lines.map((line, index) => (
          <MirrorLine key={index} text={line.text} marks={line.marks} />
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
