import type { CommentSuggestion } from '../../../../shared/moderation/comment-suggestions';

interface Marked {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly kind: CommentSuggestion['kind'];
}

/**
 * The comment's text verbatim (white space kept by the CSS), with the words a suggestion matched
 * marked and named in their title and for screen readers, so the mark is not colour alone.
 */
export function CommentText({
  text,
  suggestions = [],
  id,
}: {
  readonly text: string;
  readonly suggestions?: readonly CommentSuggestion[];
  readonly id?: string;
}) {
  const marks: Marked[] = suggestions
    .flatMap((suggestion) =>
      suggestion.matches.map((match) => ({
        start: match.start,
        end: match.end,
        label: suggestion.label,
        kind: suggestion.kind,
      })),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    parts.push(
      <mark key={mark.start} className={`queue-mark queue-mark-${mark.kind}`} title={mark.label}>
        {text.slice(mark.start, mark.end)}
        <span className="visually-hidden"> ({mark.label})</span>
      </mark>,
    );
    at = mark.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <p className="queue-text" id={id}>
      {parts}
    </p>
  );
}
