import { z } from 'zod';
import {
  EXPORT_REQUEST_NAME_MAX,
  EXPORT_WORDS_MAX,
  type ExportRequest,
} from '../../../shared/records/export-view';
import { RECORD_TYPES, recordTypeSchema } from '../../../shared/records/record-types';

const day = z.union([z.literal(''), z.iso.date({ error: 'A date as YYYY-MM-DD' })]);

/** The export form as typed; the main process checks the request again by its contract row. */
export const exportFormSchema = z
  .object({
    request: z
      .string()
      .trim()
      .min(1, 'Name the request this export answers (for example “PRR 2026-114”)')
      .max(EXPORT_REQUEST_NAME_MAX),
    note: z.string().max(2000),
    from: day,
    to: day,
    pageId: z.string(),
    types: z
      .array(recordTypeSchema)
      .min(1, 'Tick at least one type of record: nothing is exported without one'),
    /** Comma-separated; a record with any of them is exported. */
    words: z
      .string()
      .refine(
        (text) => wordList(text).length <= EXPORT_WORDS_MAX,
        `At most ${EXPORT_WORDS_MAX} words or phrases`,
      ),
    redactThirdParties: z.boolean(),
  })
  .refine((form) => form.from === '' || form.to === '' || form.from <= form.to, {
    message: 'The “to” date is before the “from” date: swap them',
    path: ['to'],
  });
export type ExportForm = z.infer<typeof exportFormSchema>;

export const EXPORT_DEFAULTS: ExportForm = {
  request: '',
  note: '',
  from: '',
  to: '',
  pageId: '',
  types: [...RECORD_TYPES],
  words: '',
  redactThirdParties: true,
};

function wordList(text: string): string[] {
  return text
    .split(',')
    .map((word) => word.trim())
    .filter(Boolean);
}

export function toExportRequest(form: ExportForm): ExportRequest {
  const words = wordList(form.words);
  return {
    request: form.request.trim(),
    ...(form.note.trim() === '' ? {} : { note: form.note.trim() }),
    ...(form.from === '' ? {} : { from: form.from }),
    ...(form.to === '' ? {} : { to: form.to }),
    ...(form.pageId === '' ? {} : { pages: [form.pageId] }),
    // Every type ticked is the same as none named.
    ...(form.types.length === RECORD_TYPES.length ? {} : { types: form.types }),
    ...(words.length === 0 ? {} : { words }),
    redactThirdParties: form.redactThirdParties,
  };
}
