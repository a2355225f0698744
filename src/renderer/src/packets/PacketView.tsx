import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { ResponseOf } from '../../../shared/ipc/contract';
import type { InboxItem, ItemRef } from '../../../shared/ipc/channels/workflow-channels';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError, Result } from '../../../shared/result';
import { STATUS_LABELS } from '../../../shared/workflow/workflow';
import { ErrorMessage } from '../app/ErrorMessage';
import type { Go, Screen } from '../app/screens';
import { DecisionRadios, ResultNote, ScanField, TextField } from '../approvals/DecisionFields';
import {
  COMMENT_HINT,
  type DecisionArea,
  decisionArea,
  decisionFormSchema,
  isoToLocal,
  localToIso,
  transcribeFormSchema,
  verbalFormSchema,
} from '../approvals/decision-forms';
import { desk } from '../desk';

type PacketData = ResponseOf<'packets:get'>;
type ItemStatus = ResponseOf<'approvals:decide'>;

export interface Target {
  readonly item: ItemRef;
  readonly packetHash: string;
  readonly onDone: (status: ItemStatus) => void;
}

/**
 * One packet as the Chief reads it: the frozen HTML in a sandboxed frame (no script, no
 * navigation, no same-origin access), its hash, print and save, and below it the decision.
 */
export function PacketView({
  item,
  back,
  go,
  me,
}: {
  readonly item: ItemRef;
  readonly back: Screen;
  readonly go: Go;
  readonly me: Profile;
}) {
  const [packet, setPacket] = useState<PacketData>();
  const [inboxItem, setInboxItem] = useState<InboxItem | null>();
  const [inboxError, setInboxError] = useState<DeskError>();
  const [error, setError] = useState<DeskError>();
  const [fileStatus, setFileStatus] = useState('');
  const [fileError, setFileError] = useState<DeskError>();
  const [outcome, setOutcome] = useState<ItemStatus>();

  useEffect(() => {
    let current = true;
    void desk()
      .packets.get(item)
      .then((result) => {
        if (!current) return;
        if (result.ok) setPacket(result.value);
        else setError(result.error);
      });
    void desk()
      .approvals.inbox({})
      .then((result) => {
        if (!current) return;
        // Without the inbox nothing says the packet waits for a decision: no forms are shown.
        if (!result.ok) {
          setInboxError(result.error);
          return;
        }
        setInboxItem(
          result.value.submitted.find((s) => s.kind === item.kind && s.id === item.id) ?? null,
        );
      });
    return () => {
      current = false;
    };
  }, [item]);

  const fileAction = async (
    call: () => Promise<Result<{ saved: string | null } | { printed: boolean }>>,
    what: string,
  ) => {
    setFileError(undefined);
    setFileStatus('');
    const result = await call();
    if (!result.ok) {
      setFileError(result.error);
      return;
    }
    const answer = result.value;
    // A cancelled dialog is no news: nothing is said.
    if ('saved' in answer)
      setFileStatus(answer.saved === null ? '' : `${what} saved to ${answer.saved}`);
    else setFileStatus(answer.printed ? 'Sent to the printer.' : '');
  };

  const title = packet?.title ?? 'loading';
  const frozenHash = packet?.frozen ? packet.sha256 : null;
  const area =
    packet && inboxItem !== undefined
      ? decisionArea(me, { frozen: frozenHash !== null }, inboxItem ?? undefined)
      : undefined;
  const target: Target | undefined =
    frozenHash !== null ? { item, packetHash: frozenHash, onDone: setOutcome } : undefined;

  return (
    <section aria-labelledby="packet-heading" className="packet-view">
      <div className="screen-heading">
        <h1 id="packet-heading">Packet: {title}</h1>
        <button type="button" onClick={() => go(back)}>
          Back
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {packet === undefined && !error ? <p role="status">Loading the packet…</p> : null}
      {packet ? (
        <>
          <PacketHash sha256={frozenHash} />
          <div className="actions packet-actions">
            <button
              type="button"
              onClick={() => void fileAction(() => desk().packets.print(item), 'Packet')}
            >
              Print
            </button>
            <button
              type="button"
              onClick={() => void fileAction(() => desk().packets.savePdf(item), 'PDF')}
            >
              Save PDF
            </button>
            <button
              type="button"
              onClick={() => void fileAction(() => desk().packets.saveHtml(item), 'HTML')}
            >
              Save HTML
            </button>
          </div>
          <p role="status" className="save-status">
            {fileStatus}
          </p>
          {fileError ? <ErrorMessage error={fileError} /> : null}
          <PacketFrame packet={packet} />
        </>
      ) : null}
      {inboxError ? <ErrorMessage error={inboxError} /> : null}
      {area ? (
        <PacketDecision
          area={area}
          target={target}
          outcome={outcome}
          onInbox={() => go({ name: 'inbox' })}
        />
      ) : null}
    </section>
  );
}

