import type { ScanContext } from '../finding';
import { type Sentence, type Word, analyse } from '../language/analysis';
import { namedPeople } from '../language/people';
import { sentenceMemo } from '../language/sentence-memo';
import {
  ATTEND,
  CALLS,
  CAMPAIGN_EVENTS,
  ELECTED_TITLES,
  ELECTION_CALLS,
  ELECTION_WORDS,
  MEASURES,
  NON_ELECTION_VOTE,
  isContestText,
  OFFICES,
  OFFICE_WORDS,
  PARTIES,
} from '../language/politics';
import { isClauseBreak, isDeniedOrHypothetical, isNegator, isQuestion } from '../language/words';
import type { Found } from './sentence-rules';
import { wholeText } from './whole-document';

/** Word indices in one sentence, inclusive. */
interface Span {
  readonly from: number;
  readonly to: number;
}

type TargetKind = 'candidate' | 'person' | 'pronoun' | 'party' | 'measure' | 'campaign' | 'seat';

/** Whom or what a call is about: a candidate, a party, a ballot measure. */
interface Target extends Span {
  readonly kind: TargetKind;
}

/** A call to vote, support or oppose, an endorsement or a partisan appeal. */
interface Stance extends Span {
  /** "keep", "send", "show": political only in an election, or about a party. */
  readonly needsElection: boolean;
  /** Where its target stands: after it ("back Measure R"), before it ("has my support"), either. */
  readonly reach: 'after' | 'before' | 'any';
  /** A named person without an office counts only for a vote, an election or an endorsement. */
  readonly takesPerson: boolean;
  /** "donate to the re-election campaign": money or time for a campaign, not a vote in one. */
  readonly takesCampaign?: boolean;
  /** "every plate sold supports Hendricks": a named person counts when a candidate was just named. */
  readonly personIfCandidateNear?: boolean;
  /** "time for her to go": only where a recall, a vote or an election is spoken of nearby. */
  readonly needsCue?: boolean;
  /** "help her win": a person or a pronoun needs the cue too; a measure always is on a ballot. */
  readonly cueForPeople?: boolean;
  /** "give him your vote": a vote given is for whoever "him" is, a candidate by that. */
  readonly givesVote?: boolean;
}

/** A word without a hashtag or a trailing full stop or apostrophe: "#vote" → "vote", "Rep." → "rep". */
function bare(word: Word | undefined): string {
  if (!word) return '';
  const lower = word.lower;
  let from = 0;
  let to = lower.length;
  if (lower.startsWith('#')) from = 1;
  while (to > from && ".’'".includes(lower[to - 1] ?? '')) to -= 1;
  return from === 0 && to === lower.length ? lower : lower.slice(from, to);
}

const NEAR = 5;

/**
 * Where an elected office just before a name starts ("Councilwoman Adeyemi", "State Rep.
 * Montemayor"), or undefined when there is none.
 */
function electedTitleBefore(words: readonly Word[], from: number): number | undefined {
  for (let i = from - 1; i >= 0 && i >= from - 3; i -= 1) {
    const word = words[i];
    if (!word) return undefined;
    const lower = bare(word);
    if (ELECTED_TITLES.has(lower)) return bare(words[i - 1]) === 'state' ? i - 1 : i;
    if (lower === 'member' && bare(words[i - 1]) === 'council') return i - 1;
    if (lower === 'attorney' && bare(words[i - 1]) === 'district') return i - 1;
    if (!word.titlecase && word.text !== '.') return undefined;
  }
  return undefined;
}

/** "Quintanilla for District Attorney", "Donnelly for Senate". */
function forOffice(words: readonly Word[], to: number): boolean {
  if (bare(words[to + 1]) !== 'for') return false;
  return [words[to + 2], words[to + 3]].some((w) => OFFICES.has(bare(w)));
}

/** A measure's label: "12", "4b", "K", "AA1"; "K." when the sentence's stop is read with it. */
const MEASURE_LABEL = /^(?:\d{1,3}[a-zA-Z]?|\p{Lu}{1,2}\d{0,2})\.?$/u;
const PRONOUNS = new Set(['he', 'him', 'she', 'her', 'them']);
/** What a year names besides a campaign: "Christmas 2026 🎄", "Academy 2026 🎓", "Fall 2026". */
const SEASON_OR_EVENT = new Set(
  'spring summer fall autumn winter christmas halloween easter thanksgiving holidays holiday academy class cohort calendar season graduation camp expo fest festival'.split(
    ' ',
  ),
);
const MONTHS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|nov)$/;

