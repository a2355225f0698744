const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Offices people are elected to: a name after one may be a candidate's. */
export const ELECTED_TITLES = set(`
  mayor councilman councilwoman councilmember councilor councillor alderman alderwoman sheriff
  senator sen rep rep. representative assemblyman assemblywoman assemblymember commissioner
  governor gov da judge congressman congresswoman candidate supervisor trustee president
`);

/** Words of an office named after "for": "Quintanilla for District Attorney", "Donnelly for Senate". */
export const OFFICES = set(`
  mayor council sheriff senate congress governor judge da district attorney commissioner
  commission board state assembly house legislature office president
`);

/** Parties and partisan labels. */
export const PARTIES = set(`
  democrat democrats democratic dems republican republicans gop libs liberal liberals conservative
  conservatives progressive progressives maga leftist leftists socialist socialists right-wingers
`);

/** What a ballot measure is called: "Measure R", "Prop 2", "Issue 14", "the levy". */
export const MEASURES = set(`
  measure prop proposition issue question amendment initiative referendum
`);

/** Words that put a sentence in an election: a name in it may be a candidate's. */
export const ELECTION_WORDS = set(`
  election elections re-election reelection ballot ballots polls primary runoff campaign candidate
  candidates
`);

/** Words that, with a call like "keep her" or "send him home", speak of an office held. */
export const OFFICE_WORDS = set(`office term terms seat race november`);

/** Calls that take a candidate, a party or a measure wherever they are written. */
export const CALLS = set(`
  vote elect re-elect reelect support back oppose reject defeat approve endorse endorses endorsed
  endorsing endorsement donate volunteer canvass recall impeach retain unseat oust
`);

/** Calls that are political only in an election: "keep her in office", "send him home". */
export const ELECTION_CALLS = set(
  `keep send fire show give help replace return remember boot ditch dump`,
);

/** Events a campaign holds: a call to come to one for a candidate is campaigning. */
export const CAMPAIGN_EVENTS = set(`rally fundraiser fundraisers meet-and-greet canvass`);
export const ATTEND = set(`come join attend rsvp see stop donate tickets`);

/** Parties named as groups of people who act: "the Republicans on the board", "Dems", "MAGA". */
export const PARTY_GROUPS = set(`
  democrats dems republicans gop libs liberals conservatives progressives maga leftists socialists
  right-wingers rinos greens libertarians
`);

/** A party's people: "Republican members", "the Democratic majority", "GOP commissioners". */
export const PARTY_MEMBERS = set(`
  members member majority minority lawmakers legislators politicians commissioners councilmembers
  council board leadership leaders caucus supervisors senators representatives delegation folks
  crowd types
`);

/** What a party does that takes no side: it holds a forum, attends, debates, meets. */
export const NEUTRAL_PARTY_ACTS = set(`
  attend host hold meet debate nominate gather register caucus convene participate answer
  take speak visit join
`);

/** "fights for us", "stands with cops": a candidate praised for the department's sake. */
export const PRAISE_FOR_US = set(
  `fights fought fight stands stood stand delivers delivered goes went`,
);

/** Who speaks for the department when it stands with someone: "everyone at EPD", "our deputies". */
export const SOLIDARITY_SUBJECTS = set(`
  our epd pd department officers deputies everyone everybody union association men women
  precinct station troopers all
`);

/** Calls to give money or time: political where someone is running. */
export const GIVING_CALLS = set(`donate contribute volunteer canvass`);

/**
 * What a vote can be for that is no election: an award, a contest, a pet's or a mascot's name,
 * an "officer of the year". A call to vote about one of these campaigns for no one.
 */
export const NON_ELECTION_VOTE =
  /\b(?:contests?|awards?|mascots?|cutest|naming|pageant|trophy|trophies|prizes?|costumes?|of[-\s]the[-\s](?:year|month|week))\b/i;

/** A contest named as one: the words that make a whole text's votes a contest's. */
const CONTEST_NAMED =
  /\b(?:contests?|calendar\s+cover|cutest|naming|pageant|mascot|people['’]s\s+choice|in\s+the\s+comments|for\s+the\s+name|name\s+(?:our|the|this)\s+(?:new\s+)?(?:k-?9|pup|puppy|dog|horse|foal|kitten|cat))\b/i;

/** Words of an election, its day or its offices: a text with one of them may hold a real vote. */
const ELECTION_OR_ITS_DAY =
  /\b(?:elect\w*|re-?elect\w*|ballots?|campaign\w*|candidates?|mayor|sheriff|council\w*|senat\w*|governor|commissioner|measure|prop(?:osition)?|levy|polls?|polling|precincts?|primary|district\s+attorney|party|parties|democrat\w*|republican\w*|term|tuesday|november|nov\.?|election\s+day|early\s+voting|judge|trustee|school\s+board|DA)\b/i;

/**
 * A text that holds a named contest and nothing of an election: "made the top 12 in the calendar
 * contest! … Vote for Ziggy" votes for a dog two sentences later, where the words about the
 * contest are not near. A campaign's words or its day anywhere in the text, and the votes are read
 * as they stand.
 */
export const isContestText = (text: string): boolean =>
  CONTEST_NAMED.test(text) && !ELECTION_OR_ITS_DAY.test(text);
