import { useEffect, useRef, useState } from 'react';
import { timed } from '../app/timing';
import { type ChecklistJob, type ChecklistOutcome, runChecklistJob } from './checklist-job';

/** The names `npm run bench` looks for in the page's performance timeline. */
export const CHECKLIST_ON_PAGE = 'social-desk:checklist';
export const CHECKLIST_FROM_WORKER = 'social-desk:checklist-worker';

/** A checklist outcome and the exact text it was computed for (offsets refer to that text). */
export interface LiveChecklist {
  readonly outcome: ChecklistOutcome;
  readonly title: string;
  readonly body: string;
}

function onPage(job: ChecklistJob): LiveChecklist {
  const outcome = timed(CHECKLIST_ON_PAGE, () => runChecklistJob(job));
  return { outcome, title: job.content.title, body: job.content.body };
}

interface Running {
  readonly id: number;
  readonly job: ChecklistJob;
  readonly posted: number;
}

/**
 * The checklist for the editor's latest content, computed in a worker: one run at a time, and
 * while one runs only the newest content waits, so a fast typist never queues stale work. Where a
 * worker cannot start, the checklist runs on the page, as it must never go missing.
 */
export function useLiveChecklist(job: ChecklistJob): LiveChecklist {
  const [live, setLive] = useState<LiveChecklist>(() => onPage(job));
  const shownFirst = useRef(job);
  const latest = useRef(job);
  const send = useRef<((next: ChecklistJob) => void) | undefined>(undefined);

  useEffect(() => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./checklist-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      send.current = (next) => setLive(onPage(next));
      return;
    }
    let running: Running | undefined;
    let waiting: ChecklistJob | undefined;
    let nextId = 0;
    const post = (next: ChecklistJob) => {
      nextId += 1;
      running = { id: nextId, job: next, posted: performance.now() };
      worker.postMessage({ id: nextId, job: next });
    };
    send.current = (next) => {
      if (running) waiting = next;
      else post(next);
    };
    worker.onmessage = (event: MessageEvent<{ id: number; outcome: ChecklistOutcome }>) => {
      const done = running;
      if (!done || done.id !== event.data.id) return;
      performance.measure(CHECKLIST_FROM_WORKER, { start: done.posted, end: performance.now() });
      performance.clearMeasures(CHECKLIST_FROM_WORKER);
      running = undefined;
      const { title, body } = done.job.content;
      setLive({ outcome: event.data.outcome, title, body });
      const next = waiting;
      waiting = undefined;
      if (next) post(next);
    };
    worker.onerror = () => {
      // A worker that cannot load (or fails) leaves the page to do the work itself.
      worker.terminate();
      running = undefined;
      send.current = (next) => setLive(onPage(next));
      send.current(latest.current);
    };
    if (latest.current !== shownFirst.current) send.current(latest.current);
    return () => {
      worker.terminate();
      send.current = undefined;
    };
  }, []);

  useEffect(() => {
    latest.current = job;
    if (job !== shownFirst.current) send.current?.(job);
  }, [job]);

  return live;
}
