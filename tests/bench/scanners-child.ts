// The scanners benchmark's work that must start fresh (tests/bench/scanners.ts):
//   model-load             the sentence layer's first use in a new process, two texts on stdin;
//   build FOLDER [--no-wink | --no-sentence-model]  the app built by electron-vite into FOLDER,
//                          with wink-nlp and its model replaced by an empty module, or the
//                          sentence model's weights by none, when asked (the bundle's baselines).
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const [mode, folder = '', flag] = process.argv.slice(2);

async function modelLoad(): Promise<void> {
  const [first = '', second = ''] = JSON.parse(readFileSync(0, 'utf8')) as string[];
  const start = performance.now();
  await import('wink-nlp');
  await import('wink-eng-lite-web-model');
  const imported = performance.now();
  // The project's own modules, compiled by tsx on import: not part of the model's cost.
  const { analyse } = await import('../../src/shared/policy/language/analysis');
  const ready = performance.now();
  analyse(first);
  const firstDone = performance.now();
  analyse(second);
  const secondDone = performance.now();
  process.stdout.write(
    JSON.stringify({
      importMs: imported - start,
      firstAnalyseMs: firstDone - ready,
      secondAnalyseMs: secondDone - firstDone,
    }),
  );
}

const WINK = new Set(['wink-nlp', 'wink-eng-lite-web-model']);

/** wink-nlp and its model as an empty module, in the page's bundle and the worker's alike. */
const noWink = (): Plugin => ({
  name: 'bench:no-wink',
  enforce: 'pre',
  resolveId: (id) => (WINK.has(id) ? `\0no-wink:${id}` : undefined),
  load: (id) =>
    id.startsWith('\0no-wink:')
      ? 'export default function absent() { throw new Error("built without wink"); }'
      : undefined,
});

/** The sentence model with no weights: what its weights add to a bundle. */
const noSentenceModel = (): Plugin => ({
  name: 'bench:no-sentence-model',
  enforce: 'pre',
  load: (id) =>
    id.endsWith('/sentence-model.json')
      ? JSON.stringify({
          trainedOn: [],
          sentences: 1,
          threshold: 0.5,
          kinds: {
            'guilt-or-innocence': {},
            'pending-prosecution': {},
            political: {},
            commercial: {},
          },
        })
      : undefined,
});

async function buildApp(): Promise<void> {
  const { build } = await import('electron-vite');
  const strip =
    flag === '--no-wink' ? noWink : flag === '--no-sentence-model' ? noSentenceModel : undefined;
  await build({
    configFile: 'electron.config.ts',
    logLevel: 'silent',
    build: { outDir: folder },
    plugins: strip ? [strip()] : [],
    worker: strip ? { plugins: () => [strip()] } : {},
  });
}

if (mode === 'model-load') await modelLoad();
else if (mode === 'build' && folder !== '') await buildApp();
else
  throw new Error(
    'usage: scanners-child.ts model-load | build FOLDER [--no-wink | --no-sentence-model]',
  );
