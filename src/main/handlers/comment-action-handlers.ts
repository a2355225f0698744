import { SCREENSHOT_MAX_BYTES } from '../../shared/ipc/channels/moderation-channels';
import { decodeUpload } from '../attachments/decode-upload';
import { DeskFailure } from '../ipc/desk-failure';
import type { ActingHandlers } from '../ipc/authorize';
import type { HandlerContext } from './domain-handlers';
import { profileNames } from './profile-names';

type ScreenshotType = 'image/png' | 'image/jpeg';
const SCREENSHOT_TYPES: readonly ScreenshotType[] = ['image/png', 'image/jpeg'];

/** The screenshot's bytes, checked to be the PNG or JPEG they claim before anything is written. */
function decodeScreenshot(upload: {
  readonly name: string;
  readonly mediaType: ScreenshotType;
  readonly base64: string;
}): Uint8Array {
  return decodeUpload(upload, {
    what: 'screenshot',
    types: SCREENSHOT_TYPES,
    maxBytes: SCREENSHOT_MAX_BYTES,
    noneOf: 'neither a PNG nor a JPEG image',
    ifEmpty: 'attach the screenshot again, or act without one',
    ifLarge: 'crop it to the comment',
    ifOther: 'attach a PNG or JPEG screenshot, or act without one',
  });
}

export function commentActionHandlers({
  services,
}: HandlerContext): Pick<ActingHandlers, 'comments:act' | 'comments:correct'> {
  const { attachments, comments, moderation } = services;
  const summaryOf = async (seq: number) => {
    // The index follows the journal's appends; ready() waits for the one just made.
    await comments.ready();
    const comment = comments.comment(seq);
    if (!comment) throw new DeskFailure('not-found', `There is no comment ${seq}.`);
    return comments.summary(comment, profileNames(services));
  };
  return {
    /**
     * A screenshot is copied in under its hash and the action names it; keepFor takes the file
     * away again when the action is refused (a reason the page had not published), so a refusal
     * leaves nothing behind.
     */
    'comments:act': async ({ screenshot, ...action }, by) => {
      if (screenshot === undefined) {
        await moderation.act(by, action);
      } else {
        const bytes = decodeScreenshot(screenshot);
        await attachments.keepFor(
          screenshot.name,
          bytes,
          ({ sha256 }) =>
            moderation.act(by, {
              ...action,
              screenshot: { sha256, name: screenshot.name, mediaType: screenshot.mediaType },
            }),
          {
            what: `The screenshot ${screenshot.name}`,
            unrecorded: 'so the action was not recorded',
          },
        );
      }
      return summaryOf(action.comment);
    },
    'comments:correct': async (correction, by) => {
      await comments.ready();
      const action = comments.action(correction.corrects);
      if (!action) {
        throw new DeskFailure(
          'invalid-request',
          `Event ${correction.corrects} is not a moderation action; a correction here must name one.`,
        );
      }
      await moderation.correct(by, correction);
      return summaryOf(action.comment);
    },
  };
}
