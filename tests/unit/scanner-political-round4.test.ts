import { describe, expect, it } from 'vitest';
import { politicalScanner } from '../../src/shared/policy/scanners/political';
import { scanText } from '../../src/shared/policy/scanners';
import { scannerExpectations } from './scanner-expectations';

const { flagged, clean, scan } = scannerExpectations(politicalScanner, 'III.B.1.f');

// Issue 13, round four (helper 13): the families political text took in the ninth blind set,
// written from III.B.1.f's "a candidate, party, measure or election with a call to vote, support
// or oppose". Every sentence here is invented; none is copied from a corpus.

describe('support asked for a candidate without the word "vote" as the call', () => {
  // Family: the reader (or "we", "the union") is the subject; the predicate gives a candidate a
  // vote, gets behind them or their campaign, or is "all in" for them.
  it('flags a vote given, a side taken behind a candidate or a campaign', () => {
    flagged('Sheriff Ruiz is up for re-election, so give her your vote.', 'give her your vote');
    flagged('Get behind Nate Brill’s campaign for commissioner this spring, folks.', 'behind');
    flagged('Our union is all in for Lena Park in the council race.', 'all in for Lena Park');
    flagged('The deputies association is firmly behind Sheriff Moss this year.', 'behind');
    flagged('Mayor Tran is running again and our whole precinct is all in for her.', 'all in for');
    flagged('In November, dump Hale and back Corinne Wu for council.', 'dump Hale');
    flagged('Our PAC endorsed Rep. Soto. Join us in backing him!', 'backing him');
  });

  it('leaves support for a person, a cause or an event alone', () => {
    // Without an election the side taken is for a colleague, a drive, a run.
    clean('Give Officer Lee your support as he recovers from surgery.');
    clean('Join us in supporting the Special Olympics torch run.');
    clean('Get behind the food drive this weekend, we need cans!');
    clean('Everyone is behind Officer Diaz after last night’s crash.');
    clean('Join us in backing the blood drive on Tuesday.');
    // A vote in a naming contest is no ballot.
    clean('Vote in the comments for the new K-9 name!');
  });
});

describe('what to do with an office holder, dated to the vote', () => {
  // Family: the reader or the voters are the subject; the predicate hints at an act (know what
  // to do, return the favour, send them packing, show them the door, remember who stood by us)
  // on a date that is the vote, with an office holder in the text.
  it('flags the hint when a vote date and an office holder are there', () => {
    flagged(
      'Commissioner Vance gutted our radio budget. You all know what to do in November.',
      'know what to do',
    );
    flagged(
      'The mayor cut two patrol shifts, and I think voters will know what to do come May.',
      'know what to do',
    );
    flagged(
      'come november we send every one of those commissioners packing',
      'send every one of those commissioners packing',
    );
    flagged(
      'On Election Day, remember who stood with your deputies and who didn’t.',
      'remember who stood',
    );
    flagged(
      'Next Tuesday is your chance to show Judge Reyes the door.',
      'show Judge Reyes the door',
    );
    flagged(
      'Councilwoman Pratt kept our SROs funded. Parents, return the favor on the 4th!',
      'return the favor',
    );
  });

  it('leaves the same words alone without the vote date or an office holder', () => {
    clean('Parents know what to do when school starts in August: label the backpacks.');
    clean('In November we will know what to do with the new patrol schedule data.');
    clean('Remember which lane is closed on the 5th when you drive to work.');
    clean('Come March, the pool reopens, so return the favor and help us clean the park.');
    // The office holder is there, but no date of a vote: a favour, not a ballot.
    clean('The mayor helped at our food drive; return the favor and bring a can next week.');
  });
});

describe('neutral voting information, an event, a naming contest', () => {
  // What makes these neutral: no candidate, party or measure is the object of the call.
  it('leaves a year or "early" in a vote hashtag, a fire department and a K-9 name alone', () => {
    clean('Polls open at 7 a.m. on Tuesday at the Civic Center. #Vote2026');
    clean('Early voting starts Monday at the library, bring your ID. #VoteEarly');
    // "fire" after "the" is a noun, not "fire the commissioner".
    clean('Councilwoman Diaz and the fire department will both be at the pancake breakfast.');
    clean('Help us name the new K-9! Comment below and vote Ranger or Scout.');
    clean('The puppy contest is open: vote Maple for cutest pup!');
  });

  it('still flags a candidate in the same places', () => {
    flagged('Sheriff Ruiz funded our K-9 unit. Vote Ruiz for sheriff!', 'Vote Ruiz for sheriff');
    flagged('#VoteRuiz this November, she has our backs.', '#VoteRuiz');
    flagged('Time to fire Commissioner Hale this November.', 'fire Commissioner Hale');
    // A K-9 demo the sentence before is no naming contest.
    flagged(
      'Thanks for the K-9 demo, everyone. Mayor Ochoa is up for re-election in May, so keep her in office!',
      'keep her',
    );
  });
});

