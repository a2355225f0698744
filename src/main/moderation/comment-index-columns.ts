/** Typed-array columns that grow: the index's rows without an object (and a collector's walk) each. */
export type TypedArray = Uint8Array | Uint32Array | Int32Array | Float64Array;
type Ctor = new (length: number) => TypedArray;

export const COLUMN_TYPES = { Uint8Array, Uint32Array, Int32Array, Float64Array } as const;
export type ColumnType = keyof typeof COLUMN_TYPES;

/** A group of columns with one row count: comments, actions, story links, or one row per seq. */
export class Table<K extends string> {
  length = 0;
  private capacity: number;
  readonly columns: Record<K, TypedArray>;

  constructor(
    readonly spec: Readonly<Record<K, ColumnType>>,
    capacity = 1024,
    /** What a new row's cells hold before they are set (-1: "none" in the Int32 columns). */
    private readonly fill: Partial<Record<K, number>> = {},
  ) {
    this.capacity = capacity;
    this.columns = {} as Record<K, TypedArray>;
    for (const name of Object.keys(spec) as K[]) {
      const column = new (COLUMN_TYPES[spec[name]] as Ctor)(capacity);
      const value = fill[name];
      if (value !== undefined) column.fill(value);
      this.columns[name] = column;
    }
  }

  /** Makes room for rows up to `length` (exclusive) and counts them. */
  reach(length: number): void {
    if (length > this.capacity) {
      let capacity = this.capacity;
      while (capacity < length) capacity *= 2;
      for (const name of Object.keys(this.columns) as K[]) {
        const old = this.columns[name];
        const grown = new (COLUMN_TYPES[this.spec[name]] as Ctor)(capacity);
        grown.set(old);
        const value = this.fill[name];
        if (value !== undefined) grown.fill(value, old.length);
        this.columns[name] = grown;
      }
      this.capacity = capacity;
    }
    if (length > this.length) this.length = length;
  }

  /**
   * Gives back the room beyond the rows held and an eighth more: growth doubles, so a table read
   * whole (a rebuild, a snapshot) could otherwise hold up to twice what it uses, for good.
   */
  trim(): void {
    const capacity = Math.max(1024, Math.ceil(this.length * 1.125));
    if (capacity >= this.capacity) return;
    for (const name of Object.keys(this.columns) as K[]) {
      const trimmed = new (COLUMN_TYPES[this.spec[name]] as Ctor)(capacity);
      trimmed.set(this.columns[name].subarray(0, capacity));
      this.columns[name] = trimmed;
    }
    this.capacity = capacity;
  }

  /** A new row at the end; its index. */
  push(): number {
    this.reach(this.length + 1);
    return this.length - 1;
  }

  get(name: K, row: number): number {
    return this.columns[name][row] ?? 0;
  }

  set(name: K, row: number, value: number): void {
    this.columns[name][row] = value;
  }

  /** The used part of each column, as bytes, in the spec's order (the snapshot's sections). */
  bytes(): Buffer[] {
    return (Object.keys(this.spec) as K[]).map((name) => {
      const column = this.columns[name];
      return Buffer.from(column.buffer, column.byteOffset, this.length * column.BYTES_PER_ELEMENT);
    });
  }

  /** Columns read back from a snapshot, `length` rows each. */
  load(length: number, sections: readonly Buffer[]): void {
    this.length = 0;
    this.reach(Math.max(length, 1));
    this.length = length;
    (Object.keys(this.spec) as K[]).forEach((name, i) => {
      const section = sections[i];
      const column = this.columns[name];
      if (!section || section.length !== length * column.BYTES_PER_ELEMENT) {
        throw new Error(`column ${name} has ${section?.length ?? 0} bytes`);
      }
      // Copied, not viewed: a section's offset in the file need not be aligned for its type.
      new Uint8Array(column.buffer, column.byteOffset, section.length).set(section);
    });
  }
}
