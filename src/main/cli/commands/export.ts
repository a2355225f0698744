import { resolve } from 'node:path';
import { exportRequestSchema } from '../../../shared/records/export-view';
import { RECORD_TYPE_WORDS, type RecordType } from '../../../shared/records/record-types';
import { exportRecords } from '../../export/record-export';
import { verifyExport } from '../../export/verify-export';
import { DeskFailure } from '../../ipc/desk-failure';
import type { CliContext } from '../cli-context';
import { asPerson } from '../as-person';
import { CliUsageError } from '../passphrase-input';

const USAGE =
  'social-desk export --request TEXT [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--pages ID,...] [--types draft,post,comment,moderation,packet,intro,audit] [--words WORD,...] [--redact-third-parties] [--note TEXT] --out DIR --profile NAME';
const VERIFY_USAGE = 'social-desk export verify DIR';
const OWN_OPTIONS = new Set([
  'data',
  'profile',
  'request',
  'from',
  'to',
  'pages',
  'types',
  'words',
  'redact-third-parties',
  'note',
  'out',
]);

/** What was asked, or a usage error (exit 2) naming the option; nothing is opened before. */
function requestFrom(context: CliContext) {
  if (context.args.length > 0) {
    throw new CliUsageError(
      `export takes no words of its own (${context.args.join(' ')}): ${USAGE}. To check an export: ${VERIFY_USAGE}.`,
    );
  }
  const stray = Object.keys(context.options).filter(
    (option) => context.options[option] !== undefined && !OWN_OPTIONS.has(option),
  );
  if (stray.length > 0) {
    throw new CliUsageError(
      `export does not take ${stray.map((option) => `--${option}`).join(', ')}: ${USAGE}.`,
    );
  }
  const text = (name: string) => {
    const value = context.options[name];
    return typeof value === 'string' ? value : undefined;
  };
  const list = (value: string | undefined) =>
    value
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  const out = text('out');
  if (out === undefined)
    throw new CliUsageError(`Say where with --out DIR (a new folder): ${USAGE}.`);
  const asked = {
    request: text('request') ?? `Export ${new Date().toISOString().slice(0, 10)}`,
    note: text('note'),
    from: text('from'),
    to: text('to'),
    pages: list(text('pages')),
    types: list(text('types')),
    words: list(text('words')),
    redactThirdParties: context.options['redact-third-parties'] === true ? true : undefined,
  };
  const parsed = exportRequestSchema.safeParse(
    Object.fromEntries(Object.entries(asked).filter(([, value]) => value !== undefined)),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `--${String(issue.path[0] ?? 'request')}: ${issue.message}`,
    );
    throw new CliUsageError(`${problems.join('; ')}. Nothing was exported. ${USAGE}.`);
  }
  return { request: parsed.data, target: resolve(out) };
}

/**
 * `export ... --out DIR --profile NAME`: the records a public-records request or an e-discovery
 * order asks for, as the app exports them (the same service, the same audit entry), into DIR and
 * DIR.zip. Ctrl-C cancels and leaves neither behind.
 */
export async function exportCommand(context: CliContext): Promise<number> {
  const { request, target } = requestFrom(context);
  return asPerson(context, 'Exporting records', async (desk) => {
    const actor = desk.services.session.current;
    if (!actor) throw new DeskFailure('not-signed-in', 'Sign in with --profile NAME to export.');
    const controller = new AbortController();
    const cancel = () => controller.abort();
    process.once('SIGINT', cancel);
    let phase = '';
    try {
      const written = await exportRecords(desk.services, actor, request, target, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.phase === phase) return;
          phase = progress.phase;
          if (progress.phase === 'writing') {
            context.io.err(`social-desk: writing ${progress.total} record(s)…`);
          }
        },
      });
      const counts = (Object.entries(written.counts) as [RecordType, number][])
        .map(([type, count]) => `${count} ${RECORD_TYPE_WORDS[type].many.toLowerCase()}`)
        .join(', ');
      context.io.out(
        `Exported ${written.records} record(s)${counts ? ` (${counts})` : ''} for ${request.request} to ${written.folder} and ${written.zip}${written.redactions > 0 ? `, with ${written.redactions} redaction(s) listed in redactions.json` : ''}.`,
      );
      context.io.out(`Manifest SHA-256: ${written.manifestSha256}`);
      context.io.out(`Check it with: social-desk export verify ${written.folder}`);
      return 0;
    } catch (error) {
      if (controller.signal.aborted) {
        context.io.err('social-desk: the export was cancelled: no folder and no zip were left.');
        return 1;
      }
      throw error;
    } finally {
      process.removeListener('SIGINT', cancel);
    }
  });
}

/** `export verify DIR`: 0 when every file matches manifest.json, 1 naming the first that does not. */
export async function exportVerify(context: CliContext): Promise<number> {
  const [folder, ...extra] = context.args;
  if (folder === undefined || extra.length > 0) {
    throw new CliUsageError(`Name one export folder: ${VERIFY_USAGE}.`);
  }
  const check = await verifyExport(resolve(folder));
  if (!check.ok) {
    context.io.err(`social-desk: ${check.message}`);
    return 1;
  }
  context.io.out(
    `All ${check.files} files of ${folder} match its manifest.json (exported for ${check.manifest.request.request} by ${check.manifest.exportedBy.name} on ${check.manifest.exportedAt}).`,
  );
  return 0;
}
