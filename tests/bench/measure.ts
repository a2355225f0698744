/** Timing helpers for `npm run bench`: medians and p99 over repeated runs, in milliseconds. */
export async function timeEach(runs: number, work: (i: number) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    await work(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export const median = (samples: readonly number[]) => percentile(samples, 50);

/** Where a bench section says and records its figures (run.ts, or the section run alone). */
export interface BenchOutput {
  readonly say: (line: string) => void;
  readonly record: (key: string, value: number) => number;
  readonly quick: boolean;
}

/** A section run by itself (`npx tsx tests/bench/NAME.ts [--quick] [--json]`). */
export async function runAlone(bench: (output: BenchOutput) => Promise<void>): Promise<void> {
  const figures: Record<string, number> = {};
  await bench({
    say: (line) => console.log(line),
    record: (key, value) => {
      figures[key] = Number(value.toFixed(4));
      return value;
    },
    quick: process.argv.includes('--quick'),
  });
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
}
