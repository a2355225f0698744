import { useEffect, useRef, useState } from 'react';
import { timed } from '../app/timing';
import { type ChecklistJob, type ChecklistOutcome, runChecklistJob } from './checklist-job';
import { runInWorker } from './checklist-worker-client';

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
  readonly job: ChecklistJob;
  readonly posted: number;
}

/**
 * The checklist for the editor's latest content, computed in the app's checklist worker: one run
 * at a time, and while one runs only the newest content waits, so a fast typist never queues stale
 * work. Where the worker cannot start or fails, the checklist runs on the page, as it must never
 * go missing.
 */
export function useLiveChecklist(job: ChecklistJob): LiveChecklist {
  const [live, setLive] = useState<LiveChecklist>(() => onPage(job));
  const shownFirst = useRef(job);
  const latest = useRef(job);
  const send = useRef<((next: ChecklistJob) => void) | undefined>(undefined);

  useEffect(() => {
    // An editor closed while its run is in the worker takes no answer from it.
    let open = true;
    let running: Running | undefined;
    let waiting: ChecklistJob | undefined;
    const onThePage = (next: ChecklistJob) => setLive(onPage(next));
    const post = (next: ChecklistJob) => {
      running = { job: next, posted: performance.now() };
      const sent = runInWorker(next, (outcome) => {
        const done = running;
        if (!open || !done) return;
        running = undefined;
        if (!outcome) {
          send.current = onThePage;
          onThePage(latest.current);
          return;
        }
        performance.measure(CHECKLIST_FROM_WORKER, { start: done.posted, end: performance.now() });
        performance.clearMeasures(CHECKLIST_FROM_WORKER);
        const { title, body } = done.job.content;
        setLive({ outcome, title, body });
        const after = waiting;
        waiting = undefined;
        if (after) post(after);
      });
      if (!sent) {
        running = undefined;
        send.current = onThePage;
        onThePage(next);
      }
    };
    send.current = (next) => {
      if (running) waiting = next;
      else post(next);
    };
    if (latest.current !== shownFirst.current) send.current(latest.current);
    return () => {
      open = false;
      send.current = undefined;
    };
  }, []);

  useEffect(() => {
    latest.current = job;
    if (job !== shownFirst.current) send.current?.(job);
  }, [job]);

  return live;
}
