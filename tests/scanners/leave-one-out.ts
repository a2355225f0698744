// How the sentence model reads text it never learned from, on development data alone: each
// development set in turn is left out of training, then
//   - the model alone is scored sentence by sentence on it (kinds as listed, or all it reads);
//   - the scanners, rules and that model together, are scored on it span by span.
//   npx tsx tests/scanners/leave-one-out.ts [from-folder] [kind,kind]   (from sixth/: later sets)
// The rule examples are learned in every fold; the rules were written against every set, so the
// joint figures are kind to the rules. The held-out sets are never scored here (the trainer reads
// their texts only to keep them out of the rule examples).
import {
  type Row,
  TRAINING_SETS,
  logisticRegression,
  modelOf,
  ruleExamples,
  rowsOf,
  setEntries,
} from '../../scripts/train-sentence-model';
import { MODEL_KINDS } from '../../src/shared/policy/scanners/sentence-model-shape';
import { replaceSentenceModel } from '../../src/shared/policy/scanners/sentence-model';
import { loadCorpus, scoreCorpus } from './corpus-score';

type Tally = { expected: number; recalled: number; found: number; correct: number };
const add = (totals: Map<string, Tally>, kind: string, more: Tally) => {
  const t = totals.get(kind) ?? { expected: 0, recalled: 0, found: 0, correct: 0 };
  for (const key of ['expected', 'recalled', 'found', 'correct'] as const) t[key] += more[key];
  totals.set(kind, t);
};
const print = (title: string, totals: Map<string, Tally>) => {
  console.log(title);
  for (const [kind, t] of totals)
    console.log(
      `  ${kind.padEnd(20)} recall ${(t.recalled / t.expected).toFixed(2)} (${t.recalled}/${t.expected})  precision ${(t.correct / t.found).toFixed(2)} (${t.correct}/${t.found})`,
    );
};

const from = Math.max(TRAINING_SETS.indexOf((process.argv[2] ?? '') as never), 0);
const kinds = process.argv[3]?.split(',') ?? [...MODEL_KINDS];
const examples = ruleExamples();
const exampleRows = examples.flatMap(rowsOf);
const alone = new Map<string, Tally>();
const joint = new Map<string, Tally>();
let noisy = 0;
let clean = 0;
for (const left of TRAINING_SETS.slice(from)) {
  const kept = TRAINING_SETS.filter((set) => set !== left);
  const rows: Row[] = [...kept.flatMap(setEntries).flatMap(rowsOf), ...exampleRows];
  const heldRows = setEntries(left).flatMap(rowsOf);
  // Each kind is trained once a fold: its weights score the model alone and then join the rules.
  const trained = new Map<string, Map<string, number>>(
    MODEL_KINDS.map((kind) => [kind, logisticRegression(rows, kind)]),
  );
  for (const kind of kinds) {
    const weights = trained.get(kind) ?? new Map<string, number>();
    const tally = { expected: 0, recalled: 0, found: 0, correct: 0 };
    for (const row of heldRows) {
      let z = 0;
      for (const f of row.features) z += weights.get(f) ?? 0;
      const flagged = 1 / (1 + Math.exp(-z)) > 0.5;
      const labelled = row.labelled.has(kind);
      tally.expected += labelled ? 1 : 0;
      tally.recalled += labelled && flagged ? 1 : 0;
      tally.found += flagged ? 1 : 0;
      tally.correct += labelled && flagged ? 1 : 0;
    }
    add(alone, kind, tally);
  }
  replaceSentenceModel(
    modelOf(kept, rows, (kind) => trained.get(kind) ?? new Map<string, number>()),
  );
  const result = scoreCorpus(loadCorpus(left));
  for (const k of result.kinds) add(joint, k.kind, k);
  noisy += result.noisyCleanPosts;
  clean += result.cleanPosts;
  console.error(`left out ${left || 'main'}`);
}
replaceSentenceModel(undefined);
print('the model alone, by sentence:', alone);
print('rules and model, by span:', joint);
console.log(`clean posts raising any finding: ${noisy}/${clean}`);
