import { CRIME_TOLD, isCrimeVerbWord } from '../language/crime';
import { OFFICER_TITLE_WORDS } from '../language/people';
import { type PhraseRule, before, sentenceAround } from './pattern-scanner';
import { tellsOfDeed } from './guilt-sayings';

/*
 * III.B.1.c in the shapes of round twenty (the thirty-seventh and thirty-eighth development
 * sets): a person's part in a crew told as fact ("was the lookout", "the brains behind the
 * ring", "runs the whole thing"), a deed watched ("I literally watched the blonde lady pull mail
 * out of my box"), a deed told as a habit ("has stolen at least nine scooters", "been running
 * pills out of Room 118"), the doer named after "whoever" or "it's", and a short denial that
 * answers an accusation ("Not him.", "Wrong person.").
 */

/** A part in a crew or a crime, which names the one who played it as taking part. */
const CREW_PART =
  'lookout|fence|getaway\\s+driver|wheelman|wheel\\s+man|trigger\\s*man|inside\\s+(?:man|woman|guy)|brains|mastermind|money|muscle';

/** Hedges that keep a part a suspicion: "accused of being the lookout", "the alleged fence". */
const HEDGE_BEFORE =
  /\b(?:alleged(?:ly)?|suspected|accused\s+of|suspicion\s+of|believed\s+to|may\s+have|might\s+have|if|whether|who|whoever|which\s+one)\s+(?:[\p{L}'’-]+\s+){0,5}$/iu;

/** The deeds a watcher tells that no crime verb names: "pull mail out", "pour something". */
const WATCHED_DEED =
  '(?:pull(?:ing)?|pour(?:ing)?|grab(?:bing)?|pocket(?:ing)?|stuff(?:ing)?|dump(?:ing)?|spray(?:ing)?|smash(?:ing)?|kick(?:ing)?\\s+in|jimmy(?:ing)?|pry(?:ing)?|cut(?:ting)?|try(?:ing)?\\s+(?:door|car)\\s+handles)';

/** Where a watched pull or cut is everyday: "pull into the driveway", "cutting the grass". */
const EVERYDAY_AFTER =
  /^\s+(?:into|up|over|in|away|off|out\s+of\s+(?:the\s+)?(?:driveway|lot|parking|garage|spot)|(?:the\s+|his\s+|her\s+)?(?:grass|lawn|hedges?|weeds|cake|hair|line|coffee|drinks?|wine|beer))\b/i;

/** A deed told as a tally: "has stolen at least nine", "have broken into six cars". */
const TALLY = '(?:has|have)\\s+(?:(?:already|also|now)\\s+)?(?:stolen|robbed|broken\\s+into)';

/** A deed told as a habit: "been running pills", "is already stealing", "and already stealing". */
const HABIT =
  "(?:(?:['’]s|\\s+is|\\s+was|\\s+has|\\s+and)\\s+(?:(?:been|already|also|still|now|just)\\s+){1,2}|['’]s\\s+|\\s+is\\s+)(?:stealing|robbing|breaking\\s+into|running\\s+(?:pills|drugs|dope|meth|fentanyl|guns|stolen)|dealing\\s+(?:pills|drugs|dope|meth|fentanyl)|selling\\s+(?:pills|drugs|dope|meth|fentanyl|stolen)|going\\s+through\\s+(?:cars|mailboxes|trucks))";

/** A capitalised word or two, not a word of nobody in particular that starts a sentence. */
const NAME = String.raw`(?!(?:Someone|Somebody|Anyone|Anybody|Nobody|Everyone|Everybody|People|Thieves|They|Who|Whoever|Police|Officers|Deputies|It|This|That|There|Here|What|Whatever)\b)\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?`;

/** A spoken thanks, which names a helper, not a doer. */
const THANKS = /\b(?:thank\w*|grateful|kudos|shout-?out|props|hero\w*|volunteer\w*)\b/i;

export function roleRules(message: (matched: string) => string): PhraseRule[] {
  return [
    {
      // "15-year-old Jalen Whitby, was the lookout", "the Ochoa woman was the fence for the whole
      // crew", "is the brains behind the scooter ring", "acted as his lookout outside the store";
      // not "accused of being the lookout", "Who was the lookout?"
      pattern: new RegExp(
        String.raw`\b(?:(?:is|was|are|were)\s+(?:(?:also|just|really|actually|clearly|obviously)\s+)?(?:the|their|his|her)|['’]s\s+(?:the|their|his|her)|acted\s+as\s+(?:the|their|his|her)|the)\s+(?:${CREW_PART})\b(?=\s*[.,;:!)—–-]|\s*$|\s+(?:for|of|behind|outside|at|and|in|on|who|that|while)\b)(?:\s+(?:for|of|behind|outside|at)\s+(?:(?:the|this|that|their|his|her)(?:\s+[\p{L}'’-]+){1,3}|it\s+all|all\s+of\s+(?:it|this)))?`,
        'giu',
      ),
      hints: ['lookout', 'fence', 'getaway', 'wheelman', 'wheel', 'trigger', 'inside', 'behind'],
      keep: (text, start, end) => {
        const matched = text.slice(start, end);
        const sentence = sentenceAround(text, start, end);
        // "the lookout" alone is a role's name, not a person's; it needs "the brains behind" or
        // a person's be-verb before it
        if (/^the\s/i.test(matched) && !/\bbehind\b/i.test(matched)) return false;
        // "the brains", "the money" and "the muscle" are a part only behind something
        if (
          /\b(?:brains|mastermind|money|muscle)$/i.test(
            matched.split(/\s+(?:for|of|behind|outside|at)\s/i)[0] ?? '',
          ) &&
          !/\bbehind\b/i.test(matched)
        )
          return false;
        return (
          !HEDGE_BEFORE.test(before(text, start, 60)) &&
          !sentence.trimEnd().endsWith('?') &&
          // "the fence for the whole yard" is a fence: a crew's part needs a crime told, or a crew
          (CRIME_TOLD.test(text) || /\b(?:crew|ring|gang)\b/i.test(matched)) &&
          !/\b(?:neighbou?rhood\s+watch|block\s+captain|game|play|scene|drill|training)\b/i.test(
            sentence,
          )
        );
      },
      message,
    },
    {
      // "her boyfriend Rocco who runs the whole thing", "Tavia set the whole thing up"; not a
      // thanks to the volunteer "who ran the whole thing"
      pattern: new RegExp(
        String.raw`\b(?:${NAME}|[Hh]e|[Ss]he|who)\s+(?:(?:really|actually|basically)\s+)?(?:runs|ran|set\s+up|planned|organized|orchestrated|masterminded|set)\s+(?:the\s+)?whole\s+(?:thing|ring|crew|scheme|racket|scam|operation)(?:\s+up)?\b`,
        'gu',
      ),
      hints: ['whole'],
      keep: (text, start, end) => {
        const sentence = sentenceAround(text, start, end);
        return (
          CRIME_TOLD.test(text) &&
          !THANKS.test(sentence) &&
          !new RegExp(String.raw`\b(?:${OFFICER_TITLE_WORDS})\.?\s+\S*$`, 'i').test(
            before(text, start, 24),
          ) &&
          !/\b(?:sting|task\s+force|detectives|investigators|we)\b/i.test(sentence) &&
          !sentence.trimEnd().endsWith('?')
        );
      },
      message,
    },
    {
      // "I literally watched the blonde lady pull mail out of my box", "I saw him prying at the
      // lock": a deed watched that no crime verb names, where a crime is told
      pattern: new RegExp(
        String.raw`\b[Ii]\s+(?:literally\s+|personally\s+|actually\s+|just\s+)?(?:saw|watched|seen)\s+(?:him|her|them|the\s+(?:[\p{Ll}-]+\s+){0,2}(?:lady|guy|man|woman|kid|dude|girl|boy)|${NAME})\s+${WATCHED_DEED}\b(?:\s+[\p{L}'’-]+){0,5}`,
        'gu',
      ),
      hints: ['saw', 'watched', 'seen'],
      keep: (text, start, end) => {
        const verb = new RegExp(`${WATCHED_DEED}\\b`, 'iu').exec(text.slice(start, end));
        const after = verb ? text.slice(start + verb.index + verb[0].length, end + 40) : '';
        return (
          // mail or a package pulled from a box is the theft itself
          (CRIME_TOLD.test(text) ||
            /^\s+(?:[\p{Ll}]+\s+)?(?:mail|packages?|cash|wallets?|purses?)\b/iu.test(after)) &&
          !EVERYDAY_AFTER.test(after)
        );
      },
      message,
    },
    {
      // "Yo lo vi con mis propios ojos cortando el tubo de escape" (I saw him with my own eyes
      // cutting the exhaust pipe): a deed watched, in Spanish
      pattern:
        /(?<![\p{L}])(?:[Yy]o\s+)?(?:lo|la|los|las)\s+vi\s+(?:[\p{L}]+\s+){0,5}?(?:cortando|robando|rompiendo|quebrando|forzando|sacando|metiéndose|llevándose|pintando|quemando|disparando|golpeando|entrando)(?:\s+[\p{L}]+){0,4}/giu,
      hints: ['vi'],
      message,
    },
    {
      // "has stolen at least nine scooters this month", "Keck's been running pills out of Room
      // 118", "is 18 and already stealing checks": a deed told as a habit of a person named
      pattern: new RegExp(
        String.raw`\b(?:(?:${NAME}|[Hh]e|[Ss]he)(?:\s+${TALLY}|${HABIT})|and\s+(?:already|also|still|now)\s+(?:stealing|robbing|breaking\s+into))\b(?:\s+(?!(?:since|until|and|but|so|when|while|because|before|after|this|last|every)\b)[\p{L}\d'’-]+){0,5}`,
        'gu',
      ),
      hints: [
        'stolen',
        'robbed',
        'stealing',
        'robbing',
        'broken',
        'breaking',
        'running',
        'dealing',
        'selling',
        'going',
      ],
      keep: (text, start, end) => {
        const matched = text.slice(start, end);
        const sentence = sentenceAround(text, start, end);
        // the raw text, whose capitals tell a name (before() lower-cases)
        const clause =
          text
            .slice(Math.max(0, start - 60), start)
            .split(/[.!?;\n]/)
            .pop() ?? '';
        return (
          // "stealing the show", "stealing bases": a game's and a stage's
          !/\bsteal(?:ing)?\s+(?:the\s+|our\s+|my\s+|your\s+)?(?:show|spotlight|scene|bases?|hearts?|second|third|home)\b/i.test(
            matched,
          ) &&
          // "and" needs a person named before it in the clause: "Jerome is 18 and already stealing"
          (!/^and\b/.test(matched) ||
            new RegExp(`(?:${NAME}|\\b[Hh]e|\\b[Ss]he)\\s`, 'u').test(clause)) &&
          // nobody in particular: "someone has been stealing", "if he's been dealing"
          !/\b(?:someone|somebody|anyone|people|thieves|they|who|whoever|if|whether)\b/i.test(
            clause,
          ) &&
          !new RegExp(String.raw`\b(?:${OFFICER_TITLE_WORDS})\.?\s+$`, 'i').test(clause) &&
          !new RegExp(String.raw`^(?:${OFFICER_TITLE_WORDS})\.?\s`, 'i').test(matched) &&
          !sentence.trimEnd().endsWith('?') &&
          !/\b(?:alleged(?:ly)?|suspected\s+of|accused\s+of|charged\s+with|arrested\s+for)\b/i.test(
            sentence,
          )
        );
      },
      message,
    },
    {
      // "Everybody on Wren Street knows it's Dusty Kolb going through cars at night", "we know
      // it's you, Kyle"; "Whoever threw the bottle at the cruiser, that was Devonte Price"
      pattern: new RegExp(
        String.raw`\b(?:it['’]s|it\s+is)\s+${NAME}\s+(?:going\s+through|breaking\s+into|doing\s+(?:it|this|that)|\p{Ll}+ing)\b(?:\s+[\p{L}'’-]+){0,3}|\b(?:know|knows|knew)\s+it['’]s\s+you\b(?:,\s*\p{Lu}\p{Ll}+)?|\b[Ww]hoever\s+\p{Ll}+[^.!?\n]{0,80}?,\s+(?:that|it)\s+was\s+${NAME}`,
        'gu',
      ),
      hints: ['it', 'know', 'knows', 'knew', 'whoever'],
      keep: (text, start, end) => {
        const matched = text.slice(start, end);
        const verb = /\s(\p{Ll}+ing)\b/u.exec(matched)?.[1];
        if (/^[Ww]hoever/.test(matched))
          return (
            isCrimeVerbWord(/^[Ww]hoever\s+(\p{Ll}+)/u.exec(matched)?.[1] ?? '') ||
            /^[Ww]hoever\s+(?:threw|broke|set|keyed|took)\b/.test(matched)
          );
        if (/\bit['’]s\s+you/i.test(matched)) return tellsOfDeed(text);
        return (
          /going\s+through|breaking\s+into|doing\s+(?:it|this|that)/.test(matched) ||
          (verb !== undefined && isCrimeVerbWord(verb))
        );
      },
      message,
    },
    {
      // "Remember the guy in the red hoodie on the video? That's our shooter."; "Sheila Orr is the
      // one fencing everything", "the Dempsey kid is the one who did most of the spray-painting"
      pattern:
        /\b(?:[Tt]hat['’]s|[Tt]hat\s+is|THAT['’]S)\s+(?:our|your|the|OUR|THE)\s+(?:shooter|killer|thief|burglar|robber|arsonist|firebug|culprit|perp|carjacker|mugger|SHOOTER|KILLER|THIEF)\b(?!['’]s|\s*\?)|\bis\s+the\s+one\s+(?:who\s+did\s+(?:most|all|half|some)\s+of\s+(?:the\s+)?(?:spray-?painting|painting|tagging|graffiti|damage|vandalism|stealing|shooting|stabbing|looting|break-ins|burglaries|thefts|hitting|beating|punching|kicking)\b|(?:fencing|dealing|moving|selling|running|tagging)\s+(?:everything|it\s+all|the\s+(?:stolen\s+)?(?:stuff|goods|pills|drugs|guns|phones|bikes|parts)|stolen\s+\p{L}+|pills|drugs|dope))/gu,
      hints: ['that', 'one'],
      keep: (text, start, end) =>
        (tellsOfDeed(text) ||
          /\b(?:did\s+(?:most|all|half|some)\s+of|fencing|dealing|stolen|pills|drugs|dope)\b/i.test(
            text.slice(start, end),
          )) &&
        !sentenceAround(text, start, end).trimEnd().endsWith('?') &&
        // "That's our shooter! 30 points": a team's
        !/\b(?:free\s+throws?|three-pointers?|points|rebounds|buzzer|game|tournament|hoops?|playoffs?|season)\b/i.test(
          text,
        ),
      message,
    },
    {
      // "Fue el hijo de Don Ramiro" (it was Don Ramiro's son), "fue Keon el que entró con la
      // navaja" (it was Keon who went in with the knife)
      pattern:
        /(?<![\p{L}])[Ff]ue\s+(?:(?:el|la)\s+(?:hijo|hija|nieto|nieta|sobrino|sobrina|primo|prima|novio|novia|esposo|esposa|hermano|hermana)\s+de\s+(?:(?:[Dd]on|[Dd]oña)\s+)?\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+(?:el|la)\s+que\s+\p{Ll}+)/gu,
      hints: ['fue'],
      keep: (text) =>
        tellsOfDeed(text) || /\b(?:rob\p{Ll}*|entr\p{Ll}+|navaja|polic[ií]a)\b/iu.test(text),
      message,
    },
    {
      // A short denial that answers an accusation: "Not him. The guy y'all want is…", "Wrong
      // person. Her ex is who torched it."; not "Not him again" nor a team's "Wrong guy to foul"
      pattern:
        /(?:^|(?<=[.!?]\s+))(?:[Nn]ot\s+(?:him|her|them)|[Ww]rong\s+(?:person|guy|man|woman|dude|kid|family))(?=\s*[.!]+(?:\s|$)|\s*$)/gmu,
      hints: ['not', 'wrong'],
      keep: (text) => tellsOfDeed(text),
      message,
    },
    {
      // An alibi or a habit vouched for: "Andre was never even inside that store", "él no le roba
      // a nadie" (he doesn't steal from anyone), "Ella nunca robaría nada" (she'd never steal)
      pattern: new RegExp(
        String.raw`\b(?:[Hh]e|[Ss]he|[Tt]hey|${NAME})\s+(?:was|were)\s+never\s+(?:even\s+)?(?:(?:inside|at|near)\s+(?:that|the|this|her|his|their)\s+[\p{L}'’-]+|in\s+(?:that|the|this|her|his|their)\s+(?:store|shop|house|home|car|truck|van|building|apartment|bar|club|motel|room|lot|garage|office))\b|(?<![\p{L}])(?:nunca|jam[aá]s|no)\s+(?:le\s+|les\s+)?(?:robar[ií]a|roba|rob[oó]|har[ií]a\s+eso|lastimar[ií]a)(?:\s+(?:nada|a\s+nadie))*(?:\s+(?:de|a)\s+nadie)?`,
        'gu',
      ),
      hints: ['never', 'nunca', 'jamás', 'jamas', 'no'],
      keep: (text, start, end) =>
        !/^(?:officers?|deputies|police|cops|it|this|that|we|i|you)\b/i.test(text.slice(start)) &&
        // the Spanish habit needs no crime told: "roba" is one
        (/^(?:nunca|jam|no)/i.test(text.slice(start, end)) || tellsOfDeed(text)) &&
        !/^\s*(?:before|again|since|after|until)\b/i.test(text.slice(end, end + 12)),
      message,
    },
  ];
}
