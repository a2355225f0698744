import { COMMENT_CAPTURED } from '../../shared/moderation/comment';
import {
  CORRECTION,
  MODERATION_ACTION,
  correctionEventSchema,
  moderationActionEventSchema,
} from '../../shared/moderation/events';
import { parseUnknown } from '../../shared/parse';
import type { Profile } from '../../shared/profiles/profile';
import { DeskFailure } from '../ipc/desk-failure';
import type { Journal } from '../journal/journal';
import type { EventHeader } from '../journal/journal-line';
import { readEvents } from '../journal/read-events';

/**
 * Actions and corrections on the moderation journal: validated, attributed to a profile, and
 * appended; nothing here edits or deletes an event.
 */
export class ModerationLog {
  constructor(
    private readonly dataFolder: string,
    private readonly journal: Journal,
  ) {}

  async act(by: Profile, action: unknown): Promise<EventHeader> {
    const parsed = parseUnknown(moderationActionEventSchema, action, 'The moderation action');
    if (!parsed.ok) throw new DeskFailure('invalid-request', parsed.error.message);
    const target = await this.eventType(parsed.value.comment);
    if (target !== COMMENT_CAPTURED) {
      throw new DeskFailure(
        'invalid-request',
        `Event ${parsed.value.comment} is not a captured comment; an action must name one.`,
      );
    }
    const [header] = await this.journal.append([
      { type: MODERATION_ACTION, by: by.id, payload: parsed.value },
    ]);
    if (!header) throw new Error('The journal appended nothing');
    return header;
  }

  async correct(by: Profile, correction: unknown): Promise<EventHeader> {
    const parsed = parseUnknown(correctionEventSchema, correction, 'The correction');
    if (!parsed.ok) throw new DeskFailure('invalid-request', parsed.error.message);
    if ((await this.eventType(parsed.value.corrects)) === undefined) {
      throw new DeskFailure(
        'invalid-request',
        `There is no event ${parsed.value.corrects} to correct.`,
      );
    }
    const [header] = await this.journal.append([
      { type: CORRECTION, by: by.id, payload: parsed.value },
    ]);
    if (!header) throw new Error('The journal appended nothing');
    return header;
  }

  private async eventType(seq: number): Promise<string | undefined> {
    if (seq > this.journal.head().events) return undefined;
    for await (const event of readEvents(this.dataFolder)) {
      if (event.header.seq === seq) return event.header.type;
    }
    return undefined;
  }
}
