import { type ComponentPropsWithRef, type Ref, useRef } from 'react';

export interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly open: boolean;
}

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
  const pieces: React.ReactNode[] = [];
  let at = 0;
  for (const [index, highlight] of [...highlights].sort((a, b) => a.start - b.start).entries()) {
    if (highlight.start < at) continue;
    pieces.push(value.slice(at, highlight.start));
    pieces.push(
      <mark key={index} className={highlight.open ? 'finding-open' : 'finding-justified'}>
        {value.slice(highlight.start, highlight.end)}
      </mark>,
    );
    at = highlight.end;
  }
  pieces.push(value.slice(at));
  return (
    <div className="highlighted">
      <div ref={backdrop} className="highlighted-backdrop" aria-hidden="true">
        {pieces}
        {'\n'}
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
