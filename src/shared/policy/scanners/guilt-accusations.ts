import { ANIMAL, WILD_ANIMAL } from '../language/animals';
import { SPANISH_CRIME_TOLD, isCrimeVerbWord } from '../language/crime';
import { STAFF_TITLE_WORDS } from '../language/people';
import { type PhraseRule, before, sentenceAround } from './pattern-scanner';
import {
  GAME_DEEDS,
  THANKED,
  crimeToldBeside,
  tellsOfDeedBeside,
  tellsOfDeedNear,
} from './guilt-sayings';
import { asked } from './guilt-roles';

/*
 * Guilt (III.B.1.c) said of a named doer in the shapes of round twenty-two (the forty-first and
 * forty-second development sets): a doer who "strikes again", "it's obviously Dominic", "Él es el
 * responsable del ataque", "he started the whole thing", "he's the one who should be locked up",
 * "we know it was you", and the question that answers itself ("Why did he repaint the truck if he
 * didn't do it?"). Each needs a deed told near it (`tellsOfDeedNear`), except where its own words
 * tell one: the question's "if he didn't do it", a death or an attack someone is "responsable" of.
 * Round twenty-three (the forty-third and forty-fourth sets) adds "a guilty man", "a crook like
 * Quarrie", the one "pulling the strings", "hands in the till", "won't get away with what she did"
 * and "Who else but the watchman would have known?"; round twenty-four the person a recording
 * shows ("He is NOT the guy on that camera"), "Wasn't Dorian." and "she was in on it".
 * Round twenty-six (the fifty-third to fifty-eighth sets) adds deeds told in a comment's own
 * words: lives put at risk, drink at the wheel, money tricked or moved into one's own account,
 * a gun handed over, shots fired, wages stiffed, the same ones who did it before, a lookout, and
 * the department's own warnings, officers' work and family news kept clean beside each.
 */

/**
 * Capitalised words that are no one person: days, months, seasons, the weather's nicknames, a
 * safety message's subjects ("Drinking puts…", "Scammers tricked…"), groups and officers at
 * work, and Spanish articles and "nobody" ("El manejo ebrio", "Nadie manejaba").
 */
const NOT_A_PERSON =
  'Someone|Somebody|Anyone|Anybody|Nobody|Everyone|Everybody|People|They|Who|Whoever|Police|Officers|Deputies|It|This|That|There|Here|What|The|My|Our|Your|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Halloween|Thanksgiving|Easter|Winter|Summer|Spring|Fall|Old|Man|Mother|Nature|Lightning|Thunder|Santa|Karma|Murphy|Drinking|Speeding|Texting|Driving|Smoking|Vaping|Fireworks|Rain|Scammers|Fraudsters|Callers|Criminals|Thieves|Burglars|Robbers|Detectives|Investigators|Troopers|Agents|Students|Workers|Volunteers|Parents|Kids|Residents|Neighbors|Neighbours|Drivers|Officials|Teens|Children|Crews|El|La|Los|Las|Un|Una|Nadie|Alguien|Ningún|Ninguna|Y[\u0027’]all|Yall|Ya[\u0027’]ll|Internal|Affairs|We|I|You|Us';

/** A capitalised word or two that may be a person, on one line: a heading's word is no surname. */
export const NAME = String.raw`(?!(?:${NOT_A_PERSON})\b)\p{Lu}[\p{Ll}'’-]+(?:[^\S\n]+\p{Lu}[\p{Ll}'’-]+)?`;

/**
 * A name, and not the words that sit where one would: "Nothing's innocent", "He's guilty", nor a
 * family's "Dad's been stealing fries off my plate".
 */
export const NAMED = String.raw`(?!(?:Nothing|Everything|Something|Anything|He|She|One|Each|Either|Neither|Which|Today|Tonight|Justice|God|Heaven|Society|Dad|Mom|Mum|Mama|Papa|Grandma|Grandpa|Nana|Granny)\b)${NAME}`;

/** Titles of staff whose work is no deed: officers, dispatchers, firefighters, clergy, coaches. */
const STAFF = STAFF_TITLE_WORDS;
const STAFF_BEFORE = new RegExp(String.raw`\b(?:${STAFF})\.?\s+$`, 'i');
/** A Spanish officer's or chief's title a few words before: "El Jefe Ramírez le entregó el arma". */
const SPANISH_STAFF_BEFORE =
  /(?<![\p{L}])(?:jefe|jefa|oficial|agente|sargento|teniente|capit[áa]n|comandante|sheriff)\s+(?:\p{L}+\s+){0,2}$/iu;

/** Whether the words matched hold a staff title: "No fue Officer Ruiz, fue…". */
const STAFF_WITHIN = new RegExp(String.raw`\b(?:${STAFF})\b`, 'i');
export const namesStaff = (text: string, start: number, end: number) =>
  STAFF_WITHIN.test(text.slice(start, end));
/**
 * A title and the name it goes with just before the match: "Sgt. Diaz handed him the pistol".
 * The name is read case and all (a title's words in any case), so "The teacher said Marcus" is
 * no title.
 */
