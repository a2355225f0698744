import type { Sentence, Word } from './analysis';

/**
 * What a crime looks like as a predicate, for the rules that ask "does this clause say somebody
 * did it": a verb of the crime ("robbed", "has been tagging"), a phrasal one ("broke into", "held
 * up", "set the fire"), or a light verb with a crime for its object ("did the graffiti", "made the
 * threat", "took $3k out of the register"). Read from lemmas and word shapes, not the tagger's
 * part of speech alone: wink tags "spray-painting" and "teen" as nouns and adjectives now and then.
 */

/** Verbs that, done by a specific person, say that person committed a crime. */
export const CRIME_VERBS: ReadonlySet<string> = new Set([
  'rob',
  'steal',
  'kill',
  'murder',
  'shoot',
  'stab',
  'burglarize',
  'burglarise',
  'burgle',
  'assault',
  'attack',
  'rape',
  'molest',
  'carjack',
  'hijack',
  'kidnap',
  'abduct',
  'torch',
  'firebomb',
  'vandalize',
  'vandalise',
  'deface',
  'scam',
  'defraud',
  'embezzle',
  'extort',
  'blackmail',
  'swindle',
  'forge',
  'launder',
  'shoplift',
  'pickpocket',
  'jump',
  'beat',
  'punch',
  'strangle',
  'choke',
  'loot',
  'tag',
  'swipe',
  'snatch',
  'mug',
  'poison',
  'smuggle',
  'traffic',
  'trash',
  'ransack',
  'hit',
  'burn',
  'stalk',
  'harass',
  'threaten',
  'slash',
  'smash',
  // street words for stealing and cheating: "been jacking converters", "boosted a car", "conned her"
  'jack',
  'boost',
  'con',
]);

/** Nouns of a crime a light verb can take: "did the graffiti", "made the threat", "caused the crash". */
const CRIME_OBJECTS = new Set([
  'graffiti',
  'tagging',
  'threat',
  'threats',
  'robbery',
  'robberies',
  'burglary',
  'burglaries',
  'break-in',
  'break-ins',
  'shooting',
  'shootings',
  'stabbing',
  'murder',
  'murders',
  'killing',
  'crash',
  'wreck',
  'fire',
  'fires',
  'theft',
  'thefts',
  'heist',
  'carjacking',
  'attack',
  'assault',
  'vandalism',
  'damage',
  'hit-and-run',
  'scam',
  'fraud',
  'crime',
  'crimes',
  'deed',
]);

/** What a light verb may take between it and the crime noun: "did the graffiti", "made those threats". */
const DETERMINER = /^(?:the|that|this|these|those|all|both|a|an|his|her|their)$/;

/** What money looks like as an object: "$3k", "the cash", "her purse". */
const MONEY =
  /^(?:\$.*|money|cash|wallet|wallets|purse|purses|register|till|savings|funds|donations|tips)$/;

/** Irregular pasts the tagger now and then reads as nouns ("who shot him": shot/NOUN). */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map([
  ['shot', 'shoot'],
  ['stole', 'steal'],
  ['took', 'take'],
  ['held', 'hold'],
  ['broke', 'break'],
  ['ran', 'run'],
  ['threw', 'throw'],
  ['sold', 'sell'],
  ['dealt', 'deal'],
  ['made', 'make'],
  ['did', 'do'],
  ['set', 'set'],
  ['hit', 'hit'],
  ['beat', 'beat'],
  ['slew', 'slay'],
]);

/** A past form the tagger may have missed: "shot", "stole", "set". */
export function isIrregularPast(word: Word): boolean {
  return IRREGULAR_PAST.has(word.lower);
}

/** Things people own that a street verb can take or damage: "keyed my car", "lifted the bikes". */
const PROPERTY =
  /^(?:cars?|trucks?|vans?|vehicles?|bikes?|bicycles?|scooters?|phones?|laptops?|packages?|parcels?|tools?|jewelry|jewellery|rings?|watch|tvs?|converters?|tires?|tyres?|mail)$/;

