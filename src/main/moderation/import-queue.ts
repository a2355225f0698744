/**
 * One queue in the main process for everything that records captured comments: an import's
 * batches and a comment entered by hand. Each task's find-then-append runs alone, so a double
 * submit, or a hand entry during an import, cannot record the same comment twice.
 */
export class CaptureQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // The next task waits for this one to settle, whether it failed or not.
    this.tail = result.catch(() => undefined);
    return result;
  }
}
