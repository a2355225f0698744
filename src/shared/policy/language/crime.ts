import type { Sentence, Word } from './analysis';

/**
 * What a crime looks like as a predicate, for the rules that ask "does this clause say somebody
 * did it": a verb of the crime ("robbed", "has been tagging"), a phrasal one ("broke into", "held
 * up", "set the fire"), or a light verb with a crime for its object ("did the graffiti", "made the
 * threat", "took $3k out of the register"). Read from lemmas and word shapes, not the tagger's
 * part of speech alone: wink tags "spray-painting" and "teen" as nouns and adjectives now and then.
 */

/**
 * A text that tells of a crime or a case, where "he's our guy", "she would never" and a deed's
 * idiom ("caught with her hand in the cookie jar") speak of one, not of a game or a bake sale.
 */
export const CRIME_TOLD =
  /\b(?:arrest\w*|suspects?|accused|charged|charges|indict\w*|custody|jail|crimes?|robb\w*|shoot\w*|shot|stole|stolen|steal(?:ing|ers?)?|theft|burglar\w*|assault\w*|killed|murder\w*|break-ins?|scam\w*|fraud|embezzl\w*|arson\w*|felon\w*|bomb\s+threats?)\b/i;

/** A crime or an arrest told in Spanish: a Spanish comment tells its deed in its own words. */
export const SPANISH_CRIME_TOLD =
  /(?<![\p{L}])(?:rob(?:o|os|ó|aron|ado|ada|ados|adas|ando|ar|arle|arlo|arla|arles|a|an|aba|aban|e|en|ará|arán)|ladr[oó]n\p{L}*|arrest\p{L}*|detenid\p{L}*|acusad\p{L}*|homicidio|asesin\p{L}*|naval?ja|cuchillo|pistola|catalizador)(?![\p{L}])/iu;

/** The objects after "the" that make a crime's verb an everyday saying. */
const EVERYDAY_SAYING = new Map<string, RegExp>([
  ['beat', /^(?:heat|traffic|rush|odds|clock|record|buzzer|crowds?|cold|lines?|deadline)$/],
  [
    'hit',
    /^(?:brakes|road|gym|trails?|beach|books|jackpot|lights?|snooze|town|slopes|links|pool|stores?|panic|alarm|button|send|emergency)$/,
  ],
  ['jump', /^(?:creek|gun|line|queue|shark|fence)$/],
  ['smash', /^(?:record|pumpkin|piñata|pinata)$/],
  // "Coach Ortega stole the show"
  ['steal', /^(?:show|spotlight|limelight|scene|headlines?)$/],
]);

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
  // cheating people of their money, however it is told: "bilked retirees", "fleeced the church"
  'bilk',
  'fleece',
  'dupe',
  // blows and weapons, however they are spelled out: "pistol-whipped the clerk", "knifed him"
  'pistol-whip',
  'bludgeon',
  'batter',
  'pummel',
  'maim',
  'shank',
  'knife',
  'stomp',
  'bash',
  'grope',
  'fondle',
  'poach',
  'trespass',
  // making a place or people live in fear, or taking by stealth: "terrorized the block for
  // months", "menaced shoppers", "pilfered the collection plate"
  'terrorize',
  'terrorise',
  'menace',
  'ambush',
  'pilfer',
  'filch',
  'plunder',
  'abuse',
  // a vehicle used as a weapon: "rammed her car twice"
  'ram',
  'torture',
  // "the same dude that shoved my mom at the Ward 3 meeting" (round eighteen)
  'shove',
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
  // a fight or a blaze is the deed too: "started the whole fight", "set the dumpster fire"
  'fight',
  'fights',
  'brawl',
  'riot',
  'blaze',
  'arson',
  'rampage',
  'spree',
  'beating',
  'holdup',
  'hold-up',
  'looting',
]);

/** What a person hurts with: "swung the broken bottle", "pointed a loaded gun at a driver". */
const WEAPONS =
  /^(?:guns?|pistols?|handguns?|rifles?|shotguns?|firearms?|knife|knives|blades?|machetes?|bottles?|bats?|bricks?|hammers?|crowbars?|pipes?|rocks?|axes?|taser|pepper|mace)$/;

/** Verbs of using a weapon on somebody: with a weapon for their object they are the assault. */
const WIELD = [
  'swing',
  'point',
  'wave',
  'brandish',
  'aim',
  'wield',
  'draw',
  'pull',
  'raise',
  'use',
  'hold',
  'press',
  'put',
  'jab',
  'stick',
  'fire',
  'shove',
  'pull',
  // a weapon thrown: "threw the bottle that cut the bouncer", "hurled a brick through the window"
  'throw',
  'hurl',
];

/** What a drink is, that a spiked one is a drugging: "spiked her margarita". */
const DRINKS =
  /^(?:drinks?|margaritas?|cocktails?|beers?|wine|cups?|glass|sodas?|punch|shots?|coffee|tea|water|martinis?|bottles?)$/;

/** Whom a driver runs down: "ran down a woman on a bike", "ran down that poor kid". */
const STRUCK =
  /^(?:him|her|them|woman|women|man|men|kid|kids|child|children|boy|girl|cyclist|biker|pedestrian|jogger|walker|student|teen|teenager|lady|guy|officer|deputy|neighbou?r|grandma|grandpa|mom|dad|person|people|crossing\s+guard)$/;

/** People bound or hurt, the elderly among them: "tied up a 78-year-old woman", "grandparents". */
const STRUCK_OR_ELDERS = new RegExp(
  `${STRUCK.source.slice(0, -2)}|grandparents|grandmother|grandfather|couple|family|residents|owners|clerks?|employees|victims?|them|him|her)$`,
);

/**
 * The person tied up, within five words after "up": "tied up a 78 year old woman"; the search stops
 * at a thing, a conjunction or a verb ("tied up the boat while the kids swam"). Its index, or -1.
 */
function boundPerson(words: readonly Word[], from: number): number {
  for (let k = from; k < from + 5 && k < words.length; k += 1) {
    const w = words[k];
    if (!w) break;
    if (STRUCK_OR_ELDERS.test(w.lower)) return k;
    // "a 78 year old woman", "a 78-year-old woman": an age before the person
    if (/^(?:year|years|old|-)$/.test(w.lower)) continue;
    if (/^(?:NOUN|PROPN|VERB|CCONJ|SCONJ|PUNCT)$/.test(w.pos)) break;
  }
  return -1;
}

/** What a person is left in by an assault: "left Mr. Abernathy bleeding", "left him for dead". */
const HARMED =
  /^(?:bleeding|dead|unconscious|injured|hurt|paralyzed|paralysed|dying|bloodied|broken)$/;

/** Lying where a person fell: "left Mrs. Albright lying in the road", "left him lying there". */
const LEFT_LYING = /^(?:lying|laying|lay|sprawled|stranded|crumpled)$/;

/** What a thief leaves with: "walked out with the register drawer", "ran off with two bikes". */
const LOOT =
  /^(?:drawer|drawers|goods|merchandise|items|loot|stolen|tags|bags?|purses?|keys|jars?|donations?|boxes|crates?|electronics|bottles|liquor|tvs?|\$.*)$/;

/** Words of an amount before money: "more than $90,000", "at least $400", "nearly all the cash". */
const AMOUNT =
  /^(?:more|than|over|nearly|about|almost|around|roughly|at|least|upwards|of|some|all|every|last)$/;

/** What a thief empties: "cleaned out the register", "emptied their fishing-reel case". */
const CONTAINER =
  /^(?:registers?|tills?|cases?|shelves|shelf|displays?|safes?|vaults?|accounts?|drawers?|jars?|tip|donation|donations|lockers?|mailbox|mailboxes|warehouses?|stores?|shops?|collection|offering)$/;