/** Dictionary forms a word could have: the tagger's lemma, and the stem without -ing/-ed. */
function stems(word: Word): string[] {
  const out = [word.lemma, word.lower, IRREGULAR_PAST.get(word.lower) ?? word.lemma];
  const bare = word.lower.replace(/(?:ing|ed)$/, '');
  if (bare !== word.lower) {
    out.push(bare, `${bare}e`);
    // "robbing" → "robb" → "rob", "tagged" → "tagg" → "tag"
    if (/(.)\1$/.test(bare)) out.push(bare.slice(0, -1));
  }
  return out;
}

/** The crime verb a word is, as a verb (not "the shooting", "a robbery"). */
export function crimeLemma(word: Word): string | undefined {
  if (word.pos === 'DET' || word.pos === 'ADP' || word.pos === 'PUNCT') return undefined;
  return stems(word).find((s) => CRIME_VERBS.has(s));
}

/** A past form or a progressive one, whatever the tagger thought: "robbed", "stole", "tagging". */
export function isDoneForm(word: Word): boolean {
  if (/(?:ed|ing)$/.test(word.lower)) return true;
  return word.pos === 'VERB' && word.lower !== word.lemma && !/(?:en|s)$/.test(word.lower);
}

/** A simple past ("robbed", "shot"); not a participle in "-en" ("stolen", "beaten"), which is passive. */
export function isPast(word: Word): boolean {
  return word.pos === 'VERB' && word.lower !== word.lemma && !/(?:ing|en|s)$/.test(word.lower);
}

/**
 * Where the crime predicate that starts at word `at` ends (its last word's index), or undefined
 * when the words there do not name a crime. `at` is the verb; a "spray" before "painting" and a
 * hyphen between them are taken as one verb.
 */