/** The frozen packet's hash, or plainly that this is a preview. */
export function PacketHash({ sha256 }: { readonly sha256: string | null }) {
  return (
    <p className="packet-hash">
      {sha256 !== null ? (
        <>
          Frozen packet · SHA-256 <code>{sha256}</code>
        </>
      ) : (
        <strong>Preview — not submitted</strong>
      )}
    </p>
  );
}

/** The packet's own document: sandboxed with no permission at all (no script, opaque origin). */
export function PacketFrame({ packet }: { readonly packet: Pick<PacketData, 'title' | 'html'> }) {
  return (
    <iframe
      className="packet-frame"
      sandbox=""
      srcDoc={packet.html}
      title={`Packet: ${packet.title}`}
    />
  );
}

/** Below the packet: the forms this person may use, why none, or the decision just recorded. */
export function PacketDecision({
  area,
  target,
  outcome,
  onInbox,
}: {
  readonly area: DecisionArea;
  readonly target: Target | undefined;
  readonly outcome: ItemStatus | undefined;
  readonly onInbox: () => void;
}) {
  return (
    <section aria-labelledby="packet-decision-heading" className="packet-decision">
      <h2 id="packet-decision-heading">Decision</h2>
      {outcome ? (
        <ResultNote className="packet-result">
          <p>
            Recorded. Status now: <strong>{STATUS_LABELS[outcome.status]}</strong>
            {outcome.awaitingConfirmation
              ? ' (the verbal approval waits for written confirmation)'
              : ''}
            .
          </p>
          <button type="button" className="link" onClick={onInbox}>
            Back to the approvals inbox
          </button>
        </ResultNote>
      ) : area.blocked !== undefined || target === undefined ? (
        <p className="packet-blocked">{area.blocked}</p>
      ) : (
        <>
          {area.decide ? <RecordDecisionForm target={target} /> : null}
          {area.transcribe ? <TranscribeDecisionForm target={target} /> : null}
          {area.verbal ? <VerbalApprovalForm target={target} /> : null}
        </>
      )}
    </section>
  );
}

/** The main process's refusal (separation of duties, a stale packet, a role) said at the form. */
function useRecord(target: Target) {
  const [error, setError] = useState<DeskError>();
  const record = async (call: () => Promise<Result<ItemStatus>>) => {
    setError(undefined);
    const result = await call();
    if (result.ok) target.onDone(result.value);
    else setError(result.error);
  };
  return { error, record };
}

