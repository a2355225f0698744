import { parseArgs } from 'node:util';
import { CLI_COMMANDS, type CliCommand } from '../../shared/ipc/permissions';
import { APP_VERSION } from '../app-version';
import { type CliContext, type CliIo, createCliContext } from './cli-context';
import { check } from './commands/check';
import { commentsImport } from './commands/comments';
import { commentsAct } from './commands/comments-act';
import { commentsHistory } from './commands/comments-history';
import { commentsList } from './commands/comments-list';
import { commentsReport } from './commands/comments-report';
import { draftsList } from './commands/drafts';
import { draftsDiff } from './commands/drafts-diff';
import {
  draftsAdd,
  draftsAttest,
  draftsDecide,
  draftsPublished,
  draftsSave,
  draftsShow,
  draftsSubmit,
} from './commands/draft-workflow';
import { packet } from './commands/packet';
import { pagesIntro } from './commands/pages-intro';
import { logCheckpoint, logVerify } from './commands/log';
import { pagesAdd, pagesList } from './commands/pages';
import { profilesAdd, profilesList } from './commands/profiles';
import { backup, restore } from './commands/records';
import { search } from './commands/search';
import { audit } from './commands/audit';
import { retentionDue, retentionSet } from './commands/retention';
import { holdsAdd, holdsList, holdsRelease } from './commands/holds';
import { dispose } from './commands/dispose';
import { exportCommand, exportVerify } from './commands/export';
import { settingsPlaceNames } from './commands/settings';
import { CliUsageError } from './passphrase-input';
import { USAGE } from './usage';

export type { CliIo } from './cli-context';

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Every command of the permission table, and only those: a command without a row fails to compile. */
const COMMANDS: Readonly<Record<CliCommand, (context: CliContext) => Promise<number>>> = {
  'drafts list': draftsList,
  'drafts add': draftsAdd,
  'drafts save': draftsSave,
  'drafts show': draftsShow,
  'drafts diff': draftsDiff,
  'drafts attest': draftsAttest,
  'drafts submit': draftsSubmit,
  'drafts decide': draftsDecide,
  'drafts published': draftsPublished,
  packet,
  'pages intro': pagesIntro,
  'profiles add': profilesAdd,
  'profiles list': profilesList,
  'log verify': logVerify,
  'log checkpoint': logCheckpoint,
  'pages add': pagesAdd,
  'pages list': pagesList,
  'comments import': commentsImport,
  'comments list': commentsList,
  'comments act': commentsAct,
  'comments history': commentsHistory,
  'comments report': commentsReport,
  backup,
  restore,
  check,
  search,
  audit,
  'retention due': retentionDue,
  'retention set': retentionSet,
  'holds list': holdsList,
  'holds add': holdsAdd,
  'holds release': holdsRelease,
  dispose,
  export: exportCommand,
  'export verify': exportVerify,
  'settings place-names': settingsPlaceNames,
};

/** Runs one command and returns its exit code; it never calls process.exit, so tests can run it. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(argv);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (values.version) {
      io.out(APP_VERSION);
      return 0;
    }
    if (positionals.length === 0) {
      io.err(USAGE);
      return 2;
    }
    const name = commandNamed(positionals);
    if (!name)
      throw new CliUsageError(
        `Unknown command "${positionals.join(' ')}". Run social-desk --help for the commands.`,
      );
    const args = positionals.slice(name.split(' ').length);
    const options = { ...values, words: values.words?.join(',') };
    return await COMMANDS[name](createCliContext(io, options, args, name));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`social-desk: ${message}`);
    return error instanceof CliUsageError ? 2 : 1;
  }
}

function commandNamed(positionals: readonly string[]): CliCommand | undefined {
  const twoWords = positionals.slice(0, 2).join(' ');
  const oneWord = positionals[0] ?? '';
  return CLI_COMMANDS.find((command) => command === twoWords || command === oneWord);
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        profile: { type: 'string' },
        name: { type: 'string' },
        roles: { type: 'string' },
        checkpoint: { type: 'string' },
        platform: { type: 'string' },
        url: { type: 'string' },
        at: { type: 'string' },
        audience: { type: 'string' },
        page: { type: 'string' },
        format: { type: 'string' },
        map: { type: 'string' },
        'date-format': { type: 'string' },
        out: { type: 'string' },
        pdf: { type: 'string' },
        items: { type: 'string' },
        decision: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        comment: { type: 'string' },
        categories: { type: 'string' },
        department: { type: 'string' },
        intro: { type: 'boolean' },
        'allow-older': { type: 'boolean' },
        action: { type: 'string' },
        reason: { type: 'string' },
        note: { type: 'string' },
        search: { type: 'string' },
        types: { type: 'string' },
        pages: { type: 'string' },
        // Repeatable (holds add --words "w1" --words "w2"): joined as the comma list each reads.
        words: { type: 'string', multiple: true },
        request: { type: 'string' },
        'redact-third-parties': { type: 'boolean' },
        matter: { type: 'string' },
        records: { type: 'string' },
        type: { type: 'string' },
        trigger: { type: 'string' },
        years: { type: 'string' },
        months: { type: 'string' },
        days: { type: 'string' },
        permanent: { type: 'boolean' },
        authority: { type: 'string' },
        by: { type: 'string' },
        kind: { type: 'string' },
        store: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliUsageError(`${message}. Run social-desk --help for the options.`);
  }
}
