import type { Finding, ScanContext, Scanner } from '../finding';
import { joinOverlapping } from './join-findings';
import { type Found, asFindings } from './sentence-rules';
import { type PhraseRule, before, scanWithRules, sentenceAround } from './pattern-scanner';
import { type Appeal, hashtagCuesKey, politicalAppeals } from './political-appeals';
import { POLITICAL_TEXT, politicalCalls } from './political-structure';
import { BALLOT_RULES, ELECTION, ELECTION_RACE, OFFICE_HELD } from './political-ballot';
import { documentChecks, documentCounts, textBeside, wholeText } from './whole-document';
import { NON_ELECTION_VOTE, isContestText } from '../language/politics';
import { OFFICER_TITLE_WORDS } from '../language/people';
import { withModelFindings } from './sentence-model';

const message = (m: string) =>
  `“${m}” is political activity: campaigning, an endorsement or a partisan appeal (III.B.1.f). Department posts stay neutral: remove it.`;

const NAME = "\\p{Lu}[\\p{L}'’-]+";
/** Not just after an officer's title or a thank-you: "Thanks to Officer Ortiz for State Senate testimony". */
const NOT_AFTER_A_TITLE = String.raw`(?<!(?:(?:${OFFICER_TITLE_WORDS})\.?|Thanks\s+to|Thank\s+you\s+to)\s)`;
/** A month as an election day is written: "June 3", "Nov. 4", "March 3rd". */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
/** Text about an office or an election: "gets my vote" there is a voter's, not a contest's. */
const ELECTION_TEXT =
  /\b(?:elect\w*|state\s+rep|ballot|campaign|candidates?|mayor(?:al)?|sheriff|council\w*|senat\w*|governor|commissioner|representative|district\s+attorney|DA|polls|primary)\b/i;
/** An election's day or round named beside a request for support: "on Nov. 4", "in the runoff". */
const ELECTION_DAY =
  /\b(?:nov(?:ember)?\b|election\s+day|runoff|primary|the\s+polls|ballot|on\s+the\s+\d+(?:st|nd|rd|th)\b|vote)/i;
/** A recall's or a ballot initiative's own words: what a petition to sign is then for. */
const PETITIONED =
  /#Recall\p{Lu}|\brecall\s+(?:petition|election|effort|campaign|drive)\b|\bballot\s+(?:measure|initiative|question)\b|\breferendum\b/u;
/** A measure's campaign hashtag: "#YesOn4", "#NoOnPropB". */
const MEASURE_HASHTAG = /#(?:Yes|No)On\w/i;
/** A vote, a runoff, a recall or a petition: an election's own words beside a call. */
const ELECTION_WORD = /\b(?:vot\w*|runoff|election|recall|petitions?)\b/i;
/** Beside a contest's vote, only a campaign's words speak of an election. */
const CAMPAIGN_WORD = /\b(?:elect\w*|ballots?|campaign\w*|candidates?)\b/i;
/** A measure's own words: "get it passed" asks for a measure's passing only beside one. */
const MEASURE_WORD = /\b(?:levy|ballot|measure|prop(?:osition)?|bond\s+issue|referendum)\b/i;
/**
 * The rest of the text, without the words matched, speaks of an election, and the text is no
 * contest's ("vote in the comments to name our K-9"); beside an award's vote, only an office or a
 * campaign will do.
 */
