import { z } from 'zod';

export const platformSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9-]{0,39}$/,
    'A platform is a short name such as facebook, instagram or x',
  );

export const pageRequestSchema = z
  .object({
    platform: platformSchema,
    name: z.string().trim().min(1, 'Give the page a name').max(200),
    url: z.url({ protocol: /^https?$/, error: 'A page URL starts with https:// (or http://)' }),
    /** III.B.2.c: pages are designed for a named audience. */
    audience: z.string().trim().max(200).optional(),
  })
  .strict();
export type PageRequest = z.infer<typeof pageRequestSchema>;

export const pageSchema = pageRequestSchema
  .extend({ id: z.uuid(), createdAt: z.iso.datetime(), createdBy: z.string() })
  .strict();
export type Page = z.infer<typeof pageSchema>;
