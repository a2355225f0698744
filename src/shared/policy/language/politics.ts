const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Offices people are elected to: a name after one may be a candidate's. */
export const ELECTED_TITLES = set(`
  mayor councilman councilwoman councilmember councilor councillor alderman alderwoman sheriff
  senator sen rep rep. representative assemblyman assemblywoman assemblymember commissioner
  governor gov da judge congressman congresswoman candidate supervisor trustee
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
  endorsing endorsement donate volunteer canvass recall impeach
`);

/** Calls that are political only in an election: "keep her in office", "send him home". */
export const ELECTION_CALLS = set(`keep send fire show give help replace return remember boot`);

/** Events a campaign holds: a call to come to one for a candidate is campaigning. */
export const CAMPAIGN_EVENTS = set(`rally fundraiser fundraisers meet-and-greet canvass`);
export const ATTEND = set(`come join attend rsvp see stop donate tickets`);
