import type { ScanContext } from '../finding';
import { type Paragraph, type Sentence, type Word, analyse } from '../language/analysis';
import { namedPeople } from '../language/people';
import {
  ELECTED_TITLES,
  ELECTION_WORDS,
  GIVING_CALLS,
  MEASURES,
  NEUTRAL_PARTY_ACTS,
  OFFICES,
  PARTY_GROUPS,
  PARTY_MEMBERS,
  PRAISE_FOR_US,
  SOLIDARITY_SUBJECTS,
} from '../language/politics';
import { sentenceMemo } from '../language/sentence-memo';
import { isClauseBreak, isDeniedOrHypothetical, isNegator, isQuestion } from '../language/words';
import type { Found } from './sentence-rules';

/**
 * Political appeals that name no "vote": support declared for a candidate ("we stand with
 * Councilmember X"), a candidate praised as the choice in a race ("the only one who has our
 * backs"), a party blamed or praised as a group, a measure sold by its benefits, a call to turn
 * out or to give for a candidate, "anybody but X", a campaign's hashtag. Each needs what makes
 * it an election's: an office, a candidate, a measure, a party, or an election spoken of nearby.
 */

interface Span {
  readonly from: number;
  readonly to: number;
  /**
   * Praise or a measure's benefits: part of an appeal, reported with the call it backs when one
   * is in its sentence, left out when one is a sentence away, and on its own otherwise.
   */
  readonly secondary?: boolean;
}

const bare = (word: Word | undefined): string => {
  if (!word) return '';
  let lower = word.lower;
  if (lower.startsWith('#')) lower = lower.slice(1);
  while (lower.length > 1 && ".’'".includes(lower.at(-1) ?? '')) lower = lower.slice(0, -1);
  return lower;
};

const QUOTE = /^["“”'‘’]$/;
const MONTH_OF_VOTING = /^(?:november|nov|march|may|june|tuesday)$/;
const ORDINAL = /^\d{1,2}(?:st|nd|rd|th)$/;

/** What one sentence says of elections, read once and kept by its text. */
interface Cues {
  /** An election, a race, a ballot, a candidacy, a seat or an election day is spoken of. */
  readonly election: boolean;
  /** Someone is running or a candidate is named: a call to give or turn out has its object. */
  readonly candidacy: boolean;
  /** The measures' labels named here: "Measure K" gives "K". */
  readonly measureLabels: readonly string[];
  /** People named with an elected office before them: candidates wherever they are. */
  readonly officeHolders: readonly Span[];
  readonly spread: boolean;
}

/** "Sheriff's race", "the council races", "this race": a contest for an office. */
function isRace(words: readonly Word[], i: number): boolean {
  const lower = bare(words[i]);
  // "the mayoral debate", "a sheriff's candidate forum": a race's own events name it too.
  const event = /^(?:debate|debates|forum|forums)$/.test(lower);
  if (lower !== 'race' && lower !== 'races' && !event) return false;
  for (let j = i - 1; j >= 0 && j >= i - 3; j -= 1) {
    const w = bare(words[j]);
    if (
      OFFICES.has(w) ||
      ELECTED_TITLES.has(w) ||
      /^(?:mayoral|gubernatorial|congressional|senatorial|candidate|candidates)$/.test(w) ||
      (!event && /^(?:this|council|board)$/.test(w))
    )
      return true;
  }
  return false;
}

/** "running for county commissioner", "announced his run for mayor", "a candidate for". */
function isCandidacy(words: readonly Word[], i: number): boolean {
  const lower = bare(words[i]);
  if (!/^(?:run|runs|running|ran|candidate|candidacy|bid)$/.test(lower)) return false;
  if (bare(words[i + 1]) !== 'for') return false;
  for (let j = i + 2; j <= i + 4 && j < words.length; j += 1) {
    const w = bare(words[j]);
    if (OFFICES.has(w) || ELECTED_TITLES.has(w) || /^(?:re-election|reelection|seat)$/.test(w))
      return true;
  }
  return false;
}

/** "for City Council", "for sheriff", "for the school board" straight after word `at`. */
function forAnOffice(words: readonly Word[], at: number): boolean {
  if (bare(words[at + 1]) !== 'for') return false;
  for (let j = at + 2; j <= at + 4 && j < words.length; j += 1) {
    const w = bare(words[j]);
    if (OFFICES.has(w)) return true;
    if (!/^(?:the|city|county|school|state|district)$/.test(w)) return false;
  }
  return false;
}

function readCues(sentence: Sentence): Cues {
  const words = sentence.words;
  let election = false;
  let candidacy = false;
  let spread = false;
  const measureLabels: string[] = [];
  const officeHolders: Span[] = [];
  words.forEach((word, i) => {
    const lower = bare(word);
    // "has endorsed Marisol Tejeda", "the endorsement": someone is in a race.
    // "Vote Delacroix for Sheriff", "elect Ruiz": a vote asked for a named person is a race.
    const votedFor =
      /^(?:vote|elect|re-elect|reelect)$/.test(lower) &&
      words[i + 1]?.titlecase === true &&
      !/^(?:yes|no|in|on|for)$/.test(bare(words[i + 1]));
    if (
      votedFor ||
      isCandidacy(words, i) ||
      lower === 'candidate' ||
      lower === 'candidates' ||
      lower.startsWith('endors')
    ) {
      candidacy = true;
      election = true;
    }
    if (
      ELECTION_WORDS.has(lower) ||
      isRace(words, i) ||
      lower === 'polls' ||
      lower === 'term' ||
      (MONTH_OF_VOTING.test(lower) && lower !== 'may' && lower !== 'march') ||
      (lower === 'the' && bare(words[i - 1]) === 'on' && ORDINAL.test(words[i + 1]?.text ?? ''))
    )
      election = true;
    if (
      (/^(?:tell|share|remind)$/.test(word.lemma) &&
        /^(?:your|this|it|with|everyone|everybody|friends|neighbors|neighbours)$/.test(
          bare(words[i + 1]),
        )) ||
      (lower === 'spread' && bare(words[i + 2]) === 'word') ||
      (lower === 'think' && /^(?:about|of)$/.test(bare(words[i + 1])))
    )
      spread = true;
    if (
      MEASURES.has(lower) &&
      /^(?:\d{1,3}[a-zA-Z]?|\p{Lu}{1,2}\d{0,2})\.?$/u.test(words[i + 1]?.text ?? '')
    )
      measureLabels.push((words[i + 1]?.text ?? '').toLowerCase().replace(/\.$/, ''));
  });
  for (const person of namedPeople(sentence)) {
    const title = words[person.from - 1];
    if (title && ELECTED_TITLES.has(bare(title)))
      officeHolders.push({ from: person.from - 1, to: person.to });
    // "Tejeda for City Council", "Ruiz for Sheriff": a candidate by the office after the name,
    // and so a race.
    else if (forAnOffice(words, person.to)) {
      officeHolders.push({ from: person.from, to: person.to });
      election = true;
    }
  }
  return { election, candidacy, measureLabels, officeHolders, spread };
}

const rememberedCues = sentenceMemo<Cues>();

interface Around {
  readonly election: boolean;
  readonly candidacy: boolean;
  readonly measureLabels: ReadonlySet<string>;
  /** "Tell your neighbours", "spread the word", "share this": the reader asked to pass it on. */
  readonly spread: boolean;
}

/** The first word of the clause `at` stands in (a comma does not end it). */
function clauseFrom(words: readonly Word[], at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) {
    const w = words[i];
    if (!w || isClauseBreak(w) || w.text === '.' || w.text === '…') return i + 1;
  }
  return 0;
}