/** Names in the sentence may be candidates': "election", "ballot", "the polls", "campaign". */
function hasElectionWords(words: readonly Word[]): boolean {
  return words.some((w, i) => ELECTION_WORDS.has(bare(w)) || runsForOffice(words, i));
}

/** "she's running for School Board", "he will run for mayor": a candidacy. */
function runsForOffice(words: readonly Word[], i: number): boolean {
  return (
    /^(?:run|runs|running|ran)$/.test(bare(words[i])) &&
    bare(words[i + 1]) === 'for' &&
    (OFFICES.has(bare(words[i + 2])) ||
      OFFICES.has(bare(words[i + 3])) ||
      /^(?:re-election|reelection|school|city|county|seat)$/.test(bare(words[i + 2])))
  );
}

/** A call like "keep her" or "send him home" is about an office: an election, a term, a date. */
function hasOfficeContext(words: readonly Word[]): boolean {
  return words.some(
    (w, i) =>
      ELECTION_WORDS.has(bare(w)) ||
      OFFICE_WORDS.has(bare(w)) ||
      runsForOffice(words, i) ||
      (MONTHS.test(bare(w)) && /^\d/.test(words[i + 1]?.text ?? '')) ||
      // "come March", "in November", "this June": a month named as when something is decided.
      (MONTHS.test(bare(w)) && /^(?:come|in|this|next|by|until)$/.test(bare(words[i - 1]))) ||
      // "on the 4th", "on the 14th": election day written as a date.
      (bare(w) === 'the' &&
        bare(words[i - 1]) === 'on' &&
        /^\d+(?:st|nd|rd|th)$/.test(words[i + 1]?.text ?? '')),
  );
}

interface Reading {
  readonly targets: Target[];
  readonly candidates: boolean;
  readonly measures: boolean;
  readonly parties: boolean;
  readonly election: boolean;
  /** An election, a recall, a petition or a vote spoken of: "time for her to go" is then a call. */
  readonly cue: boolean;
}

/** The last word of "on council", "on the council", "on the city council", "in office". */
function seatEnd(words: readonly Word[], on: number): number {
  if (bare(words[on + 1]) !== 'the') return on + 1;
  return /^(?:city|county|school)$/.test(bare(words[on + 2])) ? on + 3 : on + 2;
}

function targetsOf(sentence: Sentence, election: boolean): Target[] {
  const words = sentence.words;
  const targets: Target[] = [];
  for (const person of namedPeople(sentence)) {
    // "put Issue 4 on the ballot": a measure's word, capitalised, is no one's name.
    if (person.from === person.to && MEASURES.has(bare(words[person.from]))) continue;
    const title = electedTitleBefore(words, person.from);
    const candidate = title !== undefined || forOffice(words, person.to);
    targets.push({
      from: title ?? person.from,
      to: person.to,
      kind: candidate || election ? 'candidate' : 'person',
    });
  }
  const named = new Set(targets.map((t) => t.to));
  words.forEach((word, i) => {
    const lower = bare(word);
    // "the Hendricks for Mayor rally": a surname the name finder passed, before its office.
    if (word.titlecase && word.pos === 'PROPN' && !named.has(i) && forOffice(words, i))
      targets.push({ from: i, to: i, kind: 'candidate' });
    else if (
      /^(?:democrats|republicans|dems|libs|liberals|conservatives|progressives|leftists|socialists|right-wingers)$/.test(
        lower,
      ) ||
      (PARTIES.has(lower) && /\p{Lu}/u.test(word.text))
    )
      targets.push({ from: i, to: i, kind: 'party' });
    // "remember which party cut the budget", "the other party": a party, not a celebration.
    else if (
      lower === 'party' &&
      /^(?:which|other|opposing|ruling|majority|minority|political|whose|that)$/.test(
        bare(words[i - 1]),
      )
    )
      targets.push({ from: i - 1, to: i, kind: 'party' });
    // "on council", "on the city council", "in office": a seat held by election.
    else if (
      (lower === 'on' &&
        (/^(?:council|commission)$/.test(bare(words[i + 1])) ||
          (bare(words[i + 1]) === 'the' && /^(?:council|commission)$/.test(bare(words[i + 2]))) ||
          (bare(words[i + 1]) === 'the' &&
            /^(?:city|county|school)$/.test(bare(words[i + 2])) &&
            /^(?:council|commission|board)$/.test(bare(words[i + 3]))))) ||
      (lower === 'in' && bare(words[i + 1]) === 'office')
    ) {
      // "on the council meeting livestream" names a meeting, not a seat.
      const end = seatEnd(words, i);
      if (!/^(?:NOUN|PROPN)$/.test(words[end + 1]?.pos ?? ''))
        targets.push({ from: i, to: end, kind: 'seat' });
    } else if (MEASURES.has(lower) && MEASURE_LABEL.test(words[i + 1]?.text ?? ''))
      targets.push({ from: i, to: i + 1, kind: 'measure' });
    else if (
      lower === 'levy' ||
      (lower === 'bond' && /^(?:measure|issue|election)$/.test(bare(words[i + 1]))) ||
      // "support the override": a town's vote to raise its tax limit (round nineteen)
      (lower === 'override' && bare(words[i - 1]) === 'the')
    )
      targets.push({ from: i, to: i, kind: 'measure' });
    // "YES on 12", "say no to the levy": the number after yes or no is a measure's.
    else if (
      /^(?:yes|no)$/.test(lower) &&
      /^(?:on|to)$/.test(bare(words[i + 1])) &&
      MEASURE_LABEL.test(words[i + 2]?.text ?? '')
    )
      targets.push({ from: i + 2, to: i + 2, kind: 'measure' });
    else if (/^(?:campaign|re-election|reelection)$/.test(lower))
      targets.push({ from: i, to: i, kind: 'campaign' });
    else if (PRONOUNS.has(word.lower)) targets.push({ from: i, to: i, kind: 'pronoun' });
    else if (word.lower === 'it') targets.push({ from: i, to: i, kind: 'pronoun' });
    // "we need this one to pass": the measure or the candidate just named.
    else if (/^(?:this|that)$/.test(lower) && bare(words[i + 1]) === 'one')
      targets.push({ from: i, to: i + 1, kind: 'pronoun' });
  });
  return targets;
}

