// The scanners' sentence layer (issue 13), each figure beside a baseline from the same run: a full
// scan plus checklist of 2,000 characters of real post text with the sentence layer, beside the
// phrase rules alone, warm and cold, and beside the rules without the sentence model; the wink
// model's one-time load in a fresh child process, beside a parse once it is loaded; and the
// renderer bundle with wink-nlp and its model, beside the same build without them, and beside
// the build without the sentence model's weights. `npm run bench` runs it with the rest; `npx tsx tests/bench/scanners.ts`
// runs it alone.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { draftChecklist } from '../../src/shared/policy/draft-checklist';
import type { DraftCheckContext } from '../../src/shared/policy/draft-checklist';
import { forgetParsedParagraphs } from '../../src/shared/policy/language/analysis';
import { forgetSentenceScores } from '../../src/shared/policy/scanners/sentence-model';
import { ROOT } from '../e2e/paths';
import { type BenchOutput, median, percentile, runAlone } from './measure';

const ms = (value: number) => `${value.toFixed(2)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
const HERE = fileURLToPath(new URL('.', import.meta.url));
const CHILD = join(HERE, 'scanners-child.ts');

/**
 * The development corpora only: the held-out sets (`final/` to `final-6/`) are never read here,
 * so no benchmark run can print or tune on them.
 */
const DEVELOPMENT_CORPORA = ['', 'second/', 'third/', 'fourth/', 'fifth/'] as const;
const DOCUMENT_LENGTH = 2_000;
const TITLE = 'Community update';
const TYPED = 'Thank you for helping keep Riverside safe. ';

/**
 * Documents of `length` characters as people write them: each development corpus's posts one
 * after another, a blank line between them, cut into consecutive pieces, taken from the corpora
 * in turn (the later ones were written blind, the nearest to how people write).
 */
export function corpusDocuments(count: number, length = DOCUMENT_LENGTH): string[] {
  const pieces = DEVELOPMENT_CORPORA.map((folder) => {
    const posts = JSON.parse(
      readFileSync(join(ROOT, 'tests/corpus', folder, 'posts.json'), 'utf8'),
    ) as readonly { readonly text: string }[];
    const stream = posts.map((post) => post.text).join('\n\n');
    const cut: string[] = [];
    for (let at = 0; at + length <= stream.length; at += length)
      cut.push(stream.slice(at, at + length));
    return cut;
  });
  const documents: string[] = [];
  for (
    let round = 0;
    documents.length < count && pieces.some((cut) => round < cut.length);
    round += 1
  )
    for (const cut of pieces) {
      const piece = cut[round];
      if (piece !== undefined && documents.length < count) documents.push(piece);
    }
  return documents;
}

const SENTENCES: DraftCheckContext = {};
const PHRASES_ONLY: DraftCheckContext = { phraseRulesOnly: true };
const WITHOUT_MODEL: DraftCheckContext = { withoutModel: true };
const forgetAll = () => {
  forgetParsedParagraphs();
  forgetSentenceScores();
};

const check = (body: string, context: DraftCheckContext) =>
  draftChecklist({ title: TITLE, body }, undefined, undefined, context);

/**
 * Times `a` and `b` in turns, `runs` times each, swapping which goes first, so drift on a noisy
 * machine falls on both alike; `before` runs untimed before each measurement.
 */
function paired(
  runs: number,
  a: (i: number) => unknown,
  b: (i: number) => unknown,
  before: () => void = () => undefined,
): { a: number[]; b: number[] } {
  const samples = { a: [] as number[], b: [] as number[] };
  const time = (work: (i: number) => unknown, i: number) => {
    before();
    const start = process.hrtime.bigint();
    work(i);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) {
      samples.a.push(time(a, i));
      samples.b.push(time(b, i));
    } else {
      samples.b.push(time(b, i));
      samples.a.push(time(a, i));
    }
  }
  return samples;
}

interface ModelLoad {
  /** Importing wink-nlp and wink-eng-lite-web-model (the model's JSON read and parsed). */
  readonly importMs: number;
  /** The first `analyse` call: wink's pipeline set up from the model, then one parse. */
  readonly firstAnalyseMs: number;
  /** A second, different text of the same length: the parse alone, the model loaded. */
  readonly secondAnalyseMs: number;
}

export function benchScanners({ say, record, quick }: BenchOutput): void {
  const documents = corpusDocuments(40);
  const next = (i: number) => documents[i % documents.length] ?? '';
  say(
    `scanners on ${documents.length} pieces of ${DOCUMENT_LENGTH.toLocaleString()} characters of development-corpus posts (target: under 25 ms median with the sentence layer):`,
  );

  // Warm: every paragraph already parsed (a checklist re-run over text it has seen). Each run
  // takes the next piece, so the whole-text memo never answers and every paragraph is looked up.
  for (let pass = 0; pass < 3; pass += 1)
    for (const document of documents) {
      check(document, SENTENCES);
      check(document, PHRASES_ONLY);
    }
  const warm = paired(
    quick ? 200 : 1000,
    (i) => check(next(i), SENTENCES),
    (i) => check(next(i), PHRASES_ONLY),
  );
  // Cold: nothing parsed before each run, as for a pasted document or the main process's gate.
  const cold = paired(
    quick ? 60 : 240,
    (i) => check(next(i), SENTENCES),
    (i) => check(next(i), PHRASES_ONLY),
    forgetAll,
  );
  // A key press at the end of a piece: its last paragraph is new, the others are cached. The
  // typed words grow by one character a run, so no run finds its last paragraph parsed.
  forgetParsedParagraphs();
  for (const document of documents) check(document, SENTENCES);
  const typed = TYPED.repeat(10);
  const key = paired(
    quick ? 100 : 200,
    (i) => check(`${next(i)}${typed.slice(0, i + 1)}`, SENTENCES),
    (i) => check(`${next(i)}${typed.slice(0, i + 1)}`, PHRASES_ONLY),
  );
  for (const [label, name, samples] of [
    ['warm (paragraphs parsed before)', 'warm', warm],
    ['cold (parsed paragraphs forgotten before each run)', 'cold', cold],
    ['one key typed at the end (its paragraph parsed again)', 'key', key],
  ] as const) {
    record(`scanner_2000_${name}_median_ms`, median(samples.a));
    record(`scanner_2000_${name}_p99_ms`, percentile(samples.a, 99));
    record(`scanner_2000_${name}_phrase_only_median_ms`, median(samples.b));
    record(`scanner_2000_${name}_phrase_only_p99_ms`, percentile(samples.b, 99));
    const ratio = record(`ratio_scanner_2000_${name}`, median(samples.a) / median(samples.b));
    say(
      `  scan + checklist, ${label}: median ${ms(median(samples.a))}, p99 ${ms(percentile(samples.a, 99))}; phrase rules alone: median ${ms(median(samples.b))}, p99 ${ms(percentile(samples.b, 99))} (${ratio.toFixed(2)}x)`,
    );
  }

  // The sentence model's share: the same cold runs with its weights and without them.
  const model = paired(
    quick ? 60 : 240,
    (i) => check(next(i), SENTENCES),
    (i) => check(next(i), WITHOUT_MODEL),
    forgetAll,
  );
  record('scanner_2000_cold_without_sentence_model_median_ms', median(model.b));
  const share = record(
    'ratio_scanner_2000_cold_to_without_sentence_model',
    median(model.a) / median(model.b),
  );
  say(
    `  scan + checklist, cold, with the sentence model: median ${ms(median(model.a))}; the rules without it: median ${ms(median(model.b))} (${share.toFixed(2)}x)`,
  );

  // The model's one-time load, in a fresh process: nothing of wink imported or set up before.
  const [first = '', second = ''] = documents;
  const load = JSON.parse(
    execFileSync(process.execPath, ['--import', 'tsx', CHILD, 'model-load'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: JSON.stringify([first, second]),
    }),
  ) as ModelLoad;
  const once = load.importMs + load.firstAnalyseMs;
  record('model_import_ms', load.importMs);
  record('model_first_analyse_ms', load.firstAnalyseMs);
  record('model_load_ms', once);
  record('model_second_analyse_ms', load.secondAnalyseMs);
  say(
    `  model load in a fresh process (import ${ms(load.importMs)} + first analyse of 2,000 characters ${ms(load.firstAnalyseMs)}): ${ms(once)}; a second 2,000 characters parsed: ${ms(load.secondAnalyseMs)} (${(once / load.secondAnalyseMs).toFixed(0)}x)`,
  );
}

interface Chunk {
  readonly name: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly hasModel: boolean;
  readonly hasWink: boolean;
}

/** The chunk's name without its content hash: "checklist-worker", "index". */
const stem = (file: string) => file.replace(/-[\w-]{8}\.js$/, '');

/** Strings only wink's own code holds; minifiers keep string literals, and this build keeps all. */
const MODEL_MARK = 'Unsupproted browser or node.js version';
const WINK_MARK = 'wink-nlp: invalid model used';

function chunksOf(folder: string): Chunk[] {
  const assets = join(folder, 'renderer', 'assets');
  return readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => {
      const code = readFileSync(join(assets, file));
      const text = code.toString('utf8');
      return {
        name: stem(file),
        bytes: code.length,
        gzipBytes: gzipSync(code).length,
        hasModel: text.includes(MODEL_MARK),
        hasWink: text.includes(WINK_MARK),
      };
    });
}

const sum = (chunks: readonly Chunk[], field: 'bytes' | 'gzipBytes') =>
  chunks.reduce((total, chunk) => total + chunk[field], 0);

/**
 * The renderer as electron-vite builds it, twice in this run into temporary folders: as it is,
 * and with wink-nlp and its model replaced by an empty module; the difference is their share.
 */
export async function benchRendererBundle({ say, record }: BenchOutput): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'social-desk-bundle-'));
  try {
    const build = (folder: string, ...flags: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', CHILD, 'build', folder, ...flags], {
        cwd: ROOT,
        stdio: 'ignore',
      });
    build(join(root, 'with'));
    build(join(root, 'without'), '--no-wink');
    build(join(root, 'no-sentence-model'), '--no-sentence-model');
    const withWink = chunksOf(join(root, 'with'));
    const without = chunksOf(join(root, 'without'));
    const noModel = chunksOf(join(root, 'no-sentence-model'));
    const bytes = sum(withWink, 'bytes');
    const gzip = sum(withWink, 'gzipBytes');
    const baseBytes = sum(without, 'bytes');
    const baseGzip = sum(without, 'gzipBytes');
    record('renderer_js_bytes', bytes);
    record('renderer_js_gzip_bytes', gzip);
    record('renderer_js_bytes_without_wink', baseBytes);
    record('renderer_js_gzip_bytes_without_wink', baseGzip);
    record('ratio_renderer_js_to_without_wink', bytes / baseBytes);
    say(
      `renderer bundle (JS, not minified, as electron-vite builds it): ${mib(bytes)}, gzip ${mib(gzip)}; the same build without wink-nlp and its model: ${mib(baseBytes)}, gzip ${mib(baseGzip)} (${(bytes / baseBytes).toFixed(2)}x; grows ${mib(bytes - baseBytes)}, gzip ${mib(gzip - baseGzip)})`,
    );
    const modelBytes = bytes - sum(noModel, 'bytes');
    const modelGzip = gzip - sum(noModel, 'gzipBytes');
    record('renderer_js_sentence_model_bytes', modelBytes);
    record('renderer_js_sentence_model_gzip_bytes', modelGzip);
    say(
      `  the sentence model's weights (the same build with none): ${mib(modelBytes)}, gzip ${mib(modelGzip)} (${((100 * modelBytes) / bytes).toFixed(1)}% of the bundle)`,
    );
    for (const chunk of withWink) {
      const base = without.find((other) => other.name === chunk.name);
      const key = chunk.name.replace(/\W/g, '_');
      record(`renderer_chunk_${key}_bytes`, chunk.bytes);
      record(`renderer_chunk_${key}_gzip_bytes`, chunk.gzipBytes);
      record(`renderer_chunk_${key}_has_model`, chunk.hasModel ? 1 : 0);
      if (base) record(`renderer_chunk_${key}_bytes_without_wink`, base.bytes);
      const where = chunk.name === 'checklist-worker' ? 'the worker' : 'the page';
      say(
        `  ${chunk.name} (${where}): ${mib(chunk.bytes)}, gzip ${mib(chunk.gzipBytes)}; without wink ${base ? `${mib(base.bytes)}, gzip ${mib(base.gzipBytes)}` : 'no such chunk'}; the model ${chunk.hasModel ? 'is in it' : 'is not in it'}${chunk.hasWink ? '' : ', nor wink-nlp'}`,
      );
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  await runAlone(async (output) => {
    benchScanners(output);
    await benchRendererBundle(output);
  });
