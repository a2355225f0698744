// Scores the scanners on one development corpus, for people working on a rule:
//   npx tsx tests/scanners/score-corpus.ts sixth/ [kind]      (V=1 lists misses and false alarms)
// It refuses the held-out sets: looking at what they miss would make them development data.
import { loadCorpus, scoreCorpus } from './corpus-score';

type Folder = Parameters<typeof loadCorpus>[0];
const folder = process.argv[2] ?? '';
if (folder.startsWith('final')) {
  console.error('The held-out sets are not scored here: tune on the development corpora only.');
  process.exit(2);
}
const only = process.argv[3];
const result = scoreCorpus(loadCorpus(folder as Folder));
for (const k of result.kinds) {
  if (only && k.kind !== only) continue;
  console.log(
    `${k.kind.padEnd(20)} recall ${k.recall.toFixed(2)} (${k.recalled}/${k.expected})  precision ${k.precision.toFixed(2)} (${k.correct}/${k.found})`,
  );
  if (process.env['V']) {
    for (const miss of k.misses) console.log(`   missed       ${miss}`);
    for (const alarm of k.falseAlarms) console.log(`   false alarm  ${alarm}`);
  }
}
console.log(`clean posts raising any finding: ${result.noisyCleanPosts}/${result.cleanPosts}`);
