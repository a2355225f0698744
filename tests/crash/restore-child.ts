// A restore for the interrupted-restore test: it holds the writer lock as the CLI does, and at the
// named step it either kills itself with SIGKILL (a power cut or `kill -9` mid-swap) or pauses
// until the test kills it (to show that recovery leaves a live restore alone).
import { restoreDataFolder } from '../../src/main/records/restore';
import { lockDataFolder } from '../../src/main/storage/data-folder-lock';

const [folder = '', backup = '', stopAt = '', how = 'kill'] = process.argv.slice(2);
await lockDataFolder(folder, 'social-desk restore');
const result = await restoreDataFolder(folder, backup, {
  by: { id: 'crash-test' },
  allowOlder: true,
  atStep: async (step) => {
    process.stdout.write(`step ${step}\n`);
    if (step !== stopAt) return;
    if (how === 'kill') process.kill(process.pid, 'SIGKILL');
    // Paused: an interval keeps the process alive until the test kills it.
    setInterval(() => undefined, 1000);
    await new Promise<never>(() => undefined);
  },
});
process.stdout.write(`done ${result.recorded.seq}\n`);