/** What a threat is sent in: "left fourteen voicemails threatening…", "sent texts promising to…". */
const MESSAGES =
  /^(?:voicemails?|messages?|texts?|calls?|notes?|letters?|emails?|posts?|dms?|comments?)$/;

/** What a light verb may take between it and the crime noun: "did the graffiti", "made those threats". */
const DETERMINER = /^(?:the|that|this|these|those|all|both|a|an|his|her|their)$/;

/** What money looks like as an object: "$3k", "the cash", "her purse". */
const MONEY =
  /^(?:\$.*|money|cash|wallet|wallets|purse|purses|register|till|savings|funds?|donations|tips|deposits?|payments?|pensions?|paychecks?|rent|fees)$/;

/**
 * Where a thing is taken from, that makes taking it theft: "lifting boxes off porches", "grabbed
 * phones out of riders' hands", "took packages from doorsteps". Not vehicles or rooms, which a
 * mover or an owner empties as often as a thief.
 */
const HOLDERS =
  /^(?:porch(?:es)?|doorsteps?|stoops?|steps|mailbox(?:es)?|lockers?|shel(?:f|ves)|racks?|hands?|purses?|pockets?|yards?|driveways?|people|homeowners?|customers?|riders?|passengers?|shoppers?|residents?|victims?|seniors?|neighbou?rs?|tourists?|students?|patients?|cars|displays?)$/;

/** What a person is talked or tricked into doing with their money: "into handing over their savings". */
const GIVE = /^(?:hand|give|wire|send|pay|transfer|sign|withdraw|buy|invest|mail|deposit)$/;

/** Verbs of getting somebody to part with money by a lie: "talked shoppers into", "tricked her into". */
const DECEIVE = [
  'talk',
  'trick',
  'con',
  'dupe',
  'fool',
  'pressure',
  'lure',
  'coax',
  'manipulate',
  'scare',
  'sweet-talk',
  'sweettalk',
  'bully',
  'guilt',
];

/** The words of a sentence, as typed. */
const sentenceText = (sentence: Sentence) => sentence.words.map((w) => w.text).join(' ');

/** What is set alight in an arson: "lit the garage", "torched the van". */
const BURNABLE =
  /^(?:garages?|house|houses|home|homes|cars?|trucks?|vans?|building|buildings|shed|sheds|barn|dumpsters?|church|store|porch|fence|apartment|trailer|cabin|school|business|fires?|blaze)$/;

/** What is poured before a fire: "poured the accelerant", "doused the porch in gasoline". */
const ACCELERANT = /^(?:accelerant|gasoline|gas|kerosene|lighter|petrol|diesel|fuel)$/;

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
  ['cut', 'cut'],
  ['slew', 'slay'],
  // "He put six people in the hospital": the past is the present's form
  ['put', 'put'],
  // as comments spell them: "stoled the bikes", "shooted him"
  ['stoled', 'steal'],
  ['stold', 'steal'],
  ['stealed', 'steal'],
  ['shooted', 'shoot'],
  ['swung', 'swing'],
  // "the one who lit it": the tagger reads "lit" as a noun or an adjective
  ['lit', 'light'],
]);

/** A past form the tagger may have missed: "shot", "stole", "set". */
export function isIrregularPast(word: Word): boolean {
  return IRREGULAR_PAST.has(word.lower);
}

/** Things people own that a street verb can take or damage: "keyed my car", "lifted the bikes". */
const PROPERTY =
  /^(?:cars?|trucks?|vans?|vehicles?|bikes?|bicycles?|scooters?|phones?|laptops?|packages?|parcels?|tools?|jewelry|jewellery|rings?|watch|tvs?|converters?|tires?|tyres?|mail)$/;

/** What a chore strips, cuts or siphons off: "stripping old paint off the porch". */
const CHORE_OBJECT =
  /^(?:paint|varnish|wallpaper|stain|finish|bark|branch(?:es)?|limbs?|weeds?|brush|grass|hedges?|ice|snow|water|rust|moss|mud|crust|fat|skin|tape|labels?|stickers?|lids?|caps?)$/;

/** Dictionary forms a word could have: the tagger's lemma, and the stem without -ing/-ed. */
function stems(word: Word): string[] {
  return [word.lemma, ...formsOf(word.lower)];
}

/** Dictionary forms of a lower-case word without a tagger: irregular pasts, -ing and -ed taken off. */
function formsOf(lower: string): string[] {
  const out = [lower];
  const irregular = IRREGULAR_PAST.get(lower);
  if (irregular) out.push(irregular);
  const bare = lower.replace(/(?:ing|ed)$/, '');
  if (bare !== lower) {
    out.push(bare, `${bare}e`);
    // "robbing" → "robb" → "rob", "tagged" → "tagg" → "tag"
    if (/(.)\1$/.test(bare)) out.push(bare.slice(0, -1));
  }
  return out;
}

/**
 * A word that is a crime verb in some form, read from the word alone ("steals", "robbed",
 * "stole"): for text no tagger has read, such as a question's words.
 */
export function isCrimeVerbWord(lower: string): boolean {
  const forms = formsOf(lower);
  // "steals", "robs": the third person's -s
  if (/[^s]s$/.test(lower)) forms.push(lower.slice(0, -1));
  return forms.some((form) => CRIME_VERBS.has(form));
}

/** A noun of a crime or its damage: "fire", "break-in", "theft". */
export function isCrimeNoun(word: Word): boolean {
  return CRIME_OBJECTS.has(word.lower) || CRIME_NOMINALS.has(word.lower);
}

/** Nouns of a deed that take the doer before them: "Tyler's theft of the mower". */
const CRIME_NOMINALS = new Set([
  'theft',
  'robbery',
  'murder',
  'killing',
  'shooting',
  'stabbing',
  'assault',
  'attack',
  'rape',
  'arson',
  'burglary',
  'carjacking',
  'kidnapping',
  'abduction',
  'vandalism',
  'fraud',
  'beating',
  'mugging',
  'molestation',
  'abuse',
  'embezzlement',
  'torching',
  'looting',
  'poisoning',
  'strangling',
]);

