import { z } from 'zod';
import { exportRequestSchema } from '../../shared/records/export-view';
import { recordTypeSchema } from '../../shared/records/record-types';

export const MANIFEST = 'manifest.json';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** manifest.json: every other file of the export with its SHA-256 and size; written last. */
export const manifestSchema = z
  .object({
    format: z.literal('social-desk-export/1'),
    request: exportRequestSchema,
    exportedBy: z.object({ id: z.string(), name: z.string() }).strict(),
    exportedAt: z.iso.datetime(),
    counts: z.partialRecord(recordTypeSchema, z.number().int().min(0)),
    journalHead: z.object({ events: z.number().int().min(0), hash: sha256Hex }).strict(),
    /** By path inside the export folder, `/`-separated. */
    files: z.record(
      z.string(),
      z.object({ sha256: sha256Hex, size: z.number().int().min(0) }).strict(),
    ),
  })
  .strict();
export type Manifest = z.infer<typeof manifestSchema>;
