import { z } from 'zod';
import { draftIdSchema, draftSchema } from '../../drafts/draft';
import {
  MEDIA_MAX_BYTES,
  PERMISSION_SCOPE_MAX,
  mediaTypeSchema,
  storedMediaSchema,
} from '../../drafts/media';
import { STATUSES } from '../../workflow/workflow';
import { base64FileField } from '../base64-field';
import { scanUploadSchema } from './workflow-channels';

const itemId = z.string().min(1).max(200);

/** A photo or video sent whole from the renderer; the main process copies and hashes it. */
export const mediaUploadSchema = z
  .object({
    name: z.string().trim().min(1, 'The file has no name').max(255),
    mediaType: mediaTypeSchema,
    base64: base64FileField(MEDIA_MAX_BYTES, 'photo or video'),
  })
  .strict();

/** The words of a draft search: what a person types in the list's search box. */
export const DRAFT_SEARCH_MAX = 200;

/** The drafting desk's rows of the contract (issue 10): attestations, media, search, copy. */
export const DRAFTING_CHANNELS = {
  /** Several reviewed items attested in one deliberate step; each recorded on its own. */
  'drafts:attestSeveral': {
    request: z
      .object({
        id: draftIdSchema,
        itemIds: z
          .array(itemId)
          .min(1, 'Choose at least one item to attest')
          .max(100)
          .refine((ids) => new Set(ids).size === ids.length, 'An item is listed once'),
      })
      .strict(),
    response: draftSchema,
  },
  /** Takes an attestation back before submission; the record keeps that it was given. */
  'drafts:withdrawAttestation': {
    request: z.object({ id: draftIdSchema, itemId }).strict(),
    response: draftSchema,
  },
  /** Copies a photo or video into the data folder; the next save names it in a revision. */
  'drafts:uploadMedia': { request: mediaUploadSchema, response: storedMediaSchema },
  /** An attached image's bytes, for its thumbnail (videos are named, not shown). */
  'drafts:mediaFile': {
    // The draft that names the file; none for a file this person has just attached to a new draft.
    request: z
      .object({ id: draftIdSchema.optional(), sha256: storedMediaSchema.shape.sha256 })
      .strict(),
    response: z.object({ mediaType: mediaTypeSchema, base64: z.string() }).strict(),
  },
  /** A written permission (III.B.1.c, e) with its signed scan, recorded on the draft. */
  'drafts:recordPermission': {
    request: z
      .object({
        id: draftIdSchema,
        grantedBy: z
          .string()
          .trim()
          .min(1, 'Name who granted the permission')
          .max(200, 'A name has at most 200 characters'),
        grantedOn: z.iso.date({ error: 'The date on the permission, as YYYY-MM-DD' }),
        scope: z
          .string()
          .trim()
          .min(1, 'Say what the permission covers')
          .max(
            PERMISSION_SCOPE_MAX,
            `Say what it covers in at most ${PERMISSION_SCOPE_MAX.toLocaleString('en-US')} characters`,
          ),
        scan: scanUploadSchema,
      })
      .strict(),
    response: draftSchema,
  },
  /** Drafts whose words match, best first (ids; the list filters its own summaries by them). */
  'drafts:search': {
    request: z
      .object({
        words: z
          .string()
          .trim()
          .min(1, 'Type a word to search for')
          .max(DRAFT_SEARCH_MAX, `Search for at most ${DRAFT_SEARCH_MAX} characters`),
      })
      .strict(),
    response: z.object({ ids: z.array(draftIdSchema) }).strict(),
  },
  /**
   * The latest revision's text as one target page will show it, put on the clipboard by the main
   * process (the renderer is given no clipboard permission); answers the text it copied.
   */
  'drafts:copyText': {
    request: z.object({ id: draftIdSchema, pageId: z.uuid() }).strict(),
    // Decided here, from the saved draft: the renderer words the copy's warning from this only.
    response: z
      .object({
        text: z.string(),
        characters: z.number().int().min(0),
        /** The workflow status of the latest revision, the one copied. */
        status: z.enum(STATUSES),
        /** The Chief approved these exact words as they stand (approved, or published from it). */
        approved: z.boolean(),
        revision: z.number().int().min(1),
        /** The platform would cut the end off; `leftOut` characters were not copied. */
        cut: z.boolean(),
        leftOut: z.number().int().min(0),
      })
      .strict(),
  },
} as const;