const staffNamedBefore = (text: string, start: number) =>
  STAFF_BEFORE.test(
    text.slice(Math.max(0, start - 40), start).replace(/(?:\p{Lu}[\p{Ll}'’-]+\s+){0,2}$/u, ''),
  );
const STAFF_OPENING = new RegExp(String.raw`^(?:${STAFF})\b`, 'i');
/** A title the match ends on: "it's clearly Sgt. Ruiz" stops at the title's full stop. */
const STAFF_ENDING = new RegExp(String.raw`\b(?:${STAFF})\.?\s*$`, 'i');
/**
 * An officer's or staff member's title just before or opening the match: "Officer Diaz strikes
 * again", "Sgt. Diaz would never do that".
 */
export const titled = (text: string, start: number) =>
  STAFF_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
  STAFF_OPENING.test(text.slice(start, start + 24));

/** A game's or a stage's deed ("didn't he steal second"), tested without a global's lastIndex. */
const GAME_DEED = new RegExp(GAME_DEEDS.source, 'i');

/** Up to `words` more words of the clause, whole: a span never ends inside a word. */
export const TAIL = (words: number) => String.raw`(?:\s+[^\s.!?,;]+){0,${words}}`;

/** Crime verbs that are as often a game's, a kitchen's or a run's: "How many home runs did he hit". */
const EVERYDAY_CRIME_VERB =
  /^(?:hit|hits|beat|beats|burn|burned|burnt|jump|jumped|smash|smashed|cut|break|broke|take|took|run|ran|shoot|shot|kick|kicked|steal|stole)$/;

/** A word that says what kind of crook: "career", "white collar", "small-town". */
const CROOK_KIND = String.raw`(?:white[- ]collar|career|small-town|petty|common|two-bit|lying|dirty|crooked|low-?life|professional|serial|known|convicted|sleazy|greedy)\s+`;

/** A crook's word in a nickname: "Card Skimmer Nolan", "Bandit Bob". */
const CROOK_NICKNAME =
  /\b(?:Skimmer|Bandit|Burglar|Thief|Robber|Firebug|Arsonist|Vandal|Tagger|Slasher|Strangler|Shoplifter|Pickpocket|Swindler|Scammer)\b/;

/** A person called by a name that holds a deed: "Grigor's a …", "Pruitt is a …". */
const NAME_CALLED = String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)(?:['’]s|\s+is|\s+was)\s+`;
/** Not staff, and not a pet nor any animal near it. */
const nameCalled = (text: string, start: number, end: number) =>
  !titled(text, start) &&
  !ANIMAL.test(around(text, start, end, 80)) &&
  !WILD_ANIMAL.test(around(text, start, end, 40));

/** A stage, a game or a show, where a gun hidden or a shot fired is play. */
const STAGED =
  /\b(?:magic|play|stage|props?|toy|game|movie|rehearsal|costume|free[- ]throw|hoops?|basket|range|target|practice|match|tournament)\b/i;

/** What one takes without a theft: a pet home, a child, a photo, a bus, a lead. */
const NOT_TAKEN =
  /^(?:dogs?|cats?|puppy|kitten|pets?|kids?|children|boy|girl|baby|photos?|pictures?|bus|train|class|test|call|lead|stage|field|oath|wheel|picture)$/i;

/** Where a text reports a theft: "stolen", "taken from", "missing", "theft of". */
let lastReports: { text: string; at: readonly number[] } | undefined;
function reportsOfTheft(text: string): readonly number[] {
  if (lastReports?.text === text) return lastReports.at;
  const at = [...text.matchAll(/\b(?:stolen|taken\s+from|theft\s+of|reported\s+missing)\b/gi)].map(
    (m) => m.index,
  );
  lastReports = { text, at };
  return at;
}

/** Words that end the thing taken: "took the red kayak and…", "took the bus to school". */
const NOT_A_THING =
  'and|or|to|for|from|at|in|on|with|so|but|because|we|he|she|they|then|after|before|last|this|that|yesterday|today|tonight|home|back';

/** A blow or a killing done to a person: "kill her mother", "stab him", "beat his wife". */
const HARMED_PERSON = String.raw`(?:(?:his|her|their|my|our|the|that|your)\s+(?:[\p{Ll}-]+\s+)?(?:mom|mother|wife|husband|dad|father|son|daughter|girlfriend|boyfriend|neighbou?r|brother|sister|kid|child|baby|man|woman|guy|lady|clerk|victim|friend|grandma|grandmother|cousin|roommate)|him|her|them|me|us)\b`;
const HARM_DONE = String.raw`(?:kill|stab|shoot|beat|choke|strangle|attack|punch|hit|hurt|kick|stomp)\s+${HARMED_PERSON}`;

/** The text within `reach` characters either side of the words matched. */
export const around = (text: string, start: number, end: number, reach: number) =>
  text.slice(Math.max(0, start - reach), end + reach);

/**
 * Whether the match's capitalised name is given a staff title anywhere in the text: "Thanks to
 * Sgt. Hayes and her team. Hayes was running the operation".
 */
function titledElsewhere(text: string, match: string): boolean {
  const name = /\p{Lu}\p{Ll}+/u.exec(match)?.[0];
  if (!name || /^(?:He|She|The)$/.test(name)) return false;
  return new RegExp(String.raw`\b(?:${STAFF})\.?\s+(?:\p{Lu}\p{Ll}+\s+)?${name}\b`, 'u').test(text);
}

export function accusationRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "Scrapyard Wendell strikes again" beside a theft; not the weather, a pet, Santa, staff
      // ("Dispatcher Kim strikes again"), a game or a thanks
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:strikes|struck|has\s+struck)\s+again\b`,
        'gu',
      ),
      hints: ['strikes', 'struck'],
      keep: (text, start, end) => {
        const sentence = sentenceAround(text, start, end);
        return (
          // or a crook's nickname that tells the deed: "Card Skimmer Nolan strikes again"; not
          // a mascot that "stole the show"
          (tellsOfDeedNear(text, start, end) ||
            (CROOK_NICKNAME.test(text.slice(start, end)) &&
              !/\b(?:mascot|stole\s+the\s+show)\b/i.test(around(text, start, end, 120)))) &&
          !titled(text, start) &&
          !THANKED.test(sentence) &&
          !/\b(?:goal|points?|game|team|season|storm|snow|rain|weather|frost|flu|winter|lightning|thunder|wind)\b/i.test(
            sentence,
          ) &&
          // "Buster strikes again! Our dog stole the mail carrier's hat."
          !/\b(?:dogs?|cats?|pup|puppy|kitten|pets?|K-?9|raccoons?|squirrels?)\b/i.test(
            text.slice(Math.max(0, start - 80), end + 80),
          )
        );
      },
      message,
    },
    {
      // "it's obviously Dominic" beside a robbery; not "it's obviously Tuesday", an officer's
      // quick thinking, nor a question
      pattern: new RegExp(
        String.raw`\b(?:[Ii]t['’]s|[Ii]t\s+(?:is|was)|[Ii]t\s+has\s+to\s+be)\s+(?:obviously|clearly|definitely|totally|100%|def)\s+${NAME}(?!['’]s)`,
        'gu',
      ),
      hints: ['obviously', 'clearly', 'definitely', 'totally', '100', 'def'],
      keep: (text, start, end) => {
        const name = text.slice(start, end).split(/\s+/).slice(-2).join(' ');
        return (
          tellsOfDeedNear(text, start, end) &&
          !STAFF_OPENING.test(name) &&
          !STAFF_ENDING.test(text.slice(start, end)) &&
          !asked(text, end)
        );
      },
      message,
    },
    {
      // "Wendell Strick es el responsable de la muerte de Priya", "Él es el responsable del
      // ataque", "de al menos veinte robos" (round twenty-four); not an institution ("El Servicio Forestal es el responsable del incendio
      // prescrito") nor a drill
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[ÉEé]l|[Ee]lla|${NAME})\s+(?:es|fue)\s+(?:el|la)\s+(?:único\s+|única\s+)?responsable\s+(?:de|del)\s+(?:la\s+|el\s+|los\s+|las\s+)?(?:(?:al\s+menos|más\s+de|por\s+lo\s+menos)\s+)?(?:(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte|treinta|varios|varias|muchos|muchas)\s+)?(?:muertes?|ataques?|robos?|asaltos?|tiroteos?|choque|atropello|incendios?|apuñalamiento|crímenes|crimen|homicidios?|asesinatos?)(?![\p{L}])`,
        'gu',
      ),
      hints: ['responsable'],
      keep: (text, start, end) =>
        !/^(?:(?:La|El|Los|Las)\s+)?(?:Ciudad|Departamento|Polic[ií]a|Bomberos?|Gobierno|Estado|Condado|Municipio|Alcald[ií]a|Escuela|Compañ[ií]a|Empresa|Servicio|Protecci[oó]n|Cuerpo|Sheriff|Forestal|Civil|Guardia)(?![\p{L}])/u.test(
          text.slice(start, end),
        ) &&
        !/^\s+(?:prescrit[oa]|controlad[oa]|simulad[oa]|planead[oa]|programad[oa]|de\s+práctica)(?![\p{L}])/iu.test(
          text.slice(end, end + 24),
        ),
      message,
    },
    {
      // "he started the whole thing" beside a fight, "Deshawn Mercer, 14, started the whole thing"
      // (round twenty-four), "he's the one who started the whole thing" (round twenty-seven);
      // not a pastor's toy drive, nor staff
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}(?:,\s*\d{1,2},)?|[Hh]e|[Ss]he)(?:(?:['’]s|\s+is|\s+was)\s+the\s+one\s+(?:who|that))?\s+(?:started|began)\s+(?:the\s+whole\s+thing|it\s+all|the\s+(?:fight|brawl|fire|riot|whole\s+fight))\b`,
        'gu',
      ),
      hints: ['started', 'began'],
      keep: (text, start, end) =>
        tellsOfDeedNear(text, start, end) &&
        !titled(text, start) &&
        !THANKED.test(sentenceAround(text, start, end)),
      message,
    },
    {
      // "he's the one who should be locked up" beside a deed; not a question, staff, or the
      // mayor blamed for potholes
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)(?:['’]s|\s+is)\s+the\s+one\s+(?:who|that)\s+(?:should|needs\s+to|ought\s+to|belongs)\s+(?:be\s+)?(?:locked\s+up|in\s+(?:jail|prison)|behind\s+bars|charged|arrested|doing\s+time)`,
        'gu',
      ),
      hints: ['one'],
      keep: (text, start, end) =>
        tellsOfDeedNear(text, start, end) && !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // "Why did he repaint the truck the next day if he didn't do it": the question that
      // answers itself; "…if they didn't do anything wrong?" only beside a deed (not a road
      // closed)
      pattern:
        /\b[Ww]hy\s+(?:did|would|does|do|is|was)\s+(?:he|she|they)\b[^.!?\n]{3,120}?\bif\s+(?:he|she|they)\s+(?:didn['’]t|did\s+not|wasn['’]t|was\s+not)\s+(?:do|doing|done|involved)\b(?:\s+(?:it|anything|nothing|that))?/gu,
      hints: ['why'],
      keep: (text, start, end) =>
        /\b(?:do|done|doing)\s+(?:it|that)$/.test(text.slice(start, end)) ||
        tellsOfDeedNear(text, start, end),
      message,
    },
    {
      // "We know it was you, Travis", "we know it's you, Lorraine", "Was it you, Gordy?" beside a
      // deed; not "…you who returned the lost wallet", nor a tip line's "Nobody will know it was
      // you" (round thirty-six)
      pattern:
        /\b(?:know|knows|knew)\s+it\s+(?:was|is|['’]s)\s+you\b(?:,\s*\p{Lu}\p{Ll}+)?|\b[Ww]as\s+it\s+you,\s*\p{Lu}\p{Ll}+\s*\?/gu,
      hints: ['know', 'knows', 'knew', 'was it you'],
      keep: (text, start, end) => {
        const who = /^\s+(?:who|that)\s+([\p{L}-]+)/u.exec(text.slice(end, end + 40));
        return (
          !/\b(?:nobody|no\s+one|never|won['’]t|will\s+not|wouldn['’]t)\s+(?:will\s+|would\s+|['’]ll\s+|has\s+to\s+|needs\s+to\s+)?(?:ever\s+|even\s+)?$/i.test(
            before(text, start, 40),
          ) &&
          tellsOfDeedNear(text, start, end) &&
          !THANKED.test(sentenceAround(text, start, end)) &&
          (who?.[1] === undefined || isCrimeVerbWord(who[1].toLowerCase()))
        );
      },
      message,
    },
    // Round twenty-three, from the forty-third and forty-fourth sets.
    {
      // "that's a guilty man if I ever saw one", "he's not a guilty man"; not staff, a pet
      // ("Rex chewed the bumper again. That's one guilty boy!": a boy or a girl is as often a
      // dog), nor asked
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:[Tt]hat|[Tt]his|${NAME}|[Hh]e|[Ss]he)(?:['’]s|\s+is|\s+was)\s+(?:not\s+)?(?:a|one)\s+(?:[\p{L}-]+\s+)?guilty\s+(?:man|woman|person|guy|dude|lady|individual)\b`,
        'gu',
      ),
      hints: ['guilty'],
      keep: (text, start, end) =>
        !titled(text, start) && !asked(text, end) && !ANIMAL.test(around(text, start, end, 160)),
      message,
    },
    {
      // "let a crook like Quarrie guard it", "a career thief like Gerrit", "white collar crooks
      // like Pruitt" (round twenty-six); not an officer named after it, nor a lesson ("Don't be
      // a thief like Grinch", "Nobody likes a thief like Swiper")
      pattern: new RegExp(
        String.raw`\b(?:(?:a|an|another|some)\s+(?:${CROOK_KIND}){0,2}(?:crook|thief|criminal|con\s+(?:man|artist)|scammer|arsonist|firebug|thug|swindler)|(?:${CROOK_KIND}){1,2}(?:crooks|thieves|criminals|con\s+(?:men|artists)|scammers|arsonists|thugs|swindlers))\s+like\s+${NAME}|(?<!\b(?:[Rr]eport|[Bb]eware\s+of|[Ww]atch\s+out\s+for|[Ww]arn\w*\s+(?:you\s+)?about|[Aa]void)\s+)\b(?:crooks|thieves|criminals|scammers|swindlers|con\s+(?:men|artists))\s+like\s+(?:this|that)\s+(?:treasurer|guy|man|woman|coach|owner|manager|nurse|lobbyist|guard|adviser|advisor|broker|pastor|contractor|conductor|foreman)\b`,
        'gu',
      ),
      hints: ['like'],
      keep: (text, start, end) => {
        const match = text.slice(start, end);
        return (
          !STAFF_OPENING.test(match.slice(match.lastIndexOf(' like ') + 6)) &&
          !/\b(?:be|being|become|becoming|likes?|wants?)\s+$/i.test(
            text.slice(Math.max(0, start - 16), start),
          )
        );
      },
      message,
    },
    {
      // "he's still pulling the strings from jail", "the real one running this whole thing is the
      // night manager" beside a deed; not staff, named with a title anywhere in the text ("Sgt.
      // Hayes… Hayes was running the crew"), nor thanked, nor asked
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)(?:['’]s|\s+is|\s+was|\s+has\s+been)\s+(?:still\s+|really\s+|clearly\s+|obviously\s+|the\s+one\s+)?(?:pulling\s+the\s+strings|running\s+(?:this|that|the)\s+(?:whole\s+)?(?:thing|ring|crew|racket|scheme))|\b[Tt]he\s+(?:real\s+)?(?:one|guy|man|woman|person)\s+(?:running|behind)\s+(?:this|that|the)\s+(?:whole\s+)?(?:thing|ring|crew|racket|scheme)\s+(?:is|was)\s+[^.!?\n]{2,60}`,
        'gu',
      ),
      hints: ['pulling', 'running', 'behind'],
      keep: (text, start, end) =>
        tellsOfDeedNear(text, start, end) &&
        !titled(text, start) &&
        !titledElsewhere(text, text.slice(start, end)) &&
        !THANKED.test(around(text, start, end, 200)) &&
        !asked(text, end),
      message,
    },
    {
      // "She had her hands in my dad's wallet too", "he had his sticky fingers in the till" beside
      // a deed; not hands in pockets, nor a proud mom's cookie jar
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:had|has|have|got)\s+(?:his|her|their)\s+(?:sticky\s+)?(?:hands?|fingers)\s+in\s+(?:(?:the|my|his|her|our|their|your)\s+)?(?:\p{L}+['’]s\s+)?(?:[\p{L}-]+\s+)?(?:wallet|till|purse|accounts?|cookie\s+jar|savings|cash\s+box|collection\s+plate)\b`,
        'gu',
      ),
      hints: ['hands', 'hand', 'fingers'],
      keep: (text, start, end) =>
        tellsOfDeedNear(text, start, end) &&
        !titled(text, start) &&
        !asked(text, end) &&
        !THANKED.test(around(text, start, end, 120)) &&
        !/\bproud\b/i.test(around(text, start, end, 120)),
      message,
    },
    {
      // "she will not get away with what she did to your father", "he won't get away with it"
      // beside a deed; not a coach's practice, a cake, nor an offender nobody knows ("They")
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:will\s+not|won['’]t|can['’]t|cannot|shouldn['’]t|should\s+not|(?:is|are)\s+not\s+going\s+to|(?:is|are)n['’]t\s+going\s+to|(?:is|are)n['’]t\s+gonna|not\s+gonna)\s+get\s+away\s+with\s+(?:it|this|that|what\s+(?:he|she|they)\s+did|what\s+(?:he|she|they)(?:['’]s|['’]ve|\s+has|\s+have)\s+done)\b`,
        'gu',
      ),
      hints: ['away'],
      keep: (text, start, end) =>
        crimeToldBeside(text, start, end) && !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // "Who else but the night watchman would have known the gate code?" beside a deed: the
      // question that names its answer; not a helper praised ("Who else but Officer Diaz would
      // run into a burning building?", "would have noticed the smoke")
      pattern:
        /\b[Ww]ho\s+else\s+(?:but|besides|other\s+than|except)\s+(?:the\s+|that\s+|his\s+|her\s+)?(?:[\p{L}'’-]+\s+){1,3}?(?:would|could)\s+(?:have\s+)?(?:known|had|done|taken|set|started|lit|stolen|wanted|needed|gained)\b[^.!?\n]{0,80}/gu,
      hints: ['else'],
      keep: (text, start, end) => {
        const who =
          /^\S+\s+else\s+\S+\s+(?:the\s+|that\s+|his\s+|her\s+)?(.*)$/u.exec(
            text.slice(start, end),
          )?.[1] ?? '';
        return (
          tellsOfDeedNear(text, start, end) &&
          !STAFF_OPENING.test(who) &&
          !THANKED.test(around(text, start, end, 160))
        );
      },
      message,
    },
    // Round twenty-four, from the forty-fifth and forty-sixth sets.
    {
      // "He is NOT the guy on that camera", "Dana's definitely the woman in the video": the person
      // a recording shows, named or denied; not staff ("Officer Diaz is the one in the video")
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)(?:['’]s|\s+is|\s+was)\s+(?:(?:NOT|not|definitely|clearly|obviously|100%)\s+){0,2}the\s+(?:guy|man|woman|person|one|kid|dude|lady|girl|boy)\s+(?:on|in)\s+(?:the|that|this)\s+(?:camera|video|footage|tape|clip|doorbell\s+video|surveillance\s+video)\b`,
        'gu',
      ),
      hints: ['camera', 'video', 'footage', 'tape', 'clip'],
      keep: (text, start, end) =>
        tellsOfDeedNear(text, start, end) && !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // "Wasn't Dorian." opening a sentence: the denial with its subject left out, beside a deed
      pattern: new RegExp(
        String.raw`(?:^|(?<=[.!?]\s+))(?:[Ii]t\s+)?[Ww]asn['’]t\s+(?:even\s+)?${NAME}(?=\s*[.,;!—–-])`,
        'gu',
      ),
      hints: ['wasn', 'wasnt'],
      keep: (text, start, end) =>
        tellsOfDeedBeside(text, start, end) &&
        !STAFF_OPENING.test(
          text.slice(start, end).replace(/^(?:[Ii]t\s+)?[Ww]asn['’]t\s+(?:even\s+)?/u, ''),
        ),
      message,
    },
    {
      // "she was in on it", "the nephew was in on it too", "she had to be in on it" (round
      // twenty-seven): a share in the deed; not "we were in on the surprise"
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey)(?:['’]s|\s+is|\s+was|\s+were|['’]re|\s+are|\s+(?:had|has|have)\s+to\s+(?:be|have\s+been)|\s+must\s+(?:be|have\s+been))\s+(?:(?:totally|definitely|clearly|obviously|probably|also|all)\s+)?in\s+on\s+it\b`,
        'gu',
      ),
      hints: ['in'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        !asked(text, end) &&
        !/\b(?:surprise|party|joke|prank|secret|gift|proposal)\b/i.test(
          sentenceAround(text, start, end),
        ),
      message,
    },
    // Round twenty-five, from the forty-seventh to the fifty-second sets.
    {
      // The deed seen or heard done to a person: "who had to hear her father kill her mother", "I
      // saw Dorian stab him"; and a child's own words, "my dad hurt my mom". Not "saw him kill the
      // engine", "watched her shoot hoops", "heard the coach hit the buzzer".
      pattern: new RegExp(
        String.raw`\b(?:saw|seen|see|heard|hear|watched|watch)\s+(?:(?:his|her|their|my|your|our)\s+(?:dad|father|stepdad|stepfather|mom|mother|husband|wife|brother|sister|uncle|son|boyfriend|girlfriend|ex)|him|${NAME})\s+${HARM_DONE}|\b(?:my|his|her|our|their)\s+(?:dad|father|stepdad|stepfather|husband|boyfriend|mom|mother|brother|uncle)\s+(?:hurt|hit|beat|choked|strangled|stabbed|shot|killed)\s+${HARMED_PERSON}`,
        'gu',
      ),
      hints: [
        'saw',
        'seen',
        'see',
        'heard',
        'hear',
        'watched',
        'watch',
        'hurt',
        'hit',
        'beat',
        'choked',
        'strangled',
        'stabbed',
        'shot',
        'killed',
      ],
      keep: (text, start) => !titled(text, start),
      message,
    },
    {
      // A helper in the deed named: "Efraín helped him hide the phone", "his cousin helped her
      // dump the car"; not help to hide from an abuser or to get away from a fire
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:helped|was\s+helping|has\s+been\s+helping)\s+(?:him|her|them|${NAME})\s+(?:hide|ditch|dump|bury|burn|wipe|clean\s+up|get\s+rid\s+of|cover\s+up|sell|fence|move)\s+(?:the|his|her|their|that|all\s+the|a)\s+(?:\p{L}+\s+)?(?:phone|gun|knife|body|car|truck|van|weapon|money|cash|evidence|clothes|stuff|loot|converters?|motors?|guns?|pistol|blood|footage|video|tools?|goods|bikes?|laptops?)\b`,
        'gu',
      ),
      hints: ['helped', 'helping'],
      keep: (text, start, end) =>
        !titled(text, start) && !asked(text, end) && crimeToldBeside(text, start, end),
      message,
    },
    {
      // The crime made a title: "Carjacker Villalobos now faces 10 to 25 years", "Killer Ramiro
      // should never get out"; not a headline's "Thief Strikes Again", "Killer Mike" on stage,
      // "Robber Baron Days", a town's "Thief River Falls"
      pattern: new RegExp(
        String.raw`\b(?:Carjacker|Killer|Murderer|Thief|Robber|Arsonist|Rapist|Embezzler|Burglar|Shooter|Stabber|Molester|Abuser|Crook|Fraudster|Scammer|Wife-?killer)\s+(?!(?:Mike|Bees?|Whales?|Queen|Instinct|Baron|River|Strikes|Alert|Caught|Arrested|Sought|Wanted|Update|Hits|Returns|Sentenced|Charged|Identified|Still|At)\b)\p{Lu}\p{Ll}+(?=\s+(?:now|faces|is|was|has|had|will|should|gets|got|deserves|needs|must|can|belongs|better|won['’]?t|isn['’]?t|wasn['’]?t|did|does|and|,)|\s*[,.!?])`,
        'gu',
      ),
      hints: [
        'carjacker',
        'killer',
        'murderer',
        'thief',
        'robber',
        'arsonist',
        'rapist',
        'embezzler',
        'burglar',
        'shooter',
        'stabber',
        'molester',
        'abuser',
        'crook',
        'fraudster',
        'scammer',
        'wife-killer',
        'wifekiller',
      ],
      // a crime told beside it: "Killer Burger is now open", "Crook County is hosting the fair"
      keep: (text, start, end) =>
        !asked(text, end) &&
        !ANIMAL.test(around(text, start, end, 80)) &&
        crimeToldBeside(text, start, end),
      message,
    },
    {
      // Robbed blind: "let Oakes rob us blind", "Wade Thibodeaux robbing us blind while we
      // rebuild" (round twenty-five); the doer named, not the storm or the prices
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:has\s+been|have\s+been|was|were|is|are|been|kept|keeps)\s+)?(?:rob|robs|robbing|robbed)\s+(?:us|them|me|you|everyone|everybody|(?:the|this|our|their|his|her)\s+[\p{L}-]+)\s+blind\b`,
        'gu',
      ),
      hints: ['blind'],
      keep: (text, start) =>
        !titled(text, start) &&
        !/^(?:Storm|Hurricane|Inflation|Prices|Insurance|The|This|Gas)\b/u.test(text.slice(start)),
      message,
    },
    {
      // Others in the deed: "Greer didn't act alone", "Naquin wasn't working alone", "he
      // didn't do this alone" (round twenty-five): the named one did it, with help
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:didn['’]?t|did\s+not|wasn['’]?t|was\s+not|never|couldn['’]?t\s+have|could\s+not\s+have)\s+(?:act|acted|acting|work|worked|working|do\s+(?:it|this|that)|done\s+(?:it|this|that)|pull\s+(?:it|this|that)\s+off)\s+alone\b`,
        'gu',
      ),
      hints: ['alone'],
      keep: (text, start, end) =>
        tellsOfDeedBeside(text, start, end) && !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // The other doer named: "The real shooter is Bao's cousin Kenny from Argyle", "the real
      // thief was his nephew" (round twenty-five); a name or a person after the verb, not "is
      // still out there"
      pattern:
        /\b[Tt]he\s+real\s+(?:shooter|killer|thief|thieves|robber|arsonist|attacker|driver|culprit|criminal|murderer)\s+(?:is|was|are|were|['’]s)\s+(?:[\p{Lu}][\p{L}'’-]+|(?:his|her|their)\s+[\p{L}'’-]+|(?:the|that|a)\s+(?:guy|man|woman|kid|boy|girl|landlord|owner|neighbou?r|husband|wife|boyfriend|girlfriend|brother|sister|cousin|nephew|son|daughter|roommate|ex))(?:\s+[\p{L}'’-]+){0,4}/gu,
      hints: ['real'],
      // a person, where a crime is told: not "the real culprit is the humidity"
      keep: (text, start, end) => !asked(text, end) && crimeToldBeside(text, start, end),
      message,
    },
    {
      // Innocence as not knowing: "Dad knew nothing about it", "she knew nothing about the
      // money" (round twenty-five), where a deed is told
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:knew|knows)\s+(?:absolutely\s+)?nothing\s+about\s+(?:it|this|that|any\s+of\s+(?:it|this|that)|the\s+[\p{L}-]+)`,
        'gu',
      ),
      hints: ['nothing'],
      keep: (text, start, end) =>
        tellsOfDeedBeside(text, start, end) && !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // Lives put at risk: "Everett Lindqvist put every one of those people at risk for a
      // payout", "He put fourteen children in danger because he couldn't wait to crack a beer"
      // (round twenty-six); a person's doing where a deed, a payout or drink is told beside it,
      // not the storm's, not "in danger of losing the title"
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:(?:has|have|had)\s+)?(?:put|puts|putting|placed)\s+(?:every\s+one\s+of\s+|all\s+(?:of\s+)?)?(?:[\p{Ll}\d-]+\s+){0,2}(?:people|children|kids|passengers|students|families|lives|residents|tenants|customers|patients|seniors|neighbou?rs|riders|workers|guests|boaters|everyone|everybody|us|them)\s+(?:at\s+risk|in\s+danger|in\s+harm['’]s\s+way)(?!\s+of\b)`,
        'gu',
      ),
      hints: ['risk', 'danger', 'harm'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        !asked(text, end) &&
        (tellsOfDeedBeside(text, start, end) ||
          /\b(?:drunk|beer|drinking|booze|payout|insurance|impaired)\b/i.test(
            sentenceAround(text, start, end),
          )),
      message,
    },
    {
      // The doers known by an earlier deed: "the same two who hit the church vans", "the same
      // punks who took her first converter came back for seconds" (round twenty-six), where a
      // crime is told; "the same guy who got caught paying cash under the table", "the same con
      // man who emptied the poker room's safe"; not the same kids who hit the skate park
      pattern:
        /\b[Tt]he\s+same\s+(?:two|three|four|few|punks?|guys?|men|man|woman|dude|people|ones?|crew|thieves|kids|teens|boys|pair|group|gang|duo|con\s+man|crook)\s+(?:who|that)\s+(?:(?:already|also|just)\s+)?(?:hit|took|stole|robbed|broke\s+into|tagged|smashed|burned|torched|vandali[sz]ed|shot|jumped|attacked|cut|swiped|snatched|grabbed|trashed|keyed|ripped\s+off|emptied|cleaned\s+out|conned|scammed|got\s+caught(?!\s+(?:in|up|out|short|napping|off)\b))\b(?!\s+(?:(?:the\s+)?(?:gym|beach|road|trails?|books|park|skate\s*park|slopes|pool|court|field|waves|stores|mall|jackpot|stage|lights?)|(?:first|second|third|top)(?:\s+place)?|gold|silver|bronze|(?:the|a)\s+(?:[\p{Ll}-]+\s+)?(?:title|trophy|prize|crown|cup|win|ribbon|medal))\b)(?:\s+[^\s.!?,;]+){0,10}/gu,
      hints: ['same'],
      keep: (text, start, end) =>
        (crimeToldBeside(text, start, end) ||
          /\bthie(?:f|ves)\b/i.test(around(text, start, end, 200))) &&
        !asked(text, end),
      message,
    },
    {
      // Drink on the job: "she was drinking on the job", "He's been drinking on his route for
      // years" (round twenty-six); said of the named one, not of an officer
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)(?:\s+(?:was|has\s+been|had\s+been|been|is|keeps|kept)|['’]s(?:\s+been)?)?\s+(?:drinking|drunk|boozing)\s+(?:on\s+(?:the\s+job|duty|(?:his|her|the)\s+(?:route|shift|run))|at\s+work|behind\s+the\s+wheel|while\s+driving)(?:\s+for\s+(?:years|months|weeks))?`,
        'gu',
      ),
      hints: ['drinking', 'drunk', 'boozing'],
      // not an officer, nor the therapy dog "drinking on the job"
      keep: (text, start, end) =>
        !titled(text, start) && !asked(text, end) && !ANIMAL.test(around(text, start, end, 80)),
      message,
    },
    {
      // Drunk at the wheel: "the guy who got loaded and drove 14 kids down Calloway" (round
      // twenty-six)
      pattern: new RegExp(
        String.raw`(?:\b(?:the|that|this)\s+(?:guy|man|woman|lady|driver|dude|idiot|clown|jerk)\s+who|(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he))\s+got\s+(?:loaded|drunk|wasted|hammered|plastered|trashed|high)\s+and\s+(?:drove|got\s+behind\s+the\s+wheel)\b${TAIL(8)}`,
        'gu',
      ),
      hints: ['got'],
      // a description, so also inside an indignant question ("… gets to go home on bond??");
      // not the warning "Don't be the guy who got drunk and drove home"
      keep: (text, start) =>
        !titled(text, start) &&
        !/\b(?:don['’]?t|do\s+not|never|nobody\s+wants\s+to|no\s+one\s+wants\s+to)\s+be\s+$/i.test(
          text.slice(Math.max(0, start - 30), start),
        ),
      message,
    },
    {
      // Drunk at the wheel in Spanish: "Voss manejó borracha con los niños a bordo" (round
      // twenty-six)
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${NAME}|Él|él|[Ee]lla)\s+(?:manejó|manejaba|conducía|condujo|iba\s+manejando)\s+(?:bien\s+|muy\s+)?(?:borrach[oa]|ebri[oa]|tomad[oa]|pedo|bebid[oa])(?![\p{L}])(?:\s+con${TAIL(6)})?`,
        'gu',
      ),
      hints: ['manej', 'conduc', 'condujo'],
      keep: (text, start) => !titled(text, start),
      message,
    },
    {
      // Money taken by a trick: "Garza screwed my whole family out of three cars", "he
      // cheated them out of $40,000" (round twenty-six); money or goods, not a win or a title
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:(?:has|have|had)\s+)?(?:screwed|cheated|swindled|scammed|conned|ripped\s+off|bilked|fleeced|defrauded|hustled|tricked)\s+(?:[\p{L}'’-]+\s+){1,4}?out\s+of\s+(?:[\p{L}\d$,.'’-]+\s+){0,3}?(?:money|savings|cars?|trucks?|homes?|houses?|retirement|pensions?|dollars|thousands|millions|deposits?|\$[\d,.]+\w*|\d[\d,.]*\s*(?:k|grand|dollars))\b`,
        'gu',
      ),
      hints: ['out of'],
      keep: (text, start, end) => !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // Many deceived, in Spanish: "ese hijo de puta engañó a cientos de familias trabajadoras"
      // (round twenty-six); many people deceived is a fraud, one spouse deceived is not
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${NAME}|Él|él|[Ee]lla|(?:[Ee]se|[Ee]sa|[Ee]ste|[Ee]sta)\s+(?:hombre|mujer|tipo|tipa|señor|señora|sujeto|individuo|vato|hijo\s+de\s+puta|sinvergüenza|desgraciad[oa]|maldit[oa]|cabrón|estafador[a]?|ladr[oó]n|ladrona|rater[oa]))\s+(?:engañó|estafó|robó)\s+a\s+(?:cientos|miles|decenas|muchas|muchos|tod[oa]s)${TAIL(8)}`,
        'gu',
      ),
      hints: ['engañó', 'estafó', 'robó'],
      keep: (text, start) => !titled(text, start),
      message,
    },
    {
      // The weapon handed over: "His cousin Nestor, who is only 16, handed him the gun in the
      // parking lot" (round twenty-six), where a crime or a helper is told; not a rifle
      // handed over at the range
      pattern:
        /\b(?:handed|passed|slipped|gave)\s+(?:him|her|them|the\s+shooter)\s+the\s+(?:gun|pistol|weapon|firearm|rifle|shotgun)\b(?!\s+(?:safe|lock|case|back|range))(?:\s+[^\s.!?,;]+){0,6}/gu,
      hints: ['the gun', 'the pistol', 'the weapon', 'the firearm', 'the rifle', 'the shotgun'],
      keep: (text, start, end) =>
        !staffNamedBefore(text, start) &&
        !asked(text, end) &&
        (crimeToldBeside(text, start, end) ||
          /\b(?:act(?:ed)?\s+alone|accomplice|shooter)\b/i.test(around(text, start, end, 200))),
      message,
    },
    {
      // The weapon handed over, in Spanish: "Dicen que él le pasó la pistola" (round
      // twenty-six), where a crime or a guilt is told beside it
      pattern:
        /(?<![\p{L}])(?:le|les)\s+(?:pas[óo]|dio|entreg[óo])\s+(?:la|el)\s+(?:pistola|arma|rifle|cuchillo|navaja)(?![\p{L}])/gu,
      hints: ['pistola', 'arma', 'rifle', 'cuchillo', 'navaja'],
      // not the chief handing an officer her service weapon at a graduation
      keep: (text, start, end) => {
        const beside = text.slice(0, start) + ' ' + text.slice(end);
        if (SPANISH_STAFF_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
        return (
          SPANISH_CRIME_TOLD.test(beside) ||
          /(?<![\p{L}])(?:culpable|balacera|tiroteo|dispar\p{L}*|mat[óo])(?![\p{L}])/iu.test(beside)
        );
      },
      message,
    },
    {
      // Caught at the deed: "Rafferty was caught on camera jumping on the cop car" (round
      // twenty-six), a deed in its own words or where a deed is told; the one named, not "he"
      // in a post asking who the man on the doorbell camera is, nor a pet caught on camera
      // stealing socks, nor a neighbour caught on camera dancing
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])${NAME}\s+(?:was|were|got|is|are|been|has\s+been)\s+caught\s+on\s+(?:camera|video|tape|film|surveillance|cam|(?:a|the)\s+(?:security|doorbell|dash|body|trail)\s*cam(?:era)?)\s+([\p{Ll}-]+ing)\b${TAIL(8)}`,
        'gu',
      ),
      hints: ['caught on'],
      keep: (text, start, end) => {
        const doing =
          /\bcaught\s+on\s+[\p{L} ]+?\s+([\p{Ll}-]+ing)\b/u.exec(text.slice(start, end))?.[1] ?? '';
        return (
          !titled(text, start) &&
          !asked(text, end) &&
          !ANIMAL.test(around(text, start, end, 80)) &&
          !/^(?:smiling|dancing|waving|singing|helping|rescuing|saving|playing|hugging|petting|feeding|laughing|catching|cleaning|giving|returning|shoveling|shovelling)$/.test(
            doing,
          ) &&
          (crimeToldBeside(text, start, end) ||
            (/^(?:jumping|smashing|breaking|kicking|spray-painting|tagging|looting|throwing)$/.test(
              doing,
            ) &&
              /\b(?:(?:cop|police|patrol)\s+cars?|cruisers?|windows?|windshields?)\b/i.test(
                text.slice(start, end),
              )))
        );
      },
      message,
    },
    {
      // Arson for the insurance: "Burn your own marina for a payout", "burning 14 families'
      // boats for an insurance check" (round twenty-six)
      pattern:
        /\b(?:burn|burns|burned|burnt|burning|torch|torched|torching|set\s+fire\s+to|setting\s+fire\s+to)\s+(?:[\p{L}\d'’-]+\s+){1,5}?for\s+(?:(?:a|an|the|that|his|her|their)\s+)?(?:insurance\s+(?:payout|check|money|claim|cash)|payout)\b/giu,
      hints: ['insurance', 'payout'],
      // also in the indignant question it is often put as ("… and then cry on Channel 6??")
      message,
    },
    {
      // The verdict called: "Guilty. Guilty. Guilty." (round twenty-six), the word said again
      // and again as a sentence of its own, or shouted in one ("GUILTY GUILTY GUILTY. hang him",
      // round forty-five)
      pattern: /(?<![\p{L}\p{N}_])(?:[Gg]uilty|GUILTY)[.!]*(?:\s+(?:[Gg]uilty|GUILTY)[.!]*)+/gu,
      hints: ['guilty'],
      // of a case, not of the cookies eaten or the dog's shame
      keep: (text, start, end) => {
        const near = around(text, start, end, 160);
        return (
          !ANIMAL.test(near) &&
          !/\b(?:cookies?|cake|ate|eaten|snack)\b/i.test(near) &&
          // not a mock trial's, a band's, a game's nor a tour's (round forty-five's review)
          !/\b(?:mock|game|band|songs?|album|concert|escape\s+room|pleasures?|camp|tour)\b/i.test(
            near,
          ) &&
          (crimeToldBeside(text, start, end) ||
            /\b(?:max|maximum|trial|jury|verdict|sentenced?|charged|court|prison|jail|hang\s+(?:him|her))\b/i.test(
              near,
            ))
        );
      },
      message,
    },
    {
      // Shots fired by the one named: "Haskins fired at least six rounds into his neighbor's
      // home", "Dakota Renner, who fired at his neighbor's truck" (round twenty-six); not an
      // officer's, nor at a range's target
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|who)\s+(?:(?:then|had|allegedly)\s+)?fired\s+(?:(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|a\s+few|a\s+dozen)\s+(?:rounds|shots|bullets)\s+)?(?:at|into)\s+(?:his|her|their|the|a|an|my|our)\s+(?!(?:target|targets|range|goal|net|basket|hoop|air\s+rifle|plant|company|factory|mill|store)\b)[^\s.!?,;]+${TAIL(6)}`,
        'gu',
      ),
      hints: ['fired'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        !asked(text, end) &&
        !/\b(?:officers?|deputy|deputies|troopers?|police|agents?|sergeant|sheriff|SWAT|team)\s*,?\s*$/i.test(
          text.slice(Math.max(0, start - 30), start),
        ),
      message,
    },
    {
      // A fall let taken: "she let him take the fall for months", "He started it and let Teo
      // take the fall" (round twenty-six)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey|and)\s+(?:let|lets|letting)\s+(?:him|her|them|${NAME})\s+take\s+the\s+(?:fall|rap|blame)\b(?!\s+(?:semester|term|quarter|class|classes|season|pottery|course|off)\b)(?:\s+for\s+(?:months|years|weeks|it|this|that))?`,
        'gu',
      ),
      hints: ['fall', 'rap', 'blame'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        (!/blame/i.test(text.slice(start, end)) || tellsOfDeedBeside(text, start, end)),
      message,
    },
    {
      // The fact known to them: "He was out of control and he knows it", "He was going way too
      // fast and he knows it" (round twenty-six), where a deed or a case is told; not the
      // sentence he faces ("He's looking at twenty years, and he knows it")
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)(?:\s+(?:was|is)|['’]s)\s+(?!(?:looking\s+at|facing|going\s+to|gonna|getting)\b)[^.!?\n;]{3,50}?\s+and\s+(?:he|she)\s+knows\s+it\b`,
        'gu',
      ),
      hints: ['knows it'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        (tellsOfDeedBeside(text, start, end) ||
          /\b(?:jury|trial|charged|charges|prosecutors?|crash|collision)\b/i.test(
            around(text, start, end, 200),
          )),
      message,
    },
    {
      // The victims counted in a question: "How many more families did Hofstra cheat" (round
      // twenty-six), a crime's verb or a cheat
      pattern: new RegExp(
        String.raw`\b[Hh]ow\s+many\s+(?:more\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+(?:did|has|have|had)\s+(?:${NAME}|he|she|they)\s+([\p{Ll}]+)`,
        'gu',
      ),
      hints: ['how many'],
      keep: (text, start, end) => {
        const verb = /([\p{Ll}]+)$/u.exec(text.slice(start, end))?.[1] ?? '';
        return (
          !namesStaff(text, start, end) &&
          !EVERYDAY_CRIME_VERB.test(verb) &&
          (isCrimeVerbWord(verb) ||
            /^(?:cheat|cheated|scam|scammed|con|conned|swindle|swindled|defraud|defrauded|hurt|rip|ripped|short|shorted|stiff|stiffed)$/.test(
              verb,
            ))
        );
      },
      message,
    },
    {
      // Wages withheld: "Pieter Hofstra, who shorted his milkers more than $400,000", "he
      // stiffed half the crew in 2023" (round twenty-six)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|(?<=\p{Lu}[\p{Ll}'’-]+,\s{1,3})who)\s+(?:(?:has|had|have|always|also)\s+)?(?:shorted|stiffed|underpaid|shorts|stiffs|underpays|shorting|stiffing|underpaying)\s+(?:(?:his|her|their|the|half\s+(?:of\s+)?(?:his|her|their|the)|half\s+the|all\s+(?:of\s+)?(?:his|her|their|the))\s+)(?:[\p{Ll}-]+\s+)?(?:workers|milkers|crew|employees|staff|hands|pickers|laborers|labourers|drivers|cooks|servers|milkmen)\b(?!\s+(?:lights?|power|circuit|breaker))${TAIL(8)}`,
        'gu',
      ),
      hints: [
        'shorted',
        'stiffed',
        'underpaid',
        'shorts',
        'stiffs',
        'underpays',
        'shorting',
        'stiffing',
        'underpaying',
      ],
      keep: (text, start) => !titled(text, start),
      message,
    },
    {
      // The harm laid at one door: "He's the reason two men are in the burn unit" (round
      // twenty-six); people dead or hurt, not "the reason the bus stopped when it did"
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)(?:['’]s|\s+is|\s+was)\s+the\s+(?:only\s+|whole\s+)?reason\s+(?:why\s+)?(?:[\p{L}\d'’-]+\s+){0,3}?(?:people|men|women|kids|children|boys|girls|families|residents|workers|victims|neighbou?rs|officers|firefighters|someone|somebody|(?:a|the|that|this|my|our|his|her)\s+(?:[\p{Ll}-]+\s+)?(?:man|woman|kid|child|boy|girl|worker|cyclist|pedestrian|officer|family))\s+(?:is|are|was|were)\s+(?:dead|hurt|injured|in\s+(?:the\s+)?(?:hospital|burn\s+unit|ICU|morgue|grave|a\s+coma|wheelchairs?))\b`,
        'gu',
      ),
      hints: ['reason'],
      keep: (text, start) => !titled(text, start),
      message,
    },
    {
      // Stolen goods used: "Lasko used a farmworker's stolen identity", "his nephew carried the
      // stolen TVs down to the truck" (round twenty-six)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|(?:[Hh]is|[Hh]er|[Tt]heir)\s+[\p{Ll}-]+)\s+(?:used|carried|loaded|hid|stashed|pawned|fenced|moved|unloaded|hauled)\s+(?:a|an|the|his|her|their|[\p{L}'’-]+['’]s)\s+(?:[\p{Ll}'’-]+\s+){0,2}?stolen\s+(?!bases?\b)[\p{L}-]+(?:\s+(?:cards?|checks?|numbers?|identity|ids?|plates?))?(?:\s+(?:down|out|into|to)\b${TAIL(5)})?`,
        'gu',
      ),
      hints: ['stolen'],
      keep: (text, start, end) => !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // Put up to it: "their older cousin Wes Haldane put them up to it" (round twenty-six),
      // where a deed is told; not a surprise party
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}${NAME})\s+put\s+(?:him|her|them)\s+up\s+to\s+(?:it|this|that)\b`,
        'gu',
      ),
      hints: ['up to'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        (crimeToldBeside(text, start, end) ||
          /\b(?:vandal\w*|juvenile\s+court)\b/i.test(around(text, start, end, 200))),
      message,
    },
    {
      // The same trick before: "he pulled the same stunt at the Harborview Hotel in 2016"
      // (round twenty-six), where a deed is told
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(?:has|had|already|also)\s+)?pulled\s+the\s+(?:same|exact\s+same)\s+(?:stunt|scam|con|trick|thing|move|job)\b${TAIL(8)}`,
        'gu',
      ),
      hints: ['same'],
      keep: (text, start, end) =>
        !titled(text, start) && !asked(text, end) && tellsOfDeedBeside(text, start, end),
      message,
    },
    {
      // A lookout: "Villaseñor kept watch", "admitted he kept watch at the door" (round
      // twenty-six), where a deed is told; not watch kept over the kids ("was the lookout" is
      // round twenty's, with its own guards)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:kept|keeping|stood|standing)\s+(?:watch|lookout|guard|as\s+(?:a\s+)?lookout)\b(?!\s+over\b)`,
        'gu',
      ),
      hints: ['watch', 'lookout'],
      keep: (text, start, end) =>
        !titled(text, start) && !asked(text, end) && crimeToldBeside(text, start, end),
      message,
    },
    {
      // A person run into: "He slammed into a little girl at full speed" (round twenty-six)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:slammed|plowed|ploughed|crashed|smashed|rammed|barreled|barrelled)\s+(?:right\s+|straight\s+)?into\s+(?:a|the|that|this|my|our|his|her)\s+(?:little\s+|young\s+|[\d]+-year-old\s+)?(?:girl|boy|kid|child|woman|man|cyclist|pedestrian|jogger|family|student|skier|rider|biker)\b${TAIL(6)}`,
        'gu',
      ),
      hints: ['into'],
      // where a charge, a speed or drink is told: not a skier on the bunny hill
      keep: (text, start, end) =>
        !titled(text, start) &&
        !asked(text, end) &&
        (crimeToldBeside(text, start, end) ||
          /\b(?:DUI|drunk|speed\w*|mph|charged|manslaughter|hit-and-run|killed)\b/i.test(
            around(text, start, end, 200),
          )),
      message,
    },
    {
      // Two sets of books: "the man kept two sets of time cards" (round twenty-six)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]he\s+(?:man|boss|owner|guy|manager|foreman|woman))\s+kept\s+(?:two|2|double)\s+sets\s+of\s+(?:books|time\s*cards|records|ledgers|payrolls?)\b`,
        'gu',
      ),
      hints: ['sets of'],
      // where a fraud, a wage or a case is told: not a classroom's two sets of books
      keep: (text, start, end) =>
        !titled(text, start) &&
        (tellsOfDeedBeside(text, start, end) ||
          /\b(?:witch\s+hunt|paper\s+trail|fraud|audit|wages?|payroll|charged|case|theft)\b/i.test(
            around(text, start, end, 200),
          )),
      message,
    },
    {
      // A thief named in the insult: "Grigor's a thieving motherf***er" (round twenty-six),
      // where a deed is told: not the Grinch, nor Macbeth
      pattern: new RegExp(
        String.raw`${NAME_CALLED}(?:a|an|such\s+a|one|nothing\s+but\s+a)\s+(?:[\p{L}*]+\s+)?(?:thieving|murdering|murderous|lying\s+thieving)\s+[\p{L}*!@#$]+`,
        'gu',
      ),
      hints: ['thieving', 'murdering', 'murderous'],
      keep: (text, start, end) =>
        nameCalled(text, start, end) && tellsOfDeedBeside(text, start, end),
      message,
    },
    {
      // The deed itself in the name called, no deed beside it needed: "Pruitt is a murdering
      // motherf***er", "nothing but a wife-beating coward" (round twenty-seven); not a pet: "Milo
      // is a murdering little rascal to every squirrel"
      pattern: new RegExp(
        String.raw`${NAME_CALLED}(?:a|an|nothing\s+but\s+a)\s+(?:[\p{L}-]+,?\s+)?(?:murdering|wife-?beating|child-?killing|drug-?dealing)\s+[\p{L}*!@#$%&-]+`,
        'gu',
      ),
      hints: ['murdering', 'beating', 'killing', 'dealing'],
      keep: (text, start, end) =>
        nameCalled(text, start, end) && !/\brascals?\b/.test(around(text, start, end, 40)),
      message,
    },
    {
      // A Spanish thief named by a demonstrative: "ese ratero", "Garza, chinga tu madre,
      // ratero" (round twenty-six)
      pattern:
        /(?<![\p{L}])(?:[Ee]se|[Ee]sa|[Ee]ste|[Ee]sta)\s+(?:ratero|ratera|ladr[oó]n|ladrona|asesin[oa]|estafador|estafadora|rata\s+ladrona)(?![\p{L}])/gu,
      hints: ['ratero', 'ratera', 'ladr', 'asesin', 'estafador'],
      // where a case or a crime is told: not "este ladrón de corazones" nor "este asesino
      // silencioso" (carbon monoxide)
      keep: (text, start, end) =>
        !/^\s+(?:de\s+corazones|silencioso)/iu.test(text.slice(end, end + 20)) &&
        (crimeToldBeside(text, start, end) ||
          /(?<![\p{L}])(?:pena|m[áa]xima|c[áa]rcel|prisi[óo]n|condena|culpable|juicio|polic[íi]a)(?![\p{L}])/iu.test(
            around(text, start, end, 200),
          )),
      message,
    },
    {
      // The light run: "Rasmussen blew right through the stop sign" (round twenty-six), where
      // a crash or a deed is told
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:blew|ran|rolled|sped)\s+(?:right\s+|straight\s+)?(?:through\s+)?(?:the|a|that)\s+(?:stop\s+sign|red\s+light|red|light|crosswalk)\b(?!\s+show)`,
        'gu',
      ),
      hints: ['stop sign', 'red', 'light', 'crosswalk'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        (tellsOfDeedBeside(text, start, end) ||
          /\b(?:crash\w*|collision|killed|struck|DUI|charged)\b/i.test(
            around(text, start, end, 200),
          )),
      message,
    },
    {
      // The light run, in Spanish: "lo vio pasarse el alto a toda velocidad" (round
      // twenty-six)
      pattern:
        /(?<![\p{L}])(?:(?:lo|la)\s+(?:vi|vio|vimos|vieron)\s+(?:pasarse|volarse)|(?:\p{Lu}\p{Ll}+|[ÉE]l|[Ee]lla)\s+se\s+(?:pasó|voló))\s+(?:el|la)\s+(?:alto|luz\s+roja|semáforo(?:\s+en\s+rojo)?)(?:\s+a\s+toda\s+velocidad)?(?![\p{L}])/gu,
      hints: ['alto', 'roja', 'semáforo'],
      // seen done, or done by the one named: not a safety message's "Pasarse el alto…", nor
      // "Un conductor se pasó el alto"
      keep: (text, start) => !/^(?:Un|Una|El|La|Nadie|Alguien)\b/u.test(text.slice(start)),
      message,
    },
    {
      // The question that answers itself: "Didn't he basically murder Walt?" (round
      // twenty-six), a crime's verb
      pattern: new RegExp(
        String.raw`\b[Dd]idn['’]?t\s+(?:he|she|${NAME})\s+(?:basically\s+|just\s+|literally\s+|practically\s+|also\s+)?([\p{Ll}]+)\b${TAIL(5)}`,
        'gu',
      ),
      hints: ['didn'],
      keep: (text, start, end) => {
        const verb =
          /^\S+\s+\S+\s+(?:(?:basically|just|literally|practically|also)\s+)?(\p{Ll}+)/u.exec(
            text.slice(start, end),
          )?.[1];
        return (
          verb !== undefined &&
          isCrimeVerbWord(verb) &&
          !EVERYDAY_CRIME_VERB.test(verb) &&
          !namesStaff(text, start, end) &&
          !GAME_DEED.test(text.slice(start, end))
        );
      },
      message,
    },
    {
      // The deed said to the doer: "Denise you stupid c*nt, you stole from people who trusted
      // you" (round twenty-six); not "if you stole", nor the show stolen
      pattern:
        /(?<![\p{L}])[Yy]ou\s+(?:stole\s+from|robbed|scammed|cheated|conned|swindled|defrauded|ripped\s+off)\s+(?:people|us|me|them|your|every|seniors|residents|families|those|my|our|old|elderly|hundreds|dozens)\b(?!\s+of\b)(?:\s+[^\s.!?,;]+){0,10}/gu,
      hints: ['you'],
      keep: (text) => !/\b(?:game|match|tournament|cards|poker|monopoly)\b/i.test(text),
      message,
    },
    {
      // Emptied: "the Powder Day Bandit who's cleaned out six ski lockers", "Denise cleaned out
      // the reserve fund" (round twenty-six), where a theft is told; not a locker cleaned
      // out for summer
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|who(?:['’]s|\s+has|\s+had)?)\s+(?:(?:has|had)\s+)?cleaned\s+out\s+(?:the|her|his|their|our|\d+|two|three|four|five|six|seven|eight|nine|ten|several|a)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:fund|funds|accounts?|registers?|safes?|lockers?|till|vault|savings|coffers|cash\s+drawers?|tip\s+jars?|boxes|mailboxes)\b${TAIL(6)}`,
        'gu',
      ),
      hints: ['cleaned out'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        (crimeToldBeside(text, start, end) ||
          /\b(?:thie(?:f|ves)|stolen|embezzl\w*|jimmy\w*)\b/i.test(around(text, start, end, 200))),
      message,
    },
    {
      // The one who ran it: "Her boss is the one who ran the scheme" (round twenty-six)
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|(?:[Hh]is|[Hh]er|[Tt]heir)\s+[\p{Ll}-]+)(?:['’]s|\s+is|\s+was)\s+the\s+one\s+who\s+(?:ran|organized|organised|masterminded|planned|set\s+up|came\s+up\s+with)\s+(?:the|this|that|whole)\s+(?:whole\s+)?(?:scheme|scam|ring|con|racket|fraud|plot)\b`,
        'gu',
      ),
      hints: ['the one who'],
      keep: (text, start, end) =>
        !titled(text, start) && !THANKED.test(sentenceAround(text, start, end)),
      message,
    },
    // Round twenty-seven, from the fifty-ninth to sixty-fourth sets.
    {
      // Spanish: the gun hidden for the doer, "La novia de Julián le escondió la pistola"
      // (round twenty-seven; the English "hid the gun" is an older rule's), where a crime is
      // told; not an officer
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${NAME}|[Ee]lla|[ÉEé]l|(?:[Ll]a|[Ee]l|[Ss]u)\s+\p{Ll}+(?:\s+de\s+${NAME})?)\s+le\s+escondi[óo]\s+(?:la\s+pistola|el\s+arma|el\s+cuchillo|la\s+navaja)(?![\p{L}])(?!\s+de\s+(?:agua|juguete|pl[áa]stico))`,
        'gu',
      ),
      hints: ['escondi'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        !SPANISH_STAFF_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
        (crimeToldBeside(text, start, end) ||
          /(?<![\p{L}])(?:culpable|balacera|tirote\w*|mat[óo]|dispar\w*|asesin\w*)(?![\p{L}])/iu.test(
            around(text, start, end, 200),
          )),
      message,
    },
    {
      // The deed put to a named person as what police say: "Rautio, who police say stole
      // laptops from at least nine nursing students" (round twenty-seven)
      pattern: new RegExp(
        String.raw`\bwho\s+(?:police|detectives|investigators|officers|deputies|prosecutors|authorities|witnesses)\s+(?:say|said|believe|allege)\s+(?:stole|killed|shot|stabbed|robbed|beat|broke\s+into|attacked|embezzled|assaulted|fired\s+(?:at|into|on)|ran\s+over|torched|poisoned|defrauded|scammed|smuggled)\b${TAIL(6)}`,
        'g',
      ),
      hints: [
        'who police',
        'who detectives',
        'who investigators',
        'who officers',
        'who deputies',
        'who prosecutors',
        'who authorities',
        'who witnesses',
      ],
      message,
    },
    {
      // A person put in the hospital: "the man who put a young doctor in a hospital bed", "he
      // put her in the ER in 2023" (round twenty-seven), by the one who did it or where a blow
      // or a case is told
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey|who)\s+(?:put|sent|landed)\s+(?:(?:a|the|that|my|his|her|our|their)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|him|her|them|me|us)\s+in(?:to)?\s+(?:a\s+|the\s+)?(?:hospital|ICU|ER|emergency\s+room|coma|grave|morgue|trauma\s+(?:unit|center))\b(?:\s+bed)?(?:\s+(?:in|over)\s+(?:\d{4}|a\s+[\p{L}-]+(?:\s+[\p{L}-]+)?))?`,
        'gu',
      ),
      hints: ['hospital', 'the er', 'emergency', 'icu', 'coma', 'grave', 'morgue', 'trauma'],
      keep: (text, start, end) => {
        const words = text.slice(start, end);
        return (
          !titled(text, start) &&
          // a relative clause's doer ("the guy who put his doubles partner in the hospital over
          // a line call") or a blow told near it
          (/^who\b/.test(words) ||
            /\b(?:attack\w*|assault\w*|beat\w*|punch\w*|fight|stab\w*|shot|shooting|charged|arrest\w*|violent|video|sentence)\b/i.test(
              around(text, start, end, 200),
            ))
        );
      },
      message,
    },
    {
      // The thing reported taken, said taken by a named person: "We know Tyler Brannigan (17)
      // took the Yamaha WaveRunner" after "The Yamaha WaveRunner taken from Slip 22" (round
      // twenty-seven); not the bus home, a lost dog brought home, nor what nobody reported
      // stolen
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)(?:\s*\(\d{1,2}\))?(?:,\s*\d{1,2},)?\s+took\s+(?:the|that|those|our|my|his|her|their)\s+(?!(?:${NOT_A_THING})(?![\p{L}]))[\p{L}\d'’-]+(?:\s+(?!(?:${NOT_A_THING})(?![\p{L}]))[\p{L}\d'’-]+){0,3}`,
        'gu',
      ),
      hints: ['took'],
      keep: (text, start, end) => {
        const thing = /[\p{L}-]{3,}$/u.exec(text.slice(start, end))?.[0];
        if (!thing || titled(text, start) || NOT_TAKEN.test(thing)) return false;
        const named = new RegExp(String.raw`(?<![\p{L}])${thing}(?![\p{L}])`, 'iu');
        // each report of a theft read once per text; the thing looked for beside it only
        return reportsOfTheft(text).some((at) => {
          if (at >= start && at < end) return false;
          const from = Math.max(0, at - 60);
          const near = text.slice(from, at + 80);
          const outside =
            near.slice(0, Math.max(0, start - from)) +
            ' '.repeat(Math.max(0, Math.min(near.length, end - from) - Math.max(0, start - from))) +
            near.slice(Math.max(0, end - from));
          return named.test(outside);
        });
      },
      message,
    },
    {
      // The one who was at it: "Greg the night pharmacist is the one who was pulling the
      // vials" (round twenty-seven), where a crime or the wrong one blamed is told
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)(?:\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)?(?:['’]s|\s+is|\s+was)\s+the\s+one\s+(?:who|that)(?:['’]s|\s+(?:was|were|has\s+been|had\s+been|is|kept))\s+(?:pulling|stealing|taking|skimming|swiping|selling|dealing|setting|breaking\s+into|shooting|stabbing|dumping|pocketing|forging|fudging|faking|robbing|harassing|stalking|threatening|fencing|smuggling|hitting|beating|tagging|spray-?painting|lifting|draining|siphoning|cutting)\b${TAIL(4)}`,
        'gu',
      ),
      hints: ['the one'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        (crimeToldBeside(text, start, end) || tellsOfDeedBeside(text, start, end)),
      message,
    },
    {
      // "If Nakashima ripped you off too", "he ripped off half the town" (round twenty-seven),
      // where a case or a deed is told; not a price grumbled at
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:(?:has|had)\s+)?(?:ripped|rips|ripping)\s+(?:(?:you|them|us|me|people|everyone|everybody|folks|customers|guests|residents|seniors|clients|families|investors)\s+off|off\s+(?:half\s+the\s+town|everyone|everybody|people|customers|guests|residents|seniors|clients|investors|(?:the|his|her)\s+(?:customers|guests|residents|clients|investors|league|church)))\b`,
        'gu',
      ),
      hints: ['ripped', 'rips', 'ripping'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        (tellsOfDeedNear(text, start, end) ||
          /\b(?:detectives?|police|charged|charges|arrest\w*|fraud\w*|unauthori[sz]ed|case|victims?|theft|stole)\b/i.test(
            around(text, start, end, 300),
          )),
      message,
    },
    {
      // Spanish, plural: "Los dos hombres detenidos la semana pasada son los responsables"
      // (round twenty-seven); those held or named before it, not a committee "responsables de
      // la limpieza"
      pattern:
        /(?<![\p{L}])(?:son|fueron)\s+(?:los|las)\s+(?:únic[oa]s\s+)?responsables(?=\s*(?:[,.;!]|$|y\s)|\s+(?:de|del)\s+(?:los\s+|las\s+|la\s+|el\s+)?(?:robos?|muertes?|ataques?|asaltos?|tiroteos?|incendios?|crímenes|homicidios?|asesinatos?|balacera))/gu,
      hints: ['responsables'],
      keep: (text, start, end) =>
        (crimeToldBeside(text, start, end) ||
          /(?<![\p{L}])(?:robos?|tirote\w*|balacera|asalt\w*|mat[óo]|muerte)(?![\p{L}])/iu.test(
            text.slice(start, end + 60),
          )) &&
        /(?<![\p{L}])(?:detenid[oa]s|arrestad[oa]s|acusad[oa]s|sospechos[oa]s|hombres|mujeres|hermanos|ellos|ellas)(?![\p{L}])[^.!?\n]{0,60}$/iu.test(
          text.slice(Math.max(0, start - 80), start),
        ),
      message,
    },
    {
      // A drowning done: "Ostrander drowned him, plain and simple", "the one who held Ken
      // Abernathy under the water", "guy drowned a 61 yr old grandpa", "the man Travis
      // Lindqvist drowned" (round twenty-seven); a person drowned, not one's sorrows
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:(?:${NAME}|[Hh]e|[Ss]he|who|[Gg]uy|(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:guy|man|woman|guide|captain|dude))\s+(?:(?:held|pushed|shoved|kept)\s+(?:him|her|them|${NAME}|(?:a|the|that|his|her)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:man|woman|client|guy|kid|boy|girl|grandpa|victim|friend|partner))\s+under(?:\s+the)?\s+water|drowned\s+(?:(?:him|her|them)(?=\s*(?:[.,;:!?]|$)|\s+(?:and|in\s+(?:the|a)|at|on|plain|right|while|because|then|like)\b)|${NAME}(?!\s+(?:in|at|on|near|off|out)\b)|(?:a|the|that|his|her)\s+(?:[\p{L}\d-]+\s+){0,3}?(?:man|woman|client|guy|kid|boy|girl|grandpa|grandma|victim|friend|partner|wife|husband)))|(?:[Tt]he|[Tt]hat)\s+(?:man|woman|client|guy|kid|boy|girl)\s+${NAME}\s+drowned(?!\s+(?:in|at|on|near|off)\b))(?![\p{L}])`,
        'gu',
      ),
      hints: ['drowned', 'under the water', 'under water'],
      // not a swim lesson's dunk or a baptism
      keep: (text, start, end) =>
        !titled(text, start) &&
        !/\b(?:lessons?|baptism|baptiz\w*|dunk\s+tank|game)\b/i.test(
          sentenceAround(text, start, end),
        ),
      message,
    },
    {
      // A child left in a hot vehicle: "She left a two-year-old strapped into the center's van
      // for almost four hours" (round twenty-seven); not a child dropped off at school
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|who)\s+(?:left|forgot)\s+(?:a|the|that|her|his|their)\s+(?:(?:\d+|one|two|three|four|five)[- ](?:year|month)[- ]old|baby|toddler|infant|child|kid|little\s+(?:boy|girl))\s+(?:strapped\s+)?(?:in|into|inside|alone\s+in)\s+(?:a|the|that|her|his|their)\s+(?:[\p{L}’'-]+\s+){0,2}?(?:van|car|truck|SUV|vehicle|bus|minivan)\b${TAIL(5)}`,
        'gu',
      ),
      hints: ['left', 'forgot'],
      // hours, heat or alone told, not "left the baby in the car with Grandpa"; not a rumour
      // retold: "posts going around naming a Sunny Sprouts aide as the person who…"
      keep: (text, start, end) =>
        !titled(text, start) &&
        /\b(?:hours?|minutes?|alone|strapped|hot|heat|sun|degrees|died|unattended)\b/i.test(
          text.slice(start, end + 50),
        ) &&
        !/\bnam(?:e|es|ed|ing)\b[^.!?\n]{0,80}\bas\s+the\s+[\p{L}-]+\s+$/iu.test(
          text.slice(Math.max(0, start - 140), start),
        ),
      message,
    },
    {
      // The deed laid on a named one in the passive: "The robbery was carried out by his former
      // coworker, Marcus Lyle", "The thefts were Brandvold's work, start to finish" (round
      // twenty-seven)
      pattern: new RegExp(
        String.raw`\b(?:[Tt]he|[Tt]hat|[Tt]hose|[Tt]hese|[Ee]very)\s+(?:[\p{L}-]+\s+)?(?:robbery|robberies|theft|thefts|shooting|shootings|attack|attacks|killing|murder|break-ins?|burglary|burglaries|fire|fires|assault|stabbing|arson|fraud|scam)\s+(?:was|were)\s+(?:(?:carried\s+out|committed|done|pulled\s+off|set|started|planned|masterminded)\s+by\s+(?:(?:his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+,?\s+)?${NAME}|${NAME}['’]s\s+(?:work|doing))\b`,
        'gu',
      ),
      hints: [
        'carried out by',
        'committed by',
        'done by',
        'pulled off by',
        'set by',
        'started by',
        'planned by',
        'masterminded by',
        'work',
        'doing',
      ],
      keep: (text, start, end) => !namesStaff(text, start, end),
      message,
    },
    {
      // Spanish: "Fue él", "fue el otro que disparó" (round twenty-seven), where a crime is
      // told; not a denial ("No fue él"), nor who won
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?<!\b[Nn]o\s)[Ff]ue\s+(?:él|ella|${NAME}|el\s+otro|la\s+otra)(?:\s+(?:que|quien)\s+(?:disparó|mató|robó|apuñaló|golpeó|empezó|atropelló|manejaba))?(?![\p{L}])(?!\s+(?:quien|que|el\s+que)\s+(?:gan|ayud|organiz|llam|trajo|report|avis|encontr|vio|salv|rescat))`,
        'gu',
      ),
      hints: ['fue'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        !SPANISH_STAFF_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
        (crimeToldBeside(text, start, end) ||
          /(?<![\p{L}])(?:tirote\w*|balacera|dispar\w*|pistola|arma|cuchillo|apuñal\w*)(?![\p{L}])/iu.test(
            around(text, start, end, 200),
          ) ||
          // the answer to "¿Quién más iba a ser?"
          /¿\s*qui[ée]n\s+m[áa]s\b[^?]{0,60}\?\s*$/iu.test(
            text.slice(Math.max(0, start - 80), start),
          )) &&
        !/(?<![\p{L}])(?:gan[óo]|ganador\w*|premio|concurso|campe[óo]n\w*)(?![\p{L}])/iu.test(text),
      message,
    },
    {
      // The deed seen or filmed: "a dozen people watched him walk up and fire", "shows him
      // swinging first" (round twenty-seven); not a game's or a stage's
      pattern: new RegExp(
        String.raw`\b(?:watched|saw|seen|filmed|caught|shows?|showed|showing)\s+(?:him|her|them|${NAME})\s+(?:(?:walk\s+up\s+and|pull\s+(?:out\s+)?(?:a|the|his|her)\s+(?:gun|knife|pistol)\s+and)\s+)?(?:(?:fire|shoot|firing|shooting)(?:\s+(?:at|into|on)\b|(?=\s*(?:[.!,;]|$)))|stab|stabbing|swing\s+first|swinging\s+first|throw\s+the\s+first\s+punch|throwing\s+the\s+first\s+punch|pocket(?:ing)?\s+(?:the\s+)?(?:cash|money)|kick(?:ing)?\s+(?:him|her|them)\b|stomp(?:ing)?\s+on\s+(?:him|her|them|his|her)\b)`,
        'gu',
      ),
      hints: ['watched', 'saw', 'seen', 'filmed', 'caught', 'show'],
      keep: (text, start, end) => !STAGED.test(sentenceAround(text, start, end)),
      message,
    },
    {
      // The one who started it (round forty-three): "Castellano swung first and kept swinging",
      // "Guy in the green Columbia jacket fired first", "he's the one who fired first"; not the
      // unknown ("nobody knows who swung first"), a denial ("Nobody's saying Brody swung first"),
      // a game or a stage
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|(?:[Tt]he\s+)?(?:[Gg]uy|[Mm]an|[Ww]oman|[Dd]ude)\s+in\s+the\s+[^.!?\n,;]{3,40}?|(?:[Hh]e|[Ss]he)['’]s\s+the\s+one\s+who|(?:is|was)\s+the\s+one\s+who)\s+(?:fired|shot|swung|struck|punched)\s+first\b${TAIL(4)}`,
        'gu',
      ),
      hints: ['first'],
      keep: (text, start, end) => {
        const sentence = sentenceAround(text, start, end);
        return (
          !titled(text, start) &&
          // the denial or the supposition before the verb, in the words or just before them ("If
          // Ortiz fired first" reads "If Ortiz" as a name)
          !/(?:\b(?:not|never|nobody|no\s+one|if|whether|unless)\b|n['’]t\b)[^.!?\n]{0,60}$/i.test(
            text
              .slice(Math.max(0, start - 50), end)
              .replace(/\s+(?:fired|shot|swung|struck|punched)\s+first\b.*$/s, ''),
          ) &&
          !STAGED.test(sentence) &&
          !/\b(?:game|match|round|bout|sparring|inning|duel|draw|paintball|laser\s+tag|competition|contest|tournament|rifle\s+team|4-H|touchdown|goal|runs?|scor\w*|period|quarter|pitch|tee|golf|boxing|hurricane|storm|tornado|cancer|Pearl\s+Harbor|war)\b/i.test(
            sentence,
          ) &&
          // "struck" only in a fight or a shooting
          (!/\bstruck\s+first\b/.test(text.slice(start, end)) ||
            /\b(?:bar|fight\w*|brawl|shoot\w*|shot|gun|knife|stab\w*|punch\w*|swing\w*)\b/i.test(
              sentence,
            )) &&
          // a question, reports called false, an officer's own account of shooting first
          !/^[^.!?\n]*\?/.test(text.slice(end)) &&
          !/\b(?:reports?|claims?|rumou?rs?)\s+that\s+$/i.test(
            text.slice(Math.max(0, start - 20), start),
          ) &&
          !/^[^.!?\n]{0,40}\b(?:false|untrue|not\s+true|unconfirmed)\b/i.test(text.slice(end)) &&
          !/\b(?:Officer|Deputy|Sgt|Sergeant|Trooper|Lt|Lieutenant|Detective|Det)\.?\s+\p{Lu}\p{Ll}+\s+(?:said|says|told\s+\w+)\s+$/u.test(
            text.slice(Math.max(0, start - 40), start),
          )
        );
      },
      message,
    },
    {
      // An injury done to another: "The guy who cracked Mateus's cheekbone", "a man who
      // fractured someone's eye socket" (round twenty-seven); not one's own arm broken
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|who)\s+(?:broke|cracked|fractured|shattered|busted)\s+(?:\p{Lu}[\p{L}'’-]+['’]s?|someone['’]s|somebody['’]s|(?:a|the|that|his|her)\s+(?:[\p{L}-]+\s+)?(?:man|woman|guy|kid|victim|partner|opponent|patron|clerk|neighbou?r)['’]s)\s+(?:[\p{L}-]+\s+)?(?:jaw|nose|cheekbone|eye\s+socket|skull|ribs?|orbital|teeth|arm|leg|wrist)\b`,
        'gu',
      ),
      hints: ['broke', 'cracked', 'fractured', 'shattered', 'busted'],
      // not an accident on the trampoline or at practice
      keep: (text, start, end) =>
        !titled(text, start) &&
        !/\b(?:accident\w*|trampoline|practice|game|sledding|skiing|tackle)\b/i.test(
          sentenceAround(text, start, end),
        ),
      message,
    },
    {
      // "still stealing from his own neighbors" (round twenty-seven)
      pattern:
        /\b(?:he|she|they|[Hh]e['’]s|[Ss]he['’]s|[Ss]till|[Bb]een|was|were|is|are)\s+(?:still\s+)?(?:stealing|robbing|stole|steals)\s+from\s+(?:his|her|their)\s+own\s+[\p{L}-]+/gu,
      hints: ['stealing', 'robbing', 'stole', 'steals'],
      message,
    },
    {
      // "Nobody but Doug. So who do you think took it??" (round twenty-seven): the only one
      // who could have, where a deed is told
      pattern: new RegExp(String.raw`\b[Nn]obody\s+(?:else\s+)?but\s+${NAME}`, 'gu'),
      hints: ['nobody'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        !namesStaff(text, start, end) &&
        (crimeToldBeside(text, start, end) ||
          /\b(?:took\s+it|did\s+it|stole|steal\w*)\b/i.test(around(text, start, end, 160))),
      message,
    },
    {
      // Spanish blows: "El guardia le pegó al señor sin razón" (round twenty-seven); not an
      // officer's or a player's
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:${NAME}|[ÉEé]l|[Ee]lla|(?:[Ee]l|[Ll]a|[Ee]se|[Ee]sa)\s+(?!(?:oficial|agente|polic[íi]a|sargento|jefe|jefa|sheriff|juez|jueza|portero|delantero|jugador|jugadora|pitcher|bateador)(?![\p{L}]))\p{L}+)\s+le\s+(?:peg[óo]|dispar[óo]|apuñal[óo]|rob[óo]|quebr[óo]|rompi[óo])\s+(?:al|a\s+la)\s+\p{L}+(?:\s+sin\s+raz[óo]n)?`,
        'gu',
      ),
      hints: ['le peg', 'le dispar', 'le apuñal', 'le rob', 'le quebr', 'le rompi'],
      keep: (text, start) =>
        !titled(text, start) &&
        !SPANISH_STAFF_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
        !/(?<![\p{L}])(?:pelota|bal[óo]n|gol|partido|piñata)(?![\p{L}])/iu.test(
          text.slice(start, start + 120),
        ),
      message,
    },
    {
      // A beating put to one: "guard stomped a 58 yr old man" (round twenty-seven); not staff
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|who|(?:(?:[Tt]he|[Tt]hat|[Tt]his)\s+)?(?:guard|guy|dude|bouncer|coach|driver|owner))\s+(?:stomped|pistol-?whipped|curb-?stomped|beat\s+up|kicked|punched|sucker-?punched)\s+(?:a|an|that|the)\s+(?:(?:\d+|sixty|seventy|eighty)[\s-]*(?:yr|year)s?[\s-]*old\s+)?(?:old\s+)?(?:man|woman|guy|lady|grandpa|grandma|patron|kid|teen|boy|girl|customer|veteran)\b(?!\s+(?:off|out)\b)`,
        'gu',
      ),
      hints: ['stomped', 'whipped', 'beat up', 'kicked', 'punched'],
      // not "kicked a kid off the team"
      keep: (text, start, end) => !titled(text, start) && !namesStaff(text, start, end),
      message,
    },
    {
      // The deserved end: "Big T finally got what was coming", "They got what they f**king
      // deserved" (round twenty-seven), where a deed or a case is told; not a prize
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}(?:\s+\p{Lu}\b)?|[Hh]e|[Ss]he|[Tt]hey)\s+(?:finally\s+)?got\s+what\s+(?:was\s+coming(?:\s+to\s+(?:him|her|them))?|(?:he|she|they)\s+(?:[\p{L}*!@#$%&-]+\s+)?deserved)\b`,
        'gu',
      ),
      hints: ['got what'],
      keep: (text, start, end) =>
        !titled(text, start) &&
        (tellsOfDeedBeside(text, start, end) ||
          /\b(?:sentenced|convicted|guilty|prison|jail|arrest\w*|charged|cuffed|caught|karma|guns?|robb\w*|stole|shot)\b/i.test(
            around(text, start, end, 300),
          )),
      message,
    },
    {
      // The books cooked: "A man who cooked his drivers' logbooks for years", "the one who
      // fudged the ground inspection log" (round twenty-seven), where a case or a harm is told
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|who)\s+(?:(?:had|has)\s+)?(?:cooked|fudged|doctored|falsified|faked|forged|rigged)\s+(?:the|his|her|their|its|those|that|all\s+the)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:books|logbooks?|logs?|numbers|records|receipts|inspections?|reports?|signatures?|timesheets?|paperwork|odometers?|payroll)\b${TAIL(3)}`,
        'gu',
      ),
      hints: ['cooked', 'fudged', 'doctored', 'falsified', 'faked', 'forged', 'rigged'],
      keep: (text, start) => !titled(text, start),
      message,
    },
    {
      // Who took one's car: "These are the clowns who took my mom's RAV4" (round
      // twenty-seven), where a theft is told or the thing is a vehicle
      pattern: new RegExp(
        String.raw`\bwho\s+(?:took|grabbed|snatched|swiped|jacked)\s+(?:(?:my|our)\s+[\p{L}-]+['’]s|\p{Lu}[\p{L}'’-]+['’]s|my|our|his|her|their)\s+(?:[\p{L}\d-]+\s+)?[\p{L}\d-]+`,
        'gu',
      ),
      hints: ['who took', 'who grabbed', 'who snatched', 'who swiped', 'who jacked'],
      keep: (text, start, end) =>
        /\b(?:car|truck|bike|SUV|RAV4|Tahoe|Civic|Camry|Altima|Silverado|F-?150|purse|wallet|phone|tools|trailer|catalytic|packages?|motor|boat|laptop|generator|mower)\b/i.test(
          text.slice(start, end),
        ) &&
        (crimeToldBeside(text, start, end) ||
          /\b(?:clowns?|thie(?:f|ves)|punks?|idiots?|losers?|scum\w*|stolen)\b/i.test(
            around(text, start, end, 120),
          )),
      message,
    },
    {
      // "defending a wife killer" (round twenty-seven): the deed in the name called
      pattern:
        /\b(?:a|that|this|the)\s+(?:wife|child|baby|kid|woman|girlfriend)[- ](?:killer|murderer)\b/gi,
      hints: ['killer', 'murderer'],
      // said of a person, not "Hot cars are a child killer"
      keep: (text, start, end) =>
        !asked(text, end) && !/\b(?:are|were)\s+$/i.test(text.slice(Math.max(0, start - 8), start)),
      message,
    },
  ];
}
