/** What an edit left alone: the length of the unchanged start and of the unchanged end. */
export interface Edit {
  readonly head: number;
  readonly tail: number;
}

export function editBetween(before: string, after: string): Edit {
  const max = Math.min(before.length, after.length);
  let head = 0;
  while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) head += 1;
  let tail = 0;
  while (
    tail < max - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail += 1;
  return { head, tail };
}

/**
 * Where a span of `before` is in `after`: the same place before the edit, shifted after it, and
 * nowhere when the edit touched it (its finding is rescanned and comes back in a moment).
 */
export function followSpan<S extends { readonly start: number; readonly end: number }>(
  span: S,
  before: string,
  after: string,
  edit: Edit,
): S | undefined {
  if (span.end <= edit.head) return span;
  if (span.start >= before.length - edit.tail) {
    const shift = after.length - before.length;
    return { ...span, start: span.start + shift, end: span.end + shift };
  }
  return undefined;
}
