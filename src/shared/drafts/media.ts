import { z } from 'zod';
import type { DirectiveSection } from '../policy/directive';

/**
 * What a photo or video shows (SPEC section 1), each with the section that governs it and whether
 * the directive asks for a written permission before it is posted (III.B.1.c: training, activities
 * and assignments; a person's likeness and a minor's image need their or a guardian's permission).
 */
export const DEPICTIONS = [
  { id: 'uniform', label: 'Uniform, badge or patch', section: 'III.B.1.e', permission: false },
  { id: 'badge', label: 'Badge or insignia', section: 'III.B.1.e', permission: false },
  { id: 'vehicle', label: 'Police vehicle or equipment', section: 'III.B.1.e', permission: false },
  { id: 'training', label: 'Department training', section: 'III.B.1.c', permission: true },
  {
    id: 'operation',
    label: 'Department activity, operation or assignment',
    section: 'III.B.1.c',
    permission: true,
  },
  {
    id: 'identifiable-person',
    label: 'An identifiable person',
    section: 'III.B.1.c',
    permission: true,
  },
  { id: 'minor', label: 'A minor (under 18)', section: 'III.B.1.c', permission: true },
  // Said on purpose, so an empty list means "not yet decided", never "shows nothing that matters".
  {
    id: 'none',
    label: 'None of these: no uniform, training, person or minor',
    section: 'III.B.1.c',
    permission: false,
  },
] as const satisfies readonly {
  readonly id: string;
  readonly label: string;
  readonly section: DirectiveSection;
  readonly permission: boolean;
}[];

export type DepictionId = (typeof DEPICTIONS)[number]['id'];
/** "None of these": a decision of its own, never listed with anything it denies. */
export const NO_DEPICTION = 'none' satisfies DepictionId;
const depictionIds = DEPICTIONS.map((d) => d.id) as [DepictionId, ...DepictionId[]];
export const depictionSchema = z.enum(depictionIds, {
  error: () => `What the file shows is one of ${depictionIds.join(', ')}`,
});

export const MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'video/mp4',
  'video/webm',
  'video/quicktime',
] as const;
export type MediaTypeId = (typeof MEDIA_TYPES)[number];
export const mediaTypeSchema = z.enum(MEDIA_TYPES, {
  error: () => 'Attach a photo (JPEG, PNG, GIF, WebP) or a video (MP4, WebM, MOV)',
});

/** A phone's photo or a short clip; longer videos are edited down before they are posted. */
export const MEDIA_MAX_BYTES = 50 * 1024 * 1024;
export const MEDIA_PER_DRAFT_MAX = 20;
export const PERMISSIONS_PER_DRAFT_MAX = 50;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex');

/** A file the main process copied into the data folder (attachments/<sha256>) and hashed. */
export const storedMediaSchema = z
  .object({
    sha256,
    name: z.string().trim().min(1).max(255),
    mediaType: mediaTypeSchema,
    size: z.number().int().min(1).max(MEDIA_MAX_BYTES),
  })
  .strict();
export type StoredMedia = z.infer<typeof storedMediaSchema>;

/** One attachment of a revision: the file, what it shows, and the permissions that cover it. */
export const draftMediaSchema = storedMediaSchema
  .extend({
    // Empty is still read (a revision saved before the choice was asked for): it leaves the
    // checklist's media item open until someone says what the file shows.
    depicts: z
      .array(depictionSchema)
      .refine((d) => new Set(d).size === d.length, 'Each kind of depiction is listed once')
      .refine(
        (d) => !d.includes(NO_DEPICTION) || d.length === 1,
        '“None of these” cannot be ticked with something the file shows: untick one of them',
      ),
    /** Ids of the draft's written-permission records that cover this file. */
    permissions: z.array(z.uuid()).max(PERMISSIONS_PER_DRAFT_MAX),
  })
  .strict();
export type DraftMedia = z.infer<typeof draftMediaSchema>;

export const PERMISSION_SCOPE_MAX = 1_000;

/** A written permission (III.B.1.c, e): who granted it, when, for what, and the signed scan. */
export const permissionRecordSchema = z
  .object({
    id: z.uuid(),
    grantedBy: z.string().trim().min(1).max(200),
    grantedOn: z.iso.date(),
    scope: z.string().trim().min(1).max(PERMISSION_SCOPE_MAX),
    scan: z.object({ name: z.string().min(1).max(255), file: z.string().min(1), sha256 }).strict(),
    recordedBy: z.string().min(1),
    recordedAt: z.iso.datetime(),
  })
  .strict();
export type PermissionRecord = z.infer<typeof permissionRecordSchema>;

/** The files nobody has said anything about yet: "what it shows" is a decision to make. */
export function mediaUndecided<M extends Pick<DraftMedia, 'depicts'>>(media: readonly M[]): M[] {
  return media.filter((file) => file.depicts.length === 0);
}

/** The depictions of a file that need a written permission before it is posted. */
export function depictionsNeedingPermission(
  depicts: readonly DepictionId[],
): (typeof DEPICTIONS)[number][] {
  return DEPICTIONS.filter((d) => d.permission && depicts.includes(d.id));
}
