import type { ScanContext } from '../finding';
import { type PhraseRule, sentenceAround } from './pattern-scanner';
import { wholeText } from './whole-document';
import { NON_ELECTION_VOTE } from '../language/politics';

/**
 * Political calls by family (III.B.1.f, issue 13 round seven): ways to ask for a vote that name no
 * "vote" — marking a ballot for someone, a measure's slogan, campaign chores, sending an office
 * holder away or to an office, standing with a candidate on election day, a party's ticket, a
 * candidate's event, and the same calls in Spanish. Each pattern starts with a fixed word and has
 * bounded gaps, so it stays linear.
 */
const message = (m: string) =>
  `“${m}” is political activity: campaigning, an endorsement or a partisan appeal (III.B.1.f). Department posts stay neutral: remove it.`;

const NAME = "\\p{Lu}[\\p{L}'’-]+";
/** Words that put a text in an election or an office: the calls below need one somewhere. */
export const ELECTION =
  /\b(?:elect\w*|re-?elect\w*|ballots?|campaign\w*|candidat\w*|mayor\w*|sheriff|council\w*|concej\w*|alcald\w*|senat\w*|governor|commissioner|alderman|alderwoman|representative|district\s+attorney|DA|polls|primary|measure|prop(?:osition)?|levy|bond|term|seat|votes?|voting|vot(?:en|emos|ar))\b/iu;
const election = (text: string, context: ScanContext | undefined) =>
  ELECTION.test(wholeText(text, context));
/**
 * Door-knocking that is no campaign's (round forty-six's review): a troop's cookies, a heat-wave
 * check, smoke detectors handed out, officers walking their precincts, a warning about who
 * knocks ("expect campaign volunteers door-knocking … Real ones won't ask for money").
 */