export function crimePredicateEnd(sentence: Sentence, at: number): number | undefined {
  const words = sentence.words;
  const verb = words[at];
  if (!verb) return undefined;
  const next = words[at + 1];
  const lemmas = stems(verb);
  const has = (l: string) => lemmas.includes(l);
  // "spray painting", "spray-painting", "spray painted"
  if (verb.lower === 'spray') {
    const paint = next?.text === '-' ? words[at + 2] : next;
    if (paint && /^paint/.test(paint.lower)) return next?.text === '-' ? at + 2 : at + 1;
    return undefined;
  }
  if (crimeLemma(verb) !== undefined) {
    // "hit a home run", "beat the traffic": a crime verb that is also everyday speech stays a
    // crime only with a person or property after it; the rest ("shot", "robbed") on its own.
    return at;
  }
  // "broke into", "broke in", "held up the store", "set the fire", "set fire to", "pulled the
  // trigger", "pulled off the heist", "ran over", "took off with"
  if (has('break') && /^(?:into|in)$/.test(next?.lower ?? '')) return at + 1;
  if (has('hold') && next?.lower === 'up') return at + 1;
  if (has('set') && /^(?:fire|fires|the|that|those)$/.test(next?.lower ?? '')) {
    if (next?.lower === 'fire' || next?.lower === 'fires') return at + 1;
    const object = words[at + 2];
    if (object && /^(?:fire|fires|blaze)$/.test(object.lower)) return at + 2;
  }
  if (has('pull')) {
    const k = words.slice(at + 1, at + 3).findIndex((w) => /^(?:off|trigger)$/.test(w.lower));
    if (k !== -1) return at + 1 + k;
  }
  if (has('run') && next?.lower === 'over') return at + 1;
  // "ripped off three old ladies", "ripped them off"
  if (has('rip') && (next?.lower === 'off' || words[at + 2]?.lower === 'off'))
    return next?.lower === 'off' ? at + 1 : at + 2;
  if (has('throw')) {
    // "throwing rocks at cars", "threw a brick through the window"
    const k = words.slice(at + 1, at + 5).findIndex((w) => /^(?:at|through|into)$/.test(w.lower));
    if (k !== -1) return at + 1 + k;
  }
  // "sold drugs", "dealing fentanyl"
  if ((has('sell') || has('deal') || has('push')) && drugWord(next ?? verb, words[at + 2])) {
    return at + 1;
  }
  // Taking a part off somebody's property: "cutting converters off cars", "pried the plaques off
  // the benches", "stripped the copper out of the house", "siphoned gas from the trucks"
  // ("saw" is the past of "see" as often as a saw: only "sawed", "sawing" count)
  if (
    ['cut', 'pry', 'strip', 'unbolt', 'siphon', 'yank'].some(has) ||
    (has('saw') && verb.lower !== 'saw')
  ) {
    for (let k = at + 1; k <= at + 5 && k < words.length; k += 1) {
      const w = words[k];
      if (!w || w.pos === 'PUNCT' || w.pos === 'VERB') break;
      if (/^(?:off|from|out)$/.test(w.lower) && k > at + 1) return k;
    }
    return undefined;
  }
  // "keyed my car", "lifted those bikes", "pinched a wallet": an everyday verb, a crime only with
  // somebody's property after it
  if (has('key') || has('lift') || has('pinch') || has('nick')) {
    for (let k = at + 1; k <= at + 4 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      if (PROPERTY.test(w.lower) || MONEY.test(w.lower)) return k;
      if (!DETERMINER.test(w.lower) && w.pos !== 'NUM' && w.pos !== 'ADJ' && w.pos !== 'PRON')
        break;
    }
    return undefined;
  }
  // "took $3k out of my aunt's register", "grabbed the cash"
  if (has('take') || has('grab') || has('pocket') || has('drain')) {
    for (let k = at + 1; k <= at + 4 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      if (MONEY.test(w.lower) || (has('drain') && /^accounts?$/.test(w.lower))) return k;
      if (!DETERMINER.test(w.lower) && w.pos !== 'NUM' && w.pos !== 'ADJ' && w.pos !== 'SYM') break;
    }
    return undefined;
  }
  // "did the graffiti", "made the threat", "caused the crash", "started the fire", "committed the
  // robbery", "did those break-ins"
  if (has('do') || has('make') || has('cause') || has('start') || has('commit') || has('carry')) {
    let k = at + 1;
    if (has('carry') && words[k]?.lower === 'out') k += 1;
    if (has('commit') && words[k] && words[k]?.pos !== 'PUNCT') return k;
    while (k <= at + 4 && k < words.length && DETERMINER.test(words[k]?.lower ?? '')) k += 1;
    // "made the threat" is the crime in question; "has made threats" describes a risk
    if (has('make') && !/^(?:the|that|this|those|these)$/.test(words[k - 1]?.lower ?? ''))
      return undefined;
    const object = objectNoun(words, k);
    if (object !== undefined) return object;
  }
  return undefined;
}

/** The crime noun at `k` (or "break-in" split in three words), by its last index. */
function objectNoun(words: readonly Word[], k: number): number | undefined {
  const w = words[k];
  if (!w) return undefined;
  if (w.lower === 'break' && words[k + 1]?.text === '-' && /^ins?$/.test(words[k + 2]?.lower ?? ''))
    return k + 2;
  if (
    w.lower === 'hit' &&
    words[k + 1]?.text === '-' &&
    words[k + 2]?.lower === 'and' &&
    words[k + 4]?.lower === 'run'
  )
    return k + 4;
  return CRIME_OBJECTS.has(w.lower) ? k : undefined;
}

const DRUGS =
  /^(?:drugs|dope|meth|fentanyl|heroin|cocaine|coke|crack|weed|pills|oxy|narcotics|pot)$/;

function drugWord(word: Word, after: Word | undefined): boolean {
  return DRUGS.test(word.lower) || (word.pos === 'DET' && DRUGS.test(after?.lower ?? ''));
}
