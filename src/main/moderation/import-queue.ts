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

/** One capture queue per journal: every handler set of the app, and its imports, share it. */
const queues = new WeakMap<object, CaptureQueue>();
export function captureQueueOf(journal: object): CaptureQueue {
  let queue = queues.get(journal);
  if (!queue) {
    queue = new CaptureQueue();
    queues.set(journal, queue);
  }
  return queue;
}
