import { isCrimeVerbWord } from '../language/crime';
import { OFFICER_TITLE_WORDS } from '../language/people';
import { type PhraseRule, sentenceAround } from './pattern-scanner';
import { THANKED, tellsOfDeedNear } from './guilt-sayings';
import { asked } from './guilt-roles';

/*
 * Guilt (III.B.1.c) said of a named doer in the shapes of round twenty-two (the forty-first and
 * forty-second development sets): a doer who "strikes again", "it's obviously Dominic", "Él es el
 * responsable del ataque", "he started the whole thing", "he's the one who should be locked up",
 * "we know it was you", and the question that answers itself ("Why did he repaint the truck if he
 * didn't do it?"). Each needs a deed told near it (`tellsOfDeedNear`), except where its own words
 * tell one: the question's "if he didn't do it", a death or an attack someone is "responsable" of.
 * Round twenty-three (the forty-third and forty-fourth sets) adds "a guilty man", "a crook like
 * Quarrie", the one "pulling the strings", "selling the stolen perfume", "hands in the till", "won't
 * get away with what she did", "not at fault" and "Who else but the watchman would have known?".
 */

/** Capitalised words that are no person: days, months, seasons and the weather's nicknames. */
const NOT_A_PERSON =
  'Someone|Somebody|Anyone|Anybody|Nobody|Everyone|Everybody|People|They|Who|Whoever|Police|Officers|Deputies|It|This|That|There|Here|What|The|My|Our|Your|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Christmas|Halloween|Thanksgiving|Easter|Winter|Summer|Spring|Fall|Old|Man|Mother|Nature|Lightning|Thunder|Santa|Karma|Murphy';

/** A capitalised word or two that may be a person. */
const NAME = String.raw`(?!(?:${NOT_A_PERSON})\b)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?`;

