import type { StoryEvent } from '../../../../shared/moderation/comment-view';
import { formatTime } from '../../app/format-time';
import { HashText } from './HashText';

const KIND_NAMES: Readonly<Record<StoryEvent['kind'], string>> = {
  captured: 'Captured',
  edited: 'Edited',
  action: 'Action',
  correction: 'Correction',
  review: 'Second review',
  notice: 'Notice',
};

/** The comment's events in the journal's order: who, when, what, and each one's chained hash. */
export function StoryTimeline({ events }: { readonly events: readonly StoryEvent[] }) {
  return (
    <ol className="story-timeline">
      {events.map((event) => (
        <li
          key={event.seq}
          className={`story-event story-${event.kind}${event.correctedBy === undefined ? '' : ' story-voided'}`}
        >
          <p className="story-event-head">
            <strong>{KIND_NAMES[event.kind]}</strong>
            {event.correctedBy === undefined ? null : (
              <span className="story-voided-tag"> (voided by event {event.correctedBy})</span>
            )}{' '}
            — event {event.seq}, by {event.byName},{' '}
            <time dateTime={event.at}>{formatTime(event.at)}</time>
          </p>
          <p className="story-summary">{event.summary}</p>
          <HashText hash={event.hash} label={`Hash of event ${event.seq}`} />
        </li>
      ))}
    </ol>
  );
}
