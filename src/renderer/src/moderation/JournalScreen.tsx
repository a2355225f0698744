import { useEffect, useState } from 'react';
import type { JournalStatus } from '../../../shared/moderation/journal-status';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import type { Go } from '../app/screens';
import { desk } from '../desk';
import { HashText } from './history/HashText';
import { CheckpointForm, LastCheckpointChecked } from './history/CheckpointCheck';
import { CheckpointNow } from './history/CheckpointNow';
import { LastVerification } from './history/LastVerification';
import './history.css';

/** The journal's verification state: how far it goes, the last `log verify` result, a fresh one. */
export function JournalScreen(_props: { go: Go; me: Profile }) {
  const [status, setStatus] = useState<JournalStatus>();
  const [error, setError] = useState<DeskError>();
  const [busy, setBusy] = useState(false);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    let current = true;
    void desk()
      .comments.journalStatus({})
      .then((result) => {
        if (!current) return;
        if (result.ok) setStatus(result.value);
        else setError(result.error);
      });
    return () => {
      current = false;
    };
  }, []);

  const verify = async (checkpoint?: string) => {
    setBusy(true);
    setError(undefined);
    setAnnounce(
      checkpoint === undefined
        ? 'Verifying the journal: reading every event…'
        : 'Checking the journal against the checkpoint: reading every event…',
    );
    const result = await desk().comments.journalStatus(
      checkpoint === undefined ? { verifyNow: true } : { checkpoint },
    );
    setBusy(false);
    if (!result.ok) {
      setAnnounce('');
      setError(result.error);
      return;
    }
    setStatus(result.value);
    setAnnounce(announcement(result.value, checkpoint !== undefined));
  };

  return (
    <section className="journal-screen" aria-labelledby="journal-heading">
      <h1 id="journal-heading">Journal</h1>
      <p>
        Verifying reads every event and checks that each still carries the hash of the one before
        it, so it proves no recorded comment or action was changed, removed or reordered since it
        was written; if it fails, run <code>social-desk log verify</code> to see the first bad
        entry, restore the data folder from a backup (<code>social-desk restore</code>), and keep
        this folder aside for inspection.
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {status ? (
        <dl className="journal-facts">
          <dt>Events</dt>
          <dd>{status.events.toLocaleString()}</dd>
          <dt>Head</dt>
          <dd>
            <HashText hash={status.head} label="Hash of the last event" />
          </dd>
          <dt>Last verification</dt>
          <dd>
            <LastVerification last={status.lastVerify} />
          </dd>
          <dt>Last checkpoint checked</dt>
          <dd>
            <LastCheckpointChecked last={status.lastCheckpoint} />
          </dd>
        </dl>
      ) : !error ? (
        <p role="status">Reading the journal’s state…</p>
      ) : null}
      {status?.notice ? <p className="journal-notice">{status.notice}</p> : null}
      <div className="journal-verify">
        <p>
          <button
            type="button"
            className="primary"
            onClick={() => void verify()}
            disabled={busy}
            aria-busy={busy}
          >
            {busy ? 'Verifying…' : 'Verify the journal now'}
          </button>
        </p>
        {status ? <CheckpointNow events={status.events} head={status.head} /> : null}
      </div>
      <CheckpointForm busy={busy} onCheck={(checkpoint) => verify(checkpoint)} />
      <p role="status" className="journal-verify-status">
        {announce}
      </p>
    </section>
  );
}

/** What the status line says once a check ends. */
function announcement(status: JournalStatus, againstCheckpoint: boolean): string {
  if (againstCheckpoint) {
    const checked = status.lastCheckpoint;
    return checked?.ok
      ? `The journal still holds the checkpoint at event ${checked.events.toLocaleString()}: nothing recorded up to it was rewritten.`
      : `The journal does not hold the checkpoint${checked?.firstBad === undefined ? '' : ` (event ${checked.firstBad})`}: see the last checkpoint checked above.`;
  }
  const last = status.lastVerify;
  return last?.ok
    ? `Verified: the journal holds ${last.events.toLocaleString()} events and none was changed.`
    : `Verification failed${last?.firstBad === undefined ? '' : ` at event ${last.firstBad}`}: see the last verification above.`;
}
