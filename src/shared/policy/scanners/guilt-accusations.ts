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
  ];
}
