import { useRef } from 'react';

/**
 * The checkpoint of now, to keep somewhere else: whoever holds this machine could rewrite the
 * whole chain and its head, so only a copy kept away from it makes a later rewrite detectable.
 */
export function CheckpointNow({
  events,
  head,
}: {
  readonly events: number;
  readonly head: string;
}) {
  const field = useRef<HTMLInputElement>(null);
  const checkpoint = `${events}:${head}`;
  return (
    <div className="checkpoint-now">
      <div className="field">
        <label htmlFor="checkpoint-now">Checkpoint of now ({events.toLocaleString()} events)</label>
        <input
          id="checkpoint-now"
          ref={field}
          type="text"
          readOnly
          value={checkpoint}
          spellCheck={false}
          aria-describedby="checkpoint-now-hint"
        />
        <p id="checkpoint-now-hint" className="hint">
          Keep it somewhere else: print it, or email it to the records custodian. Checking the
          journal against it later (below, or <code>social-desk log verify --checkpoint</code>)
          proves nothing recorded up to now was rewritten, even by someone who could change every
          file on this computer.
        </p>
      </div>
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            field.current?.focus();
            field.current?.select();
          }}
        >
          Select the checkpoint
        </button>
      </div>
    </div>
  );
}