const DOORS_NOT_CAMPAIGN =
  /\b(?:cookies?|Girl\s+Scouts?|Boy\s+Scouts?|Scouts?|Troop\s+\d+|fundrais\w*|food\s+drive|smoke\s+(?:detectors?|alarms?)|check(?:ing)?\s+on|wellness|welfare|heat\s+wave|missing|lost\s+(?:dog|cat|child|boy|girl)|witnesses|footage|expect|beware|watch\s+out|be\s+aware|real\s+ones|claiming\s+to\s+be|won['’]t\s+ask|officers?|deputies|police|troopers|explorers|Lions|Rotary|Kiwanis|PTA|PTO|church|4-H|(?:election|poll)\s+workers|deliver\s+supplies)\b|\b(?!(?:[a-z-]*vote|GOTV|registration)\b)[a-z-]+\s+drive\b/i;

/**
 * A person's request told before "tell them no", or a refusal taught: "If anyone offers …, tell
 * them no and call us", "Kids asking …? Tell them no.", "teach them to tell them no", "no means
 * no". Not a district's or a board's asking: "The district asks for $40 million again. Tell them
 * no." is the call to vote.
 */
const REFUSAL_TAUGHT =
  /\b(?:anyone|anybody|someone|somebody|strangers?|friends?|kids|teens?|child(?:ren)?|callers?)\b[^.!?]*\b(?:asks?|asking|asked|offers?|offering|offered|calls?|calling|pressur\w*)\b|\b(?:is|are|gets?)\s+offered\b|\bteach\w*\b[^.!?]*\btell\b|\bno\s+(?:means\s+no|and\s+(?:call|hang|run|walk|report|lock|close|shut|leave))\b/i;
/** The sentence before and the one with "tell … no", and a few words after it. */
const requestTold = (text: string, start: number, end: number) => {
  const before = text.slice(Math.max(0, start - 200), start).split(/(?<=[.!?])\s+/);
  return `${before.slice(-2).join(' ')}${text.slice(start, end + 20)}`;
};

/** A race or a candidacy spoken of: "mayor's race", "running for", "the election", "ballot". */
export const ELECTION_RACE =
  /\b(?:elections?|re-?elect\w*|ballots?|campaign\w*|candidat\w*|race|running\s+for|polls|primary|runoff|vote|voting)\b/i;

/** Whom a ballot mark is for: a pronoun, a name, or yes/no. */
const MARKED_FOR = /\b(?:her|his|their|name|names|yes|no|s[ií])\b|\s\p{Lu}/u;

const DATE =
  '(?:(?:on|this|in|come)\\s+)?(?:November|Nov\\.?|March|May|June|election\\s+day|Election\\s+Day|Tuesday|the\\s+\\d{1,2}(?:st|nd|rd|th))';
const OFFICE_AFTER =
  '(?:el\\s+|la\\s+)?(?:concejo|council|city\\s+council|mayor|alcalde|alcaldesa|sheriff|judge|juez|jueza|district\\s+attorney|DA|governor|gobernador|gobernadora|senate|senado|school\\s+board|county\\s+board|commission|comisionad[oa]|supervisor|congress)';
const PARTY =
  '(?:republican|republicano|democrat(?:ic)?|dem|gop|conservative|progressive|libertarian|green|blue|red)';
const PARTY_GROUP =
  '(?:democrats|dems|republicans|gop|libs|liberals|conservatives|progressives|maga|leftists|socialists)';

const REMEMBER =
  "(?:remember|don['’]?t\\s+forget|do\\s+not\\s+forget|never\\s+forget|think\\s+(?:about|of))";
/** What is to be remembered: a pronoun, a name, "who cut your budget", "their names". */
const REMEMBERED = `(?:that|this|it|them|him|her|these\\s+\\w+|those\\s+\\w+|(?:his|her|their)\\s+names?|(?:who|which)\\s+[\\p{L}'’]+(?:\\s+[\\p{L}'’]+){0,3}?|${NAME})`;
/** When it is to be remembered: at the vote. */
const AT_THE_VOTE =
  "(?:(?:when|as|before|once|if)\\s+(?:you|we|y['’]all|u)\\s+(?:\\w+\\s+){0,3}?(?:vote|voting|ballots?|polls|booth)|(?:at|in)\\s+the\\s+(?:polls|ballot\\s+box|voting\\s+booth|booth|primary|election)|on\\s+(?:election\\s+day|the\\s+ballot|your\\s+ballot)|come\\s+(?:november|election|voting|primary|march|may|spring|fall)|in\\s+(?:november|the\\s+(?:spring|fall|primary|runoff)))";

/** The word after the verb: a pronoun, "someone like", or a name really capitalised. */
const NAMED_AFTER_VERB = /^\S+\s+(?:[Hh]im\b|[Hh]er\b|[Tt]hem\b|[Ss]omeone\b|\p{Lu})/u;
const REMEMBERED_AFTER_VERB =
  /^(?:keep\b|\S+\s+(?:(?:about|of|forget)\s+)?(?:(?:that|this|it|them|him|her|these|those|his|their|who|which)\b|\p{Lu}))/u;

/** When a vote is: "come March", "on the 3rd", "November's", "On November 5", "at the polls". */
const VOTE_DATE =
  /\b(?:(?:come|in|on|this|next|by)\s+(?:november|nov\.?|march|may|june|election\s+day|tuesday|the\s+\d{1,2}(?:st|nd|rd|th))\b|(?:november|nov\.?|march|june)(?:['’]s\b|\s+\d{1,2}\b)|election\s+day|at\s+the\s+(?:polls|ballot\s+box)|in\s+the\s+(?:voting\s+)?booth)/i;
/** An office holder, a seat or a race somewhere in the text: who the reader is to act on. */
export const OFFICE_HELD =
  /\b(?:mayor|sheriff|council\w*|commission\w*|senator|governor|judge|district\s+attorney|DA|alderm[ae]n|supervisors?|board|incumbents?|election|race|candidates?|re-?election)\b/i;
/** Capitalised words a year or "in November" follows that name no candidate. */
const NOT_A_CANDIDATE =
  'Spring|Summer|Fall|Autumn|Winter|Christmas|Easter|Halloween|Thanksgiving|Class|Cohort|Academy|Graduation|January|February|March|April|May|June|July|August|September|October|November|December|Vision|Plan|Budget|Report|Update|Season|Census|Since|In|By|Until|Before|After|From|Back|Born|Elections?|Vote|Voting|Registration|Early|Ballots?|Sign-?ups?|Enrollment|Classes|Training|Camp|Open|Our|The|This|That|Every|Each|Later|Starting|Opening|Home|Hurricane|Tropical|Storm|Operation|Project|Team|Trip|Tour|Drive|Expo|Fair|Fest|Festival|Rodeo|Parade|Marathon|Games|Cup|World|Super|Prom|Homecoming|Seniors?|Juniors?|Freshmen|Happy|Welcome|Goodbye|Cheers|Recap|Highlights|Results|Top|Day|Week|Night|Trot|Walk|Run|Plunge|Party|Hunt|Toy|Toys|Coat|Food|Blood|Santa|Movember|Veterans|Grandma|Grandpa|Mom|Dad|Nana|Papa|Mama';

/** A thanks, a welcome or an event's notice in the text: the year is the event's, not a slogan's. */
const EVENT_OR_THANKS =
  /\b(?:thank\w*|congrat\w*|welcome|recap|register\w*|registration|applications?|drop\s+off|families\s+served|donat\w*|raised|memorial)\b/i;

/** A vote's own date, for a send-off: not a Tuesday's game nor a patient home "on the 12th". */
const SEND_DATE =
  /\b(?:(?:come|in|on|this|by)\s+(?:november|nov\.?|election\s+day)|(?:on|in|come)\s+(?:march|may|june)\b|(?:november|march|may|june)\s+\d{1,2}\b|election\s+day|at\s+the\s+(?:polls|ballot\s+box)|in\s+the\s+(?:voting\s+)?booth)/i;

/** A game's, a season's or a class's year: "Tigers 2025, what a run", "Seniors 2026". */
const GAME_OR_CLASS =
  /\b(?:champions?|championship|season|games?|team|tournament|playoffs?|finals?|graduat\w*|class|seniors?|run)\b/i;

/** A candidate's slogan or title: "Castellanos4Sheriff", "for Sheriff", "Councilmember Feld". */
const CANDIDATE_NAMED =
  /(?:\p{Lu}\p{Ll}+(?:4|For)\p{Lu}|\bfor\s+(?:Sheriff|Mayor|Council|Judge|DA)\b|\b(?:Councilmember|Councilman|Councilwoman|Commissioner|Sheriff|Mayor|Senator|Rep\.?|Judge)\s+\p{Lu})/u;

export const BALLOT_RULES: readonly PhraseRule[] = [
  {
    // Round nine: "don't forget to mark her name on Nov. 4", "circle Farouk's name", dated to a
    // vote or in a text about an election.
    pattern:
      /\b(?:mark|check|circle|tick|fill\s+in)\s+(?:her|his|their|\p{Lu}[\p{L}'’-]+['’]s?)\s+name\b/giu,
    hints: ['name'],
    keep: (text, start, end, context) =>
      VOTE_DATE.test(sentenceAround(text, start, end)) || election(text, context),
    message,
  },
  {
    // "stand with the Democrats this fall", "side with the GOP": a party taken as one's own.
    pattern:
      /\b(?:stand|stands|standing|side|siding)\s+with\s+(?:the\s+)?(?:democrats?|democratic\s+party|dems|republicans?|republican\s+party|gop|libertarians?|greens?|green\s+party|progressives|conservatives)\b/gi,
    hints: ['with'],
    message,
  },
  {
    // "Sanjay Mehta is the only candidate who gets it", "she's the right choice for the job"
    pattern:
      /\b(?:is|['’]s)\s+the\s+(?:only|best|right|clear|obvious|real)\s+(?:candidate|choice)\s+(?:who|that|in\s+(?:this|the)\s+race|for\s+the\s+job)\b/gi,
    hints: ['candidate', 'choice'],
    keep: (text, start, end, context) =>
      /candidate/i.test(text.slice(start, end)) || election(text, context),
    message,
  },
  {
    // "She'd make a great trustee", "he would make an excellent sheriff", where the text speaks
    // of an election; not "a great judge for the chili cook-off".
    pattern:
      /\b(?:(?:she|he|they)['’](?:d|ll)|would|will)\s+make\s+(?:a|an)\s+(?:great|excellent|fantastic|amazing|terrific|wonderful|fine|strong|outstanding|good)\s+(?:mayor|sheriff|trustee|council\s*(?:member|man|woman)|councilor|commissioner|judge|DA|district\s+attorney|senator|governor|congress(?:man|woman)|alderman|alderwoman)\b(?!\s+(?:for|of|at)\s+(?:the|our|a)\b)/gi,
    hints: ['make'],
    // A race spoken of ("running for", "the election"): the office's own word is in the match.
    keep: (text, _start, _end, context) => ELECTION_RACE.test(wholeText(text, context)),
    message,
  },

  {
    // "Help us send one of our own to City Hall!", "send Ruiz back to the statehouse", "Send
    // Lorna Haugen to town hall" (round forty-three); not "send your questions to City Hall",
    // which sends no person.
    pattern:
      /\b[Ss]end\s+(?:her|him|them|one\s+of\s+(?:our|us|your)\s+own|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+(?:back\s+)?to\s+(?:[Cc]ity\s+[Hh]all|[Tt]own\s+[Hh]all|[Cc]ounty\s+[Hh]all|the\s+(?:council|statehouse|[Cc]apitol|state\s+house|[Ss]enate|legislature|school\s+board|bench)|Congress)\b/gu,
    hints: ['send'],
    // Where a race is spoken of: "send Officer Kim to the Capitol for the memorial" is a trip.
    keep: (text, _start, _end, context) => ELECTION_RACE.test(wholeText(text, context)),
    message,
  },
  {
    // Round forty-four: a candidate's slogan as its own sentence, "Caudill 2024.", "Pellegrino
    // 2026 🇺🇸", "Duarte 2026, y'all": the year is the election's; not a season, a holiday, a
    // plan ("Vision 2030"), a class or a team's year ("Tigers 2025, what a run").
    pattern: new RegExp(
      String.raw`(?<=^|[.!?]\s{1,3}|\n)(?!(?:${NOT_A_CANDIDATE})\b)${NAME}(?:[^\S\n]+(?!(?:${NOT_A_CANDIDATE})\b)${NAME})?[^\S\n]+20[2-3]\d(?=[^\S\n]*(?:$|\n|[.!]+(?:\s|$)|,|[^\p{L}\p{N}\s'’.,:;-]|[^\S\n]+(?:baby|all[^\S\n]+the[^\S\n]+way|y['’]all|hats|(?:yard[^\S\n]+)?signs|shirts|stickers)\b))`,
      'gu',
    ),
    hints: ['202', '203'],
    keep: (text, start, end, context) =>
      !GAME_OR_CLASS.test(sentenceAround(text, start, end)) &&
      !EVENT_OR_THANKS.test(wholeText(text, context)) &&
      (/^[^\p{L}\p{N}]*$/u.test(text.slice(end)) ||
        // a campaign's tail: "Duarte 2026, y'all", "Kolb 2025, she'll clean house", "Natarajan 2024!!"
        /^(?:!!|,?[^\S\n]+(?:baby|all[^\S\n]+the[^\S\n]+way|y['’]all|hats|(?:yard[^\S\n]+)?signs|shirts|stickers)\b|,[^\S\n]+(?:she|he|they)(?:['’](?:s|ll|re)|[^\S\n]+(?:will|is|actually))\b)/.test(
          text.slice(end),
        ) ||
        election(text, context)),
    message,
  },
  {
    // Round forty-four: "Caudill in November", "Dump Tuttle in November", "backing Achterberg in
    // November"; a bare name, or one backed or supported, needs an election told in the text
    // (not "backing Hospice House in November"; "Thanksgiving in November" is no name, "Okafor in
    // November 2019" a date)
    pattern: new RegExp(
      String.raw`(?:(?<=^|[.!?]\s{1,3}|\n)|\b(?:[Dd]ump|[Dd]itch|[Bb]ack(?:ing)?|[Ee]lect|[Vv]ot(?:e|ing)\s+for|[Ss]upport(?:ing)?)\s+)(?!(?:${NOT_A_CANDIDATE})\b)${NAME}(?:[^\S\n]+(?!(?:${NOT_A_CANDIDATE})\b)${NAME})?\s+in\s+November\b(?![^\S\n]+\d)(?![^\S\n]*\?)`,
      'gu',
    ),
    hints: ['november'],
    keep: (text, start, end, context) =>
      /^(?:[Dd]ump|[Dd]itch|[Ee]lect|[Vv]ot)/.test(text.slice(start, end)) ||
      /^\s*(?:!|🗳|🇺🇸)/u.test(text.slice(end, end + 4)) ||
      election(text, context),
    message,
  },
  {
    // Round forty-four: "send Childers packing", "Send Ron Tuttle home in November", where a vote,
    // its date or a recall is told; not "send Ernesto home" nor "send Michigan packing Saturday"
    pattern: new RegExp(
      String.raw`\b[Ss]end\s+(?!(?:${NOT_A_CANDIDATE})\b)${NAME}(?:[^\S\n]+(?!(?:${NOT_A_CANDIDATE})\b)${NAME})?\s+(?:packing|home\s+(?:in|on|come)\s+(?:November|Nov\.?|March|May|June|election\s+day|the\s+\d{1,2}(?:st|nd|rd|th)))\b`,
      'gu',
    ),
    hints: ['packing', 'home'],
    keep: (text, _start, _end, context) =>
      election(text, context) ||
      /\brecall\b/i.test(wholeText(text, context)) ||
      SEND_DATE.test(wholeText(text, context)),
    message,
  },
  {
    // "No thanks to City Hall: time for a new mayor" (round forty-three): an office holder to be
    // voted out; not the chief, whom no one elects, nor "time for a new mayor's portrait"
    pattern:
      /\b[Tt]ime\s+for\s+a\s+new\s+(?:mayor|sheriff|DA|district\s+attorney|governor|senator|council(?:member|man|woman|or)?|commissioner|state\s+rep(?:resentative)?|school\s+board)\b(?!['’]s)/gu,
    hints: ['time for a new'],
    message,
  },
  {
    // "proud to march with the next mayor of Example City", "meet our future sheriff": the race
    // called before it is run.
    pattern:
      /\b(?:with|meet|welcome|behind|elect|support|back)\s+(?:the|our)\s+(?:next|future)\s+(?:mayor|sheriff|governor|senator|council(?:member|man|woman|or)|DA|district\s+attorney|judge|commissioner|state\s+rep(?:resentative)?)\b/gi,
    hints: ['next', 'future'],
    message,
  },
  {
    // "should be backing Sheriff Pemberton's reelection", "support Hale's bid for mayor"
    pattern:
      /\b(?:back|backs|backed|backing|support|supports|supported|supporting|behind)\s+(?:[\p{L}'’.-]+\s+){0,3}?[\p{L}'’-]+['’]s?\s+(?:re-?election|candidacy|bid\s+for)\b/giu,
    hints: ['election', 'candidacy', 'bid'],
    message,
  },
  {
    // "folks know what to do come March", "return the favor on the 3rd", "November's your chance
    // to send them packing", "On November 5, remember which members stood with us": a hint at
    // what to do with an office holder, dated to the vote. Without the date, or with no office
    // holder in the text, it is the favour a cleanup asks for, not a ballot.
    pattern:
      /\b(?:know(?:s)?\s+what\s+to\s+do|return(?:s|ed|ing)?\s+the\s+favou?rs?|send(?:s|ing)?\s+(?:[\p{L}'’-]+\s+){1,5}?packing|show(?:s|ing)?\s+(?:them|him|her|['’]em|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s+the\s+door|make\s+(?:them|him|her|['’]em)\s+pay|remember\s+(?:who|which)\s+(?:[\p{L}'’]+\s+){0,3}?(?:stood|voted|cut|gutted|defunded|fought|backed|sided|showed|had|did|didn['’]t))/giu,
    hints: ['what to do', 'favo', 'packing', 'the door', 'pay', 'remember'],
    keep: (text, start, end, context) =>
      VOTE_DATE.test(sentenceAround(text, start, end)) &&
      OFFICE_HELD.test(wholeText(text, context)),
    message,
  },
  {
    // "marking her name on the ballot", "put Hale's name on your ballot", "writing in Ruiz on the ballot".
    pattern:
      /\b(?:mark|fill|check|tick|circle|put|putt|writ|write|pencil|bubbl)\w*\s+(?:in\s+|out\s+)?(?:[\p{L}’'-]+\s+){0,4}?(?:on|in)\s+(?:the|your|my|our|their|every|each|his|her)\s+ballots?\b/giu,
    hints: ['ballot'],
    keep: (text, start, end) => MARKED_FOR.test(text.slice(start, end).replace(/^\S+/, '')),
    message,
  },
  {
    // "Fill in the bubble for Hargrove", "check the box for Moreno", "mark yes", "tick no on 4".
    pattern: new RegExp(
      `\\b(?:mark|fill|check|tick|circle|bubble|pencil|color|colour)(?:s|ed|ing)?\\s+(?:in\\s+)?(?:(?:the|a|your|that)\\s+)?(?:(?:bubble|box|oval|circle|line|arrow)\\s+(?:for|next\\s+to|beside)\\s+(?:${NAME}|him|her|them|yes|no)|["“]?(?:yes|no)\\b)`,
      'giu',
    ),
    // The bubble beside a name is a ballot's; a bare "check yes" is one only in an election.
    keep: (text, start, end, context) =>
      /(?:bubble|box|oval|circle|line|arrow)\s/i.test(
        text.slice(start, end).replace(/^\S+\s+(?:in\s+)?/, ''),
      ) || election(text, context),
    message,
  },
  {
    // "A yes on P is a yes for your safety", "a vote for Measure 4 is a vote for safety".
    pattern:
      /\b(?:yes|no|vote)(?:\s+vote)?\s+(?:on|for|against)\s+(?:(?:measure|prop(?:osition)?|question|issue|the)\s+)?[\p{L}\d-]+\s+(?:is|means)\s+(?:a\s+)?(?:yes|no|vote|win)\s+(?:for|against|to)\b/giu,
    message,
  },
  {
    // "don't let it fail", "help Measure 4 pass", "make sure the levy passes".
    pattern:
      /\b(?:(?:don['’]?t|do\s+not|never)\s+let|help|make\s+sure|ensure)\s+(?:it|this|(?:measure|prop(?:osition)?|question|issue)\s+[\p{L}\d-]+|the\s+(?:levy|bond|measure|tax|initiative|proposition|amendment|referendum))\s+(?:fail|fails|pass|passes|die|dies|lose|loses|win|wins|go\s+down|goes\s+down)\b/giu,
    keep: (text) =>
      /\b(?:measure|prop(?:osition)?|levy|bond|initiative|amendment|referendum|ballot)\b/i.test(
        text,
      ),
    message,
  },
  {
    // Campaign chores: "pick up a yard sign", "sign up to knock doors", "phone bank with us";
    // round forty-six: "We're door-knocking in Pike River this Saturday", "walking precincts".
    pattern:
      /\b(?:pick\s+up|grab|get|request|order|put\s+up|display|take)\s+(?:a|an|your|one|the|some)?\s*(?:free\s+)?(?:yard|lawn|campaign|window)\s+signs?\b|\bknock(?:ing)?\s+(?:on\s+)?doors\b|\bdoor[- ]?knocking\b(?!\s+(?:season|scams?)\b)|\bwalking\s+precincts\b|\bblock[- ]?walking\b|\bphone[- ]?bank\w*|\bsign\s+up\s+to\s+(?:volunteer|canvass|knock|phone|help)\b[^.!?\n]{0,40}|\bvolunteer\s+for\s+(?:the|his|her|their)\s+campaign\b/giu,
    // "Public Works will pick up the yard signs" reports a chore; "pick up a yard sign" asks for one.
    keep: (text, start, _end, context) =>
      election(text, context) &&
      !/\b(?:will|would|can|could|to|may|might|must|we|they|crews?|works|staff)\s+$|['’]ll\s+$/i.test(
        text.slice(Math.max(0, start - 16), start),
      ) &&
      // "Get your lawn signs printed at SignRight, any candidate, any size": a printer's trade
      // (round eighteen)
      !/\b(?:any|every|all|whichever)\s+(?:candidates?|campaigns?|party|parties)\b/i.test(
        sentenceAround(text, start, _end),
      ) &&
      // round forty-six's review: door-knocking for cookies, for a heat-wave check or by
      // officers, or a warning about who knocks, is no campaign chore
      (!/^(?:door|walking|block)/i.test(text.slice(start, _end)) ||
        !DOORS_NOT_CAMPAIGN.test(sentenceAround(text, start, _end))),
    message,
  },
  {
    // Round forty-five: the signs handed out, "Yard signs are at the FOP hall on Lee St", "yard
    // signs are available at the front desk"; not signs in the right-of-way to be removed, nor
    // signs stolen
    pattern:
      /\b(?:[Yy]ard|[Ll]awn|[Cc]ampaign)\s+signs?\s+(?:are|is)\s+(?:(?:still|now)\s+)?(?:at|in|available|here|ready)\b[^.!?\n]{0,60}/gu,
    hints: ['signs', 'sign'],
    keep: (text, start, end, context) =>
      election(text, context) &&
      !/\b(?:right[-\s]of[-\s]way|remov\w*|illegal\w*|not\s+(?:allowed|permitted)|prohibited|stolen|vandali[sz]\w*|medians?|ordinance)\b/i.test(
        sentenceAround(text, start, end),
      ),
    message,
  },
  {
    // Round forty-six: a measure's body told no, "Tell the hospital district no", "tell the
    // groundwater district NO"; not "Detectives tell us the video leaves no doubt"
    pattern:
      /\b[Tt]ell\s+(?:them|(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:district|board|council|commission|county|city))\s+(?:no|NO)\b(?!\s+(?:doubt|one|way|more|longer)\b)/gu,
    hints: ['tell'],
    // round forty-six's review: not a refusal taught ("If anyone offers to fill out your ballot
    // for you, tell them no and call us", "teach them to tell them no")
    keep: (text, start, end, context) =>
      election(text, context) && !REFUSAL_TAUGHT.test(requestTold(text, start, end)),
    message,
  },
  {
    // "send him packing", "send her to City Hall", "show him the door", "send Ruiz back to council".
    pattern: new RegExp(
      `\\b(?:send|show|kick|boot|throw)\\s+(?:him|her|them|${NAME}(?:\\s+${NAME})?)\\s+(?:packing|the\\s+door|out\\s+of\\s+office|to\\s+(?:City\\s+Hall|Congress|Washington|Austin|Sacramento|the\\s+(?:council|statehouse|state\\s+house|capitol|senate|county\\s+board|board))|back\\s+to\\s+(?:City\\s+Hall|council|the\\s+council|office|Congress))\\b`,
      'giu',
    ),
    keep: (text, _start, _end, context) => election(text, context),
    message,
  },
  {
    // "this city can't afford four more years of him", "we cannot afford another term of Voss".
    pattern:
      /\b(?:can['’]?t|cannot|can\s+not|couldn['’]?t)\s+afford\s+(?:another|(?:\w+\s+)?more)\s+(?:\w+\s+)?(?:years?|terms?)\s+(?:of|with)\s+\S+/giu,
    message,
  },
  {
    // "would be a disaster for this city if he wins", "will ruin us if she is elected".
    pattern:
      /\bif\s+(?:he|she|they|(?:\p{Lu}[\p{L}'’.-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)\s+(?:wins|win|is\s+(?:re-?)?elected|gets\s+(?:re-?)?elected|gets\s+in|takes\s+office|loses|stays\s+in\s+office)\b/gu,
    keep: (text, start) => {
      let from = start;
      while (from > 0 && start - from < 200 && !'.!?\n'.includes(text[from - 1] ?? '.')) from -= 1;
      return /\b(?:disaster\w*|catastroph\w*|nightmare|terrible|awful|dangerous|ruin\w*|mistake|best|great|wonderful|finally|doomed|pray)\b/i.test(
        text.slice(from, start),
      );
    },
    message,
  },
  {
    // "stand with Beaumont on November 4", "stand behind Ruiz this Tuesday".
    pattern: new RegExp(
      `\\b(?:[Ss]tand|[Ss]tanding|[Gg]et)\\s+(?:with|behind)\\s+${NAME}(?:\\s+${NAME})?\\s+${DATE}`,
      'gu',
    ),
    message,
  },
  {
    // "backing Rosa Villanueva para el concejo", "support Reyes for sheriff", "apoyamos a Ruiz para alcalde".
    pattern: new RegExp(
      `\\b(?:back|backs|backing|support|supports|supporting|behind|voting|apoy(?:o|amos|en|e|emos|ando))\\s+(?:a\\s+)?${NAME}(?:\\s+${NAME}){0,2}\\s+(?:for|para)\\s+${OFFICE_AFTER}\\b`,
      'giu',
    ),
    // "right behind the Marlow for Mayor float": a place in a parade, not a side taken.
    keep: (text, start, end) =>
      /\s\p{Lu}/u.test(text.slice(start, end)) &&
      !/^\s+(?:float|truck|van|booth|table|tent|bus|car|banner|balloon|stage)s?\b/i.test(
        text.slice(end, end + 12),
      ),
    message,
  },
  {
    // "Straight Republican ticket", "vote the Democratic slate", "voting GOP all the way down".
    pattern: new RegExp(
      `\\b(?:straight|vote|voting|votes|whole|entire)\\s+(?:the\\s+)?${PARTY}\\s+(?:ticket|slate|all\\s+the\\s+way|down\\s+the\\s+(?:ballot|line))\\b`,
      'gi',
    ),
    message,
  },
  {
    // "what happens when you let Democrats run the city", "keep the liberals in charge".
    pattern: new RegExp(
      `\\b(?:let|letting|allow|allowing|elect|electing|put|putting|keep|keeping|vote|voting)\\s+(?:the\\s+)?${PARTY_GROUP}\\s+(?:run|ruin|control|take\\s+over|destroy|wreck|in\\s+charge|back\\s+in)\\b`,
      'gi',
    ),
    message,
  },
  {
    // "Join Commissioner Hale's re-election kickoff", "come to the campaign launch".
    pattern:
      /\b(?:join|attend|come|stop\s+by|rsvp|see\s+you)\s+(?:(?:to|at|out|for)\s+)?(?:[\p{L}’'.-]+\s+){0,4}?(?:re-?election|campaign)\s+(?:kickoff|kick-off|launch|event|rally|party|bbq|barbecue|picnic|fundraiser|dinner|office|headquarters|hq|meet-and-greet|celebration)\b/giu,
    message,
  },
  {
    // "Hosted by sheriff candidate Bernie Ashworth", "presented by the Ruiz campaign".
    pattern:
      /\b(?:hosted|sponsored|organized|organised|presented|brought\s+to\s+you)\s+by\s+(?:[\p{L}’'.-]+\s+){0,3}?(?:candidate|campaign)\b/giu,
    message,
  },
  {
    // "he deserves your vote", "she has earned our vote", "Ruiz earns your vote".
    pattern:
      /\b(?:deserves?|deserved|earned|earns|has\s+earned|have\s+earned)\s+(?:your|our|every|the|my)\s+(?:\w+\s+)?votes?\b/giu,
    message,
  },
  {
    // "Remember that when you fill in your ballot", "don't forget it at the polls", "keep this in
    // mind when you vote", "remember who showed up on election day": a grievance or a favour
    // carried to the vote. "Remember to bring your ID to the polls" is voting information: the
    // reminder has to have an object (that, this, it, them, who…), not a "to".
    pattern: new RegExp(
      `\\b(?:${REMEMBER}\\s+${REMEMBERED}|keep\\s+(?:that|this|it|them)\\s+in\\s+mind)[\\s,–—-]+${AT_THE_VOTE}`,
      'giu',
    ),
    hints: ['remember', 'forget', 'keep', 'think'],
    // "Remember, folks, when you vote…" remembers no one: a remembered word is a pronoun, "who",
    // "their names" or a capitalised name. "…when you vote on the officer-of-the-year award"
    // is a vote for an award, not in an election.
    keep: (text, start, end) =>
      REMEMBERED_AFTER_VERB.test(text.slice(start, start + 60)) &&
      !NON_ELECTION_VOTE.test(sentenceAround(text, start, end)),
    message,
  },
  {
    // "we need Frank Delgado as our next Sheriff", "this city needs her on the council", "we
    // want him in the mayor's office": a person wanted in an office that is won by a vote.
    pattern: new RegExp(
      `\\b(?:need|needs|needed|want|wants|deserve|deserves)\\s+(?:(?:${NAME}(?:\\s+${NAME}){0,2})|him|her|them|someone\\s+like\\s+${NAME})\\s+(?:as\\s+(?:our|the|your|its|their|[\\p{L}]+['’]s|this\\s+(?:city|county|town)['’]s)\\s+(?:next\\s+|new\\s+)?|for\\s+|on\\s+(?:the\\s+)?|in\\s+(?:the\\s+)?)${OFFICE_AFTER}(?:['’]s\\s+office)?\\b`,
      'giu',
    ),
    hints: ['need', 'want', 'deserve'],
    // The flag makes the name's capital case-blind: "need more officers on the council" names no one.
    keep: (text, start) => NAMED_AFTER_VERB.test(text.slice(start, start + 60)),
    message,
  },
  {
    // "Flip the council blue", "turn the board red", "flip that seat", "take back the council":
    // an elected body won for a party. "Turn the city blue for Police Week" lights buildings.
    pattern:
      /\b(?:flip|flipping|flipped|turn|turning|keep|keeping|paint|make|take\s+back|win\s+back|taking\s+back)\s+(?:the\s+|this\s+|that\s+|our\s+|their\s+)?(?:city\s+|county\s+|school\s+|state\s+)?(?:council|board|commission|senate|house|legislature|statehouse|seats?|district|ward|majority)(?:\s+(?:blue|red|purple|democratic|republican|back|in\s+(?:november|['’]?\d\d|20\d\d)))?/giu,
    hints: ['flip', 'turn', 'keep', 'paint', 'make', 'take', 'win', 'taking'],
    keep: (text, start, end, context) => {
      const words = text.slice(start, end);
      // A council or a seat is only ever won by a vote; a board, a house or a district may be
      // a game's, a home's or a school's, and needs an election in the text.
      const elected =
        /\b(?:council|commission|senate|legislature|statehouse|seats?|majority|(?:city|county|school|state)\s+board)\b/i.test(
          words,
        ) || election(text, context);
      if (/^flip/i.test(words)) return elected;
      const coloured =
        /\s(?:blue|red|purple|democratic|republican)$|\sin\s+(?:november|['’]?\d\d|20\d\d)$/i;
      if (/^(?:take|win|taking)/i.test(words)) return elected && election(text, context);
      return coloured.test(words) && elected && !/\b(?:house|district)\b/i.test(words);
    },
    message,
  },
  {
    // "we'd love to see all of you at his re-election rally", "hope to see everyone at the
    // campaign kickoff": the reader invited to a candidate's event.
    pattern:
      /\bsee\s+(?:you|all\s+of\s+you|you\s+all|y['’]all|everyone|everybody|lots\s+of\s+you|many\s+of\s+you)\s+(?:out\s+)?(?:at|there\s+at|for)\s+(?:[\p{L}’'.-]+\s+){0,4}?(?:re-?election|campaign)\s+(?:kickoff|kick-off|launch|event|rally|party|bbq|barbecue|picnic|fundraiser|dinner|office|headquarters|hq|meet-and-greet|celebration)\b/giu,
    hints: ['see'],
    message,
  },
  {
    // "Let's keep her in Springfield where she belongs", "keep Judge Ruiz on the bench", "keep
    // him in office": an office holder kept by a vote. "Keep him behind bars where he belongs"
    // is custody, and "keep her in the loop" no office.
    pattern: new RegExp(
      `\\b[Kk]eep(?:ing)?\\s+(?:him|her|them|(?:(?:Judge|Sheriff|Mayor|Sen\\.?|Senator|Rep\\.?|Councilman|Councilwoman|Councilmember|Commissioner|DA)\\s+)?${NAME})\\s+(?:on\\s+the\\s+bench|in\\s+(?:City\\s+Hall|Congress|Washington|the\\s+(?:statehouse|state\\s+house|capitol|senate|mayor['’]s\\s+office|sheriff['’]s\\s+office))|in\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)?\\s+where\\s+(?:he|she|they)\\s+belongs?)`,
      'gu',
    ),
    hints: ['keep'],
    // Congress, the bench or City Hall is an office; a town "where she belongs" needs an election.
    keep: (text, start, end, context) =>
      election(text, context) || !/\bwhere\s+\S+\s+belongs?$/i.test(text.slice(start, end)),
    message,
  },
  {
    // "the whole command staff are all in for Renata Ochoa", "I'm pulling for Reyes", "we're
    // rooting for her on Tuesday": a side taken in a race. Pulling for a team or a runner is not.
    pattern: new RegExp(
      `\\b(?:[Aa]ll\\s+in\\s+for|(?:[Pp]ulling|[Rr]ooting|[Gg]unning|[Cc]ampaigning|[Ss]tumping|[Kk]nocking\\s+doors)\\s+for|[Oo]n\\s+[Tt]eam)\\s+(?:(?:Councilman|Councilwoman|Councilmember|Sheriff|Mayor|Judge|Commissioner|Senator|DA)\\s+)?${NAME}(?:\\s+${NAME})?|\\bin\\s+${NAME}['’]s\\s+corner\\b`,
      'gu',
    ),
    hints: [
      'all',
      'pulling',
      'rooting',
      'gunning',
      'campaigning',
      'stumping',
      'knocking',
      'team',
      'corner',
    ],
    keep: (text, _start, _end, context) => ELECTION_RACE.test(wholeText(text, context)),
    message,
  },
  {
    // "en noviembre votamos por Beatriz Olmedo", "voy a votar por ella", "no voten por Ruiz":
    // any Spanish form of "vote for" a named person (the nouns votos, votación take no one).
    pattern:
      /\b(?:[Vv]ot(?:o|as|a|amos|an|en|e|emos|ar|aremos|aré|ad|ando|é|ó|aron)|[Vv]amos\s+a\s+votar|[Vv]oy\s+a\s+votar)\s+(?:(?:todos|todas|juntos|juntas)\s+)?por\s+(?:(?:la|el)\s+(?:candidat[oa]\s+|concejal[a]?\s+|alcalde(?:sa)?\s+|sheriff\s+|juez[a]?\s+)?)?(?:\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|ella|él|ellos|ellas)/gu,
    hints: ['vot'],
    message,
  },
  // Spanish: "votemos todos por Marisela", "voten juntos por la candidata", "apoyen a la candidata".
  {
    pattern:
      /\b[Vv]ot(?:en|e|a|ar|emos|amos|ad|ando)\s+(?:(?:todos|todas|juntos|juntas|este|el|la|\d{1,2}|de|noviembre|martes)\s+){1,5}por\s+(?:(?:la|el)\s+)?(?:candidat[oa]\s+)?\p{Lu}[\p{L}'’-]+/gu,
    hints: ['vot'],
    message,
  },
  {
    pattern:
      /\b(?:[Aa]poy(?:en|e|emos|ar)|[Ee]lij(?:an|amos)|[Rr]eelij(?:an|amos)|[Rr]eelegir|[Rr]espald(?:en|emos))\s+(?:a\s+)?(?:(?:la|el)\s+(?:candidat[oa]|concejal[a]?|alcalde(?:sa)?|sheriff)|\p{Lu}[\p{L}'’-]+)/gu,
    message,
  },
  {
    pattern: /\b(?:el|la)\s+(?:únic[oa]|mejor)\s+candidat[oa]\b/giu,
    message,
  },
  {
    // Spanish calls on a measure: "Apoya la Medida B", "Vota sí en la Proposición 4", "Voten NO
    // a la Medida K", "Respalda la Propuesta 12". "Apoya a tu equipo" names no measure.
    pattern:
      /\b(?:[Aa]poy(?:a|en|e|emos|ar)|[Rr]espald(?:a|en|e|emos)|[Aa]prueb(?:a|en|e)|[Rr]echaz(?:a|en|emos)|[Dd]errot(?:a|en|emos)|[Vv]ot(?:a|en|e|emos|ar)\s+(?:s[íi]|S[ÍI]|no|NO)\s+(?:en|a|por)|[Dd]i(?:gan)?\s+(?:que\s+)?(?:s[íi]|S[ÍI]|no|NO)\s+a)\s+(?:a\s+)?(?:la|el)\s+(?:[Mm]edida|[Pp]ropuesta|[Pp]roposición|[Ii]niciativa|[Ee]nmienda)\s+[\p{L}\d]{1,3}\b/gu,
    hints: ['medida', 'propuesta', 'proposición', 'iniciativa', 'enmienda'],
    message,
  },
  {
    // "¡Vota SÍ el 4 de noviembre!", "voten no este martes": a yes or a no asked for where a
    // measure or a ballot is in the text. "Vota en el Centro Cívico" says where, not how.
    // The end is written as no letter after it: `\b` does not see "Í" as a letter.
    pattern: /\b[Vv]ot(?:a|en|e|emos)\s+(?:S[ÍI]|s[íi]|NO|[Nn]o)(?!\p{L})/gu,
    hints: ['vot'],
    keep: (text, _start, _end, context) =>
      /\b(?:medida|propuesta|proposición|iniciativa|enmienda|measure|prop(?:osition)?)\b/iu.test(
        wholeText(text, context),
      ),
    message,
  },
  {
    // Spanish praise of a candidate as the one to choose: "Oyelaran es el único que nos
    // respalda", "ella es la mejor opción para alcaldesa", "Rivas es el indicado para sheriff".
    // Only where an election is in the text: "es el único que habla mandarín" is about a shift.
    pattern:
      /\b(?:es|son)\s+(?:el|la|los|las)\s+(?:únic[oa]s?|mejor(?:es)?|indicad[oa]s?|correct[oa]s?)\s+(?:que|para|opci[oó]n|candidat[oa]s?|líder|lider)\b[^.!?\n]{0,40}/giu,
    hints: ['es', 'son'],
    keep: (text, _start, _end, context) =>
      /\b(?:candidat\w*|vot\w*|elecci\w*|alcald\w*|concej\w*|sheriff|boleta|urnas|campaña)\b/iu.test(
        wholeText(text, context),
      ),
    message,
  },
  {
    // A party's whole slate by its letter: "Straight ticket R", "voting straight D", "vote R all
    // the way down". "Straight-ticket voting ends this year" names no party.
    pattern:
      /\b(?:[Ss]traight(?:[-\s]+(?:party|ticket))*|[Vv]ot(?:e|ing)\s+(?:straight\s+)?)[-\s]+(?:R|D)\b(?!\.)(?:\s+all\s+the\s+way(?:\s+down)?)?/gu,
    hints: ['straight', 'vot'],
    keep: (text, start, end) => /\b(?:straight|all\s+the\s+way)\b/i.test(text.slice(start, end)),
    message,
  },
  {
    // Someone wanted back in an elected body: "Leaders like Gloria are exactly who we need back
    // in the Capitol", "we need Rep. Dunn back in the statehouse", "we want her on the council".
    // "We need Officer Ruiz back on patrol" is a colleague's return.
    pattern: new RegExp(
      `\\b(?:need|needs|want|wants)\\s+(?:(?:him|her|them|(?:(?:Rep|Sen|Gov|Dr)\\.\\s+)?${NAME}(?:\\s+${NAME}){0,2})\\s+)?(?:back\\s+)?(?:in|on|at|to)\\s+(?:the\\s+)?(?:Capitol|capitol|City\\s+Hall|city\\s+hall|statehouse|state\\s+house|legislature|Congress|Senate|(?:city\\s+|county\\s+)?council|(?:county|school)\\s+board|bench|office)\\b`,
      'gu',
    ),
    hints: ['need', 'want'],
    keep: (text, start, end, context) => {
      const said = text.slice(start, end);
      // The one wanted is named or meant: a name, a pronoun, or "who we need", "the leader we need".
      const someone =
        /^\S+\s+(?:him|her|them|\p{Lu})/u.test(said) ||
        /\b(?:who|whom|leaders?|kind|one|person|man|woman|exactly|voice|champion|advocate)\s+(?:\w+\s+){0,2}(?:we|you|this\s+\w+)\s*$/i.test(
          text.slice(Math.max(0, start - 40), start),
        );
      // "the bench", "office" and "council" need an election or an office holder in the text.
      return (
        someone &&
        (/capitol|hall|state|legislature|congress|senate/i.test(said) || election(text, context))
      );
    },
    message,
  },
  {
    // The reader urged to bring about a candidate's win, dated to the vote or with the
    // candidate near: "Let's make sure he gets it on Nov. 4", "get out on March 3 and make it
    // happen", "get him in there", "put her in office".
    pattern:
      /\b(?:make\s+sure\s+(?:he|she|they)\s+(?:gets?|wins?|keeps?)\s+(?:it|that\s+seat|the\s+seat|the\s+job|another\s+term|re-?elected)|make\s+it\s+happen|get\s+it\s+done|(?:get|put)\s+(?:him|her|them)\s+(?:in\s+there|in\s+office|over\s+the\s+top|across\s+the\s+finish\s+line|elected))\b/giu,
    hints: ['make', 'get', 'put'],
    keep: (text, start, end, context) => {
      const around = sentenceAround(text, start, end);
      const strong =
        /^(?:make\s+sure|get\s+(?:him|her|them)\s+elected|put\s+\S+\s+in\s+office)/i.test(
          text.slice(start, end),
        );
      // A date of the vote in the sentence and a race or a candidate in the text, or a candidate
      // praised in the same sentence ("Herrera is the real deal, get him in there").
      return (
        ((VOTE_DATE.test(around) || /\b(?:polls|ballot|election|vote)\b/i.test(around) || strong) &&
          (ELECTION_RACE.test(wholeText(text, context)) ||
            CANDIDATE_NAMED.test(wholeText(text, context)) ||
            (strong && OFFICE_HELD.test(wholeText(text, context))))) ||
        (/(?:^|[^.!?\n])\b(?:real\s+deal|only\s+one|right\s+choice|best\s+choice|our\s+guy|my\s+guy)\b/i.test(
          around,
        ) &&
          /\b(?:run|running|race|sheriff|mayor|council|seat)\b/i.test(wholeText(text, context)))
      );
    },
    message,
  },
  {
    // Round ten: a named candidate backed for a seat: "back Dana Kessler for Ward 3", "support
    // Luis Ortega for sheriff". Case-sensitive, so that the name must be capitalised.
    pattern: new RegExp(
      String.raw`\b(?:[Bb]ack|[Ss]upport|[Ee]lect|[Rr]e-?elect|[Pp]ick|[Cc]hoose)\s+${NAME}(?:\s+${NAME})?\s+for\s+(?:(?:[Ww]ard|[Dd]istrict|[Ss]eat|[Pp]recinct)\s+\d+|(?:[Cc]ity\s+)?[Cc]ouncil|[Mm]ayor|[Ss]heriff|[Jj]udge|DA|[Dd]istrict\s+[Aa]ttorney|[Ss]chool\s+[Bb]oard|[Cc]ounty\s+[Bb]oard|[Cc]ommission(?:er)?|[Cc]ongress|[Ss]enate|[Gg]overnor|[Aa]lderm[ae]n)\b`,
      'gu',
    ),
    hints: ['back', 'support', 'elect', 'reelect', 're-elect', 'pick', 'choose'],
    message,
  },
  {
    // A place to be won for a party: "let's turn Example County red", "flip Ward 3 blue".
    // Case-sensitive (the place must be capitalised), and a party must be named in the text:
    // "turn the town blue for Police Week" is a vigil.
    pattern: new RegExp(
      String.raw`\b(?:[Tt]urn|[Ff]lip|[Kk]eep)\s+(?:the\s+)?(?:${NAME}\s+)?(?:County|City|Township|District|Ward\s+\d+)\s+(?:red|blue|Red|Blue|RED|BLUE)\b`,
      'gu',
    ),
    hints: ['turn', 'flip', 'keep'],
    // A party by name: "the county Republican Party", "Dems"; not a block party or a search party.
    keep: (text, _start, _end, context) =>
      /\b(?:republicans?|democrats?|democratic|gop|dems|libertarians?)\b/i.test(
        wholeText(text, context),
      ),
    message,
  },
  {
    // A party to be put in power, office holders to be put out: "put Republicans back on the
    // council", "get every one of them out of office".
    pattern: new RegExp(
      String.raw`\b(?:put|get|send|keep|vote)\s+(?:more\s+)?${PARTY_GROUP}\s+(?:back\s+)?(?:on|in|into|onto)\s+(?:the\s+)?(?:(?:city|county|school)\s+)?(?:council|office|city\s+hall|board|power|charge|congress|statehouse|bench)\b|\b(?:get|vote|kick|throw|boot)\s+(?:every\s+(?:last\s+)?one\s+of\s+(?:them|these\s+\w+|those\s+\w+)|(?:them|['’]em)\s+all|the\s+(?:whole|entire)\s+(?:council|board|bunch|lot))\s+out\s+of\s+office\b`,
      'gi',
    ),
    hints: ['put', 'get', 'send', 'keep', 'vote', 'kick', 'throw', 'boot'],
    message,
  },
  {
    // A campaign's cheer with its year, where the text speaks of an election or an endorsement:
    // "Go Harlan Whitby 2026!!"
    pattern: new RegExp(String.raw`\bGo\s+${NAME}\s+${NAME}[!,]*\s+20\d\d\b`, 'gu'),
    hints: ['go'],
    // An election, not a race or a poll of any kind ("Go Coach Ellis 2026! Our 5K race…").
    keep: (text, _start, _end, context) =>
      /\b(?:elect\w*|re-?elect\w*|ballots?|campaign\w*|candidat\w*|endors\w*|primary|polls|running\s+for|vote\s+for)\b/i.test(
        wholeText(text, context),
      ),
    message,
  },
];