function electionElsewhere(text: string, start: number, end: number, context: ScanContext) {
  const whole = wholeText(text, context);
  if (isContestText(whole)) return false;
  const rest = textBeside(text, start, end, context);
  if (NON_ELECTION_VOTE.test(whole)) return ELECTION_TEXT.test(rest);
  return ELECTION_TEXT.test(rest) || ELECTION_WORD.test(rest);
}
/** An election spoken of, not an office's title: "vote", "ballot", "campaign", "the race for". */
const ELECTION_SPOKEN =
  /\b(?:elect\w*|ballots?|campaign\w*|candidates?|vot(?:e|es|ed|ing|ers?)|polls|primary|runoff|running\s+for|race\s+for|(?:mayor(?:al)?|council|sheriff|school\s+board)['’]?s?\s+race)\b/i;
/** Like electionElsewhere, but an office's title alone is not an election (round thirteen's review). */
function electionSpoken(text: string, start: number, end: number, context: ScanContext) {
  const whole = wholeText(text, context);
  if (isContestText(whole)) return false;
  const rest = textBeside(text, start, end, context);
  if (NON_ELECTION_VOTE.test(whole)) return CAMPAIGN_WORD.test(rest);
  return ELECTION_SPOKEN.test(rest);
}
/** "…for judge", "…for the city council": the office a vote or support is given for. */
const FOR_OFFICE =
  /^[^.!?\n]{0,12}\bfor\s+(?:(?:the\s+)?(?:city|county|school|state)\s+)?(?:mayor|sheriff|council|judge|senate|congress|governor|commission|board|da|district\s+attorney|re-?election|office)\b/i;
/** An election in the sentence itself: support named there is for a candidate. */
const ELECTION_SENTENCE =
  /\b(?:elect\w*|ballots?|campaign|candidates?|polls|primary|race|november|vote|voting)\b/i;
const CONTEST =
  /\b(?:comments?|replies|contest|k-?9s?|pup|puppy|mascot|cutest|naming|name\s+(?:the|our|a|this|his|her))\b/i;
/** "the Re-Elect Sheriff Kincaid rally": an event's name, as a road closure gives it. */
const EVENT_AFTER =
  /^(?:\s+(?:\p{Lu}[\p{L}'’.-]*|for)){0,4}\s+(?:rally|event|fundraiser|debate|forum|parade|headquarters)\b/u;
/** A hashtag that asks people to vote, not whom for: the year, early, safely, local. */
const NEUTRAL_VOTE_TAG =
  /^#vot(?:e|ed|er|ers|ing)?(?:20\d\d|early|local|safe|safely|ready|day|info|smart|often|responsibly)?(?:20\d\d)?$/i;
const ATTEND_BEFORE = /\b(?:come|join|see\s+you|attend|rsvp|stop\s+by|bring)\b/i;
/** The text of the sentence before `start`, up to 120 characters. */
function sentenceBefore(text: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < 120 && !'.!?\n'.includes(text[from - 1] ?? '.')) from -= 1;
  return text.slice(from, start);
}
/** An office after "our" or "your": "vote for our sheriff". */
const OFFICE_NEXT =
  /^\s*(?:next\s+|current\s+)?(?:sheriff|mayor|council\w*|candidate|judge|da|district\s+attorney|senator|commissioner|governor|trustee|representative)\b/i;
/** Signs stolen or damaged: a crime against a campaign's signs takes no side. */
const SIGNS_TAKEN =
  /\b(?:stolen|stole|steal\w*|theft|thie(?:f|ves)|damaged|vandal\w*|destroyed|missing|pulled\s+up|recovered|criminal\s+mischief)\b/i;
/*
 * Under the i flag \p{Lu} matches any letter, so the rules below that read a name after "elect",
 * "support candidate" or "vote for" turn away the words that are no name ("elect the winner",
 * "Support candidate forums") and still read a name typed in lowercase ("elect ruiz").
 */
const RULES: readonly PhraseRule[] = [
  {
    // "vote for" needs whom or what: "vote for your favourite name" is a contest, not a campaign.
    pattern: new RegExp(
      `\\bvote\\s+(?:(?:yes|no|out)\\b(?:\\s+(?:on\\s+)?(?:Measure\\s+\\w+|Prop(?:osition)?\\s+\\w+|${NAME}))?|(?:for|against)\\s+(?:Measure\\s+\\w+|Prop(?:osition)?\\s+\\w+|${NAME}|(?:him|her|them|the\\s+(?:incumbent|challenger|levy|bond|measure)))\\b)`,
      'giu',
    ),
    hints: ['vote'],
    // The flag makes the name's capital case-blind: a name must really start with one.
    // "Whether you vote yes or no on K, be patient at the polls" takes no side.
    keep: (text, start, end, context) => {
      if (/\b(?:whether|regardless\s+of)\b/i.test(sentenceBefore(text, start))) return false;
      // "vote for the dispatcher of the month": an award's vote, not an election's.
      if (NON_ELECTION_VOTE.test(sentenceBefore(text, start) + text.slice(start, end + 60)))
        return false;
      if (isContestText(wholeText(text, context))) return false;
      const target = /^vote\s+(?:for|against)\s+(\S+)/i.exec(text.slice(start, end))?.[1];
      return (
        target === undefined ||
        // "VOTE FOR OUR CALENDAR COVER": capitals that are no name, unless an office follows
        // ("VOTE FOR OUR SHERIFF DANA PIKE").
        (/^\p{Lu}/u.test(target) &&
          (!/^(?:our|your|my|their|his|its|a|an|this|that|these|those|every|all)$/i.test(target) ||
            OFFICE_NEXT.test(text.slice(end, end + 30)))) ||
        /^(?:him|her|them|measure|prop\w*)$/i.test(target) ||
        // The name's case-blind class takes "the" first: what follows it says who is meant.
        (/^the$/i.test(target) &&
          /^\s+(?:incumbent|challenger|levy|bond|measure)\b/i.test(text.slice(end, end + 20)))
      );
    },
    message,
  },
  {
    // "Vote Montemayor on March 3": a name straight after "vote", capitalised.
    pattern: new RegExp(
      `\\b[Vv]ote\\s+(?!Yes\\b|No\\b|In\\b|On\\b|For\\b)${NAME}(?:\\s+${NAME})?`,
      'gu',
    ),
    hints: ['vote'],
    // "Vote in the comments! I vote Biscuit for the K-9": a naming contest, not an election.
    keep: (text, start, end) =>
      !CONTEST.test(text.slice(Math.max(0, start - 150), Math.min(text.length, end + 60))),
    message,
  },
  {
    pattern:
      /#\p{L}+(?:4|For)(?:Senate|Mayor|Council|Sheriff|Congress|Governor|DA|Judge|President|Commissioner|Treasurer|Clerk|Assembly|SchoolBoard|Coroner|Auditor|D\d{1,2}|Ward\d{1,2}|District\d{1,2})\b/giu,
    message,
  },
  // One rule per phrase: each starts with a word the engine can look for, which keeps scanning fast.
  { pattern: /\bremember\s+in\s+november\b/gi, message },
  // Spanish, as comments are written here: "Voten por Elena Castillo para alcaldesa".
  {
    pattern: /\b[Vv]ot(?:en|e|a|ar|emos)\s+por\s+\p{Lu}[\p{L}'’-]+/gu,
    hints: ['vot'],
    message,
  },
  { pattern: /\bfour\s+more\s+years\b/gi, message },
  {
    pattern:
      /\bremember\b[^.!?\n]{0,40}?\bvoted\b[^.!?\n]{0,30}?\b(?:november|election|polls|ballot)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:join\s+(?:us|me)|come\s+out|see\s+you)\s+(?:at\s+)?(?:the\s+)?(?:rally|fundraiser)\s+for\s+\p{Lu}[\p{L}'’-]+/gu,
    message,
  },
  {
    pattern:
      /\bvote\b[^.!?\n]{0,30}?\bout\s+in\s+(?:november|may|march|the\s+(?:next\s+)?election)\b/gi,
    message,
  },
  {
    // "#VoteRuiz", "#VoteBlue" take a side; "#Vote2024", "#VoteEarly" under polling hours take none.
    pattern: /#vote\w*/gi,
    keep: (text, start, end) => !NEUTRAL_VOTE_TAG.test(text.slice(start, end)),
    message,
  },
  {
    // "free Alvarez yard sign": a candidate's (capitalised) or a campaign's sign. The word before
    // is looked at by `keep`, not matched: a pattern starting with any word would be quadratic.
    pattern: /\byard\s+signs?\b/gi,
    // "campaign yard signs stolen or damaged": a theft reported, whoever's signs they were
    keep: (text, start, end) =>
      !SIGNS_TAKEN.test(sentenceAround(text, start, end)) &&
      // The text as written: `before` lower-cases it, and the capital is what names a candidate.
      /(?:^|[^\p{L}'’-])(?:\p{Lu}[\p{L}'’-]{0,40}|[Cc]ampaign)\s+$/u.test(
        text.slice(Math.max(0, start - 45), start),
      ),
    message,
  },
  // Round twelve: a ballot cast for someone ("Cast your ballot for Montoya!"), a recall opposed
  // ("Reject the recall on June 2"), a candidate's sign in a yard ("Put a Whitcombe sign in your
  // yard"). Only where the rest of the text is about an election: a parade's "cast your ballot
  // for Best Float" and a car maker's recall are not.
  {
    pattern:
      /\bcast\s+(?:your|a|my|our)\s+(?:votes?|ballots?)\s+for\s+(?!(?:the|a|an|your|their|its|that|every|all|new|best|winners?|forums?|debates?|nights?|officers?|members?|delegates?|two|three|four|five)\b)\p{Lu}[\p{L}'’-]+|\b(?:reject|defeat|stop|oppose)\s+the\s+recall\b(?!\s+of\b)|\b(?:put|get|grab|pick\s+up|display|plant)\s+(?:up\s+)?(?:an?\s+\p{Lu}[\p{L}'’-]+|her|his|their)\s+signs?\s+(?:in|on)\s+(?:your|the)\s+(?:yard|window|lawn)\b/giu,
    hints: ['cast', 'recall', 'sign'],
    keep: (text, start, end, context) => electionElsewhere(text, start, end, context),
    message,
  },
  // "Elect her sheriff", "Elect these candidates", "Elect my husband, Dave Ruiz" (round
  // forty-one's review): a pronoun or a possessive the name rules turn away, kept only beside an
  // election's words
  {
    pattern:
      /(?<!re-?)\belect\s+(?:her|him|them|these\s+(?:candidates|two|three|women|men)|this\s+(?:man|woman|candidate)|my\s+(?:husband|wife|friend|son|daughter|brother|sister|dad|mom|father|mother))\b(?!\s+(?:as|to)\s+(?:club|association|board|class|our\s+club|the\s+club|chair|captain|president|secretary|treasurer))/giu,
    hints: ['elect'],
    keep: (text, start, end, context) => electionElsewhere(text, start, end, context),
    message,
  },
  // Round thirteen, where the rest of the text speaks of an election itself (electionSpoken: a
  // vote, a ballot, a campaign, a candidate, not an office's title, which a sheriff's office
  // writes in every post): a candidate kept from an office ("Don't let Marcus Lee anywhere near
  // the mayor's office", "let's get him off the council", "put him back in office"), a ballot
  // called wasted on one ("Don't waste your ballot on Barr"), candidates asked for by their stand
  // ("Support candidates who support our officers"), "Time for new leadership in District 4". Case-
  // sensitive where a name is read, so that its capital is one.
  {
    pattern:
      /\b[Dd](?:on['’]?t|o\s+not)\s+let\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:anywhere\s+)?(?:near|into|win|take|become)\s+(?:the\s+|that\s+|a\s+)?(?:\p{L}+['’]s\s+)?(?:[Mm]ayor|[Cc]ouncil|[Ss]heriff|office|seat|[Ss]tatehouse|[Cc]apitol|bench)\w*(?:\s+(?:seat|office|chair))?|\b(?:[Gg]et|[Kk]eep)\s+(?:him|her|them|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:off\s+(?:the|our)\s+(?:[Cc]ouncil|[Bb]oard|bench|[Cc]ommission)|out\s+of\s+(?:office|[Cc]ity\s+[Hh]all|the\s+(?:mayor|sheriff)['’]s\s+office))\b|\b[Pp]ut\s+(?:him|her|them)\s+back\s+in\s+(?:office|[Cc]ity\s+[Hh]all)\b|\b[Ww]aste\s+(?:your|a|my)\s+(?:vote|ballot)\s+on\s+\p{Lu}[\p{L}'’-]+/gu,
    hints: ['let', 'get', 'keep', 'waste', 'back'],
    keep: (text, start, end, context) => electionSpoken(text, start, end, context),
    message,
  },
  {
    pattern:
      /\b(?:support|vote\s+for|elect)\s+(?:the\s+)?candidates\s+(?:who|that)\b|\btime\s+for\s+(?:new|a\s+new|fresh|real|better)\s+leadership\b|\btime\s+for\s+a\s+new\s+(?:mayor|sheriff|DA|council\w*|judge|commissioner|chief\s+executive)\b|\b(?:stop|keep|start)\s+voting\s+(?:republican|democrat(?:ic)?|blue|red|libertarian|green)\b|\bback\s+(?:him|her|them)\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b|\b(?:do\s+not|don['’]?t)\s+let\s+(?:him|her|them)\s+win\b|\b(?:kick|throw|vote)\s+(?:him|her|them)\s+out\s+in\s+(?:november|march|may)\b|\bgo\s+(?:libertarian|republican|democrat(?:ic)?|green)\s+(?:this|in|next)\s+(?:fall|november|election)\b|\bjoin\s+(?:us|me)\s+in\s+(?:supporting|voting\s+for|electing|re-?electing)\s+(?:her|him|them)\b|\bmake\s+sure\s+(?:he|she|they)\s+wins?\b|\bget\s+(?:him|her|them)\s+over\s+the\s+(?:finish\s+)?line\b|\b(?:do\s+not|don['’]?t|never)\s+give\s+(?:him|her|them|that\s+(?:man|woman))\s+your\s+vote\b|\bclean\s+house\s+(?:in\s+(?:november|may|march|the\s+(?:next\s+)?election)|on\s+(?:tuesday|election\s+day)|at\s+the\s+polls)\b/gi,
    hints: [
      'candidates',
      'leadership',
      'join',
      'sure',
      'line',
      'give',
      'house',
      'time',
      'voting',
      'back',
      'win',
      'out',
      'go',
    ],
    keep: (text, start, end, context) => electionSpoken(text, start, end, context),
    message,
  },
  // Round fifteen, from the twenty-fifth and twenty-sixth sets, where the text speaks of an
  // election: "make sure she gets your vote", "the Green Future slate … has to go this November",
  // "help us put a pro-police mayor in office", "Write in Danny Restrepo", "Keep Ramirez as
  // Sheriff", "Whitfield in November!", "District 3 deserves better than Councilman Hargrove".
  {
    pattern:
      /\b(?:he|she|they|him|her|them|(?!(?:USPS|Clerk|Office|Department|Post|Mail)\b)\p{Lu}[\p{L}'’-]+)\s+gets?\s+your\s+vote\b|\b(?:has|have|needs?)\s+to\s+go\s+(?:this|in|next|come)\s+[Nn]ovember\b|\b(?:[Hh]elp\s+(?:us\s+)?|[Ll]et['’]s\s+|[Ww]e\s+(?:need\s+to|must|can)\s+)[Pp]ut\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:mayor|sheriff|council\w*|candidate|DA|judge|majority|cop|officer)\s+(?:in\s+office|on\s+(?:the\s+)?(?:council|board|commission|bench))\b|(?:^|(?<=[.!?]\s+))Put\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:mayor|sheriff|cop|officer|candidate|DA|judge)\s+(?:in\s+office|on\s+(?:the\s+)?(?:council|board|commission|bench))\b|\b[Ww]rite[- ]in\s+\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu}\p{Ll}[\p{L}'’-]*|\b[Kk]eep\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+as\s+(?:our\s+)?(?:[Ss]heriff|[Mm]ayor|DA|[Jj]udge|[Cc]ouncil\w*|[Cc]ommissioner|[Dd]istrict\s+[Aa]ttorney)\b|(?:^|(?<=[.!?]\s+))(?!(?:Vote|Register|Halloween|Thanksgiving|See|Back|Open|Closed|Snow|Hunting|Deer|Turkey|Coming|Early|Only|Also|Again|Starting|Ends|Sale|More|Voting)\b)\p{Lu}[\p{L}'’-]+\s+in\s+November!|\bdeserves?\s+better\s+than\s+(?:[Cc]ouncil(?:man|woman|member|or|\s+[Mm]ember)|[Mm]ayor|[Ss]heriff|DA|[Jj]udge|[Cc]ommissioner|[Ss]enator|[Rr]ep\.?)\s+\p{Lu}[\p{L}'’-]+/gmu,
    hints: [
      'gets',
      'get',
      'go',
      'office',
      'write',
      'write-in',
      'keep',
      'november',
      'better',
      'put',
    ],
    keep: (text, start, end, context) =>
      electionSpoken(text, start, end, context) ||
      /^(?:[Ww]rite|[Kk]eep|[Hh]elp|[Ll]et|[Ww]e|Put|.*\bbetter\s+than)/.test(
        text.slice(start, end),
      ),
    message,
  },
  // Round sixteen, from the twenty-seventh and twenty-eighth sets: a candidate stood with on the
  // day ("we hope you'll stand with her on May 6"), officials sent home ("need to be shown the
  // door next fall", "Throw them ALL out in November" ("Boot him in November", round forty, once
  // the model no longer read it), "not another four years of Delacroix",
  // "Anyone but Farris in March"), a seat kept ("don't let him lose his seat"), a win's promise
  // ("Sheriff Bramwell's reelection means more boots"), a measure backed or downed ("stands
  // behind the Safe Walk fee referendum", "shoot down Referendum B"), a party chosen ("go
  // Libertarian this fall"), a campaign hashtag ("#VossMustGo", "#Dwyer4Commissioner").
  {
    pattern:
      /\b[Ss]tand\s+with\s+(?:her|him|them|\p{Lu}[\p{L}'’-]+)\s+(?:on\s+(?:May|November|March|June|Nov\.?|[Ee]lection\s+[Dd]ay|Tuesday)\b|in\s+(?:November|March|May|the\s+(?:primary|runoff|election)))|\b(?:shown|show\s+(?:him|her|them))\s+the\s+door\s+(?:next|this|in)\s+(?:fall|[Nn]ovember|spring|[Mm]arch|[Mm]ay)\b|\b[Tt]hrow\s+(?:them|him|her|the\s+[\p{L}-]+)\s+(?:all\s+|ALL\s+)?out\s+in\s+(?:[Nn]ovember|[Mm]arch|[Mm]ay)\b|\b[Bb]oot\s+(?:them|him|her|the\s+[\p{L}-]+)\s+(?:all\s+|ALL\s+)?(?:out\s+)?in\s+(?:[Nn]ovember|[Mm]arch|[Mm]ay)\b|\b(?:[Nn]ot|[Nn]o)\s+(?:another|more)\s+(?:four|two|six)\s+years\s+of\s+\p{Lu}[\p{L}'’-]+|\b[Aa]nyone\s+but\s+\p{Lu}[\p{L}'’-]+(?=\s*(?:[.!,]|$|in\s+(?:November|March|May)|for\s+))|\b(?:let|make)\s+(?:him|her|them)\s+(?:lose|keep)\s+(?:his|her|their)\s+seat\b(?!\s+belts?)|\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight|Yesterday|Last|This)['’])\p{Lu}[\p{L}'’-]+['’]s\s+(?:re-?election|reelection)\s+(?:means|would\s+mean|will\s+mean)\b/gmu,
    hints: ['stand', 'door', 'throw', 'boot', 'years', 'anyone', 'seat', 'means', 'mean'],
    keep: (text, start, end, context) =>
      !isContestText(wholeText(text, context)) &&
      !/\b(?:Officer|Deputy|K-?9|Sgt|Chief|Det|Detective|Sergeant)\.?\s+(?:\p{Lu}[\p{L}'’-]+\s+)?$/u.test(
        text.slice(Math.max(0, start - 30), start),
      ) &&
      // "Anyone but Kevin, he burns the burgers", "Stand with her on Nov. 4 at the benefit walk":
      // only where an election is spoken of
      (!/^(?:[Aa]nyone\s+but|[Ss]tand\s+with)\b/.test(text.slice(start, end)) ||
        electionSpoken(text, start, end, context)),
    message,
  },
  {
    pattern:
      /\bstands?\s+(?:behind|with)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,4}?(?:referendum|measure|levy|prop(?:osition)?)\b|\b(?:shoot|vote|strike)\s+down\s+(?:Referendum|Measure|Prop(?:osition)?|Issue|Question)\s+[\p{Lu}\d]{1,3}\b|#\p{Lu}[\p{L}]+(?:MustGo|MustResign|4(?:Mayor|Sheriff|Council|DA|Judge|Commissioner|Senate|SchoolBoard)|For(?:Mayor|Sheriff|Council|DA|Judge|Commissioner|Senate))\b/gu,
    message,
  },
  {
    // "Let's get it passed", "get Measure L passed": a measure in the text, and its passing asked for
    pattern:
      /\b[Gg]et\s+(?:it|this|(?:[Mm]easure|[Pp]rop|[Pp]roposition|[Ii]ssue)\s+[\p{Lu}\d]{1,3}|the\s+(?:levy|measure|bond))\s+passed\b(?!\s+(?:around|along|on)\b)/gu,
    hints: ['passed'],
    keep: (text, start, end, context) => MEASURE_WORD.test(textBeside(text, start, end, context)),
    message,
  },
  {
    // A measure's answer given: "the Safe Schools levy on your ballot deserves a YES".
    pattern:
      /\b(?:levy|measure|bond|prop(?:osition)?|amendment|referendum)\b[^.!?\n]{0,30}\bdeserves?\s+(?:a\s+|your\s+)?(?:yes|no)(?:\s+vote)?\b/gi,
    hints: ['deserve'],
    keep: (text, start, end) => !/\bwhether\b/i.test(sentenceAround(text, start, end)),
    message,
  },
  {
    // A candidate given the writer's support ("Maria Fuentes gets our support"), where the text
    // speaks of an election; not an officer, a family or a programme the page stands behind.
    pattern:
      /\b(?!(?:Anyway|And|But|So|Honestly|Yes|Well|Also|Plus|Now|Personally|Frankly|Still|The|This|Our|Your|Their)\b)\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}\s+(?:gets|has)\s+(?:our|my)\s+(?:full\s+|complete\s+|strong\s+|enthusiastic\s+|wholehearted\s+)?(?:support|endorsement|vote)\b/gu,
    hints: ['our', 'my'],
    keep: (text, start, end, context) =>
      electionSpoken(text, start, end, context) &&
      // the name starts its clause, not the end of a longer noun ("Shop with a Cop gets…")
      !/\b\p{Ll}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, start - 20), start)) &&
      !/\b(?:Officer|Deputy|Sgt|Det|Ofc|Sergeant|Detective|Chief|Captain|Lt|Family|Program|Team|Foundation|Club)\b/.test(
        text.slice(start, end),
      ),
    message,
  },
  {
    pattern:
      /\b[Cc]ome\s+(?:out\s+)?(?:and\s+)?support\s+(?:the\s+(?:man|woman|candidate)|him|her|\p{Lu}[\p{L}'’-]+)\b/gu,
    hints: ['support'],
    keep: (text, start, end) =>
      /\b(?:re-?elect\w*|campaign|candidates?|ballot|voting|election)\b/i.test(
        text.slice(Math.max(0, start - 200), end + 100),
      ),
    message,
  },
  {
    // "Councilman Pete Alvarado's reelection fundraiser is Friday, $50 a plate": a campaign's
    // event promoted; not a street closed for it.
    pattern:
      /\b\p{Lu}[\p{L}'’-]+['’]s\s+(?:[Rr]e-?election|[Cc]ampaign)\s+(?:fundraiser|kickoff|kick-off|rally|launch|party|event|headquarters|HQ|barbecue|BBQ|dinner|picnic)\b/gu,
    hints: ['election', 'campaign'],
    keep: (text, start, end) =>
      /\b(?:come|join|see\s+you|attend|rsvp|stop\s+by|bring|mark\s+your\s+calendars?|don['’]t\s+miss|tickets?|support)\b|\$\d/i.test(
        sentenceAround(text, start, end),
      ) &&
      !/\b(?:closed|closure|closures|detour|traffic|parking)\b/i.test(
        sentenceAround(text, start, end),
      ),
    message,
  },
  {
    // "Renee Castellano is the only mayoral candidate with a real roads plan": one candidate
    // praised above the rest; not a recruit ("the only candidate who passed every fitness test").
    pattern:
      /\b(?:is|['’]s)\s+the\s+only\s+(?:[\w-]+\s+)?candidate\s+(?:who|with|that)\b(?![^.!?\n]{0,30}\b(?:filed|registered|on\s+the\s+ballot|running\s+unopposed)\b)/gi,
    hints: ['candidate'],
    keep: (text, start, end) =>
      !/\b(?:academy|applicants?|hiring|recruit\w*|cadets?|position|job|exam|test|interview)\b/i.test(
        sentenceAround(text, start, end),
      ),
    message,
  },
  {
    // A candidate asking for votes: "I'd be honored to have your support on Nov. 4", "counting on
    // your vote in the runoff"; an election named in the same sentence, not "we appreciate your
    // support" at a toy drive.
    pattern:
      /\b(?:honou?red\s+to\s+(?:have|earn)|appreciate|ask\s+for|counting\s+on|earn)\s+your\s+(?:support|vote)\b/gi,
    hints: ['your'],
    keep: (text, start, end) => ELECTION_DAY.test(sentenceAround(text, start, end)),
    message,
  },
  {
    // "re-elect Ruiz" campaigns; "the re-election rally" closing a street only names an event.
    pattern: /\bre-?elect(?:ed|ing)?\b(?:\s+\p{Lu}[\p{L}'’-]+)?/giu,
    hints: ['elect'],
    keep: (text, start, end) =>
      !/\bwas\s*$/i.test(before(text, start, 6)) &&
      // "closed for the Re-Elect Sheriff Kincaid rally" names an event; "come to it" asks people.
      (!EVENT_AFTER.test(text.slice(end, end + 60)) ||
        ATTEND_BEFORE.test(sentenceBefore(text, start))),
    message,
  },
  {
    pattern:
      /\b(?:support|oppose|approve|reject|pass|defeat)\s+(?:measure|prop(?:osition)?|question|initiative|amendment|referendum|levy|bond)\s+[\w-]+/gi,
    // "Whether you support or oppose Measure B, be patient at the polls" takes no side.
    keep: (text, start) => !/\b(?:whether|if)\b/i.test(sentenceBefore(text, start)),
    message,
  },
  {
    pattern:
      /\b(?:democrats?|republicans?|gop|dems|libs|liberals|conservatives|maga|leftists?|right-wingers?|socialists?)\b\s+(?:are|is|will|know|want|wants|have|has|keep|destroyed|ruined|ruining|care|don['’]t|never|always)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:endors(?:e|es|ed|ing)|endorsement\s+of|campaign(?:ing)?\s+for|donate\s+to\s+(?:the\s+)?campaign|our\s+candidate|(?<!re-?)elect\s+(?!(?:the|a|an|our|your|their|his|her|my|its|this|that|these|those|every|all|new|best|winners?|forums?|debates?|nights?|officers?|members?|delegates?|two|three|four|five)\b)\p{Lu}[\p{L}'’-]+|(?:mayor|sheriff|councilman|councilwoman|council\s*member|senator|governor|commissioner|candidate)\s+\p{Lu}[\p{L}'’-]+\s+(?:deserves|needs|has\s+earned|is\s+the\s+(?:only|right)\s+choice))/giu,
    hints: [
      'endors',
      'campaign',
      'donate',
      'candidate',
      'elect',
      'mayor',
      'sheriff',
      'council',
      'senator',
      'governor',
      'commissioner',
    ],
    // "We do not endorse candidates", "the PD can't endorse anyone", "does not sponsor, endorse
    // or oppose any candidate": the department keeping out
    keep: (text, start, end) =>
      !/(?:\bnot|\bnever|n[’']t|\bcannot)\s+(?:\w+,?\s+){0,2}$/i.test(before(text, start, 30)) &&
      // "during the campaign for the first time", "a campaign for safer streets": a campaign of
      // enforcement or of safety, not one for a candidate, an office or a measure
      !(
        /^campaign\s+for$/i.test(text.slice(start, end)) &&
        /^\s+(?:the\s+first\s+time|safe|safer|sober|seat|holiday|summer|a\s+safer|the\s+holidays)\b/i.test(
          text.slice(end, end + 30),
        )
      ),
    message,
  },
  { pattern: /\bvote\s+(?:democrat|republican|blue|red)\b/gi, message },
  // "Straight ticket Republican", "vote a straight Democratic ticket": a party's whole slate.
  // "Straight-ticket voting is not available here" names no party: voting information.
  {
    pattern:
      /\bstraight[-\s]+(?:party[-\s]+)?ticket\s+(?:for\s+(?:the\s+)?)?(?:democrats?|democratic|republicans?|gop|dems?|blue|red|green|libertarian)\b|\bstraight\s+(?:democrat(?:ic)?|republican|gop|dem|blue|red)\s+ticket\b/gi,
    hints: ['straight'],
    message,
  },
  {
    // "Okonkwo is your candidate for sheriff", "she's the only choice for mayor": a candidate
    // named as the reader's, or the one right, for an office.
    pattern:
      /\b(?:is|['’]s|are|['’]re)\s+(?:your|our|my|the\s+(?:only|right|best|clear|obvious|real))\s+(?:(?:only|real|clear|best|obvious)\s+)?(?:candidate|choice|pick|guy|gal|man|woman|person)\s+for\s+(?:(?:the\s+)?(?:city|county|school|state)\s+)?(?:mayor|sheriff|council|judge|senate|congress|governor|commission(?:er)?|board|da|district\s+attorney|president|office)\b/gi,
    hints: ['candidate', 'choice', 'pick', 'guy', 'gal', 'man', 'woman', 'person'],
    message,
  },
  {
    // "the kind of leadership District 3 needs for another term", "she deserves a second term".
    pattern:
      /\b(?:needs?|deserves?|earned|merits?|wants?)\b[^.!?\n]{0,30}?\b(?:another|a\s+(?:second|third|fourth|new)|four\s+more)\s+terms?\b/gi,
    hints: ['term'],
    // A term of therapy or of school is no office: "of" after it, or no office in the text.
    keep: (text, start, end, context) =>
      ELECTION_TEXT.test(wholeText(text, context)) &&
      !/^\s+of\b/i.test(text.slice(end, end + 5)) &&
      !/\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$/i.test(before(text, start, 20)),
    message,
  },
  {
    // "Paid for by Friends of Ruiz" is a campaign's notice; "paid for by the 2022 road bond" is not.
    pattern: /\bpaid\s+for\s+by\b/gi,
    // "paid for by the Public Safety Levy (Issue 9)": a public fund's name is no campaign's
    keep: (text, _start, end) =>
      /^\s+(?:the\s+)?\p{Lu}/u.test(text.slice(end, end + 40)) &&
      !/^\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,4}(?:Levy|Bond|Grant|Fund|Tax|Department|Foundation|Program|Programme|Initiative)\b(?!\s+(?:Committee|Campaign|PAC|Coalition))/u.test(
        text.slice(end, end + 60),
      ),
    message,
  },
  {
    pattern:
      /\bremember\s+(?:it|this|that|them)\s+(?:at\s+the\s+(?:ballot\s+box|polls)|in\s+(?:november|may|march))\b/gi,
    message,
  },
  // "#ElectionDay" is the day itself, as a road closure tags it; "#ElectRuiz" asks for a vote.
  { pattern: /#(?:yes|no)on\w+|#(?:re)?elect(?!ion)\w+/gi, message },
  // "#KeepCouncilBlue", "#FlipTheHouseRed": a body kept or won for a party's colour
  {
    pattern:
      /#(?:keep|make|turn|flip)(?:the)?(?:council|house|senate|county|city|state|district|board|assembly)(?:blue|red)\b/gi,
    message,
  },
  {
    pattern:
      /\bsupport\s+(?:councilman|councilwoman|council\s+member|mayor|sheriff|senator|commissioner|candidate|governor|judge)\s+(?!(?:the|a|an|our|your|their|his|her|my|its|this|that|these|those|every|all|new|best|winners?|forums?|debates?|nights?|officers?|members?|delegates?|two|three|four|five)\b)\p{Lu}[\p{L}'’-]+/giu,
    hints: ['support'],
    message,
  },
  {
    // "Sheriff Becker has my vote", "she's getting our vote": a voter's choice; "Bolt gets my
    // vote" in a K-9 naming contest is no election.
    pattern:
      /\b(?:has|have|had|gets?|got|getting|earned|earns|won)\s+(?:our|my|every|the\s+family['’]s)\s+(?:\w+\s+)?(?:votes?|money|donations?|checks?|yard\s+signs?)\b/gi,
    hints: ['vote', 'money', 'donation', 'check', 'sign'],
    keep: (text, start, end, context) =>
      (ELECTION_TEXT.test(wholeText(text, context)) ||
        FOR_OFFICE.test(text.slice(end, end + 40))) &&
      !CONTEST.test(text.slice(Math.max(0, start - 150), Math.min(text.length, end + 60))),
    message,
  },
  {
    // "That's who gets my support for mayor", "Reyes has our backing for sheriff": support is
    // political only for an office or in an election's sentence; "Officer Lin has our full
    // support" after an injury is not.
    pattern:
      /\b(?:has|have|had|gets?|got|getting|earned|earns|won)\s+(?:our|my|the\s+department['’]s|every\s+bit\s+of\s+our)\s+(?:\w+\s+)?(?:support|backing|endorsement)\b/gi,
    hints: ['support', 'backing', 'endorsement'],
    keep: (text, start, end) =>
      FOR_OFFICE.test(text.slice(end, end + 60)) ||
      ELECTION_SENTENCE.test(
        sentenceBefore(text, start) + (text.slice(end, end + 60).split(/[.!?\n]/)[0] ?? ''),
      ),
    message,
  },
  {
    pattern:
      /\b(?:vote|elect)\s+(?!(?:the|a|an|our|your|their|his|her|my|its|this|that|these|those|every|all|new|best|winners?|forums?|debates?|nights?|officers?|members?|delegates?|two|three|four|five)\b)\p{Lu}[\p{L}'’-]+\s+for\s+(?:sheriff|mayor|council|senate|congress|governor|judge|da|district\s+attorney)\b/giu,
    message,
  },
  { pattern: /\bvote\s+(?:him|her|them)\s+out\b/gi, message },
  {
    // "Keep Sheriff Mbeki.", "Keep Judge Alvarez!": an office holder kept, the call's whole
    // clause. "Keep Mayor Lin informed", "Keep Officer Ruiz in your prayers" go on, or name no office.
    pattern:
      /\b[Kk]eep\s+(?:Sheriff|Mayor|Judge|Commissioner|Councilmember|Councilman|Councilwoman|Senator|Sen\.|Rep\.|DA|Governor|Treasurer|Supervisor)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?(?=\s*(?:[.!,;:#\n—–-]|$|in\s+office|on\s+the\s+bench))/gu,
    hints: ['keep'],
    message,
  },
  {
    pattern:
      // Round eighteen: "Achebe for Ward 2!", "Castellano 4 Mayor", "Pavlenko for School Board";
      // not "Candidates for Mayor will debate" nor "Ruiz for Mayor's Cup security". Round
      // forty-five: the smaller offices ("Hightower for Constable!", "Haddad for Trustee") and a
      // council written small ("Solberg for council"); a job's words after the office are no
      // slogan ("Apply for Clerk position")
      /\b(?!(?:God|Jesus|Heaven|Goodness|Candidates?|Officers?|Deputies|Volunteers|Residents|Ward|District|Precinct|Beat|Route|Zone|Station|Unit|Table|Courtroom|Room|Court|Lot|Gate|Bay|Booth|Pier|Dock|Channel|Line|Bus|Car|Engine|Squad|Sgt|Officer|Deputy|Running|Race|Forum|Debate|Ballot|Election|Questions|Tickets|Apply|Applications?|Thanks|Thank|Training|Hiring|Openings?|Interviews?|Polls|Results|Ballots|Petitions?|Register|Registration|Sign-?ups|Nominations|Filing|Voting|Votes|Pizza)\s)\p{Lu}[\p{L}'’-]+\s+(?:for|4)\s+(?:City\s+Council|Council|Mayor|Sheriff|Senate|Congress|Governor|Judge|DA|School\s+Board|Ward\s+\d+|District\s+\d+(?!\s+(?:residents|meeting|office))|County\s+Commission(?:er)?|Commissioner|Treasurer|Coroner|Assessor|(?:Township\s+)?Trustee|Constable|Select\s*[Bb]oard|Alder(?:man|woman)|Supervisor|Clerk|Auditor|Water\s+Board|School\s+Committee|Parish\s+Council|Justice\s+of\s+the\s+Peace|Assembly|State\s+(?:Rep(?:resentative)?|Senate|House)|trustee|council)\b(?!['’]s|\s+(?:seats?|race|candidates?|meetings?|members?|forum|debate|chambers|patrols?|night|coverage|duty|shifts?|beat|officers?|residents|neighbors|presiding|positions?|jobs?|roles?|training|duties|exams?|interviews?|work|testimony|hearings?|business|matters|chambers?|setup|orientation|certification|snacks|volunteers|tickets|alerts|email|updates|of\s+the))/gu,
    // "closed for the Reyes for Council rally" names an event; "come out to the Reyes for Council
    // rally" asks people to it.
    keep: (text, start, end) =>
      // Asked to it, it is the campaign's: "Come out Saturday for Sheriff Ortiz's rally".
      ATTEND_BEFORE.test(sentenceBefore(text, start)) ||
      // "closed Saturday for Sheriff Ortiz’s rally": a day, and the office the title of the name
      // after it (round thirteen); "Reyes for Sheriff November 5th!" is still the slogan.
      (!/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Tonight|Tomorrow)\s/.test(
        text.slice(start, end),
      ) &&
        // "Sgt. Patel for council": an officer's post on election day (round forty-five's
        // small "council" reaches it)
        !/\b(?:Sgt|Lt|Cpl|Det|Officer|Deputy|Sergeant|Lieutenant|Corporal|Detective|Trooper)\.?\s+$/.test(
          text.slice(Math.max(0, start - 16), start),
        ) &&
        // not thanks for a task ("Congrats to Hernandez for Supervisor certification")
        !/\b(?:thanks?|thank\s+you|congrat\w*|kudos|shout-?outs?|credit|props|grateful)(?:\s+to)?\s+$/i.test(
          text.slice(Math.max(0, start - 30), start),
        ) &&
        !/^\s+\p{Lu}\p{Ll}+['’]s\b/u.test(text.slice(end, end + 40)) &&
        !/^\s+(?:rally|event|fundraiser|debate|forum|headquarters|office|parade)\b/i.test(
          text.slice(end, end + 20),
        )),
    message,
  },
  {
    pattern:
      /\b(?:recall|impeach)\s+(?:mayor|sheriff|councilman|councilwoman|council\s*member|commissioner|governor|judge|the\s+mayor)\b/gi,
    message,
  },
  {
    pattern:
      /\b(?:progressives|liberals|conservatives|democrats|republicans|leftists|socialists|greens|libertarians)(?:\s+on\s+(?:the\s+)?(?:\w+\s+)?(?:council|board|commission))?\s+(?:want|wants|defunded|are|is|will|have|keep|care|don['’]t|never|always|voted|tried|run|running|control|ruin|ruined|gutted|cut|slashed|killed|blocked|starved|sold)\b/gi,
    message,
  },
  // Round eighteen, from the thirty-first and thirty-second sets.
  {
    // "Okafor for Ward 2 and yes on K in November", "No on 7!": a measure's bare label, with an
    // election's word after it or the slogan's end
    pattern:
      /\b(?:[Yy]es|YES|[Nn]o|NO)\s+(?:on|ON)\s+(?:[A-Z]{1,2}\d{0,2}|\d{1,3}[A-Za-z]?)\b(?=[^.!?\n]{0,30}\b(?:November|ballot|vote|voting|election|polls)\b|\s*(?:$|[!#\n]|\p{Extended_Pictographic}))/gu,
    hints: ['yes', 'no'],
    // The slogan's end alone is a measure's only where a ballot is told: not "Spelling bee
    // round 3: yes on K!"
    keep: (text, start, end, context) =>
      /^[^.!?\n]{0,30}\b(?:November|ballot|vote|voting|election|polls)\b/u.test(text.slice(end)) ||
      electionElsewhere(text, start, end, context) ||
      /\b(?:measure|prop(?:osition)?|levy|referendum|initiative|bond)\b/i.test(
        wholeText(text, context),
      ),
    message,
  },
  {
    // "Join Chief Alvarado at the Issue 7 rally", "should be at the Ibarra rally Thursday": a
    // campaign's rally for a measure or a name; not the pep rally or a safety rally
    pattern:
      /\b(?:[Jj]oin|[Cc]ome|[Bb]e|[Ss]ee\s+you|[Mm]eet)\b[^.!?\n]{0,40}?\bat\s+the\s+(?:(?:Issue|Measure|Prop(?:osition)?)\s+\w+|(?!(?:Pep|Homecoming|Halloween|Christmas|Car|Safety|Unity|Peace|Community|Youth|Bike|Spirit|Back|Senior|Holiday|Summer|Fall|Spring|Winter)\b)\p{Lu}[\p{L}'’-]+)\s+(?:rally|fundraiser|meet-and-greet|campaign\s+kickoff)\b/gu,
    hints: ['rally', 'fundraiser', 'meet-and-greet', 'kickoff'],
    // A name's rally only where an election is told: "the Lincoln rally", "the Harvest rally" and
    // "the Rotary fundraiser" are a school's, a town's and a club's (round eighteen's review)
    keep: (text, start, end, context) =>
      !/\b(?:not|never|n['’]t)\s+(?:\w+\s+)?$/i.test(before(text, start, 20)) &&
      (/\b(?:Issue|Measure|Prop)/.test(text.slice(start, end)) ||
        ELECTION_TEXT.test(wholeText(text, context))),
    message,
  },
  {
    // "Our family is all in for the re-election", "we're canvassing Saturday, DM me to join"; not
    // a notice that canvassers need a permit
    pattern:
      /\ball\s+in\s+for\s+(?:the|his|her|their)\s+re-?election\b|\bcanvass(?:ing)?\b[^.!?\n]{0,40}?\b(?:join|DM|sign\s+up|come\s+out|meet\s+(?:us|at))\b/giu,
    hints: ['election', 'canvass', 'canvassing'],
    keep: (text, start, end) =>
      !/\b(?:permits?|solicit\w*|door-to-door\s+sales|scam\w*)\b/i.test(
        sentenceAround(text, start, end),
      ),
    message,
  },
  // Round nineteen, from the thirty-fifth and thirty-sixth sets.
  {
    // "support Ana on June 3", "Stand with us June 3!", "tell him you've got his back on March 3",
    // "stand up for our schools on May 14": a call whose object is election day, where an
    // election is told; not "Join us June 3 for National Night Out"
    pattern: new RegExp(
      String.raw`\b(?:support|stand\s+(?:with|up\s+for)|got\s+(?:his|her|their)\s+back|have\s+(?:his|her|their)\s+back)\b(?!\s+(?:poll\s+workers|volunteers|officers|deputies|families|neighbou?rs|local|small|the\s+(?:food|toy|blood|coat)))[^.!?\n]{0,30}?\b(?:on\s+)?${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?=\s*(?:$|[.!#\n]|\p{Extended_Pictographic}))`,
      'giu',
    ),
    hints: ['support', 'stand', 'back'],
    // an election spoken of, not an office's title alone ("Mayor Ruiz will be at National Night
    // Out. Stand with us Aug. 5!")
    keep: (text, start, end, context) =>
      electionSpoken(text, start, end, context) || MEASURE_HASHTAG.test(wholeText(text, context)),
    message,
  },
  {
    // A campaign's hashtag: "#KeepLorraine", "#PassTheOverride", "#MorrowWard2",
    // "#InesForTheHarbor", "#NoTibbets", "#NoConsolidation" (round forty-four), where an election
    // is told; not "#KeepItLocked" nor "#CopsForKids"
    pattern:
      /#(?:(?:Keep|Elect|ReElect|Reelect|Pass|Support|Recall|Dump|Defeat|Retain|Back|No|NoMore)\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?|\p{Lu}\p{Ll}+(?:Ward|District)\d{1,2}|\p{Lu}\p{Ll}+For(?:The)?\p{Lu}\p{Ll}+)\b/gu,
    hints: ['#'],
    keep: (text, start, end, context) =>
      !/^#(?:Keep|Back|Support)(?:It|Them|Us|Our|The|Your|Safe|Calm|Kids|Local|Blue|Alert|Locked|Cool|Warm)/u.test(
        text.slice(start, end),
      ) &&
      !/^#(?:Justice|Pray|Prayers|Help|Love|Hope|Peace|Run|Walk|Ride|Toys|Coats|Books|Food|Bikes|Answers|Truth)For/u.test(
        text.slice(start, end),
      ) &&
      !/^#\p{Lu}\p{Ll}+For(?:The)?(?:Kids|Children|Community|Win|Cause|Cure|Troops|Vets|Veterans|Homeless|Holidays)\b/u.test(
        text.slice(start, end),
      ) &&
      !/^#School(?:Board)?District/u.test(text.slice(start, end)) &&
      // a recall is a campaign whatever else is told; otherwise an election or an office, and no
      // cause's or a season's word at the tag's end ("#ShaveForTheBrave", "#DefeatTheHeat",
      // "#KeepPortlandSafe", "#BadgesForBooks" beside a sheriff's name)
      (/^#Recall\p{Lu}/u.test(text.slice(start, end)) ||
        (!/(?:Safe|Strong|Brave|Heat|Cold|Books|Kids|Cure|Cause|Hunger|Toys|Tots|Coats|Food|Pets|Life|Lives|Streets|Roads|Community|Neighbors|Neighbours|Summer|Winter|Holidays|Shame|Excuses|Filter|Fear|Hate|Bullying|Drugs|Violence|Littering|Texting|Speeding|Drinking)$/u.test(
          text.slice(start, end),
        ) &&
          electionElsewhere(text, start, end, context) &&
          // "#No…" is a safety slogan too ("#NoRefusal", "#NoParking" on an election-day post):
          // against a measure told, or against a name the text writes
          (!/^#No\p{Lu}/u.test(text.slice(start, end)) ||
            /\b(?:measures?|prop(?:osition)?|levy|bond|ordinance|referendum|initiative|amendment|consolidation|annexation|vote\s+(?:no|against)|no\s+on)\b/i.test(
              wholeText(text, context),
            ) ||
            new RegExp(
              String.raw`(?<![#\p{L}])${text.slice(start, end).replace(/^#No(?:More)?/u, '')}\b`,
              'u',
            ).test(wholeText(text, context))))),
    message,
  },
  {
    // "sign the petition at the farmers market Saturday" beside "#RecallMayorDunn": a recall's
    // or a ballot initiative's petition, not one for a stop sign
    pattern: /\bsign\s+(?:the|our|my|this)\s+(?:recall\s+)?petition\b[^.!?\n,]{0,40}/giu,
    hints: ['sign'],
    keep: (text, _start, _end, context) => PETITIONED.test(wholeText(text, context)),
    message,
  },
  {
    // "Tamsin Reilly for mayor 2026", "Cardoso for State Rep": the slogan in lower case, or the
    // office a state's; "Write him in", "turn out against Cardoso"
    pattern: new RegExp(
      String.raw`${NOT_AFTER_A_TITLE}\b\p{Lu}[\p{Ll}'’-]+\s+(?:for|4)\s+(?:mayor|sheriff|council|city\s+council|school\s+board|state\s+rep|governor|senate)(?=\s+20\d\d\b|\s*[!#\n]|\s*$)|${NOT_AFTER_A_TITLE}\b\p{Lu}[\p{Ll}'’-]+\s+(?:for|4)\s+State\s+(?:Rep(?:resentative)?|Senate|Senator)\b(?!\s+(?:testimony|hearings?|committee|session|chambers|staff|office))|\b[Ww]rite\s+(?:him|her|them|\p{Lu}[\p{Ll}'’-]+)\s+in\b(?!\s+(?:the|a|your|our|pen|pencil|ink|here|below|on\s+the\s+(?:line|space|blank)|in\s+the\s+(?:space|blank)))|\bturn\s+out\s+(?:for|against)\s+\p{Lu}[\p{Ll}'’-]+|\b[Kk]nock(?:ing)?\s+(?:on\s+)?doors\s+for\s+(?!(?:the|our|a|Officer|Deputy|Sgt|Crime|Neighborhood|National|Toys|Food|Coats|Books|Habitat|Special|United|Salvation|Red|Relay|Operation|Project|Safety|Fire|Police|Community|Census|Shop|Coffee)\b)\p{Lu}[\p{L}'’-]+`,
      'gu',
    ),
    hints: ['for', '4', 'write', 'turn', 'knock', 'knocking'],
    keep: (text, start, end, context) =>
      !/^(?:Thanks|Thank|Officer|Deputy|Sgt|Chief|Ward|District|Candidates?)\b/.test(
        text.slice(start, end),
      ) &&
      // the clerk's instructions: "if your candidate is not printed, write them in"
      !/\byour\s+(?:candidate|choice)\b|\bcandidate\s+of\s+your\s+choice\b/i.test(
        text.slice(Math.max(0, start - 80), end),
      ) &&
      (/\bState\s+(?:Rep|Senat)|^turn\s+out\s+against|^knock/i.test(text.slice(start, end)) ||
        electionElsewhere(text, start, end, context) ||
        /\bfor\s+\w+\s+20\d\d$/i.test(text.slice(start, end + 5))),
    message,
  },
];

const ALL_RULES: readonly PhraseRule[] = [...RULES, ...BALLOT_RULES];

const within = (inner: Found, outer: Found) => inner.start >= outer.start && inner.end <= outer.end;

/**
 * Praise for a candidate or a measure's benefits back a call: in the call's sentence they are
 * shown with it (one finding from the call to the praise), a sentence from one they are left to
 * it, and with no call near they are the appeal themselves.
 */
function withTheirCalls(appeals: readonly Appeal[], primary: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const appeal of appeals) {
    if (!appeal.backing) continue;
    const { sentence, near } = appeal.backing;
    const mine = primary.filter((p) => within(p, sentence));
    if (mine.length > 0) {
      const start = Math.min(appeal.start, ...mine.map((p) => p.start));
      const end = Math.max(appeal.end, ...mine.map((p) => p.end));
      found.push({ start, end });
    } else if (!primary.some((p) => within(p, near)))
      found.push({ start: appeal.start, end: appeal.end });
  }
  return found;
}

/** A web address: "epoa-local.org/2024", "whitcombforcounty.com". */
const LINK =
  /^[^\n]{0,80}?((?:https?:\/\/)?(?:[\w-]+\.)+(?:com|org|net|us|info|io|co|vote)\b(?:\/[\w\-/.%]*[\w/])?)/iu;
const SENTENCE_END = /[.!?]\s|\n/;

/**
 * "The EPOA endorses Feld, and you can read why at epoa-local.org": a link in the appeal's own
 * sentence is where the appeal sends the reader, and is shown with it.
 */
function withItsLink(text: string, found: Found): Found {
  const rest = text.slice(found.end, found.end + 120);
  const link = LINK.exec(rest);
  if (!link?.[1]) return found;
  const at = rest.indexOf(link[1]);
  if (SENTENCE_END.test(rest.slice(0, at))) return found;
  return { start: found.start, end: found.end + at + link[1].length };
}

/** An election, an office, a measure or a party named anywhere: what makes a call political. */
const POLITICS_NAMED = new RegExp(
  [
    ELECTION.source,
    OFFICE_HELD.source,
    String.raw`\b(?:republican\w*|democrat\w*|gop|dems|libertarian\w*|liberals?|conservatives?|maga|progressives?|part(?:y|ies)|referendum|petition\w*|recall|endorse\w*|runoff|partido|elecci\w*|candidat\w*)\b|#\w*(?:vot|elect)\w*`,
  ].join('|'),
  'iu',
);

/** A benefit held for someone: a walk, a vigil, a blood drive, a spaghetti dinner. */
const BENEFIT =
  /\b(?:benefit|vigil|blood\s+drive|memorial(?!\s+day)|fun\s+run|5K|10K|spaghetti\s+dinner|pancake\s+breakfast|bake\s+sale|GoFundMe|get\s+well)\b/i;

/** Whether the whole text sets the model's political findings aside (see the scanner below). */
const modelExcepted = (whole: string, contest = isContestText(whole)): boolean =>
  contest || (BENEFIT.test(whole) && !POLITICS_NAMED.test(whole));

/**
 * Whether the text anywhere speaks of an election, an office or politics (calls need one), names
 * a contest's vote, a measure's hashtag or a petition's recall.
 */
const wholeTextChecks = documentChecks(
  MEASURE_HASHTAG,
  NON_ELECTION_VOTE,
  PETITIONED,
  ELECTION_TEXT,
  ELECTION,
  ELECTION_RACE,
  OFFICE_HELD,
  POLITICAL_TEXT,
);

const wordsBesideCounts = documentCounts(
  ELECTION_TEXT,
  ELECTION_WORD,
  CAMPAIGN_WORD,
  ELECTION_SPOKEN,
  MEASURE_WORD,
);

export const politicalScanner: Scanner = {
  kind: 'political',
  scan(text: string, context: ScanContext = {}): readonly Finding[] {
    const appeals = politicalAppeals(text, context);
    const phrases = scanWithRules(text, 'political', 'III.B.1.f', ALL_RULES, context);
    const primary = [
      ...phrases.map(({ start, end }) => ({ start, end })),
      ...politicalCalls(text, context),
      ...appeals.filter((a) => !a.backing),
    ];
    const calls = asFindings(
      text,
      'political',
      'III.B.1.f',
      [...primary, ...withTheirCalls(appeals, primary)].map((f) => withItsLink(text, f)),
      message,
    );
    return withModelFindings(
      text,
      {
        kind: 'political',
        section: 'III.B.1.f',
        message,
        ruleFindings: joinOverlapping(text, [...phrases, ...calls], message),
        // A calendar contest with no election in the text: its votes are for dogs, not people.
        // And a benefit for one of our own, in a text that names no election, office, measure or
        // party: "Stand with her on Nov. 4 at the benefit walk" is support for a person, not a
        // candidate (III.B.1.f's "a candidate, party, measure or election").
        excepted: () => modelExcepted(wholeText(text, context)),
      },
      context,
    );
  },
  // The model's exception reads the whole document too: a benefit written pieces away from a
  // call must reach the call's piece.
  // And the text beside a call: how many election words the document holds settles whether any
  // lies outside a piece's match.
  documentKey: (document) => {
    const contest = isContestText(document);
    return (
      wholeTextChecks(document) +
      hashtagCuesKey(document) +
      (modelExcepted(document, contest) ? '1' : '0') +
      (contest ? '1' : '0') +
      wordsBesideCounts(document)
    );
  },
};
