import { parseArgs } from 'node:util';
import { APP_VERSION } from '../app-version';
import { defaultDataFolder, existingDataFolder } from '../data-folder';
import { DraftService } from '../drafts/draft-service';
import { USAGE } from './usage';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

class UsageError extends Error {}

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
    const command = positionals.join(' ');
    const dataFolder = values.data ?? defaultDataFolder();
    switch (command) {
      case 'drafts list': {
        const drafts = await DraftService.open(await existingDataFolder(dataFolder));
        io.out(JSON.stringify(drafts.list(), null, 2));
        return 0;
      }
      default:
        throw new UsageError(
          `Unknown command "${command}". Run social-desk --help for the commands.`,
        );
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`social-desk: ${message}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${message}. Run social-desk --help for the options.`);
  }
}
