import type { SearchHitKind } from '../../shared/records/search-view';

interface Kept<T> {
  readonly time: number;
  readonly make: () => T;
}

/**
 * Counts every record that passes the kinds, dates and pages asked for, and keeps only the
 * newest `limit` of them: a word in 40,000 records makes 40,000 counts, not 40,000 hits sorted.
 */
export class NewestFirst<T> {
  total = 0;
  private readonly kept: Kept<T>[] = [];

  constructor(
    private readonly limit: number,
    private readonly kinds: ReadonlySet<SearchHitKind>,
    private readonly range: { readonly from: number; readonly to: number },
    private readonly pages: ReadonlySet<string> | undefined,
  ) {}

  /** A record that matched the words; `make` builds its hit only if it is among the newest. */
  offer(kind: SearchHitKind, time: number, on: readonly string[], make: () => T): void {
    if (this.counts(kind, time, on)) this.place(time, make);
  }

  /**
   * Counts a record that matched the words when it passes the kinds, dates and pages; true when
   * it would be among the newest kept so far (then `place` it), false when it never could be.
   */
  counts(kind: SearchHitKind, time: number, on: readonly string[]): boolean {
    if (!this.kinds.has(kind) || time < this.range.from || time > this.range.to) return false;
    if (this.pages && !on.some((page) => this.pages?.has(page))) return false;
    this.total += 1;
    const kept = this.kept;
    return kept.length < this.limit || time > (kept[kept.length - 1]?.time ?? -Infinity);
  }

  /** A record already counted elsewhere (comments: the comment index gives their total). */
  place(time: number, make: () => T): void {
    const kept = this.kept;
    if (kept.length >= this.limit && time <= (kept[kept.length - 1]?.time ?? Infinity)) return;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((kept[middle]?.time ?? 0) >= time) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, { time, make });
    if (kept.length > this.limit) kept.pop();
  }

  newest(): T[] {
    return this.kept.map((entry) => entry.make());
  }
}
