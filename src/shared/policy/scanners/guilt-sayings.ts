import { isCrimeVerbWord } from '../language/crime';
import type { PhraseRule } from './pattern-scanner';

/*
 * III.B.1.c said in the stock forms of a comment thread (round fifteen, from the twenty-fifth and
 * twenty-sixth development sets): a name-calling that carries the deed ("the creep who kept
 * her"), the camera
 * as witness ("the video shows him doing it"), a saying that means guilty ("Innocent people
 * don't take deals"), and the same in Spanish ("Todos saben que fue Rogelio", "agarraron al
 * equivocado").
 */

/** What a comment calls the person it accuses. */
const NAME_CALLING =
  'creep|monster|scumbag|animal|lowlife|low-life|dirtbag|predator|sicko|pervert|degenerate|psycho|maniac|coward|bastard|piece\\s+of\\s+(?:sh[i!1*]t|garbage|trash)';

/** A past form: the deed done, whatever its verb ("kept her", "left him there", "hurt my son"). */
const PAST = String.raw`(?:[\p{Ll}]+ed|took|kept|left|hurt|shot|stole|broke|did|ran|hit|made|put|sent|drove|beat|threw|set|sold|stuck|struck|bit|led|fed|dug|tore|slit|cut)`;

/** Deeds a camera shows a person in: "doing it", "breaking into", any crime's -ing form. */
const SEEN_DOING =
  /\s(?:doing\s+(?:it|this|that)|breaking\s+in(?:to)?|taking|grabbing|pocketing|kicking|throwing|lighting|([\p{Ll}-]+ing))\b/u;

export function sayingRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "lock up the creep who kept her", "that monster who hurt my son"; not "the coward who
      // was hurt" (passive) nor "who didn't …".
      pattern: new RegExp(
        String.raw`\b(?:the|that|this)\s+(?:sick\s+|little\s+)?(?:${NAME_CALLING})\s+(?:who|that)\s+(?:just\s+|also\s+)?${PAST}\b(?:\s+(?:[\p{L}'’-]+)){0,3}`,
        'giu',
      ),
      hints: ['who', 'that'],
      message,
    },
    {
      // "the surveillance video shows him doing it", "the Ring cam caught her breaking in"
      pattern:
        /\b(?:video|videos|footage|camera|cam|cams|tape|recording|bodycam|dashcam|photos?|pictures?)\s+(?:clearly\s+|literally\s+)?(?:shows?|showed|caught|captured)\s+(?:him|her|them)\s+(?:doing\s+(?:it|this|that)|breaking\s+in(?:to)?|taking|grabbing|pocketing|kicking|throwing|lighting|[\p{Ll}-]+ing)\b/giu,
      hints: ['shows', 'show', 'showed', 'caught', 'captured'],
      keep: (text, start, end) => {
        const deed = SEEN_DOING.exec(text.slice(start, end));
        return deed !== null && (deed[1] === undefined || isCrimeVerbWord(deed[1].toLowerCase()));
      },
      message,
    },
    {
      // "Innocent people don't take deals", "innocent men don't run"
      pattern:
        /\binnocent\s+(?:people|ppl|men|folks|persons|guys)\s+(?:don['’]?t|do\s+not|never)\s+(?:take\s+(?:deals|pleas?|a\s+(?:deal|plea))|run|flee|confess|hide|plead\s+guilty)\b/gi,
      hints: ['innocent'],
      message,
    },
    {
      // "Todos saben que fue Rogelio" (it was Rogelio), "él se la llevó" (he took her away)
      pattern:
        /\bque\s+fue\s+(?:él|ella|\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)(?=\s*[.!,]|\s*$)|(?<![\p{L}])(?:[ÉéEe]l|[Ee]lla)\s+se\s+(?:la|lo)\s+llevó(?![\p{L}])/gu,
      hints: ['fue', 'llevó'],
      message,
    },
    {
      // "La policía agarró al equivocado": they caught the wrong one, so he is innocent
      pattern:
        /\b(?:agarr|arrest|detuv|captur|encerr)\p{Ll}*\s+al?\s+(?:(?:hombre|muchacho|chavo|tipo|señor)\s+)?equivocado\b/giu,
      hints: ['equivocado'],
      message,
    },
  ];
}