const DETERMINERS = /^(?:the|a|an|this|that|these|those|its|their|his|our|your|my|every|each)$/;
const MODALS = /^(?:will|would|could|might|may|did|does|has|have|had|was|were|is|are)$/;
const FIRST_PERSON_SUPPORT = /^(?:my|our)$/;

/** What a measure is called by someone for or against it: "bad for this city", "good news". */
const MEASURE_JUDGED_WORDS =
  'bad good great terrible horrible awful wrong right dangerous disastrous disaster mistake best worst'.split(
    ' ',
  );
const MEASURE_JUDGED = new Set(MEASURE_JUDGED_WORDS);
/** The words that name a ballot measure, for the judgement of one. */
const MEASURE_NOUN = /^(?:prop|proposition|measure|amendment|initiative|referendum|levy)$/;

/** The words a call can be read from, besides the election calls' lemmas. */
const STANCE_WORDS = new Set([
  ...CALLS,
  ...CAMPAIGN_EVENTS,
  ...MEASURE_JUDGED_WORDS,
  ...'elected yes no earned deserves deserve x pass win succeed prevail backing supporting backs supports benefits benefit funds going goes go gone leave resign petition behind all voting votes against'.split(
    ' ',
  ),
]);

/** The calls in a sentence, each with where its target may stand. */
function stancesOf(words: readonly Word[]): Stance[] {
  const stances: Stance[] = [];
  words.forEach((word, i) => {
    const lower = bare(word);
    // Most words start no call: a set lookup passes them by.
    if (!STANCE_WORDS.has(lower) && !ELECTION_CALLS.has(word.lemma)) return;
    const previous = bare(words[i - 1]);
    // "the fire department", "a show of hands", "their return": the noun after a determiner.
    if (ELECTION_CALLS.has(word.lemma) && DETERMINERS.test(previous)) return;
    const next = bare(words[i + 1]);
    // "Drug Take Back Day", "the Fire Marshal's Office": a word of a name, not a call.
    if (word.titlecase && (words[i - 1]?.titlecase || words[i + 1]?.titlecase) && i > 0) return;
    // "she has our back", "he'll be back": the adverb and the noun, not the verb.
    if (
      lower === 'back' &&
      /^(?:our|my|your|his|her|their|the|be|is|are|was|were|come|came|get|got)$/.test(previous)
    )
      return;
    // "put patrols back", "brought the officers back": the adverb after its object.
    if (lower === 'back' && words[i - 1]?.pos === 'NOUN' && !words[i - 1]?.titlecase) return;
    // "due back in front of Judge Ortiz", "back to court", "back home": a return, not a side
    // taken. Backing someone takes its object straight after the verb.
    if (lower === 'back' && (words[i + 1]?.pos === 'ADP' || RETURNED.test(next))) return;
    if (CALLS.has(lower)) {
      // "a 15-year-old campaign volunteer, Sofia Marin": the noun, after its describing words
      if (
        lower === 'volunteer' &&
        (DETERMINERS.test(previous) || /^(?:NOUN|ADJ|PROPN|NUM)$/.test(words[i - 1]?.pos ?? ''))
      )
        return;
      // "vote in", "the vote", "vote centers for Wards 3 and 4": the noun, or a place to vote.
      if (
        lower === 'vote' &&
        (next === 'in' ||
          previous === 'the' ||
          // "Questions about where you vote go to the County Elections Office" (round seventeen)
          (/^(?:you|we|they|to|i)$/.test(previous) &&
            /^(?:where|when|how|whether)$/.test(bare(words[i - 2]))) ||
          /^(?:cent(?:er|re)s?|counts?|tally|totals?)$/.test(next))
      )
        return;
      // "has my full support", "gets our vote": the writer's own backing of whoever is before.
      if (
        (lower === 'support' || lower === 'vote') &&
        (FIRST_PERSON_SUPPORT.test(previous) || FIRST_PERSON_SUPPORT.test(bare(words[i - 2])))
      ) {
        stances.push({
          from: i - 1,
          to: i,
          needsElection: false,
          reach: 'before',
          takesPerson: false,
        });
        return;
      }
      if (/^endors/.test(lower)) {
        stances.push({ from: i, to: i, needsElection: false, reach: 'any', takesPerson: true });
        return;
      }
      // A call is a base form not after a modal or "for": "will support" reports, "support" asks.
      if (MODALS.test(previous) || previous === 'for') return;
      const takesPerson = /^(?:vote|elect|re-elect|reelect|recall|impeach|unseat|oust)$/.test(
        lower,
      );
      stances.push({
        from: i,
        to: i,
        needsElection: false,
        reach: /^(?:back|support)$/.test(lower) ? 'any' : 'after',
        takesPerson,
        takesCampaign: /^(?:donate|volunteer|canvass|support|back)$/.test(lower),
      });
      return;
    }
    const extra = wordedStance(words, i, lower, previous);
    if (extra) {
      stances.push(extra);
      return;
    }
    // "get her elected"
    if (lower === 'elected' && /^(?:get|got|getting)$/.test(bare(words[i - 2]))) {
      stances.push({ from: i - 2, to: i, needsElection: false, reach: 'any', takesPerson: true });
      return;
    }
    // "felony cases sent to her office", "he was fired": a participle after its noun or after
    // "was" tells what was done to someone, and calls for nothing (round eighteen)
    if (
      ELECTION_CALLS.has(word.lemma) &&
      word.lower !== word.lemma &&
      !word.lower.endsWith('ing') &&
      !word.lower.endsWith('s') &&
      ((words[i - 1]?.pos === 'NOUN' && !words[i - 1]?.titlecase) ||
        /^(?:was|were|been|is|are|be|being|get|got|gets)$/.test(previous))
    )
      return;
    if (ELECTION_CALLS.has(word.lemma) && !MODALS.test(previous) && previous !== 'for') {
      // "give him your vote", "hand Ruiz your ballot": the thing given is a vote, wherever it is.
      const given = words
        .slice(i + 1, i + 6)
        .findIndex((w, k, next) => VOTE_GIVEN.test(bare(w)) && GIVEN_BY.test(bare(next[k - 1])));
      stances.push({
        from: i,
        to: given < 0 ? i : i + 1 + given,
        needsElection: given < 0,
        givesVote: given >= 0,
        reach: word.lemma === 'keep' ? 'any' : 'after',
        takesPerson: true,
      });
      return;
    }
    // "say YES to Prop 2", "mark YES on it", "YES on 12", "Yes on 12 keeps officers here".
    if (
      /^(?:yes|no)$/.test(lower) &&
      /^(?:on|to)$/.test(next) &&
      (word.text === word.text.toUpperCase() ||
        /^(?:say|mark|vote)$/.test(previous) ||
        (word.titlecase && MEASURE_LABEL.test(words[i + 2]?.text ?? '')) ||
        // "Yes on Measure L means more deputies", "Yes on Prop 12 for a new dispatch center"
        (word.titlecase &&
          MEASURES.has(bare(words[i + 2])) &&
          MEASURE_LABEL.test(words[i + 3]?.text ?? '') &&
          // "A Yes on Prop 12 vote funds the center; a No on Prop 12 vote does not": an explainer
          !(/^(?:a|the)$/.test(previous) && bare(words[i + 4]) === 'vote')))
    ) {
      stances.push({
        from: /^(?:say|mark)$/.test(previous) ? i - 1 : i,
        to: i + 1,
        needsElection: false,
        reach: 'after',
        takesPerson: false,
      });
      return;
    }
    // "has earned a second term", "deserves four more years".
    if (/^(?:earned|deserves|deserve)$/.test(lower)) {
      const what = words.slice(i + 1, i + 5).map(bare);
      if (what.some((w) => /^(?:term|re-election|reelection|vote|seat|years)$/.test(w)))
        stances.push({ from: i, to: i, needsElection: false, reach: 'before', takesPerson: true });
      return;
    }
    // "join us at the Friends of Councilmember Ruiz fundraiser": the candidate named before it.
    if (
      CAMPAIGN_EVENTS.has(lower) &&
      words[i - 1]?.titlecase &&
      words.some((w) => ATTEND.has(bare(w)))
    )
      stances.push({ from: i, to: i, needsElection: false, reach: 'before', takesPerson: false });
    // "Come out to the fundraiser for Councilwoman Adeyemi", "Join us at the Rally for Rivera".
    if (
      CAMPAIGN_EVENTS.has(lower) &&
      /^(?:for|with)$/.test(next) &&
      words.some((w) => ATTEND.has(bare(w)))
    )
      stances.push({ from: i, to: i + 1, needsElection: false, reach: 'after', takesPerson: true });
    // "put an X beside Reyes"
    if (word.text === 'X' && previous === 'an' && /^(?:beside|next|by|for)$/.test(next))
      stances.push({
        from: i - 1,
        to: i + 1,
        needsElection: false,
        reach: 'after',
        takesPerson: true,
      });
  });
  return stances;
}