/** A noun of the deed ("theft", "shooting"): the doer's possessive before it names the doer. */
export function isCrimeNominal(word: Word): boolean {
  return CRIME_NOMINALS.has(word.lower);
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
  // "pistol-whipped the attendant", "sucker-punched a bouncer"
  if (/^(?:pistol|sucker)$/.test(verb.lower) && next?.text === '-') {
    const second = words[at + 2];
    if (second && (stems(second).includes('whip') || crimeLemma(second) !== undefined))
      return at + 2;
    return undefined;
  }
  // "shot a video of the fire", "shooting hoops": a camera or a game, not a gun
  if (
    has('shoot') &&
    words
      .slice(at + 1, at + 4)
      .some((w) =>
        /^(?:videos?|photos?|pics?|pictures?|footage|film|hoops|pool|baskets?)$/.test(w.lower),
      )
  )
    return undefined;
  // "shooting off fireworks by the fence": no shot at anyone ("shooting fireworks at the
  // officers" still is one)
  if (has('shoot')) {
    const k = words
      .slice(at + 1, at + 4)
      .findIndex((w) => /^(?:fireworks|firecrackers|flares|bottle-rockets)$/.test(w.lower));
    if (k !== -1 && words[at + 2 + k]?.lower !== 'at') return undefined;
  }
  // "tried to kill my officers", "attempted to rob the clerk": the attempt is the crime
  if ((has('try') || has('attempt')) && next?.lower === 'to') {
    return words[at + 2] ? crimePredicateEnd(sentence, at + 2) : undefined;
  }
  // "Our shortstop Mia has stolen 14 bases this season", "stole second": a game's steal; a
  // heart stolen is a pet's or a child's
  if (
    has('steal') &&
    (/^(?:second|third|home|bases?)$/.test(next?.lower ?? '') ||
      // "has stolen our hearts"
      words.slice(at + 1, at + 3).some((w) => /^hearts?$/.test(w.lower)) ||
      words.slice(at + 1, at + 4).some((w) => /^bases?$/.test(w.lower)))
  )
    return undefined;
  // "beat the heat", "hit the brakes", "jump the creek": everyday sayings with a crime's verb
  const sayingObject = words[at + 1]?.lower === 'the' ? words[at + 2]?.lower : undefined;
  if (sayingObject !== undefined && EVERYDAY_SAYING.get(crimeLemma(verb) ?? '')?.test(sayingObject))
    return undefined;
  // "Halvorsen Cold Storage burned", "the barn burned in 2019": a burning, not a burning-down
  if (
    has('burn') &&
    !/^(?:DET|PRON|NOUN|PROPN|NUM|ADJ)$/.test(next?.pos ?? '') &&
    !/^(?:down|up|out)$/.test(next?.lower ?? '')
  )
    return undefined;
  // "They beat a very determined pair from Fire Station 4 11–9 in the third game", "Eastgate
  // beat Northridge 31-7": a game won, told by its score beside its game or a team's name; not
  // "beat a man outside the bar after the Rams game", nor "beat his girlfriend on 4-12"
  if (has('beat') || has('rob')) {
    const said = sentenceText(sentence);
    // a score, not a date ("on 4-12") nor a count ("2-3 times")
    const score = /(?<!\bon\s)\b\d{1,3}\s*[–-]\s*\d{1,3}\b(?!\s*times)/.test(said);
    const game = CONTEST.test(said);
    const rest = words.slice(at + 1, at + 7);
    const personBeaten = rest.slice(0, 3).some((w) => isPersonWord(w) && w.pos !== 'PROPN');
    // "Riverside robbed Northside blind 42-7": a game's "robbed" is its score beside it
    if (has('rob')) {
      if (score && (game || rest.some((w) => w.lower === 'blind'))) return undefined;
    } else {
      // "who beat the Pruett Fire Department 11–4": a team after "the", not "the Walgreens clerk"
      const team = next?.pos === 'PROPN' || (rest[1]?.titlecase === true && !personBeaten);
      if (score && (game || team)) return undefined;
      // "she beat two of them at gin rummy", "beat him for Best in Show", "in the chili
      // cook-off": a game played or a contest held, named straight after the verb's object; not
      // "at the softball game" nor "in the bingo hall", where people are beaten
      const contestAfter = rest.findIndex((w, k) => {
        if (!/^(?:at|in|for)$/.test(w.lower)) return false;
        const after = words
          .slice(at + 2 + k, at + 6 + k)
          .map((x) => x.text)
          .join(' ');
        return (GAME_PLAYED.test(after) || CONTEST_HELD.test(after)) && !VENUE_AFTER.test(after);
      });
      // "U-locks beat cable locks every time": a thing beats a thing; "beat her every time" is
      // a person beaten
      const compared =
        !/^(?:PRON|PROPN|DET)$/.test(next?.pos ?? '') &&
        !personBeaten &&
        [2, 3].some((o) =>
          /^(?:every\s+time|any\s+day|hands\s+down)\b/i.test(
            words
              .slice(at + o, at + o + 2)
              .map((x) => x.text)
              .join(' '),
          ),
        );
      if (contestAfter !== -1 || compared) return undefined;
    }
  }
  // "jumped in after his hat", "jumped out at the cattle guard": a leap, not an attack; a person
  // jumped ("jumped him", "jumped a man") has no word of place between
  if (
    crimeLemma(verb) === 'jump' &&
    LEAPT_WHERE.test(next?.lower ?? '') &&
    // "jumped out at a jogger", "jumped in on him": a person after the place word is attacked
    !words.slice(at + 2, at + 5).some((w) => isPersonWord(w) && w.pos !== 'PROPN')
  )
    return undefined;
  // "Lucy hit her head on the rail", "burned both hands trying to help": a person hurt, told of
  // their own body; "he hit her head on the pavement" is somebody else's
  if (ownHurt(sentence, at)) return undefined;
  // "pushed him onto the tracks", "shoved a rider": a push is an assault on a person, not a cart,
  // a button or a cause (round twenty-four)
  if (has('push')) {
    const object = words.slice(at + 1, at + 4);
    const person = object.findIndex(
      (w, k) =>
        (k === 0 && /^(?:him|her|them|me|us|someone|somebody)$/.test(w.lower)) ||
        (k > 0 &&
          /^(?:a|an|the|that|this|his|her|my|our)$/.test(object[0]?.lower ?? '') &&
          /^(?:man|woman|guy|rider|passenger|kid|girl|boy|lady|driver|worker|person|victim|grandpa|grandma|stranger|commuter)$/.test(
            w.lower,
          )),
    );
    // no person pushed: the drug dealer's "push" below may still read it
    if (person !== -1) return at + 1 + person;
  }
  // "ripped out the signs", "ripped down the flyers", "ripped out the copper wiring": a thing
  // torn out (a theft, "ripped off", is read below too); not "ripped out the old carpet"
  if (has('rip') && /^(?:out|down|off)$/.test(next?.lower ?? '')) {
    const torn = words
      .slice(at + 2, at + 6)
      .findIndex((w) =>
        /^(?:signs?|posters?|flyers?|banners?|wires?|wiring|cables?|copper|pipes?|converters?|mailbox(?:es)?|cameras?|meters?|memorial)$/.test(
          w.lower,
        ),
      );
    if (torn !== -1) return at + 2 + torn;
  }
  // "The owner killed it on the grill", "she killed it tonight": a job done well
  if (
    has('kill') &&
    next?.lower === 'it' &&
    (words[at + 2] === undefined ||
      words[at + 2]?.pos === 'PUNCT' ||
      /^(?:on|at|in|out|tonight|today|again|this|last|with)$/.test(words[at + 2]?.lower ?? ''))
  )
    return undefined;
  // "the GOP members killed the rail safety money in committee": a bill, a budget or a plan
  // voted down, not a life taken
  if (has('kill')) {
    const object = words.slice(at + 1, at + 6);
    const plan = object.findIndex((w) => POLICY_THINGS.test(w.lower));
    if (
      plan !== -1 &&
      object.slice(0, plan).every((w) => !isPersonWord(w) && w.pos !== 'PROPN') &&
      VOTED.test(sentenceText(sentence))
    )
      return undefined;
  }
  // "the firefighters who cut those kids out of the bus", "cut the driver free": people freed
  // from a wreck (a converter "cut out of" a car is still a theft)
  if (has('cut')) {
    const object = words.slice(at + 1, at + 5);
    const freed = object.findIndex(
      (w, k) =>
        (w.lower === 'out' && object[k + 1]?.lower === 'of') || /^(?:free|loose)$/.test(w.lower),
    );
    if (
      freed > 0 &&
      object.slice(0, freed).some(isPersonWord) &&
      WRECK.test(sentenceText(sentence))
    )
      return undefined;
  }
  // "the bartender cut him off at ten", "cut me off in traffic": no cut made
  if (
    has('cut') &&
    /^(?:him|her|them|me|us|you)$/.test(next?.lower ?? '') &&
    words[at + 2]?.lower === 'off'
  )
    return undefined;
  // "shoved cake in her brother's face": a shove is an assault on somebody (a pronoun, a name, a
  // determiner's person, or people: "shoved women out of his way"), not a thing pushed
  if (
    crimeLemma(verb) === 'shove' &&
    next !== undefined &&
    next.pos === 'NOUN' &&
    !/^(?:women|men|people|kids|children|folks|customers|shoppers|students|fans|officers|protesters|someone|somebody|everyone|anyone)$/.test(
      next.lower,
    )
  )
    return undefined;
  if (crimeLemma(verb) !== undefined) {
    // "hit a home run", "beat the traffic": a crime verb that is also everyday speech stays a
    // crime only with a person or property after it; the rest ("shot", "robbed") on its own.
    return at;
  }
  // "broke into", "broke in", "held up the store", "set the fire", "set fire to", "pulled the
  // trigger", "pulled off the heist", "ran over", "took off with"
  if (has('break') && /^(?:into|in)$/.test(next?.lower ?? '')) return at + 1;
  if (has('hold') && next?.lower === 'up') return at + 1;
  // "ran down a woman on a bike", "ran him down": a person struck by a driver (round nineteen);
  // not "ran down the street" nor "ran down the list"
  if (has('run') && verb.lower !== 'run' && next?.lower === 'down') {
    const struck = words.slice(at + 2, at + 5).findIndex((w) => STRUCK.test(w.lower));
    if (struck !== -1 && words.slice(at + 2, at + 2 + struck).every((w) => w.pos !== 'VERB'))
      return at + 2 + struck;
  }
  // "He ran her down and kept going" (round twenty-five)
  if (
    verb.lower === 'ran' &&
    /^(?:him|her|them)$/.test(next?.lower ?? '') &&
    words[at + 2]?.lower === 'down' &&
    // "ran her down to the station": a lift
    // or a race: "ran her down on the final lap"
    !/^(?:to|at|for|from|here|there|the|by|in|on|behind|before)$/.test(words[at + 3]?.lower ?? '')
  )
    return at + 2;
  // "tied up a 78-year-old woman", "tied them up" (round twenty-five): people bound in a robbery;
  // not a boat, a dog or loose ends
  if (has('tie')) {
    const bound = /^(?:him|her|them|us|me)$/.test(next?.lower ?? '')
      ? words[at + 2]?.lower === 'up'
        ? at + 2
        : -1
      : next?.lower === 'up'
        ? boundPerson(words, at + 2)
        : -1;
    if (bound > at + 1) return bound;
  }
  // "spiked her margarita", "spiked a tourist's drink" (round twenty-five)
  if (has('spike')) {
    const drink = words.slice(at + 1, at + 5).findIndex((w) => DRINKS.test(w.lower));
    // "spiked her tea with honey": a flavour, not a drug
    const flavour =
      words[at + 2 + drink]?.lower === 'with' &&
      !/^(?:drugs?|roofies|rohypnol|ghb|xanax|pills?|ketamine|fentanyl|something|meth|molly|ecstasy)$/.test(
        words[at + 3 + drink]?.lower ?? '',
      );
    if (drink !== -1 && !flavour) return at + 1 + drink;
  }
  // "He put six people in the hospital", "put his passengers in the ICU" (round twenty-five)
  if (has('put')) {
    const into = words
      .slice(at + 1, at + 7)
      .findIndex(
        (w, k, all) =>
          w.lower === 'in' &&
          /^(?:the|a)$/.test(all[k + 1]?.lower ?? '') &&
          /^(?:hospital|icu|er|morgue|coma|ground|grave)$/.test(all[k + 2]?.lower ?? ''),
      );
    const victims = words
      .slice(at + 1, at + 1 + Math.max(into, 0))
      .some(
        (w) => STRUCK_OR_ELDERS.test(w.lower) || /^(?:people|passengers|patients)$/.test(w.lower),
      );
    if (into !== -1 && victims) return at + 3 + into;
  }
  if (has('set') && /^(?:fire|fires|the|that|those|a|this|these|all)$/.test(next?.lower ?? '')) {
    if (next?.lower === 'fire' || next?.lower === 'fires') return at + 1;
    // "set the fire", "set the dumpster fire", "set that big brush fire"
    for (let k = at + 2; k <= at + 4 && k < words.length; k += 1) {
      const object = words[k];
      if (!object) break;
      if (/^(?:fire|fires|blaze|blazes)$/.test(object.lower)) return k;
      if (!/^(?:ADJ|NOUN|PROPN)$/.test(object.pos)) break;
    }
  }
  // Round eighteen: "cut the mooring lines", "cut the brake lines", "cut the fence"; not "cut the
  // ribbon" or "cut the cake"
  if (has('cut')) {
    for (let k = at + 1; k <= at + 4 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      // "the lines" alone are a ball field's or a queue's: a line cut needs its kind ("brake lines")
      if (w.lower === 'lines' && DETERMINER.test(words[k - 1]?.lower ?? '')) break;
      if (
        /^(?:lines|wires|cables|fences?|locks?|seals|brakes?|tires|chains|padlocks?)$/.test(w.lower)
      )
        return k;
      if (!DETERMINER.test(w.lower) && !/^(?:ADJ|NOUN|PROPN)$/.test(w.pos)) break;
    }
  }
  // "took a bribe from a developer", "taking kickbacks", "pocketed the payoff", "sold his vote",
  // "buying all the stolen converters" (round eighteen)
  if (['take', 'accept', 'pocket', 'demand', 'solicit'].some(has)) {
    for (let k = at + 1; k <= at + 4 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      if (/^(?:bribes?|kickbacks?|payoffs?)$/.test(w.lower)) return k;
      if (!DETERMINER.test(w.lower) && !/^(?:ADJ|NOUN|NUM|DET)$/.test(w.pos)) break;
    }
  }
  if (
    has('sell') &&
    /^(?:his|her|their)$/.test(next?.lower ?? '') &&
    /^votes?$/.test(words[at + 2]?.lower ?? '')
  )
    return at + 2;
  if ((has('buy') || has('fence')) && words.slice(at + 1, at + 4).some((w) => w.lower === 'stolen'))
    return at + 1 + words.slice(at + 1, at + 4).findIndex((w) => w.lower === 'stolen');
  // "Pell sold two of the stolen pontoons on Marketplace" (round twenty-five): a past sale of
  // stolen goods; "is selling the stolen…" is the habit rule's
  if (has('sell') && isPast(verb)) {
    const stolen = words.slice(at + 1, at + 6).findIndex((w) => w.lower === 'stolen');
    if (stolen !== -1) return at + 1 + stolen;
  }
  // "drove the getaway truck"; "cooked the books"
  if (has('drive') && words.slice(at + 1, at + 3).some((w) => w.lower === 'getaway'))
    return words[at + 2]?.lower === 'getaway' ? at + 3 : at + 2;
  if (has('cook') && next?.lower === 'the' && words[at + 2]?.lower === 'books') return at + 2;
  // "took the bikes", "took my tools", "took the cat off my Prius": things taken, in the plural or
  // from a car, not "took the car to the shop"
  // "took the bikes to the repair shop", "took the packages inside for her neighbor": things
  // carried somewhere, not taken
  if (
    has('take') &&
    /^(?:the|my|our|his|her|their|those|these|all)$/.test(next?.lower ?? '') &&
    !/^(?:to|inside|in|into|home|back|for|with|over|up|down)$/.test(words[at + 3]?.lower ?? '')
  ) {
    const object = words[at + 2]?.lower ?? '';
    if (
      /^(?:bikes|bicycles|scooters|phones|laptops|packages|parcels|tools|converters|tires|tyres)$/.test(
        object,
      )
    )
      return at + 2;
    if (object === 'cat' && words[at + 3]?.lower === 'off') return at + 2;
  }
  // "gunned him down", "mowed them down"
  if ((has('gun') || has('mow')) && (next?.lower === 'down' || words[at + 2]?.lower === 'down'))
    return next?.lower === 'down' ? at + 1 : at + 2;
  // A weapon used: "swung the broken bottle", "pointed a loaded gun at a pizza driver"
  if (WIELD.some(has) && !PLAYED.test(sentenceText(sentence))) {
    for (let k = at + 1; k <= at + 5 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      // "put the gun to his head"; not "put the bats away", "put the knives in the drawer"
      const putAway =
        has('put') &&
        !(
          words[k + 1]?.lower === 'to' &&
          /^(?:his|her|their|my|the|someone['’]s)$/.test(words[k + 2]?.lower ?? '') &&
          /^(?:head|throat|neck|face|chest|back|temple)$/.test(words[k + 3]?.lower ?? '')
        );
      if (WEAPONS.test(w.lower)) return putAway ? undefined : k;
      if (!DETERMINER.test(w.lower) && !/^(?:ADJ|NUM|NOUN|PRON)$/.test(w.pos)) break;
    }
  }
  // Harm left behind: "left Mr. Abernathy bleeding in the crosswalk", "left him for dead"
  if (has('leave')) {
    for (let k = at + 1; k <= at + 5 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      if (HARMED.test(w.lower)) return k;
      if (w.lower === 'for' && words[k + 1]?.lower === 'dead') return k + 1;
      // a person left lying: not "left his bike lying in the yard"
      if (
        LEFT_LYING.test(w.lower) &&
        k > at + 1 &&
        (words[k - 1]?.pos === 'PROPN' ||
          /^(?:him|her|them|cyclist|pedestrian|victim|man|woman|boy|girl|kid|child|biker|rider|jogger|walker)$/.test(
            words[k - 1]?.lower ?? '',
          ))
      )
        return k;
      if (!/^(?:PROPN|PRON|DET|NOUN|ADJ)$/.test(w.pos) && w.lower !== '.') break;
    }
  }
  // Leaving with what was taken: "walked out with the register drawer", "ran off with her purse",
  // "drove it off the lot"
  if (['walk', 'run', 'drive', 'make', 'sneak', 'slip', 'ride', 'stroll', 'take'].some(has)) {
    const away = words.slice(at + 1, at + 5).findIndex((w) => w.lower === 'with');
    const leaving = words.slice(at + 1, at + 3).some((w) => /^(?:off|out|away)$/.test(w.lower));
    // "made off with" is a getaway whatever was taken
    if (has('make') && next?.lower === 'off' && words[at + 2]?.lower === 'with') return at + 2;
    if (leaving && away !== -1) {
      for (let k = at + 2 + away; k <= at + 6 + away && k < words.length; k += 1) {
        const w = words[k];
        if (!w || w.pos === 'PUNCT') break;
        if (LOOT.test(w.lower) || MONEY.test(w.lower) || PROPERTY.test(w.lower)) return k;
      }
    }
    if (has('drive') && /^(?:it|them)$/.test(next?.lower ?? '') && words[at + 2]?.lower === 'off')
      return at + 2;
  }
  // "dealing to the kids", "selling to kids at the park"
  if ((has('deal') || has('push')) && next?.lower === 'to') return at + 1;
  // "pulled the fire alarm", "pulling false alarms": a false alarm raised
  if (has('pull') || has('trip')) {
    for (let k = at + 1; k <= at + 4 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      if (
        /^alarms?$/.test(w.lower) &&
        words.slice(at + 1, k).some((x) => /^(?:fire|false)$/.test(x.lower))
      )
        return k;
      if (!DETERMINER.test(w.lower) && !/^(?:ADJ|NOUN)$/.test(w.pos)) break;
    }
  }
  // "called in that bomb threat", "phoned in a fake threat", "called in a hoax"
  if ((has('call') || has('phone')) && next?.lower === 'in') {
    for (let k = at + 2; k <= at + 6 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      if (/^(?:threats?|hoax(?:es)?|swat(?:ting)?)$/.test(w.lower)) return k;
      if (!DETERMINER.test(w.lower) && !/^(?:ADJ|NOUN)$/.test(w.pos)) break;
    }
  }
  // "poured the accelerant", "doused the porch in gasoline", "splashed gas on the door"
  if (['pour', 'douse', 'splash', 'spread', 'soak'].some(has)) {
    for (let k = at + 1; k <= at + 7 && k < words.length; k += 1) {
      const w = words[k];
      if (!w || w.pos === 'PUNCT' || w.pos === 'VERB') break;
      if (ACCELERANT.test(w.lower) && !(w.lower === 'gas' && words[k + 1]?.lower === 'station'))
        return k;
    }
  }
  // "lit the garage", "lit his ex's car on fire", "set the shed ablaze"
  if (has('light') || has('set')) {
    for (let k = at + 1; k <= at + 7 && k < words.length; k += 1) {
      const w = words[k];
      // "his ex-wife's car": a hyphen inside the owner's name
      if (!w || (w.pos === 'PUNCT' && w.text !== '-')) break;
      if (
        /^(?:ablaze|alight)$/.test(w.lower) ||
        (w.lower === 'on' && words[k + 1]?.lower === 'fire')
      )
        return w.lower === 'on' ? k + 1 : k;
      if (has('light') && BURNABLE.test(w.lower) && words[k + 1]?.lower !== 'up') return k;
      // "the one who lit it", "he lit that": the fire the clause is about; not "lit it up"
      if (
        verb.lower === 'lit' &&
        k === at + 1 &&
        /^(?:it|this|that)$/.test(w.lower) &&
        !/^(?:up|for)$/.test(words[k + 1]?.lower ?? '')
      )
        return k;
      if (!DETERMINER.test(w.lower) && !/^(?:ADJ|NOUN|PROPN|PART|PUNCT)$/.test(w.pos)) break;
    }
  }
  // "talked elderly shoppers into handing over their savings", "tricked her into wiring $9,000"
  if (DECEIVE.some(has)) {
    for (let k = at + 1; k <= at + 10 && k < words.length; k += 1) {
      const w = words[k];
      if (!w || w.text === '.' || w.pos === 'VERB') break;
      if (w.lower === 'into') {
        const act = words[k + 1];
        if (act && stems(act).some((x) => GIVE.test(x))) return k + 1;
        break;
      }
    }
  }
  // "took my brother's life", "took the lives of two people"; not "took her own life"
  if (has('take')) {
    for (let k = at + 1; k <= at + 5 && k < words.length; k += 1) {
      const w = words[k];
      if (!w || w.lower === 'own') break;
      if (/^(?:life|lives)$/.test(w.lower)) return k;
      if (!DETERMINER.test(w.lower) && !/^(?:PRON|PROPN|NOUN|PART|NUM|ADJ)$/.test(w.pos)) break;
    }
  }
  // "lifting boxes off porches", "grabbed phones out of riders' hands", "took packages from
  // doorsteps": a thing taken from where people keep it
  if (['lift', 'take', 'grab', 'pinch', 'nick', 'pocket', 'pluck', 'snag', 'collect'].some(has)) {
    for (let k = at + 1; k <= at + 5 && k < words.length; k += 1) {
      const w = words[k];
      if (!w || w.pos === 'PUNCT' || w.pos === 'VERB') break;
      if (/^(?:off|from|out)$/.test(w.lower) && k > at + 1) {
        for (let h = k + 1; h <= k + 5 && h < words.length; h += 1) {
          const x = words[h];
          if (!x || x.pos === 'PUNCT' || x.pos === 'VERB' || x.pos === 'ADP') {
            if (x?.lower !== 'of') break;
            continue;
          }
          if (HOLDERS.test(x.lower)) return h;
        }
        break;
      }
    }
  }
  if (has('pull')) {
    const k = words.slice(at + 1, at + 3).findIndex((w) => /^(?:off|trigger)$/.test(w.lower));
    // "pulled off the heist"; not "pulled off his phone" (the records taken from it, round
    // seventeen)
    const pulledOff =
      k !== -1 &&
      words[at + 1 + k]?.lower === 'off' &&
      !words
        .slice(at + 2 + k, at + 5 + k)
        .some((w) =>
          /^(?:heist|job|robbery|scam|burglary|theft|break-in|carjacking|hit|crime|con)$/.test(
            w.lower,
          ),
        );
    if (k !== -1 && !pulledOff) return at + 1 + k;
  }
  if (has('run') && next?.lower === 'over') return at + 1;
  // "T-boned the team van": a crash told as one car driven into another's side
  if (verb.text === 'T' && next?.text === '-' && /^bon(?:ed|ing)$/.test(words[at + 2]?.lower ?? ''))
    return at + 2;
  // "fired the shots", "fired several rounds", "fired into the crowd"
  if (has('fire')) {
    if (/^(?:into|on)$/.test(next?.lower ?? '')) return at + 1;
    for (let k = at + 1; k <= at + 4 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      if (/^(?:shots?|rounds|bullets|gunfire)$/.test(w.lower)) return k;
      if (!DETERMINER.test(w.lower) && !/^(?:ADJ|NUM)$/.test(w.pos)) break;
    }
  }
  // "brought the knife to Oakmont High", "bringing a gun to school": a weapon where children are
  if (has('bring')) {
    const weapon = words.slice(at + 1, at + 4).findIndex((w) => WEAPONS.test(w.lower));
    const to = at + 2 + weapon;
    if (
      weapon !== -1 &&
      words[to]?.lower === 'to' &&
      words
        .slice(to + 1, to + 5)
        .some((w) => /^(?:school|campus|class|high|middle|elementary|academy)$/i.test(w.text))
    )
      return to;
  }
  // "ripped off three old ladies", "ripped them off"
  if (has('rip') && (next?.lower === 'off' || words[at + 2]?.lower === 'off'))
    return next?.lower === 'off' ? at + 1 : at + 2;
  // "threw the first punch", "throwing punches": a blow is the assault
  if (has('throw')) {
    for (let k = at + 1; k <= at + 4 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      if (/^(?:punch|punches|blows?|haymakers?|fists?|hands)$/.test(w.lower)) return k;
      if (
        !DETERMINER.test(w.lower) &&
        !/^(?:first|1st|few|couple|of)$/.test(w.lower) &&
        w.pos !== 'ADJ'
      )
        break;
    }
  }
  // "swung at him", "swung first", "never even swung": a blow thrown, without a weapon named
  if (has('swing') && !WEAPONS.test(words[at + 2]?.lower ?? '')) {
    if (/^(?:at|first|back|on)$/.test(next?.lower ?? '')) return at + 1;
    if (!next || next.pos === 'PUNCT' || next.pos === 'CCONJ' || next.pos === 'SCONJ') return at;
  }
  if (has('throw')) {
    // "throwing rocks at cars", "threw a brick through the window"
    const k = words.slice(at + 1, at + 5).findIndex((w) => /^(?:at|through|into)$/.test(w.lower));
    // "threw the first pitch at the game", "threw a party at the park": sport and celebration
    const harmless = words
      .slice(at + 1, at + 1 + Math.max(k, 0))
      .some((w) =>
        /^(?:pitch|pitches|ball|balls|pass|passes|party|parties|shower|fundraiser|bash|tantrum|fit|support|weight|frisbee|dart|darts|bouquet|candy|beads)$/.test(
          w.lower,
        ),
      );
    if (k !== -1 && !harmless) return at + 1 + k;
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
      // "stripping old paint off the porch", "cut the branches off the maple": chores, not parts
      // of anybody's property taken
      if (CHORE_OBJECT.test(w.lower)) return undefined;
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
  // "kicked in the side door", "kicked down her door", "kicked the back door in" (round
  // twenty-five): a door forced is a break-in; one kicked open is as often a rescue
  if (has('kick')) {
    const door = words.slice(at + 1, at + 6).findIndex((w) => /^doors?$/.test(w.lower));
    const forced =
      /^(?:in|down)$/.test(next?.lower ?? '') ||
      /^(?:in|down)$/.test(words[at + 2 + door]?.lower ?? '');
    if (door !== -1 && forced) return at + 1 + door;
  }
  // "was skimming mooring fees", "pocketing our slip fees", "skimmed off the top" (round
  // twenty-five): money skimmed is money stolen; milk and a report are not money
  if (
    has('skim') &&
    /^(?:off|from)$/.test(next?.lower ?? '') &&
    words
      .slice(at + 2, at + 6)
      .some(
        (w) =>
          MONEY.test(w.lower) ||
          /^(?:top|accounts?|league|church|parish|payroll|budget|collection|fund)$/.test(w.lower),
      )
  )
    return at + 1;
  // "took $3k out of my aunt's register", "grabbed the cash"
  if (has('take') || has('grab') || has('pocket') || has('drain') || has('skim')) {
    // "took everything from me", "took all of it from her": the whole of what somebody had
    if (
      /^(?:everything|all)$/.test(next?.lower ?? '') &&
      words.slice(at + 2, at + 5).some((w) => w.lower === 'from')
    )
      return at + 1;
    for (let k = at + 1; k <= at + 6 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      // "Java Junction is taking $1 off all pastries": a discount, not a sum taken (round 25)
      // ("$" and "1" are two words)
      const off = words[k + 1]?.pos === 'NUM' ? k + 2 : k + 1;
      const discount =
        words[off]?.lower === 'off' &&
        /^(?:all|any|every|each|your|orders?|purchases?|pastries|meals?|entrées?)$/.test(
          words[off + 1]?.lower ?? '',
        );
      if (discount) return undefined;
      // "Marla took the money to the bank": money carried to be deposited, not taken
      if (MONEY.test(w.lower) && depositedAfter(sentence, k)) return undefined;
      if (MONEY.test(w.lower) || (has('drain') && /^accounts?$/.test(w.lower))) return k;
      // "took 40 grand", "pocketed 500 bucks"; not "the grand prize", nor "took 20 dollars to
      // the flea market"
      if (
        /^(?:grand|bucks|dollars|k)$/.test(w.lower) &&
        words[k - 1]?.pos === 'NUM' &&
        !/^(?:to|for|into|with)$/.test(words[k + 1]?.lower ?? '')
      )
        return k;
      // "the church's building fund": whose money, and what it is for; "our slip fees", where
      // the tagger reads "slip" as a verb
      const owner =
        /^['’]s?$/.test(w.text) ||
        (w.pos === 'NOUN' && k < at + 5) ||
        /^(?:our|my|your|his|her|their)$/.test(w.lower) ||
        (w.pos !== 'PUNCT' && MONEY.test(words[k + 1]?.lower ?? ''));
      if (
        !DETERMINER.test(w.lower) &&
        !AMOUNT.test(w.lower) &&
        !owner &&
        w.pos !== 'NUM' &&
        w.pos !== 'ADJ' &&
        w.pos !== 'SYM'
      )
        break;
    }
    return undefined;
  }
  // "cleaned out the register", "emptied their fishing-reel case", "cleaned out her accounts"
  if (has('clean') || has('empty')) {
    const from = has('clean') ? (next?.lower === 'out' ? at + 2 : -1) : at + 1;
    for (let k = from; from !== -1 && k <= from + 6 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      // "the cash register": the tagger reads "register" as a verb now and then
      if (CONTAINER.test(w.lower) && words[k + 1]?.pos !== 'NOUN') return k;
      if ((w.pos === 'PUNCT' && w.text !== '-') || w.pos === 'VERB') break;
    }
  }
  // "left fourteen voicemails threatening to…", "sent her texts promising to burn the place"
  if (['leave', 'send', 'post', 'write', 'make'].some(has)) {
    for (let k = at + 1; k <= at + 5 && k < words.length; k += 1) {
      const w = words[k];
      if (!w || w.pos === 'PUNCT') break;
      if (!MESSAGES.test(w.lower)) continue;
      const how = words[k + 1];
      if (/^(?:threatening|threats?)$/.test(how?.lower ?? '')) return k + 1;
      if (/^(?:promising|vowing|swearing)$/.test(how?.lower ?? '') && words[k + 2]?.lower === 'to')
        return k + 2;
      break;
    }
  }
  // Trying cars to get in: "pulling on the door handle", "trying car doors", "checking handles"
  if (['pull', 'try', 'check', 'jiggle', 'yank', 'rattle', 'test'].some(has)) {
    for (let k = at + 1; k <= at + 5 && k < words.length; k += 1) {
      const w = words[k];
      if (!w) break;
      // "the door handle": the tagger reads "handle" as a verb now and then; not "of his own car"
      if (
        /^handles?$/.test(w.lower) &&
        words[k + 2]?.lower !== 'his' &&
        words[k + 3]?.lower !== 'own'
      )
        return k;
      if (w.pos === 'PUNCT' || w.pos === 'VERB') break;
      if (/^doors?$/.test(w.lower) && words[k - 1]?.lower === 'car') return k;
      if (!DETERMINER.test(w.lower) && !/^(?:on|every|each|car|door|ADJ)$/.test(w.lower)) break;
    }
  }
  // "opened fire on the crowd", "opening fire at the party"
  if (has('open') && next?.lower === 'fire') return at + 1;
  // Getting rid of what the charge is about: "tossed the baggie of fentanyl", "ditched the gun
  // in a storm drain", "stashed the pills in her bra", "dumped the stolen car"
  if (DISCARD.some(has)) {
    for (let k = at + 1; k <= at + 6 && k < words.length; k += 1) {
      const w = words[k];
      if (!w || w.pos === 'PUNCT' || w.pos === 'VERB') break;
      if (
        drugWord(w, words[k + 1]) ||
        w.lower === 'stolen' ||
        (!has('drop') && WEAPONS.test(w.lower) && !PLAYED.test(sentenceText(sentence)))
      )
        return drugWord(w, words[k + 1]) && w.pos === 'DET' ? k + 1 : k;
      if (!DETERMINER.test(w.lower) && !/^(?:ADJ|NOUN|NUM|ADP|PRON)$/.test(w.pos)) break;
    }
  }
  // Driving that is the offence: "was racing his buddy down Lakeshore", "blowing through every
  // light", "ran the red light", "doing 90 in a 35", "was speeding through the school zone"
  const driving = drivingOffenceEnd(sentence, at);
  if (driving !== undefined) return driving;
  // Planning the deed the paragraph is about: "she planned this for weeks", "he plotted it"
  if (PLAN.some(has)) {
    const object = next?.lower ?? '';
    const after = words[at + 2];
    if (/^(?:it|this|that)$/.test(object) && !(after && /^(?:NOUN|PROPN|ADJ)$/.test(after.pos)))
      return at + 1;
    if (
      /^(?:the|this|that|his|her|their)$/.test(object) &&
      /^(?:whole|entire)$/.test(after?.lower ?? '') &&
      /^(?:thing|plan|scheme|attack|robbery|heist|murder|killing)$/.test(words[at + 3]?.lower ?? '')
    )
      return at + 3;
    const crime = objectNoun(words, at + 2);
    if (DETERMINER.test(object) && crime !== undefined) return crime;
  }
  // "did something to her", "did stuff to those kids", "did terrible things to that girl"
  if (
    (has('do') && /^(?:something|stuff|things|that|this)$/.test(next?.lower ?? '')) ||
    (has('do') &&
      words[at + 2] &&
      /^(?:things|stuff)$/.test(words[at + 2]?.lower ?? '') &&
      next?.pos === 'ADJ')
  ) {
    const to = next?.pos === 'ADJ' ? at + 3 : at + 2;
    const who = words[to + 1];
    if (
      words[to]?.lower === 'to' &&
      who &&
      (/^(?:her|him|them|that|those|this|these|my|our|his|their)$/.test(who.lower) ||
        who.pos === 'PROPN')
    )
      return to + 1;
  }
  // "did the graffiti", "made the threat", "caused the crash", "started the fire", "committed the
  // robbery", "did those break-ins"
  if (has('do') || has('make') || has('cause') || has('start') || has('commit') || has('carry')) {
    let k = at + 1;
    if (has('carry') && words[k]?.lower === 'out') k += 1;
    if (has('commit') && words[k] && words[k]?.pos !== 'PUNCT') return k;
    while (k <= at + 4 && k < words.length && DETERMINER.test(words[k]?.lower ?? '')) k += 1;
    // "started the whole fight", "caused that awful crash": adjectives before the crime noun
    const lead = k;
    while (
      k <= lead + 2 &&
      objectNoun(words, k) === undefined &&
      (words[k]?.pos === 'ADJ' ||
        /^(?:whole|entire)$/.test(words[k]?.lower ?? '') ||
        // "made the bomb threat", "started the dumpster fire": a noun naming the kind
        (words[k]?.pos === 'NOUN' && objectNoun(words, k + 1) !== undefined))
    )
      k += 1;
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
  /^(?:drugs|dope|meth|fentanyl|fent|heroin|cocaine|coke|crack|weed|pills|oxy|narcotics|pot|carts|vapes|edibles|percs|xanax|molly|ecstasy|opioids)$/;

function drugWord(word: Word, after: Word | undefined): boolean {
  return DRUGS.test(word.lower) || (word.pos === 'DET' && DRUGS.test(after?.lower ?? ''));
}

/** Where a bill or a budget is killed: a vote, a committee, a council, a party. */
const VOTED =
  /\b(?:committee|council|vote[sd]?|voting|board|legislature|senate|house|commission|lawmakers|legislators|GOP|Democrats|Republicans|members|caucus|assembly|congress)\b/;

/** A wreck or a trap people are cut out of: a bus, a car, a seatbelt, rubble. */
const WRECK =
  /\b(?:bus|car|cars|truck|van|vehicle|wreck|wreckage|seat-?belts?|rubble|crash|ditch|cab|SUV|minivan|tractor|machine|fence|ice)\b/i;

/** What a vote or a board kills: a bill, a budget, a plan. */
const POLICY_THINGS =
  /^(?:money|funding|funds|bill|bills|measure|budget|grant|program|programme|proposal|plan|deal|amendment|ordinance|levy|project|idea|motion|initiative|reform|vote|petition)$/;

/** A word for a person or people, as an object: "those kids", "him", "the driver". */
function isPersonWord(w: Word): boolean {
  return (
    /^(?:him|her|them|me|us|someone|somebody|everyone|people|kids|children|driver|drivers|man|woman|men|women|boy|girl|child|kid|victim|victims|passenger|passengers|family|worker|workers|wife|husband|girlfriend|boyfriend|son|daughter|mom|mother|dad|father|brother|sister|cousin|neighbou?r|roommate|clerk|cashier|owner|umpire|ref|referee|fan|fans|jogger|cop|cops|officer|teen|teenager|student|customer|employee|coworker|guard|bouncer|bartender|server|waitress|waiter|nurse|teacher|grandma|grandpa|grandmother|grandfather|baby|toddler|stranger|rider|cyclist|pedestrian|girlfriend's|lady|guy|dude|partner|ex)$/.test(
      w.lower,
    ) || w.pos === 'PROPN'
  );
}

/**
 * A game or a contest, where "beat" and "robbed" are a win: sports, games at a table, a show's
 * prize.
 */
const CONTEST =
  /\b(?:game|games|match|tournament|league|doubles|singles|finals?|innings?|overtime|rematch|scrimmage|playoffs?|softball|baseball|football|basketball|soccer|volleyball|hockey|kickball|dodgeball|pickleball|tennis|golf|bowling|cornhole|tug[- ]of[- ]war|chess|checkers|poker|rummy|gin|cribbage|euchre|bingo|trivia|cards|spelling\s+bee|cook-?off|bake-?off|contest|competition|championship|derby|best\s+in\s+show|blue\s+ribbon|trophy)\b/i;

/** Games a person is beaten at, named straight after "at": "at gin rummy", "at chess". */
const GAME_PLAYED =
  /^(?:gin|rummy|chess|checkers|cards|poker|cribbage|euchre|trivia|cornhole|pickleball|tennis|golf|bowling|darts|pool|ping-pong|scrabble|bingo|horseshoes|arm\s+wrestling|tug[- ]of[- ]war)\b/i;

/** Contests held, with or without "the" and a word before: "for Best in Show", "in the chili cook-off". */
const CONTEST_HELD =
  /^(?:(?:the|a|this|that|last|our)\s+)?(?:[\p{L}-]+\s+)?(?:best\s+in\s+show|blue\s+ribbon|cook\s*-?\s*off|bake\s*-?\s*off|spelling\s+bee|contest|competition|championship|tournament|derby|race|trophy|finals?|playoffs?)\b/iu;

/** A place after a game's name: "the bingo hall", "the bowling alley", "the game room". */
const VENUE_AFTER =
  /\b(?:hall|alley|lot|room|field|park|parking|court|stadium|arena|gym|center|centre|bar|grounds)\b/i;

/** The place words after "jumped" that make it a leap: in, out, off, into the water. */
const LEAPT_WHERE =
  /^(?:in|into|out|off|over|down|from|through|across|back|aboard|overboard|ship)$/;

/** A body's parts, as a person hurt tells of them. */
const BODY_PART =
  /^(?:head|heads|hand|hands|arm|arms|leg|legs|knee|knees|face|foot|feet|back|shoulder|shoulders|elbow|elbows|wrist|wrists|ankle|ankles|lip|lips|nose|chin|finger|fingers|toe|toes|hip|hips|forehead|neck|eye|eyes)$/;

/** The possessive that agrees with a pronoun subject: "he … his", "she … her". */
const OWN_POSSESSIVE: ReadonlyMap<string, RegExp> = new Map([
  ['he', /^(?:his)$/],
  ['she', /^(?:her)$/],
  ['they', /^(?:their)$/],
  ['i', /^(?:my)$/],
  ['we', /^(?:our)$/],
]);

/**
 * "hit her head on the rail", "burned both hands", "cut his hand on the glass": the verb's object
 * is a part of the subject's own body: "both", or a possessive that agrees with the pronoun just
 * before the verb ("he hit her head" is an assault, and after a name "her" may be anyone's).
 */
function ownHurt(sentence: Sentence, at: number): boolean {
  const words = sentence.words;
  if (
    !/^(?:hit|bump|bang|burn|cut|scrape|hurt|injure|break|twist|sprain|smack|whack)$/.test(
      words[at]?.lemma ?? '',
    )
  )
    return false;
  let k = at + 1;
  const owner = words[k]?.lower ?? '';
  const both = owner === 'both';
  if (!both && !/^(?:his|her|their|my|our)$/.test(owner)) return false;
  k += 1;
  if (words[k]?.lower === 'own') k += 1;
  if (/^(?:left|right)$/.test(words[k]?.lower ?? '')) k += 1;
  if (!BODY_PART.test(words[k]?.lower ?? '')) return false;
  // "burned both hands of the boy" are his
  if (both) return words[k + 1]?.lower !== 'of';
  // A pronoun subject only: a name says nothing of whose "her head" it was ("Marco hit her head")
  for (let j = at - 1; j >= 0 && j >= at - 4; j -= 1) {
    const w = words[j];
    if (!w) break;
    const own = OWN_POSSESSIVE.get(w.lower);
    if (own) return own.test(owner);
    if (w.pos === 'PROPN' || w.pos === 'NOUN') return false;
  }
  return false;
}

/**
 * A weapon in a show: "At the magic show, Lily hid the gun under a hat", "he pointed the prop gun
 * at the villain"; not a costume worn to a robbery, a rehearsal dinner, nor the Magic Wok.
 */
const PLAYED =
  /\b(?:magic\s+(?:shows?|tricks?|acts?)|magicians?|on\s+stage|stage\s+combat|dress\s+rehearsals?|props?\s+(?:guns?|pistols?|rifles?|knife|knives|swords?|weapons?))\b/i;

/**
 * "took the cash to the bank", "to the credit union": money carried where it belongs, unless the
 * sentence goes on to tell it kept ("…and kept half of it", "…and never did").
 */
function depositedAfter(sentence: Sentence, k: number): boolean {
  const words = sentence.words;
  const place = words[k + 3]?.lower ?? '';
  return (
    words[k + 1]?.lower === 'to' &&
    /^(?:the|a|our|their|his|her)$/.test(words[k + 2]?.lower ?? '') &&
    (/^(?:bank|vault|treasurer)$/.test(place) ||
      (place === 'credit' && words[k + 4]?.lower === 'union')) &&
    !words
      .slice(k + 4)
      .some((w) =>
        /^(?:kept|keep|keeps|never|pocket\w*|vanish\w*|disappear\w*|gone|spent|instead|half)$/.test(
          w.lower,
        ),
      )
  );
}

/** Verbs of getting rid of or hiding a thing: with drugs, a weapon or loot for object, the charge. */
const DISCARD = [
  'toss',
  'ditch',
  'dump',
  'stash',
  'hide',
  'discard',
  'flush',
  'chuck',
  'drop',
  'swallow',
];

/** Verbs of planning a deed in advance. */
const PLAN = ['plan', 'plot', 'premeditate', 'orchestrate', 'mastermind', 'scheme'];

/** What a driver runs or blows through: "ran the red light", "blowing through every stop sign". */
const SIGNAL = /^(?:lights?|reds?|stops?|signs?|signals?|crosswalks?)$/;

/**
 * Driving told as the offence: racing, a red light run, a speed stated ("doing 90", "at 90
 * mph"), speeding. The index of the last word, or undefined.
 */
function drivingOffenceEnd(sentence: Sentence, at: number): number | undefined {
  const words = sentence.words;
  const verb = words[at];
  if (!verb) return undefined;
  const lemmas = stems(verb);
  const has = (l: string) => lemmas.includes(l);
  const window = words.slice(at + 1, at + 9);
  const stop = window.findIndex((w) => w.text === '.' || w.text === ';' || w.pos === 'VERB');
  const clause = stop === -1 ? window : window.slice(0, stop);
  // "at 90 mph", "doing 80", "going 70 in a 35"
  const mph = clause.findIndex((w) => /^(?:mph|kph|km\/h)$/.test(w.lower));
  // "racing his buddy down Lakeshore", "drag racing on Route 4 at 100 mph"; not "racing to the
  // hospital" (a speed, another driver or a road after it)
  if (has('race') && verb.lower !== 'race' && verb.pos !== 'NOUN') {
    if (mph !== -1) return at + 1 + mph;
    const first = clause[0];
    if (first && (/^(?:his|her|their|another|each|a)$/.test(first.lower) || first.pos === 'PROPN'))
      return at + 1;
  }
  // "blew through the red light", "blowing through every light", "ran the stop sign"
  if ((has('blow') && clause[0]?.lower === 'through') || has('run')) {
    let light = clause.slice(0, 4).findIndex((w) => SIGNAL.test(w.lower));
    // "the stop sign": the signal's last word
    while (light !== -1 && SIGNAL.test(clause[light + 1]?.lower ?? '')) light += 1;
    const start = has('blow') ? 1 : 0;
    if (
      light >= start &&
      // a noun after it makes it a thing of its own: "ran the light show", "the red light booth"
      !/^(?:NOUN|PROPN)$/.test(clause[light + 1]?.pos ?? '') &&
      clause
        .slice(start, light)
        .every((w) => /^(?:DET|ADJ|NUM|NOUN)$/.test(w.pos) || /^(?:every|red|stop)$/.test(w.lower))
    )
      return at + 1 + light;
  }
  // "was speeding", "speeding through the school zone"; not "speeding up"
  if (verb.lower === 'speeding' && clause[0]?.lower !== 'up' && clause[0]?.lower !== 'ticket')
    return at;
  // "doing 90 in a 35", "going 80 at least"
  if ((has('do') || has('go')) && clause[0]?.pos === 'NUM' && /^\d{2,3}$/.test(clause[0].lower)) {
    if (mph === 1 || /^(?:in|at|on|through|down)$/.test(clause[1]?.lower ?? ''))
      return at + 1 + (mph === 1 ? 1 : 0);
  }
  return undefined;
}
