/**
 * Runs `work` and puts how long it took in the page's performance timeline, where `npm run bench`
 * reads it from the real editor to tell frames slowed by scanning from any other. Cleared at once:
 * observers have it already, and nothing piles up while a person types.
 */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  try {
    return work();
  } finally {
    performance.measure(name, { start, end: performance.now() });
    performance.clearMeasures(name);
  }
}