describe('a measure or a party opposed, a candidate named the choice, a slate, money', () => {
  // Families: "we are against it / vote it down" with a measure just named; a party group as the
  // subject of harm done ("the Libertarians on the board slashed…"); "X is your candidate for
  // sheriff"; "deserves a second term"; "straight ticket"; "gets my money" in a race.
  it('flags them', () => {
    flagged('The Libertarians on the board slashed the jail medical budget.', 'Libertarians');
    flagged(
      'Measure 6 would cut our patrol budget. Vote it down on the 5th, neighbors.',
      'Vote it',
    );
    flagged('Prop 3 is on the ballot again and our whole department is against it.', 'against it');
    flagged(
      'The student council election is Friday. Amir helped run our bike safety week, so give him your vote.',
      'give him your vote',
    );
    flagged('Liv Sato is the only real choice for county commissioner.', 'only real choice');
    flagged('Commissioner Abe has been there for us; he deserves a second term.', 'second term');
    flagged('Whoever challenges the mayor this fall gets my money.', 'gets my money');
    flagged("i'm voting straight ticket democrat this year", 'straight ticket');
  });

  it('leaves reports, other causes and other terms alone', () => {
    // Without "of", "term" would be an office: the "of" and the lack of an office keep it clean.
    clean('Officer Lin needs another term of physical therapy before she returns.');
    clean('The chief said the council voted it down 5 to 2 last night.');
    clean('Our officers are against drunk driving, so plan a ride home.');
    clean('Sgt. Diaz is your contact for the youth academy.');
    clean('Give Bella your vote in the K-9 photo contest!');
    clean('The board voted against it on Monday.');
    // A straight ticket with no party named is voting information.
    clean('Straight-ticket voting ends this year, so check every race on your ballot.');
  });
});

describe('a candidate praised as the one an office needs', () => {
  // Family: a candidate (a name or "he/she" where a candidacy or a seat is named) is the subject;
  // the predicate says they are the only, the best, exactly the leader the place needs.
  it('flags the praise where a race or a seat is named', () => {
    flagged(
      "Ruth Ames is running for sheriff, and she's exactly the leader this department needs.",
      'exactly the leader',
    );
    flagged('Tom Reyes is running for mayor. He is the leader this city needs.', 'the leader');
    flagged(
      "Sheriff Kane is up for re-election; he's the only one on the ballot who ever had our backs.",
      'the only one',
    );
    flagged(
      'Councilwoman Moe is the only one on council who ever showed up for our officers.',
      'the only one',
    );
  });

  it('leaves praise of a colleague or a retiree alone', () => {
    // No race, no candidacy, no seat on council: praise of work.
    clean('Sgt. Ruiz is exactly the leader our K-9 unit needs.');
    clean('Chief Ames retired today; she was the leader this department needed.');
    clean('Officer Tran is the best partner anyone could ask for on patrol.');
  });
});

// Written last, after the rules, in words of their own: 10 that must be flagged, 10 near misses.
const INVENTED_POSITIVE: readonly string[] = [
  "Deputy Alvarez here: Sheriff Coyle's running again and every deputy at this station is behind him, so give him your vote.",
  "Folks, we're squarely behind Prop 11 and we hope you'll vote it through on the 8th.",
  'Councilmember Ng voted to close our precinct. Come November, you know what to do.',
  'Prop 22 guts our pension fund, and our union is firmly against it.',
  'The Progressives on the commission starved this department for years.',
  'Dolores Vega is the right choice for district attorney, period.',
  'Judge Marsh has earned another term on the bench; keep her there in May.',
  "Mayor Quinn kept our patrols funded. Let's return the favour at the polls on the 2nd.",
  'whoever runs against commissioner bell gets my yard sign and my check',
  "Ana Cruz is running for council and she's exactly the voice our neighborhood needs.",
];
const INVENTED_NEAR_MISS: readonly string[] = [
  'Early voting is open through Friday at City Hall. #VoteLocal',
  'The fire chief and Mayor Quinn will judge the chili cook-off on Saturday.',
  'Help us name our new patrol horse! Vote Duke or Major in the replies.',
  "Get behind the toy drive, we're collecting at the front desk until the 20th.",
  'The council voted the curfew proposal down 4 to 3 on Tuesday.',
  'Officer Ruiz is the best advocate our school kids could ask for.',
  'Our officers are against texting and driving, so put the phone away.',
  'You all know what to do when the tornado siren sounds: get to the basement.',
  "Straight-ticket voting is not on this year's ballot; check each race.",
  'Sgt. Lowe needs another term of leave after the crash; send her a card.',
];

describe('invented sentences, written after the rules', () => {
  it('flags all ten positives', () => {
    for (const text of INVENTED_POSITIVE) expect(scan(text).length, text).toBeGreaterThan(0);
  });
  it('leaves all ten near misses clean', () => {
    for (const text of INVENTED_NEAR_MISS) clean(text);
  });
  // Speed is measured by `npm run bench` (scan plus checklist of 2,000 characters), not here.
});

describe('a vote in a naming contest', () => {
  it('leaves "vote Duke" alone when the post asks to name an animal', () => {
    // Without "name our" as a contest, "Vote Duke" reads as a candidate.
    clean('Help us name our new patrol horse! Vote Duke or Major in the replies.');
  });
});

describe('whole-text checks in a long post (found in review)', () => {
  it('judges a call by an election named anywhere in a long post, in pieces as whole', () => {
    const text = `The mayoral election and the sheriff race are on November 5. ${'Lock your car and take your valuables inside tonight. '.repeat(180)}I'm all in for Lopez.`;
    const whole = scan(text).map((f) => `${f.start} ${f.text}`);
    expect(whole.length).toBeGreaterThan(0);
    expect(
      scanText(text)
        .filter((f) => f.kind === 'political')
        .map((f) => `${f.start} ${f.text}`),
    ).toEqual(whole);
  });
});
