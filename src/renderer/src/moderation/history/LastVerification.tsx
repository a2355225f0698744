import type { LastVerify } from '../../../../shared/moderation/journal-status';
import { formatTime } from '../../app/format-time';

/** The last `log verify` result, in the command's own words, with when and how far it read. */
export function LastVerification({ last }: { readonly last: LastVerify | null }) {
  if (!last) return <>Never verified in this data folder. Verify it now.</>;
  return (
    <div className={last.ok ? 'verify-ok' : 'verify-failed'}>
      <p>
        <strong>
          {last.ok
            ? 'Verified: no change found'
            : `Failed${last.firstBad === undefined ? '' : ` at event ${last.firstBad}`}`}
        </strong>{' '}
        on <time dateTime={last.at}>{formatTime(last.at)}</time>, after reading{' '}
        {last.events.toLocaleString()} events.
      </p>
      <p className="verify-words">{last.message}</p>
    </div>
  );
}