function RecordDecisionForm({ target }: { readonly target: Target }) {
  const { error, record } = useRecord(target);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof decisionFormSchema>, unknown, z.output<typeof decisionFormSchema>>({
    resolver: zodResolver(decisionFormSchema),
    defaultValues: { comment: '' },
  });
  const submit = handleSubmit((values) =>
    record(() =>
      desk().approvals.decide({ ...target.item, packetHash: target.packetHash, ...values }),
    ),
  );
  return (
    <form
      aria-labelledby="packet-decide-heading"
      className="packet-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="packet-decide-heading">Record decision</h3>
      <p className="hint">Recorded under your name, naming this packet’s SHA-256.</p>
      <DecisionRadios
        id="packet-decide"
        legend="Decision"
        field={register('decision')}
        error={errors.decision?.message}
      />
      <TextField
        id="packet-decide-comment"
        label="Comments"
        type="textarea"
        rows={4}
        hint={COMMENT_HINT}
        error={errors.comment?.message}
        field={register('comment')}
      />
      <button type="submit" className="primary" disabled={isSubmitting}>
        Record decision
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

function TranscribeDecisionForm({ target }: { readonly target: Target }) {
  const { error, record } = useRecord(target);
  const {
    register,
    handleSubmit,
    control,
    setError: setFieldError,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof transcribeFormSchema>, unknown, z.output<typeof transcribeFormSchema>>(
    {
      resolver: zodResolver(transcribeFormSchema),
      defaultValues: { comment: '', decidedBy: '', decidedOn: '', scan: null },
    },
  );
  const submit = handleSubmit((values) =>
    record(() =>
      desk().approvals.transcribe({ ...target.item, packetHash: target.packetHash, ...values }),
    ),
  );
  return (
    <form
      aria-labelledby="packet-transcribe-heading"
      className="packet-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="packet-transcribe-heading">Transcribe a signed decision</h3>
      <p className="hint">
        The decision as the Chief or designee signed it on the printed packet, with the scan
        attached.
      </p>
      <DecisionRadios
        id="packet-transcribe"
        legend="Decision on the signed paper"
        field={register('decision')}
        error={errors.decision?.message}
      />
      <TextField
        id="packet-transcribe-comment"
        label="Comments"
        type="textarea"
        rows={3}
        hint={COMMENT_HINT}
        error={errors.comment?.message}
        field={register('comment')}
      />
      <TextField
        id="packet-transcribe-signed-by"
        label="Signed by"
        error={errors.decidedBy?.message}
        field={register('decidedBy')}
      />
      <TextField
        id="packet-transcribe-date"
        label="Date on the signature"
        type="date"
        error={errors.decidedOn?.message}
        field={register('decidedOn')}
      />
      <Controller
        control={control}
        name="scan"
        render={({ field, fieldState }) => (
          <ScanField
            id="packet-transcribe-scan"
            value={field.value}
            error={fieldState.error?.message}
            onChange={field.onChange}
            onProblem={(problem) => {
              if (problem) setFieldError('scan', { message: problem });
              else clearErrors('scan');
            }}
          />
        )}
      />
      <button type="submit" className="primary" disabled={isSubmitting}>
        Record transcribed decision
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

function VerbalApprovalForm({ target }: { readonly target: Target }) {
  const { error, record } = useRecord(target);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof verbalFormSchema>, unknown, z.output<typeof verbalFormSchema>>({
    resolver: zodResolver(verbalFormSchema),
    defaultValues: { givenBy: '', givenAt: isoToLocal(new Date()), how: '', comment: '' },
  });
  const submit = handleSubmit(({ givenAt, ...values }) => {
    const at = localToIso(givenAt);
    if (at === undefined) return Promise.resolve(); // the schema refuses it before this
    return record(() =>
      desk().approvals.recordVerbal({
        ...target.item,
        packetHash: target.packetHash,
        givenAt: at,
        ...values,
      }),
    );
  });
  return (
    <form
      aria-labelledby="packet-verbal-heading"
      className="packet-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="packet-verbal-heading">Record a verbal approval</h3>
      <p className="hint">
        Urgent notices only (missing or endangered person, active threat, weather emergency). A
        verbal approval must be confirmed in writing; the inbox shows how long it has waited.
      </p>
      <TextField
        id="packet-verbal-given-by"
        label="Given by"
        error={errors.givenBy?.message}
        field={register('givenBy')}
      />
      <TextField
        id="packet-verbal-given-at"
        label="When it was given"
        type="datetime-local"
        error={errors.givenAt?.message}
        field={register('givenAt')}
      />
      <TextField
        id="packet-verbal-how"
        label="How it was given"
        hint="Telephone, in person, radio."
        error={errors.how?.message}
        field={register('how')}
      />
      <TextField
        id="packet-verbal-comment"
        label="Comments"
        type="textarea"
        rows={2}
        error={errors.comment?.message}
        field={register('comment')}
      />
      <button type="submit" className="primary" disabled={isSubmitting}>
        Record verbal approval
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </form>
  );
}
