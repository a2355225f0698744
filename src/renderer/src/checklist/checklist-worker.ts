import { englishParser } from '../../../shared/policy/language/nlp';
import { type ChecklistJob, runChecklistJob } from './checklist-job';

// The sentence parser's model is built as the worker starts, while the editor opens, so the
// first key pressed does not wait the quarter second it takes.
englishParser();

/**
 * The live checklist runs here, off the page's thread, so a person typing in a long body never
 * waits for the scanners: the page paints every key at once and the findings follow.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; job: ChecklistJob }>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { id, job } }) => {
  const started = performance.now();
  const outcome = runChecklistJob(job);
  scope.postMessage({ id, outcome, ms: performance.now() - started });
};
