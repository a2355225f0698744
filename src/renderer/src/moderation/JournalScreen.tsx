import { useEffect, useState } from 'react';
import type { JournalStatus } from '../../../shared/moderation/journal-status';
import type { Profile } from '../../../shared/profiles/profile';
import type { DeskError } from '../../../shared/result';
import { ErrorMessage } from '../app/ErrorMessage';
import { formatTime } from '../app/format-time';
import type { Go } from '../app/screens';
import { desk } from '../desk';
import { HashText } from './history/HashText';
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

  const verify = async () => {
    setBusy(true);
    setError(undefined);
    setAnnounce('Verifying the journal: reading every event…');
    const result = await desk().comments.journalStatus({ verifyNow: true });
    setBusy(false);
    if (!result.ok) {
      setAnnounce('');
      setError(result.error);
      return;
    }
    setStatus(result.value);
    const last = result.value.lastVerify;
    setAnnounce(
      last?.ok
        ? `Verified: the journal holds ${last.events.toLocaleString()} events and none was changed.`
        : `Verification failed${last?.firstBad === undefined ? '' : ` at event ${last.firstBad}`}: see the last verification below.`,
    );
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
          <dt>Last checkpoint</dt>
          <dd>
            {status.lastCheckpoint ? (
              <>
                {status.lastCheckpoint.events.toLocaleString()} events on{' '}
                {formatTime(status.lastCheckpoint.at)}
                <HashText hash={status.lastCheckpoint.head} label="Checkpoint hash" />
              </>
            ) : (
              <>
                None recorded here: <code>social-desk log checkpoint</code> prints one to keep
                somewhere else, and <code>social-desk log verify --checkpoint SEQ:HASH</code> checks
                the journal still holds it.
              </>
            )}
          </dd>
        </dl>
      ) : !error ? (
        <p role="status">Reading the journal’s state…</p>
      ) : null}
      {status?.notice ? <p className="journal-notice">{status.notice}</p> : null}
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
      <p role="status" className="journal-verify-status">
        {announce}
      </p>
    </section>
  );
}