/** Titles of staff whose work is no deed: officers, dispatchers, firefighters, clergy, coaches. */
const STAFF = String.raw`${OFFICER_TITLE_WORDS}|K-?9|Dispatcher|Firefighter|Medic|Paramedic|Nurse|Dr|Volunteer|Coach|Principal|Teacher|Pastor|Father|Reverend|Rev|Mayor|Councilman|Councilwoman|Councilmember|Chaplain|Cadet|Explorer`;
const STAFF_BEFORE = new RegExp(String.raw`\b(?:${STAFF})\.?\s+$`, 'i');
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
          tellsOfDeedNear(text, start, end) &&
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
      // ataque"; not an institution ("El Servicio Forestal es el responsable del incendio
      // prescrito") nor a drill
      pattern: new RegExp(
        String.raw`(?<![\p{L}])(?:[ÉEé]l|[Ee]lla|${NAME})\s+(?:es|fue)\s+(?:el|la)\s+(?:único\s+|única\s+)?responsable\s+(?:de|del)\s+(?:la\s+|el\s+)?(?:muerte|ataque|robo|asalto|tiroteo|choque|atropello|incendio|apuñalamiento|crimen|homicidio|asesinato)(?![\p{L}])`,
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
      // "he started the whole thing" beside a fight; not a pastor's toy drive, nor staff
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)\s+(?:started|began)\s+(?:the\s+whole\s+thing|it\s+all|the\s+(?:fight|brawl|fire|riot|whole\s+fight))\b`,
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
      // "We know it was you, Travis" beside a deed; not "…you who returned the lost wallet"
      pattern: /\b(?:know|knows|knew)\s+it\s+was\s+you\b(?:,\s*\p{Lu}\p{Ll}+)?/gu,
      hints: ['know', 'knows', 'knew'],
      keep: (text, start, end) => {
        const who = /^\s+(?:who|that)\s+([\p{L}-]+)/u.exec(text.slice(end, end + 40));
        return (
          tellsOfDeedNear(text, start, end) &&
          !THANKED.test(sentenceAround(text, start, end)) &&
          (who?.[1] === undefined || isCrimeVerbWord(who[1].toLowerCase()))
        );
      },
      message,
    },
    // Round twenty-three, from the forty-third and forty-fourth sets.
    {
      // "that's a guilty man if I ever saw one", "he's not a guilty man"; not staff, nor asked
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:[Tt]hat|[Tt]his|${NAME}|[Hh]e|[Ss]he)(?:['’]s|\s+is|\s+was)\s+(?:not\s+)?(?:a|one)\s+(?:[\p{L}-]+\s+)?guilty\s+(?:man|woman|person|guy|dude|lady|kid|boy|girl|individual)\b`,
        'gu',
      ),
      hints: ['guilty'],
      keep: (text, start, end) => !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // "let a crook like Quarrie guard it"; not an officer named after it
      pattern: new RegExp(
        String.raw`\b(?:a|another|some)\s+(?:crook|thief|criminal|con\s+(?:man|artist)|scammer|arsonist|firebug|thug|swindler)\s+like\s+${NAME}`,
        'gu',
      ),
      hints: ['like'],
      keep: (text, start, end) => {
        const match = text.slice(start, end);
        return !STAFF_OPENING.test(match.slice(match.lastIndexOf(' like ') + 6));
      },
      message,
    },
    {
      // "he's still pulling the strings from jail", "she was calling the shots", "the real one
      // running this whole thing is the night manager" beside a deed; not staff, nor asked
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he)(?:['’]s|\s+is|\s+was|\s+has\s+been)\s+(?:still\s+|really\s+|clearly\s+|obviously\s+|the\s+one\s+)?(?:pulling\s+the\s+strings|calling\s+the\s+shots|running\s+(?:this|that|the)\s+(?:whole\s+)?(?:thing|operation|ring|crew|racket|scheme))|\b[Tt]he\s+(?:real\s+)?(?:one|guy|man|woman|person)\s+(?:running|behind)\s+(?:this|that|the)\s+(?:whole\s+)?(?:thing|operation|ring|crew|racket|scheme)\s+(?:is|was)\s+[^.!?\n]{2,60}`,
        'gu',
      ),
      hints: ['pulling', 'calling', 'running', 'behind'],
      keep: (text, start, end) =>
        tellsOfDeedNear(text, start, end) && !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // "Tolya was selling the stolen perfume out of his van", "they've been fencing stolen bikes"
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:was|is|were|are|has\s+been|have\s+been|had\s+been)\s+(?:[\p{L}]+ly\s+)?(?:selling|fencing|pawning|flipping|unloading)\s+(?:the\s+|all\s+the\s+|that\s+|those\s+)?stolen\b`,
        'gu',
      ),
      hints: ['stolen'],
      keep: (text, start, end) => !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // "She had her hands in my dad's wallet too", "he had his sticky fingers in the till"
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:had|has|have|got)\s+(?:his|her|their)\s+(?:sticky\s+)?(?:hands?|fingers)\s+in\s+(?:(?:the|my|his|her|our|their|your)\s+)?(?:\p{L}+['’]s\s+)?(?:[\p{L}-]+\s+)?(?:wallet|till|register|purse|accounts?|drawer|cookie\s+jar|savings|pockets?|cash\s+box|collection\s+plate)\b`,
        'gu',
      ),
      hints: ['hands', 'hand', 'fingers'],
      keep: (text, start, end) => !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // "she will not get away with what she did to your father", "he won't get away with it"
      // beside a deed
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:will\s+not|won['’]t|can['’]t|cannot|shouldn['’]t|should\s+not|(?:is|are)\s+not\s+going\s+to|(?:is|are)n['’]t\s+going\s+to|(?:is|are)n['’]t\s+gonna|not\s+gonna)\s+get\s+away\s+with\s+(?:it|this|that|murder|what\s+(?:he|she|they)\s+did|what\s+(?:he|she|they)(?:['’]s|['’]ve|\s+has|\s+have)\s+done)\b`,
        'gu',
      ),
      hints: ['away'],
      keep: (text, start, end) =>
        (/\b(?:did|done|murder)$/.test(text.slice(start, end)) ||
          tellsOfDeedNear(text, start, end)) &&
        !titled(text, start) &&
        !asked(text, end),
      message,
    },
    {
      // "the pickup driver is not at fault", "Dana was to blame"; not asked ("Was the driver at
      // fault?"), nor staff
      pattern: new RegExp(
        String.raw`(?<![\p{L}\p{N}_])(?:${NAME}|[Hh]e|[Ss]he|[Tt]he\s+(?:other\s+)?(?:[\p{L}-]+\s+)?driver)\s+(?:is|was|isn['’]t|wasn['’]t)\s+(?:not\s+)?(?:even\s+|completely\s+|totally\s+|clearly\s+|100%\s+)?(?:at\s+fault|to\s+blame)\b`,
        'gu',
      ),
      hints: ['fault', 'blame'],
      keep: (text, start, end) => !titled(text, start) && !asked(text, end),
      message,
    },
    {
      // "Who else but the night watchman would have known to close it?" beside a deed: the
      // question that names its answer
      pattern:
        /\b[Ww]ho\s+else\s+(?:but|besides|other\s+than|except)\s+(?:the\s+|that\s+|his\s+|her\s+)?(?:[\p{L}'’-]+\s+){1,3}?(?:would|could|had|has|knew|was|is)\b[^.!?\n]{0,80}/gu,
      hints: ['else'],
      keep: (text, start, end) => tellsOfDeedNear(text, start, end),
      message,
    },
  ];
}
