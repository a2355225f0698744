/** Where a pattern matched in a text: offsets, end exclusive. */
export interface Place {
  readonly from: number;
  readonly to: number;
}

/**
 * Where global patterns match in a text, remembered for the last text: a rule asks once per
 * match, and a text is read once however many matches ask.
 */
export function placesOf(patterns: readonly RegExp[]): (text: string) => readonly Place[] {
  let last: { text: string; at: readonly Place[] } | undefined;
  return (text) => {
    if (last?.text !== text)
      last = {
        text,
        at: patterns.flatMap((pattern) =>
          Array.from(text.matchAll(pattern), (m) => ({ from: m.index, to: m.index + m[0].length })),
        ),
      };
    return last.at;
  };
}

/** A place wholly outside [start, end), within `reach` characters of it. */
export const placeOutside = (
  places: readonly Place[],
  start: number,
  end: number,
  reach = Infinity,
): boolean =>
  places.some(
    ({ from, to }) => (to <= start || from >= end) && to > start - reach && from < end + reach,
  );