const WISH = /^(?:see|help|watch|make|want|let|need)$/;
/** Money raised: "every dollar goes to", "all ticket money benefits", "proceeds support". */
const SALES =
  /^(?:proceeds|profits|profit|sold|sales|purchase|purchases|tickets|ticket|donations|donation|dollar|dollars|penny|cent|cents|money|cash|funds|raised|contributions)$/;
const BACKERS = /^(?:pac|pacs|union|union's|we|we're|i|i'm|our|us|me|committee|association)$/;
/** "get behind", "we're all behind", "is firmly behind": a side taken, not a place. */
const TAKING_SIDES =
  /^(?:get|got|getting|gets|all|firmly|squarely|fully|solidly|are|is|am|'re|'s|re|stand|standing|stands)$/;
const VOTE_GIVEN = /^(?:vote|votes|ballot)$/;
/**
 * A vote given is a noun owned or counted: "give him your vote", "hand Ruiz one more ballot".
 * "Remember them when you vote on the award" has the verb, and gives no one anything.
 */
const GIVEN_BY = /^(?:your|my|our|his|her|their|a|one|every|each|that|this)$/;
/** "back home", "back again", "back here": the adverb of a return. */
const RETURNED = /^(?:home|here|there|again|now|soon|later|then|inside|out|up|down|onto|into)$/;

/**
 * Calls worded around their target rather than before it: "see Measure K pass", "all proceeds
 * go to the campaign", "our PAC is backing Councilman Greer", "it's time for her to go",
 * "sign the petition to get Prop 12 on the ballot".
 */
function wordedStance(
  words: readonly Word[],
  i: number,
  lower: string,
  previous: string,
): Stance | undefined {
  const earlier = (back: number, test: RegExp) => {
    for (let j = i - 1; j >= 0 && j >= i - back; j -= 1) {
      const w = words[j];
      if (!w || isClauseBreak(w)) return false;
      if (test.test(bare(w))) return true;
    }
    return false;
  };
  // "We'd love to see Measure K pass", "help Reyes win": the target stands between.
  // "see Sheriff Cole win the cook-off" wins a contest, not a seat: nothing may follow but the
  // clause's end or when.
  if (
    /^(?:pass|win|succeed|prevail)$/.test(lower) &&
    earlier(6, WISH) &&
    (!/^(?:the|a|an|his|her|their|our|its|first|big)$/.test(bare(words[i + 1])) ||
      ELECTION_WORDS.has(bare(words[i + 2])) ||
      OFFICE_WORDS.has(bare(words[i + 2])))
  )
    return {
      from: i,
      to: i,
      needsElection: false,
      reach: 'before',
      takesPerson: false,
      cueForPeople: true,
    };
  // "every plate sold supports Hendricks", "all proceeds going to the re-election campaign".
  if (
    /^(?:supports|support|benefits|benefit|funds|going|goes|go)$/.test(lower) &&
    earlier(4, SALES) &&
    // "all proceeds go to the Fallen Officers Fund": a charity, whatever else the post says
    !words
      .slice(i + 1, i + 7)
      .some((w) =>
        /^(?:fund|foundation|charity|charities|scholarships?|pantry|shelter|hospital|relief)$/.test(
          bare(w),
        ),
      ) &&
    // "The levy money never goes where they say it will": a complaint, no money given
    !/^(?:never|not|n['’]t|doesn['’]t|won['’]t)$/.test(previous)
  )
    return {
      from: i,
      to: i,
      needsElection: false,
      reach: 'after',
      takesPerson: false,
      takesCampaign: true,
      personIfCandidateNear: true,
    };
  // "our union's PAC is backing Councilman Greer", "we're supporting Measure R".
  if (/^(?:backing|supporting|backs|supports)$/.test(lower) && earlier(5, BACKERS))
    return { from: i, to: i, needsElection: false, reach: 'after', takesPerson: false };
  // "get behind Everett's campaign", "the union is all in for him", "we're squarely behind her":
  // a side taken; whom it is for must be a candidate, a measure or a campaign.
  // "so get behind her" after a candidate was named: the pronoun is the candidate.
  if (lower === 'behind' && TAKING_SIDES.test(previous))
    return {
      from: i - 1,
      to: i,
      needsElection: false,
      reach: 'after',
      takesPerson: false,
      takesCampaign: true,
      personIfCandidateNear: true,
    };
  // "Prop 19 is bad for this city", "Measure K would be a disaster for us": a measure judged.
  if (
    MEASURE_JUDGED.has(lower) &&
    /^(?:is|'s|be|are)$/.test(previous) &&
    earlier(5, MEASURE_NOUN) &&
    // "Supporters say Measure 12 is good for safety; opponents say…": both sides reported.
    !earlier(7, /^(?:say|says|said|argue|argues|argued|claim|claims|claimed|believe|believes)$/) &&
    /^(?:for|news)$/.test(bare(words[i + 1]))
  )
    return { from: i - 1, to: i + 1, needsElection: false, reach: 'before', takesPerson: false };
  // "join us in voting it down", "vote Prop 9 down", "our officers are against it": a measure
  // or a candidate opposed; "it" counts only where a measure was just named.
  if (
    /^(?:voting|vote|votes)$/.test(lower) &&
    /^(?:it|them|him|her)$/.test(bare(words[i + 1])) &&
    bare(words[i + 2]) === 'down'
  )
    return { from: i, to: i + 2, needsElection: false, reach: 'any', takesPerson: false };
  if (
    lower === 'against' &&
    /^(?:are|is|am|'re|'s|re|firmly|squarely|strongly|all|solidly)$/.test(previous)
  )
    return { from: i - 1, to: i, needsElection: false, reach: 'after', takesPerson: false };
  if (lower === 'all' && bare(words[i + 1]) === 'in' && bare(words[i + 2]) === 'for')
    return { from: i, to: i + 2, needsElection: false, reach: 'after', takesPerson: false };
  // "it's time for her to go", "every one of them needs to be gone in November".
  if (
    /^(?:go|gone|leave|resign)$/.test(lower) &&
    /^(?:to|be|must)$/.test(previous) &&
    (!words[i + 1] ||
      /^[.!,;:—–-]/.test(words[i + 1]?.text ?? '') ||
      /^(?:in|this|next|now|office)$/.test(bare(words[i + 1])))
  )
    return {
      from: i,
      to: i,
      needsElection: false,
      reach: 'before',
      takesPerson: false,
      needsCue: true,
    };
  // "sign the petition to get Prop 12 on the ballot", "sign our petition to recall the mayor".
  if (lower === 'petition' && bare(words[i - 2]) === 'sign')
    return { from: i - 2, to: i, needsElection: false, reach: 'after', takesPerson: true };
  return undefined;
}

/** "We do not endorse", "the department never supports": a negated call with a subject. */
function saysNoSide(words: readonly Word[], at: number): boolean {
  let negated = false;
  for (let i = at - 1; i >= 0 && i >= at - 4; i -= 1) {
    const word = words[i];
    if (!word || isClauseBreak(word)) return false;
    if (isNegator(word)) negated = true;
    else if (negated && /^(?:we|i|they|department|pd|police)$/.test(word.lower)) return true;
  }
  return false;
}

function readSentence(sentence: Sentence): Reading {
  const targets = targetsOf(sentence, hasElectionWords(sentence.words));
  return {
    targets,
    election: hasOfficeContext(sentence.words),
    cue:
      hasOfficeContext(sentence.words) ||
      sentence.words.some((w) =>
        /^(?:recall|impeach|vote|voted|voting|votes|petition|ballot)$/.test(bare(w)),
      ),
    candidates: targets.some((t) => t.kind === 'candidate'),
    measures: targets.some((t) => t.kind === 'measure'),
    parties: targets.some((t) => t.kind === 'party'),
  };
}

function clauseBetween(words: readonly Word[], a: number, b: number): boolean {
  for (let i = Math.min(a, b) + 1; i < Math.max(a, b); i += 1) {
    const w = words[i];
    if (w && isClauseBreak(w)) return true;
  }
  return false;
}

/** A slogan: "Becker 2026!", "#Quintero2026", "#Morrow4Mayor". */
function slogans(words: readonly Word[]): Span[] {
  const found: Span[] = [];
  words.forEach((word, i) => {
    // Only a hashtag or a capitalised word can start one: the patterns run on nothing else.
    if (!word.titlecase && !word.text.startsWith('#')) return;
    // "#Becker2026" names a candidate; "#Vote2024", "#Election2026" name only the vote itself.
    if (
      /^#\p{Lu}\p{Ll}+(?:20\d\d|4\p{Lu}\p{L}+)$/u.test(word.text) &&
      !/^#(?:vot\w*|elections?|ballots?|primary|midterms?|civics|democracy)20\d\d$/i.test(word.text)
    )
      found.push({ from: i, to: i });
    else if (
      word.titlecase &&
      word.pos === 'PROPN' &&
      /^20\d\d$/.test(words[i + 1]?.text ?? '') &&
      // "Whitford 2026 💙": an emoji after the year ends the slogan as a "!" does; not a full
      // stop, which ends a date ("opens in Spring 2026.").
      (!words[i + 2] || /^(?:[!#]|\p{Extended_Pictographic})/u.test(words[i + 2]?.text ?? '')) &&
      !MONTHS.test(bare(word)) &&
      !SEASON_OR_EVENT.has(bare(word))
    )
      found.push({ from: i, to: i + 1 });
  });
  return found;
}

const rememberedReading = sentenceMemo<Reading>();

interface Calls {
  /** A question, or a vote in the comments for a K-9's name: a contest, not an election. */
  readonly skip: boolean;
  readonly stances: readonly Stance[];
  readonly slogans: readonly Span[];
}
const rememberedCalls = sentenceMemo<Calls>();

function readCalls(sentence: Sentence): Calls {
  const words = sentence.words;
  const skip =
    isQuestion(sentence) || words.some((w) => w.lower === 'comments' || w.lower === 'comment');
  if (skip) return { skip, stances: [], slogans: [] };
  return { skip, stances: stancesOf(words), slogans: slogans(words) };
}

/** A naming or photo contest, a mascot: votes there elect no one. A K-9 demo is no contest. */
const CONTEST = /\b(?:contest|mascot|cutest|naming|name\s+(?:the|our|a|this|his|her)\b)/i;
export const POLITICAL_TEXT =
  /\b(?:vot\w*|elect\w*|ballot|campaign|candidate|mayor|sheriff|council\w*|senat\w*|governor|commissioner|DA|district attorney)\b/i;

/**
 * A candidate, party, measure or election with a call to vote, support, oppose, elect, back,
 * donate or volunteer, an endorsement or a partisan appeal, however it is worded: "please back
 * Measure R", "let's keep her in office", "say YES to Prop 2", "Sheriff Donnelly has my full
 * support". Neutral voting information names no target with a call: where and when to vote,
 * a debate's road closure, an official at an event, a vote in the comments for a K-9's name.
 */
export function politicalCalls(text: string, context: ScanContext = {}): Found[] {
  if (context.phraseRulesOnly) return [];
  const sentences = analyse(text).sentences;
  // Read only where a call is, and the two sentences before it (whom "her" or "it" means).
  const readings: (Reading | undefined)[] = [];
  const readingAt = (k: number): Reading | undefined => {
    const sentence = sentences[k];
    if (!sentence) return undefined;
    return (readings[k] ??= rememberedReading(text, sentence, readSentence));
  };
  const politicalText = POLITICAL_TEXT.test(wholeText(text, context));
  const contestText = isContestText(wholeText(text, context));
  const found: Found[] = [];
  sentences.forEach((sentence, index) => {
    const words = sentence.words;
    const calls = rememberedCalls(text, sentence, readCalls);
    if (calls.skip) return;
    // "Vote in the comments?? I vote Biscuit for the pup": the contest was named just before.
    const previous = sentences[index - 1];
    if (
      calls.stances.length > 0 &&
      previous &&
      /\bcomments?\b/i.test(text.slice(previous.start, previous.end))
    )
      return;
    if (politicalText)
      for (const slogan of calls.slogans) {
        const first = words[slogan.from];
        const last = words[slogan.to];
        if (first && last) found.push({ start: first.start, end: last.end });
      }
    let from: number | undefined;
    let to: number | undefined;
    const stances = calls.stances;
    const reading = stances.length > 0 ? readingAt(index) : undefined;
    if (!reading) return;
    const recent = [reading, readingAt(index - 1), readingAt(index - 2)];
    const candidateNear = recent.some((r) => r?.candidates);
    const measureNear = recent.slice(0, 2).some((r) => r?.measures || r?.parties);
    const cueNear = recent.some((r) => r?.cue);
    // "Name the new K-9! Everybody vote Biscuit": a naming contest, where a name is no candidate.
    // "vote for the Chief's Award": an award's vote elects no one either.
    const here = text.slice(previous?.start ?? sentence.start, sentence.end);
    const contest = CONTEST.test(here) || NON_ELECTION_VOTE.test(here) || contestText;
    for (const stance of stances) {
      if (isDeniedOrHypothetical(sentence, stance.from)) continue;
      // "we do not endorse candidates": the department saying it stays out.
      if (saysNoSide(words, stance.from)) continue;
      if (stance.needsCue && !cueNear) continue;
      let best: Target | undefined;
      let distance = Infinity;
      for (const target of reading.targets) {
        const inside = target.from >= stance.from && target.to <= stance.to;
        const after = target.from > stance.to;
        if (!inside && stance.reach === 'after' && !after) continue;
        if (!inside && stance.reach === 'before' && after) continue;
        const gap = inside ? 0 : after ? target.from - stance.to : stance.from - target.to;
        if (
          gap < 0 ||
          gap > (target.kind === 'seat' ? NEAR + 3 : NEAR) ||
          clauseBetween(words, stance.from, target.from)
        )
          continue;
        if (!targetCounts(target, stance, reading, words, candidateNear, measureNear)) continue;
        if (contest && (target.kind === 'person' || target.kind === 'pronoun')) continue;
        if (
          stance.cueForPeople &&
          !cueNear &&
          target.kind !== 'measure' &&
          target.kind !== 'party' &&
          !(measureNear && standsForMeasure(words, target))
        )
          continue;
        if (gap < distance) {
          best = target;
          distance = gap;
        }
      }
      if (!best) continue;
      // Every call of the sentence and what it is about: one finding shows all of it.
      from = Math.min(from ?? best.from, best.from, stance.from);
      to = Math.max(to ?? best.to, best.to, stance.to);
    }
    const first = from === undefined ? undefined : words[from];
    const last = to === undefined ? undefined : words[to];
    // "measure B." is read with the sentence's stop: the finding ends at the label.
    const stop = last && /\.$/.test(last.text) && MEASURE_LABEL.test(last.text) ? 1 : 0;
    if (first && last) found.push({ start: first.start, end: last.end - stop });
  });
  return found;
}

/** "it", "this one": a pronoun that, with a measure just named, is the measure. */
function standsForMeasure(words: readonly Word[], target: Target): boolean {
  return (
    target.kind === 'pronoun' &&
    (words[target.from]?.lower === 'it' || bare(words[target.from + 1]) === 'one')
  );
}

function targetCounts(
  target: Target,
  stance: Stance,
  reading: Reading,
  words: readonly Word[],
  candidateNear: boolean,
  measureNear: boolean,
): boolean {
  if (target.kind === 'seat') return stance.needsElection && words[stance.from]?.lemma === 'keep';
  if (stance.needsElection && !reading.election && target.kind !== 'party') return false;
  switch (target.kind) {
    case 'candidate':
    case 'party':
    case 'measure':
      return true;
    case 'person':
      return (
        (stance.takesPerson && !stance.needsElection) ||
        // "In June, ditch Dunleavy": a person in a sentence dated to a vote, an office holder near.
        (stance.takesPerson && reading.election && candidateNear) ||
        (stance.personIfCandidateNear === true && candidateNear)
      );
    case 'pronoun':
      if (words[target.from]?.lower === 'it') return measureNear;
      if (bare(words[target.from + 1]) === 'one' && target.to > target.from)
        return measureNear || candidateNear;
      if (stance.givesVote) return true;
      // "Vote them out": the council members or the party just named.
      return words[target.from]?.lower === 'them' ? candidateNear || measureNear : candidateNear;
    case 'campaign':
      return stance.takesCampaign === true;
    default: {
      const never: never = target.kind;
      return never;
    }
  }
}