function negatedBefore(words: readonly Word[], at: number, back = 4): boolean {
  for (let i = at - 1; i >= 0 && i >= at - back; i -= 1) {
    const w = words[i];
    if (!w || isClauseBreak(w)) return false;
    if (isNegator(w)) return true;
  }
  return false;
}

/** A named person or an office holder starting within `reach` words after `at`. */
function personAfter(sentence: Sentence, at: number, reach: number): Span | undefined {
  const words = sentence.words;
  for (const person of namedPeople(sentence)) {
    let from = person.from;
    while (from > 0 && ELECTED_TITLES.has(bare(words[from - 1]))) from -= 1;
    if (from > at && from - at <= reach) return { from, to: person.to };
  }
  // A title alone before a surname the name finder passed: "Councilman Reyes".
  for (let i = at + 1; i <= at + reach && i < words.length; i += 1) {
    if (ELECTED_TITLES.has(bare(words[i])) && words[i + 1]?.titlecase)
      return { from: i, to: i + 1 };
  }
  return undefined;
}

/**
 * "We stand with Councilmember Okafor", "proud to stand behind Sheriff Boyd", "everyone here is
 * behind Mayor Ochoa": the writer's side declared for an elected official or a candidate. "The
 * chief stood with the mayor at the press conference" reports where someone stood.
 */
function solidarity(sentence: Sentence, around: Around): Span[] {
  const words = sentence.words;
  const found: Span[] = [];
  words.forEach((word, i) => {
    const lower = bare(word);
    const standing = word.lemma === 'stand' && lower !== 'stood';
    const being = lower === 'behind' && (word.pos === 'ADP' || word.pos === 'ADV');
    if (!standing && !being) return;
    const preposition = standing ? i + 1 : i;
    if (!/^(?:with|behind|by)$/.test(bare(words[preposition]))) return;
    const named = personAfter(sentence, preposition, 3);
    // "stand with her on Nov. 5", "stand behind him for mayor": whom a pronoun means is the
    // candidate just named, or the office after it says so.
    const pronoun = /^(?:him|her|them)$/.test(bare(words[preposition + 1]));
    const target = named ?? (pronoun ? { from: preposition + 1, to: preposition + 1 } : undefined);
    if (!target) return;
    const forOffice = forAnOffice(words, target.to);
    if (!named && !forOffice && !(around.candidacy && around.election)) return;
    const holder = named !== undefined && ELECTED_TITLES.has(bare(words[target.from]));
    const hisCampaign = /^(?:re-election|reelection|campaign)$/.test(bare(words[target.to + 2]));
    if (!holder && !around.election && !hisCampaign && !forOffice) return;
    if (!writerSpeaks(words, i)) return;
    if (negatedBefore(words, i) || isDeniedOrHypothetical(sentence, i)) return;
    found.push({ from: i, to: forOffice ? Math.min(words.length - 1, target.to + 2) : target.to });
  });
  return found;
}

