import type { WorkflowStep } from '../../shared/workflow/workflow';
import { KIND_WORDS, workflowState } from '../../shared/workflow/workflow';
import { DeskFailure } from '../ipc/desk-failure';
import type { PacketStore } from '../packets/packet-store';
import type { WorkflowItem } from './workflow-records';

/**
 * A decision or confirmation is about the packet frozen at submission: it is read back (and its
 * hash checked) before the step that names it is written, so no decision is recorded on a packet
 * nobody can show any more. An item submitted before packets existed has none to decide on.
 */
export async function assertFrozenPacket(
  packets: Pick<PacketStore, 'read' | 'fileOf'>,
  item: WorkflowItem,
): Promise<void> {
  const what = `“${item.title}” (${KIND_WORDS[item.ref.kind]} ${item.ref.id})`;
  const packetHash = workflowState(item.subject).submission?.packetHash;
  if (packetHash === undefined) {
    throw new DeskFailure(
      'invalid-request',
      `${what} was submitted before packets existed, so there is no frozen packet to decide on: withdraw it and submit it again. Nothing was changed.`,
    );
  }
  try {
    await packets.read(packetHash);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new DeskFailure(
      'store-damaged',
      `The frozen packet of ${what} cannot be read back (${why}) so no decision can name it. Restore ${packets.fileOf(packetHash)} from a backup, or withdraw the item and submit it again. Nothing was changed.`,
    );
  }
}

/** A name as people write it: the same whatever the case, the spaces around it or its Unicode form. */
function sameName(a: string, b: string): boolean {
  const plain = (name: string) => name.normalize('NFKC').trim().toLocaleLowerCase('en-US');
  return plain(a) === plain(b);
}

/**
 * A decision from paper or given verbally names who gave it and when: never someone who wrote,
 * vouched for or submitted the item (separation of duties holds for the signer too), never before
 * the item was submitted (a signature dated that day is taken; the date alone carries no hour).
 */
export function assertSigner(
  item: WorkflowItem,
  step: WorkflowStep,
  nameOf: (id: string) => string | undefined,
): void {
  if (step.move !== 'decide' && step.move !== 'confirm') return;
  if (step.source !== 'paper' && step.source !== 'verbal') return;
  const { decidedBy, decidedAt } = step;
  if (decidedBy === undefined || decidedAt === undefined) return;
  const kind = KIND_WORDS[item.ref.kind];
  const submitters = item.subject.steps.flatMap((s) => (s.move === 'submit' ? [s.by] : []));
  const involved = [...new Set([...item.subject.authors, ...submitters])];
  const match = involved
    .map(nameOf)
    .find((name) => name !== undefined && sameName(name, decidedBy));
  const verbal = step.source === 'verbal';
  if (match !== undefined) {
    throw new DeskFailure(
      'invalid-request',
      `${decidedBy.trim()} drafted, vouched for or submitted this ${kind} (profile “${match}”), so cannot ${verbal ? 'give its approval' : 'sign its decision'} (separation of duties): name the Chief or designee who ${verbal ? 'gave it' : 'signed'}. Nothing was changed.`,
    );
  }
  const submission = workflowState(item.subject).submission;
  if (submission === undefined) return; // refused by the status machine already
  if (verbal) {
    if (Date.parse(decidedAt) < Date.parse(submission.at)) {
      throw new DeskFailure(
        'invalid-request',
        `The approval is said to have been given at ${decidedAt}, before the ${kind} was submitted (${submission.at}): give the time it really was given. Nothing was changed.`,
      );
    }
    return;
  }
  const signedDay = decidedAt.slice(0, 10);
  // The signer's calendar may run up to 12 hours behind UTC (the Americas, the Pacific): the
  // submission's day is taken where it was earliest, so a paper signed that local day is accepted.
  const submittedDay = new Date(Date.parse(submission.at) - 12 * 3_600_000)
    .toISOString()
    .slice(0, 10);
  if (signedDay < submittedDay) {
    throw new DeskFailure(
      'invalid-request',
      `The signed paper is dated ${signedDay}, before the ${kind} was submitted (${submittedDay}): check the date on the signature. Nothing was changed.`,
    );
  }
}
