import type { ChecklistJob, ChecklistOutcome } from './checklist-job';

/** Called with the worker's outcome, or with nothing when the worker failed and cannot answer. */
type Settle = (outcome: ChecklistOutcome | undefined) => void;

// One worker for the app's life, not one per editor: loading its bundle, the sentence parser and
// the model takes about two seconds, which every opened draft (and every return from a revision
// history) would otherwise wait before its first findings.
let worker: Worker | undefined;
/** No worker can start here at all (the constructor threw): every checklist runs on the page. */
let broken = false;
let nextId = 0;
const pending = new Map<number, Settle>();

// A worker that failed is dropped; the editor that saw it runs its checklist on the page, and the
// next editor opened tries a new worker, as each did when every editor had its own.
function failed(): void {
  worker?.terminate();
  worker = undefined;
  const settles = [...pending.values()];
  pending.clear();
  // Each on its own: a settle that throws (the page's own run of the same text) stops no other.
  for (const settle of settles) queueMicrotask(() => settle(undefined));
}

function started(): Worker | undefined {
  if (worker || broken) return worker;
  try {
    worker = new Worker(new URL('./checklist-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return undefined;
  }
  worker.onmessage = ({ data }: MessageEvent<{ id: number; outcome: ChecklistOutcome }>) => {
    const settle = pending.get(data.id);
    pending.delete(data.id);
    settle?.(data.outcome);
  };
  worker.onerror = failed;
  return worker;
}

/** Starts the worker before the first editor opens, so its first findings need not wait for it. */
export function prewarmChecklistWorker(): void {
  started();
}

/**
 * Runs one checklist job in the worker and settles it with the outcome. False where no worker can
 * start: the caller runs the job on the page.
 */
export function runInWorker(job: ChecklistJob, settle: Settle): boolean {
  const running = started();
  if (!running) return false;
  nextId += 1;
  pending.set(nextId, settle);
  running.postMessage({ id: nextId, job });
  return true;
}