/** The writer or the department is the one who stands: "we", "I", "proud to", "everyone at EPD". */
function writerSpeaks(words: readonly Word[], at: number): boolean {
  const from = clauseFrom(words, at);
  for (let i = at - 1; i >= from; i -= 1) {
    const w = words[i];
    if (!w) continue;
    const lower = bare(w);
    if (/^(?:we|i|we're|i'm|us)$/.test(lower) || SOLIDARITY_SUBJECTS.has(lower)) return true;
    if (/^(?:proud|honored|honoured|glad|happy|ready)$/.test(lower)) return true;
    // "Chief Ruiz stands with…": someone else, named, is the subject.
    if (w.pos === 'PROPN' && w.titlecase && !SOLIDARITY_SUBJECTS.has(lower)) return false;
  }
  // "Stand with Sheriff Boyd!": a call, the first word of its clause.
  return (
    from === at || words.slice(from, at).every((w) => /^(?:please|let's|so|and|now)$/.test(bare(w)))
  );
}

/**
 * "He's the only one in this race who has our backs", "Ortega is the right choice for sheriff",
 * "she has always had our back, return the favour": a candidate praised as the one to choose.
 * Only where an election, a race or a candidacy is spoken of: an officer "has our backs" on patrol.
 */
function praise(sentence: Sentence, around: Around): Span[] {
  const words = sentence.words;
  const found: Span[] = [];
  words.forEach((word, i) => {
    const lower = bare(word);
    let to: number | undefined;
    // "has our back(s)", "had my back", "is on our side", "fights for us".
    if (lower === 'back' || lower === 'backs') {
      if (
        /^(?:our|my)$/.test(bare(words[i - 1])) &&
        /^(?:have|get)$/.test(words[i - 2]?.lemma ?? '')
      )
        to = i;
      else if (/^(?:our|my)$/.test(bare(words[i - 1])) && words[i - 3]?.lemma === 'have') to = i;
    } else if (
      lower === 'side' &&
      /^(?:our|my)$/.test(bare(words[i - 1])) &&
      bare(words[i - 2]) === 'on'
    )
      to = i;
    else if (
      /^(?:choice|pick|candidate|one|person|man|woman|leader|advocate|voice|champion|fighter)$/.test(
        lower,
      ) &&
      // "the only one", "a stronger advocate", "exactly the leader", "the leader this county needs".
      ((/^(?:only|right|best|clear|obvious|smart|real|true|stronger|better|strongest|perfect)$/.test(
        bare(words[i - 1]),
      ) &&
        /^(?:the|a|our|my)$/.test(bare(words[i - 2]))) ||
        (/^(?:the|a)$/.test(bare(words[i - 1])) && bare(words[i - 2]) === 'exactly') ||
        (/^(?:this|our|the|every)$/.test(bare(words[i + 1])) &&
          /^(?:needs|need|deserves)$/.test(bare(words[i + 3]))))
    )
      to = /^(?:needs|need|deserves)$/.test(bare(words[i + 3])) ? i + 3 : i;
    else if (
      PRAISE_FOR_US.has(lower) &&
      /^(?:for|with)$/.test(bare(words[i + 1])) &&
      /^(?:us|cops|officers|deputies|police)$/.test(bare(words[i + 2]))
    )
      to = i + 2;
    if (to === undefined) return;
    // "the right choice for sheriff" names the race itself.
    const forOffice =
      bare(words[to + 1]) === 'for' &&
      [words[to + 2], words[to + 3]].some((w) => OFFICES.has(bare(w)));
    // "the only one on council who has our backs": a seat held by a vote is named.
    const seat = words.some(
      (w, k) =>
        bare(w) === 'on' &&
        /^(?:council|commission)$/.test(
          bare(words[k + 1]) === 'the' ? bare(words[k + 2]) : bare(words[k + 1]),
        ),
    );
    if (!around.election && !forOffice && !seat) return;
    // "Officer Ng is the only candidate in this academy class with a perfect score": a recruit
    const hiring = words.some((w) =>
      /^(?:academy|recruits?|applicants?|hiring|cadets?|exam|fitness|interviews?|trainees?)$/.test(
        bare(w),
      ),
    );
    if (hiring && !forOffice && !seat) return;
    if (negatedBefore(words, i, 3) || isDeniedOrHypothetical(sentence, i)) return;
    // Whom it is said of: a person, an office holder or a pronoun before it in the clause.
    const from = clauseFrom(words, i);
    let subject: number | undefined;
    for (let j = i - 1; j >= from; j -= 1) {
      const w = words[j];
      if (!w) continue;
      if (/^(?:he|she|he's|she's|they|who)$/.test(w.lower) || (w.pos === 'PROPN' && w.titlecase)) {
        subject = j;
        break;
      }
    }
    if (subject === undefined) return;
    found.push({ from: subject, to, secondary: true });
  });
  return found;
}

/**
 * "no thanks to the Republicans on the county board who voted to cut our budget", "Democrats on
 * the council cut our patrols", "liberals would rather fund bike lanes": a party as a group that
 * acts, blamed or praised. Both parties together ("Republican and Democratic candidates will
 * debate"), a party's office as a place, or a party that only attends or hosts, take no side.
 */
function partisan(sentence: Sentence): Span[] {
  const words = sentence.words;
  const found: Span[] = [];
  const parties = words.map((w, i) => ({ w, i })).filter(({ i }) => isPartyGroup(words, i));
  if (parties.length === 0) return [];
  // "Democrats and Republicans", "both parties": a statement about all of them takes no side.
  const sides = new Set(parties.map(({ w }) => partySide(bare(w))));
  if (
    sides.size > 1 ||
    words.some((w) => /^(?:bipartisan|both|nonpartisan|non-partisan)$/.test(w.lower))
  )
    return [];
  for (const { i } of parties) {
    const head = PARTY_MEMBERS.has(bare(words[i + 1])) ? i + 1 : i;
    // Blamed or thanked: "thanks to", "no thanks to", "blame", "because of".
    const blamed = [bare(words[i - 2]), bare(words[i - 3])].some((w) =>
      /^(?:thanks|blame|because|courtesy)$/.test(w),
    );
    let act: number | undefined;
    for (let j = head + 1; j < words.length && j <= head + 10; j += 1) {
      const w = words[j];
      if (!w || isClauseBreak(w) || w.text === '.') break;
      if (
        w.pos === 'VERB' ||
        (w.pos === 'AUX' &&
          /^(?:are|is|were|was)$/.test(w.lower) &&
          /^(?:ADJ|NOUN|DET|ADV)$/.test(words[j + 1]?.pos ?? ''))
      ) {
        // "was vandalized": done to the party, not by it.
        if (
          /^(?:was|were|been|being|is|are)$/.test(bare(words[j - 1])) &&
          w.pos === 'VERB' &&
          w.lower.endsWith('ed')
        )
          break;
        if (NEUTRAL_PARTY_ACTS.has(w.lemma)) break;
        act = j;
        break;
      }
    }
    if (act === undefined && !blamed) continue;
    if (isDeniedOrHypothetical(sentence, i)) continue;
    // "which party": the word that leaves the party for the reader to name starts it.
    const from = blamed ? Math.max(0, i - 3) : bare(words[i]) === 'party' ? i - 1 : i;
    const to = act ?? head;
    found.push({ from, to });
  }
  return found;
}

/** A party word naming people who act: "Democrats", "the GOP", "Republican members". */
function isPartyGroup(words: readonly Word[], i: number): boolean {
  const word = words[i];
  if (!word) return false;
  const lower = bare(word);
  // "which party backs the blue", "the other party", "only one party": a party left unnamed
  // for the reader to fill in is a side taken as surely as a named one.
  if (lower === 'party')
    return /^(?:which|other|one|only|whichever|opposing|ruling)$/.test(bare(words[i - 1]));
  if (PARTY_GROUPS.has(lower)) {
    // "Party" after it makes it an organisation: "the Democratic Party office" is a place.
    return bare(words[i + 1]) !== 'party';
  }
  // "Republican members", "the Democratic majority", "GOP commissioners".
  return (
    /^(?:democratic|republican|gop|liberal|conservative|progressive)$/.test(lower) &&
    PARTY_MEMBERS.has(bare(words[i + 1]))
  );
}

function partySide(lower: string): 'left' | 'right' {
  return /^(?:republican|republicans|gop|conservative|conservatives|maga|right-wingers?)$/.test(
    lower,
  )
    ? 'right'
    : 'left';
}

/** A measure judged rather than described: "K is the difference", "Prop 4 is vital". */
const MEASURE_JUDGEMENTS =
  /^(?:difference|critical|vital|essential|needed|necessary|lifeline|must|disaster|dangerous|answer|key)$/;

/** What a measure is claimed to do for the reader or against them, as a verb's lemma. */
const ASSERTED_CLAIMS =
  /^(?:keep|save|protect|stop|prevent|gut|destroy|devastate|cripple|hurt|help|endanger|threaten)$/;

/** Words a measure's benefits or harms are claimed with. */
const MEASURE_CLAIMS =
  /^(?:endanger|endangers|threaten|threatens|keep|keeps|save|saves|protect|protects|mean|means|put|puts|bring|brings|stop|stops|prevent|prevents|cut|cuts|gut|guts|destroy|destroys|devastate|cripple|cripples|hurt|hurts|help|helps|make|makes|difference|critical|vital|essential|needed|necessary|lifeline|must|disaster|dangerous|answer|key)$/;

/**
 * "A yes on Prop 12 keeps officers on the street", "K is the difference between 3-minute and
 * 6-minute response times", "Measure J means faster response": a measure sold by what it does
 * for the reader. What a measure would raise or fund, or that it is on the ballot, is neutral.
 */
function measureClaims(sentence: Sentence, around: Around): Span[] {
  const words = sentence.words;
  const found: Span[] = [];
  words.forEach((word, i) => {
    let subjectTo: number | undefined;
    let start = i;
    const lower = bare(word);
    const voted = /^(?:yes|no)$/.test(lower);
    if (
      MEASURES.has(lower) &&
      /^(?:\d{1,3}[a-zA-Z]?|\p{Lu}{1,2}\d{0,2})\.?$/u.test(words[i + 1]?.text ?? '')
    )
      subjectTo = i + 1;
    // "K is…" once Measure K is named; "a yes on 12", "a yes vote".
    else if (
      around.measureLabels.has(word.text.toLowerCase()) &&
      /^(?:PROPN|NUM|NOUN)$/.test(word.pos) &&
      !MEASURES.has(bare(words[i - 1])) &&
      /^(?:AUX|VERB)$/.test(words[i + 1]?.pos ?? '')
    )
      subjectTo = i;
    // A quoted "no" is the same vote: 'a “no” is a vote for…', 'voting "yes" means…'.
    else if (voted) {
      const opened = QUOTE.test(words[i - 1]?.text ?? '') ? i - 2 : i - 1;
      const after = QUOTE.test(words[i + 1]?.text ?? '') ? i + 2 : i + 1;
      if (/^(?:a|the|every|each|voting)$/.test(bare(words[opened]))) {
        start = opened;
        subjectTo = bare(words[after]) === 'vote' ? after : after - 1;
        // "a yes on Prop 12 keeps…", "a no on K means…": the label ends the subject.
        if (bare(words[after]) === 'on')
          subjectTo = Math.min(
            words.length - 1,
            after + (MEASURES.has(bare(words[after + 1])) ? 2 : 1),
          );
      }
    }
    if (subjectTo === undefined) return;
    // The measure must be what the clause is about: nothing but its name or an appositive first.
    for (let j = subjectTo + 1; j < words.length && j <= subjectTo + 8; j += 1) {
      const w = words[j];
      if (!w || isClauseBreak(w) || w.text === '.') return;
      if (w.text === ',') {
        // "Measure K, the public safety tax, is…": skip the appositive to its closing comma.
        const close = words.findIndex((x, k) => k > j && x.text === ',');
        if (close > j && close - j <= 6) {
          j = close;
          continue;
        }
        return;
      }
      const claim = bare(w);
      // "a no is a vote for longer waits", "every yes is a step toward a new lab": the vote
      // equated with what it brings.
      if (
        voted &&
        /^(?:vote|yes|no|step|win|loss|ticket)$/.test(claim) &&
        /^(?:for|against|toward|towards|to)$/.test(bare(words[j + 1]))
      ) {
        if (deniedAfter(sentence, subjectTo, j)) return;
        found.push({ from: start, to: Math.min(words.length - 1, clauseTo(words, j)) });
        return;
      }
      if (
        MEASURE_CLAIMS.test(claim) &&
        (w.pos === 'VERB' || w.pos === 'NOUN' || w.pos === 'ADJ' || w.pos === 'AUX')
      ) {
        if (deniedAfter(sentence, subjectTo, j)) return;
        // "A yes on 12 keeps…" and "K is the difference" judge; "Prop 2 would put…" describes,
        // and counts only where the reader is asked to pass it on.
        // "Measure B keeps officers on your streets", "Prop 4 will protect the lab": a benefit
        // or a harm asserted as what the measure does, not what an analysis says it would.
        const asserted =
          w.pos === 'VERB' &&
          ASSERTED_CLAIMS.test(w.lemma) &&
          !/^(?:would|could|might|may|if|to)$/.test(bare(words[j - 1]));
        // An asserted benefit backs a call next to it and stands alone only without one.
        const judged = voted || MEASURE_JUDGEMENTS.test(claim);
        if (judged || asserted || around.spread)
          found.push({
            from: start,
            to: Math.min(words.length - 1, clauseTo(words, j)),
            secondary: !judged,
          });
        return;
      }
      // The first verb that is not a claim ends the subject: "would raise the tax" is a fact.
      if (w.pos === 'VERB') return;
    }
  });
  return found;
}

/**
 * A claim denied or made hypothetical between its subject and the claim word: "Prop 4 does not
 * save…". The subject's own "no" ("a no vote means…") is the vote, not a negation.
 */
function deniedAfter(sentence: Sentence, subjectTo: number, at: number): boolean {
  const words = sentence.words;
  for (let k = Math.max(subjectTo + 1, at - 3); k < at; k += 1) {
    const w = words[k];
    if (w && isNegator(w)) return true;
  }
  return isDeniedOrHypothetical(sentence, at);
}

function clauseTo(words: readonly Word[], from: number): number {
  let to = from;
  for (let i = from + 1; i < words.length && i <= from + 12; i += 1) {
    const w = words[i];
    if (!w || isClauseBreak(w) || w.text === '.' || w.text === ',' || w.pos === 'PUNCT') break;
    to = i;
  }
  return to;
}

/**
 * "Get out there for Dominguez on the 5th", "turn out for Delgado", "show up for Pham": a call to
 * the polls for a person. "Get out there for the Turkey Trot" names an event, not a person.
 */
function turnout(sentence: Sentence, around: Around): Span[] {
  if (!around.election) return [];
  const words = sentence.words;
  const found: Span[] = [];
  words.forEach((word, i) => {
    if (
      !/^(?:get|turn|come|show)$/.test(word.lemma) &&
      !/^(?:get|turn|come|show)$/.test(bare(word))
    )
      return;
    if (!/^(?:out|up)$/.test(bare(words[i + 1]))) return;
    let at = i + 2;
    if (bare(words[at]) === 'there') at += 1;
    if (bare(words[at]) !== 'for') return;
    const target = personAfter(sentence, at, 2);
    const pronoun = /^(?:him|her|them)$/.test(bare(words[at + 1])) && around.candidacy;
    if (!target && !pronoun) return;
    if (negatedBefore(words, i) || isDeniedOrHypothetical(sentence, i)) return;
    found.push({ from: i, to: target?.to ?? at + 1 });
  });
  return found;
}

/**
 * "Return the favour in November", "repay her at the ballot box": a debt paid in votes, where
 * an election is spoken of. "Fill in the bubble next to Measure D", "mark Reyes": a ballot marked.
 */
function ballotCalls(sentence: Sentence, around: Around): Span[] {
  const words = sentence.words;
  const found: Span[] = [];
  words.forEach((word, i) => {
    if (negatedBefore(words, i) || isDeniedOrHypothetical(sentence, i)) return;
    if (
      around.election &&
      around.candidacy &&
      (word.lemma === 'return' || word.lemma === 'repay') &&
      /^(?:favor|favour)$/.test(bare(words[i + 2]))
    ) {
      found.push({ from: i, to: i + 2 });
      return;
    }
    if (!/^(?:fill|mark|check|tick|circle|bubble|pick|choose|select)$/.test(word.lemma)) return;
    for (let j = i + 1; j < words.length && j <= i + 7; j += 1) {
      const w = words[j];
      if (!w || isClauseBreak(w) || w.text === '.') return;
      if (
        /^(?:next|beside|by)$/.test(bare(w)) &&
        MEASURES.has(bare(words[j + (bare(words[j + 1]) === 'to' ? 2 : 1)]))
      ) {
        found.push({ from: i, to: Math.min(words.length - 1, j + 3) });
        return;
      }
    }
  });
  return found;
}

/** "Anybody but Holloway", "anyone but the incumbent": in a race, a vote against a person. */
function anyoneBut(sentence: Sentence, around: Around): Span[] {
  if (!around.election) return [];
  const words = sentence.words;
  const found: Span[] = [];
  words.forEach((word, i) => {
    if (!/^(?:anybody|anyone|anything|anybody's|anyone's)$/.test(bare(word))) return;
    if (bare(words[i + 1]) !== 'but') return;
    const next = words[i + 2];
    const target = personAfter(sentence, i + 1, 2);
    if (target) found.push({ from: i, to: target.to });
    else if (
      next &&
      /^(?:the)$/.test(bare(next)) &&
      /^(?:incumbent|mayor|sheriff|council|da)$/.test(bare(words[i + 3]))
    )
      found.push({ from: i, to: i + 3 });
  });
  return found;
}

/**
 * "Learn more and chip in at whitcombforcounty.com", "pitch in $10 for his campaign", "donate
 * at…": money or time asked for where someone is running. The toy drive's "donate" names no race.
 */
function giving(sentence: Sentence, around: Around): Span[] {
  if (!around.candidacy) return [];
  const words = sentence.words;
  const found: Span[] = [];
  words.forEach((word, i) => {
    const lower = bare(word);
    const phrasal = /^(?:chip|pitch)$/.test(lower) && bare(words[i + 1]) === 'in';
    if (!phrasal && !GIVING_CALLS.has(lower)) return;
    // A call, not a report: "he donated", "will volunteer" tell; "donate", "chip in" ask.
    const previous = bare(words[i - 1]);
    if (/^(?:will|would|has|have|had|who|he|she|they|we|i|was|were)$/.test(previous)) return;
    // "a 15-year-old campaign volunteer, Sofia Marin": the noun after its describing words
    // (round eighteen)
    if (
      !phrasal &&
      (/^(?:a|an|the|our|their|his|her|every|each|one)$/.test(previous) ||
        /^(?:NOUN|ADJ|PROPN|NUM)$/.test(words[i - 1]?.pos ?? ''))
    )
      return;
    if (negatedBefore(words, i) || isDeniedOrHypothetical(sentence, i)) return;
    found.push({ from: i, to: phrasal ? i + 1 : i });
  });
  return found;
}

const HASHTAG = /#[\p{L}\p{N}_]+/gu;
const YEAR_AFTER = /^(.+?)20\d\d$/;
/**
 * "#DumpHaverford", "#RecallRuiz", "#VoteOutVoss": a call against a person. Recalling, unseating
 * or voting out is always an election's; dumping or firing only an office holder or a candidate
 * named in the text ("#FireTheChief" is criticism of an appointee, not a campaign).
 */
const AGAINST =
  /^(Dump|Fire|Boot|Ditch|Oust|Recall|Impeach|Unseat|Defeat|VoteOut|Replace|Never|Stop|Bye|ByeBye|Sack|Axe|Ax)(\p{Lu}[\p{Ll}'’]+)$/u;
const OUSTING = /^(?:Oust|Recall|Impeach|Unseat|Defeat|VoteOut)$/;
/** "#StandWithRosalind", "#TeamTran", "#KeepHalvorsen": a call for a person named in the race. */
const BEHIND =
  /^(?:StandWith|IStandWith|Team|Keep|Back|Support|Choose|Pick|Elect|ReElect|Reelect|GoTeam|Go)(\p{Lu}[\p{Ll}'’]+)$/u;
const FOR_AFTER = /^(.+?)(?:4|[Ff]or)\p{Lu}/u;
/** "#MeasureK", "#Prop12": a measure's own label as its hashtag. */
const MEASURE_TAG = /^(?:Measure|Prop|Proposition|Question|Issue|Amendment)([\p{L}\p{N}]{1,3})$/iu;

/**
 * A campaign's hashtag: a person's name named in the text with a year ("#MoralesLund2024" beside
 * "Teresa Morales-Lund"), or a measure's label or a person's name with "for" ("#KforCops" beside
 * "Measure K"). "#Summer2024" names no one in the text; "#Pints4Pups" no one and no measure.
 */
/** What a text says that makes a hashtag a campaign's: names, office holders, measures, a race. */
interface HashtagCues {
  readonly names: ReadonlySet<string>;
  readonly holders: ReadonlySet<string>;
  readonly labels: ReadonlySet<string>;
  readonly election: boolean;
}

function hashtagCues(
  text: string,
  sentences: readonly Sentence[],
  cues: readonly Cues[],
): HashtagCues {
  const names = new Set<string>();
  for (const sentence of sentences)
    for (const person of namedPeople(sentence)) {
      const parts = sentence.words
        .slice(person.from, person.to + 1)
        .filter((w) => /\p{L}/u.test(w.text))
        .map((w) => w.lower);
      const last = parts.at(-1);
      if (last && last.length >= 3) names.add(last);
      // "Morales-Lund" is read as three words; its hashtag writes them together.
      const joined = sentence.words
        .slice(person.from, person.to + 1)
        .map((w) => w.lower)
        .join('');
      names.add(joined.replace(/[-‐]/g, ''));
      if (parts.length >= 2) names.add(parts.slice(1).join(''));
      // "#StandWithRosalind": a campaign may go by a first name
      const first = parts[0];
      if (parts.length >= 2 && first && first.length >= 3) names.add(first);
      const surname = text
        .slice(sentence.words[person.from]?.start ?? 0, sentence.words[person.to]?.end ?? 0)
        .split(/\s+/)
        .at(-1);
      if (surname) names.add(surname.toLowerCase().replace(/[-‐'’]/g, ''));
    }
  // Surnames of office holders and candidates: "#DumpHaverford" beside "Councilman Haverford".
  const holders = new Set<string>();
  sentences.forEach((sentence, k) => {
    for (const span of cues[k]?.officeHolders ?? []) {
      const last = sentence.words[span.to];
      if (last) holders.add(last.lower.replace(/[-‐'’]/g, ''));
    }
  });
  const labels = new Set(cues.flatMap((c) => c.measureLabels));
  const election = cues.some((c) => c.election || c.candidacy || c.officeHolders.length > 0);
  return { names, holders, labels, election };
}

/**
 * A parsed paragraph's hashtag cues, kept with the paragraph's cached sentences: a key press in a
 * long document gathers the cues of every paragraph again, and all but the one it changed are
 * read from here (a whole 50,000-character document read afresh took about 9 ms a key).
 */
const cuesOfParagraph = new WeakMap<readonly Sentence[], HashtagCues>();
function paragraphCues({ text, sentences }: Paragraph): HashtagCues {
  let cues = cuesOfParagraph.get(sentences);
  if (!cues) {
    cues = hashtagCues(
      text,
      sentences,
      sentences.map((s) => rememberedCues(text, s, readCues)),
    );
    cuesOfParagraph.set(sentences, cues);
  }
  return cues;
}

/**
 * The hashtag cues of the whole document a piece was cut from ("#MoralesLund2024" pieces away
 * from "Teresa Morales-Lund"), read once per document: each paragraph's, joined.
 */
let cuesOfLast: { document: string; cues: HashtagCues } | undefined;
export function documentHashtagCues(document: string): HashtagCues {
  if (cuesOfLast?.document === document) return cuesOfLast.cues;
  const names = new Set<string>();
  const holders = new Set<string>();
  const labels = new Set<string>();
  let election = false;
  for (const paragraph of analyse(document).paragraphs) {
    const cues = paragraphCues(paragraph);
    for (const name of cues.names) names.add(name);
    for (const holder of cues.holders) holders.add(holder);
    for (const label of cues.labels) labels.add(label);
    election ||= cues.election;
  }
  const cues = { names, holders, labels, election };
  cuesOfLast = { document, cues };
  return cues;
}

/** The hashtag cues as a key: a piece's hashtags are judged again when they change. */
export function hashtagCuesKey(document: string): string {
  if (!document.includes('#')) return '';
  const { names, holders, labels, election } = documentHashtagCues(document);
  return JSON.stringify([[...names].sort(), [...holders].sort(), [...labels].sort(), election]);
}

function behindWhom(
  tag: string,
  election: boolean,
  names: ReadonlySet<string>,
  holders: ReadonlySet<string>,
): boolean {
  const whom = BEHIND.exec(tag)?.[1]?.toLowerCase();
  return whom !== undefined && election && (names.has(whom) || holders.has(whom));
}

function hashtags(text: string, { names, holders, labels, election }: HashtagCues): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[0].slice(1);
    const year = YEAR_AFTER.exec(tag)?.[1]?.toLowerCase();
    const forWhom = FOR_AFTER.exec(tag)?.[1]?.toLowerCase();
    const against = AGAINST.exec(tag);
    const ousted = against?.[2]?.toLowerCase();
    const named =
      (against !== null &&
        ousted !== undefined &&
        (OUSTING.test(against[1] ?? '') ||
          holders.has(ousted) ||
          (election && names.has(ousted)))) ||
      (year !== undefined && names.has(year)) ||
      (forWhom !== undefined && (labels.has(forWhom) || (election && names.has(forWhom)))) ||
      labels.has(MEASURE_TAG.exec(tag)?.[1]?.toLowerCase() ?? '\u0000') ||
      behindWhom(tag, election, names, holders);
    if (named) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/**
 * The political appeals of a text, one span per sentence that makes one. Sentences read the
 * three before and the one after for what makes them an election's.
 */
export interface Appeal extends Found {
  /** Where the sentence and its neighbours stand, for a supporting statement: see `Span`. */
  readonly backing?: { readonly sentence: Found; readonly near: Found };
}

/**
 * The spans each sentence's rules found, kept by the sentence and what its neighbours say (the
 * rules read nothing else, and spans are word indices): a key press re-reads one sentence.
 */
const rememberedSpans = sentenceMemo<Span[]>();
const aroundKey = (around: Around) =>
  `${Number(around.election)}${Number(around.candidacy)}${Number(around.spread)}${[
    ...around.measureLabels,
  ].join('\u0001')}\u0000`;

export function politicalAppeals(text: string, context: ScanContext = {}): Appeal[] {
  if (context.phraseRulesOnly) return [];
  const sentences = analyse(text).sentences;
  const cues = sentences.map((s) => rememberedCues(text, s, readCues));
  const found: Appeal[] = text.includes('#')
    ? hashtags(
        text,
        context.document === undefined
          ? hashtagCues(text, sentences, cues)
          : documentHashtagCues(context.document),
      )
    : [];
  sentences.forEach((sentence, index) => {
    if (isQuestion(sentence)) return;
    const window = cues.slice(Math.max(0, index - 3), index + 2);
    const around: Around = {
      election: window.some((c) => c.election),
      candidacy:
        window.some((c) => c.candidacy || c.officeHolders.length > 0) &&
        window.some((c) => c.election || c.candidacy),
      spread: window.some((c) => c.spread),
      measureLabels: new Set(
        cues.slice(Math.max(0, index - 3), index + 1).flatMap((c) => c.measureLabels),
      ),
    };
    const spans = rememberedSpans(
      text,
      sentence,
      (read) => [
        ...solidarity(read, around),
        ...praise(read, around),
        ...partisan(read),
        ...measureClaims(read, around),
        ...turnout(read, around),
        ...anyoneBut(read, around),
        ...ballotCalls(read, around),
        ...giving(read, around),
      ],
      aroundKey(around),
    );
    for (const span of spans) {
      const first = sentence.words[span.from];
      const last = sentence.words[span.to];
      if (!first || !last) continue;
      const near = {
        start: sentences[index - 1]?.start ?? sentence.start,
        end: sentences[index + 1]?.end ?? sentence.end,
      };
      found.push(
        span.secondary
          ? { start: first.start, end: last.end, backing: { sentence, near } }
          : { start: first.start, end: last.end },
      );
    }
  });
  return found;
}
